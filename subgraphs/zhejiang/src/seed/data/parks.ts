// Cooperation parks (产业合作园区) co-built by a pairing in its mountain county.
// Only the two parks the report names; the full-coverage figure (18 pairings, June 2024) is on the programme.
// Source: 004_40e4ab73a9e6f876.txt.

import type { PairingKey } from './pairings';
import { SOURCE, type AreaCode, type Sourced } from './types';

export interface ZjCooperationPark extends Sourced {
  key: string;
  originalName: string;
  pairingKey: PairingKey;
  /** The mountain county the park rises in ("一批产业合作园正在山区县拔地而起"). */
  areaCode: AreaCode;
  /** How the two counties build it, in the report's words. */
  buildMode: '合力打造' | '合资共建';
  localChainName: string;
  /** What the park is based on, where the report says. */
  basis?: string;
}

export const parks = [
  {
    key: 'bintai-common-prosperity-digital-economy-park',
    originalName: '滨泰共富数字经济产业园',
    pairingKey: 'binjiang-taishun',
    areaCode: '330329', // 泰顺县
    buildMode: '合力打造',
    localChainName: '数字经济',
    source: SOURCE,
    evidence: '杭州市滨江区与泰顺县合力打造滨泰共富数字经济产业园',
  },
  {
    key: 'nanhu-suichang-bamboo-common-prosperity-park',
    originalName: '南湖遂昌竹产业共富产业园',
    pairingKey: 'nanhu-suichang',
    areaCode: '331123', // 遂昌县
    buildMode: '合资共建',
    localChainName: '竹产业',
    basis: '结合遂昌县竹产区特色',
    source: SOURCE,
    evidence: '嘉兴市南湖区结合遂昌县竹产区特色,由两地合资共建南湖遂昌竹产业共富产业园',
  },
] as const satisfies readonly ZjCooperationPark[];

export type ParkKey = (typeof parks)[number]['key'];
