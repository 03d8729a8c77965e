/** The Tianjin region as the subgraph template sees it. */
import { TIANJIN_ENTITIES } from './entities';
import { TIANJIN_NATIVE_RESOLVERS } from './resolvers/region';
import { AreaTianjinResolver } from './references/area';
import { ChainTianjinResolver } from './references/chain';
import { FirmTianjinResolver } from './references/firm';
import { ProjectTianjinResolver } from './references/project';
import { TianjinMutationResolver } from './resolvers/mutations';
import { TianjinSubscriptionResolver } from './resolvers/subscriptions';
import { TianjinImportResolver } from './resolvers/imports';
import { migrations } from './migrations';
import { seedTianjin } from './seed/seeder';
import { TIANJIN_CONTRACT_LINKS } from './references/links';
import type { RegionDefinition } from '../../kit/region';
import { ScopeTianjinResolver } from './references/scope';

export const tianjin: RegionDefinition = {
  name: 'tianjin',
  titleZh: '天津',
  entities: TIANJIN_ENTITIES,
  resolvers: [...TIANJIN_NATIVE_RESOLVERS, TianjinMutationResolver, TianjinSubscriptionResolver, TianjinImportResolver, FirmTianjinResolver, AreaTianjinResolver, ChainTianjinResolver, ProjectTianjinResolver, ScopeTianjinResolver, ...TIANJIN_CONTRACT_LINKS],
  migrations,
  seed: seedTianjin,
};
