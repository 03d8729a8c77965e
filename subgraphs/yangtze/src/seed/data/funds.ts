/**
 * Yangtze region: investment funds of the alliance's sci-tech finance services — the Yangtze
 * basin fund it takes part in, and the planned Yangtze Economic Belt fund. No amounts are stated.
 */
import type { CooperationFund } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;
const programmeName = '园区联盟科技金融服务';

export const COOPERATION_FUNDS: readonly CooperationFund[] = [
  {
    key: 'yangtze-basin-industry-cooperation-fund',
    originalName: '长江流域产业合作投资基金',
    status: 'existing',
    allianceRelationStated: '积极参与',
    allianceKey: 'yangtze-park-alliance',
    purposeStated: '为长江流域园区产业合作提供金融服务和支撑',
    programmeName,
    source,
    evidence: '积极参与长江流域产业合作投资基金',
  },
  {
    key: 'yangtze-economic-belt-industry-cooperation-fund',
    originalName: '长江经济带产业合作投资基金',
    status: 'planned',
    allianceRelationStated: '围绕产业链布局探索设立',
    allianceKey: 'yangtze-park-alliance',
    purposeStated: '围绕产业链布局',
    programmeName,
    source,
    evidence: '下一步园区联盟将围绕产业链布局探索设立长江经济带产业合作投资基金',
  },
];
