/** The Yangtze region as the subgraph template sees it. */
import { YANGTZE_ENTITIES } from './entities';
import { YANGTZE_NATIVE_RESOLVERS } from './resolvers/region';
import { AreaYangtzeResolver } from './references/area';
import { ChainYangtzeResolver } from './references/chain';
import { FirmYangtzeResolver } from './references/firm';
import { ProjectYangtzeResolver } from './references/project';
import { YangtzeMutationResolver } from './resolvers/mutations';
import { YangtzeSubscriptionResolver } from './resolvers/subscriptions';
import { YANGTZE_WRITTEN_RECORD_RESOLVERS } from './resolvers/written-records';
import { migrations } from './migrations';
import { seedYangtze } from './seed/seeder';
import { YANGTZE_CONTRACT_LINKS } from './references/links';
import type { RegionDefinition } from '../../kit/region';
import { ScopeYangtzeResolver } from './references/scope';

export const yangtze: RegionDefinition = {
  name: 'yangtze',
  titleZh: '长江流域',
  entities: YANGTZE_ENTITIES,
  resolvers: [
    ...YANGTZE_NATIVE_RESOLVERS,
    ...YANGTZE_WRITTEN_RECORD_RESOLVERS,
    YangtzeMutationResolver,
    YangtzeSubscriptionResolver,
    FirmYangtzeResolver,
    AreaYangtzeResolver,
    ChainYangtzeResolver,
    ProjectYangtzeResolver,
    ScopeYangtzeResolver,
    ...YANGTZE_CONTRACT_LINKS,
  ],
  migrations,
  seed: seedYangtze,
};
