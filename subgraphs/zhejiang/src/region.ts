/** The Zhejiang region as the subgraph template sees it. */
import { ZHEJIANG_ENTITIES } from './entities';
import { ZHEJIANG_NATIVE_RESOLVERS } from './resolvers/region';
import { AreaZhejiangResolver } from './references/area';
import { ChainZhejiangResolver } from './references/chain';
import { FirmZhejiangResolver } from './references/firm';
import { ProjectZhejiangResolver } from './references/project';
import { ZhejiangMutationResolver } from './resolvers/mutations';
import { ZhejiangSubscriptionResolver } from './resolvers/subscriptions';
import { ZhejiangImportResolver } from './resolvers/imports';
import { migrations } from './migrations';
import { seedZhejiang } from './seed/seeder';
import { ZHEJIANG_CONTRACT_LINKS } from './references/links';
import type { RegionDefinition } from '../../kit/region';
import { ScopeZhejiangResolver } from './references/scope';

export const zhejiang: RegionDefinition = {
  name: 'zhejiang',
  titleZh: '浙江',
  entities: ZHEJIANG_ENTITIES,
  resolvers: [...ZHEJIANG_NATIVE_RESOLVERS, ZhejiangMutationResolver, ZhejiangSubscriptionResolver, ZhejiangImportResolver, FirmZhejiangResolver, AreaZhejiangResolver, ChainZhejiangResolver, ProjectZhejiangResolver, ScopeZhejiangResolver, ...ZHEJIANG_CONTRACT_LINKS],
  migrations,
  seed: seedZhejiang,
};
