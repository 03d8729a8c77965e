// Investment-promotion arrangements between paired counties: a signed agreement (嘉善—庆元) and a
// dedicated zone in an investment-map system (德清 for 缙云).
// Source: 004_40e4ab73a9e6f876.txt.

import type { CountyKey } from './counties';
import type { PairingKey } from './pairings';
import { SOURCE, type Sourced } from './types';

export interface ZjInvestmentArrangement extends Sourced {
  key: string;
  kind: 'agreement' | 'investment-map-zone';
  /** Name as written, without the title marks 《》. */
  originalName: string;
  pairingKey: PairingKey;
  /** Counties that signed or run it. */
  partyCountyKeys: readonly CountyKey[];
  /** System the zone lives in, for 'investment-map-zone'. */
  hostSystem?: string;
  /** Fields or mechanisms of cooperation, in the report's words. */
  scope: readonly string[];
}

export const investmentArrangements = [
  {
    key: 'jiashan-qingyuan-investment-talent-agreement',
    kind: 'agreement',
    originalName: '嘉善—庆元招商引才服务协议',
    pairingKey: 'jiashan-qingyuan',
    partyCountyKeys: ['jiashan', 'qingyuan'],
    scope: ['共建交流平台', '共促项目合作', '开展人才培训', '全方位合作'],
    source: SOURCE,
    evidence: '嘉善与庆元签订了《嘉善—庆元招商引才服务协议》,在共建交流平台、共促项目合作、开展人才培训等方面开展全方位合作',
  },
  {
    key: 'deqing-jinyun-investment-zone',
    kind: 'investment-map-zone',
    originalName: '缙云招商专区',
    pairingKey: 'deqing-jinyun',
    partyCountyKeys: ['deqing'],
    hostSystem: '产业精准招商地图系统',
    scope: ['一码双引', '共同招商'],
    source: SOURCE,
    evidence: '德清在产业精准招商地图系统中开辟了缙云招商专区,实现一码双引、共同招商',
  },
] as const satisfies readonly ZjInvestmentArrangement[];

export type InvestmentArrangementKey = (typeof investmentArrangements)[number]['key'];
