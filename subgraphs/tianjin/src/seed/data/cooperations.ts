/**
 * Tianjin region: stated cooperations between two parties (firm ↔ firm, firm ↔ university, district ↔
 * university, district ↔ academician team) with their status in the report's words.
 * Where the parties met at an alliance event, viaEventKey points into events.ts; needs are in needs.ts.
 */
import type { Cooperation } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

const FAMOXI_INTENT = '我們已經與天津大學、南開大學以及天津醫科大學達成合作意向,未來將在天開西青園進行更多科研成果轉化';
const NANKAI_AGREEMENT = '與南開大學、天津大學簽署了全面戰略合作協議';

export const cooperations: readonly Cooperation[] = [
  // --- 000 ------------------------------------------------------------------------------------
  {
    key: 'haihui-power--teda-engineering-design',
    kind: 'business-cooperation',
    parties: [
      { kind: 'firm', key: 'haihui-power' },
      { kind: 'firm', key: 'teda-engineering-design' },
    ],
    status: 'contact-established-in-negotiation',
    statusText: '建立了聯系,目前正在就合作事宜進行溝通確認',
    viaEventKey: 'shuangtan-founding-conference',
    source: S000,
    evidence: '在上個月的成立大會上,我們就和泰達工程設計有限公司建立了聯系,目前正在就合作事宜進行溝通確認',
  },
  {
    key: 'zhongru-group--tgood-tianjin-branch',
    kind: 'business-cooperation',
    parties: [
      { kind: 'firm', key: 'zhongru-group' },
      { kind: 'firm', key: 'tgood-tianjin-branch' },
    ],
    status: 'matched-bridge-built',
    statusText: '雙方一拍即合,為后續的合作搭建了橋梁',
    viaEventKey: 'shuangtan-founding-conference',
    needKey: 'zhongru-group--transmission-distribution',
    localLinkNames: ['輸配電'],
    source: S000,
    evidence: '是輸配電企業,正好符合我們的需求,雙方一拍即合,為后續的合作搭建了橋梁',
  },

  // --- 001 ------------------------------------------------------------------------------------
  {
    key: 'shance-tianjin--aecc-commercial-aircraft-engine',
    kind: 'strategic-cooperation',
    parties: [
      { kind: 'firm', key: 'shance-tianjin' },
      { kind: 'firm', key: 'aecc-commercial-aircraft-engine' },
    ],
    status: 'signed',
    statusText: '簽署戰略合作',
    scopeStated: '為中國首款商用發動機提供測試產品及服務,並擴展到航空發動機、蒸汽輪機和鼓風機、盾構機等領域',
    localLinkNames: ['測試'],
    source: S001,
    evidence: '公司與中國航發商用航空發動機有限責任公司簽署戰略合作,為中國首款商用發動機提供測試產品及服務',
  },
  {
    key: 'famoxi-biomed--tianjin-university',
    kind: 'cooperation-intention',
    parties: [
      { kind: 'firm', key: 'famoxi-biomed' },
      { kind: 'organisation', key: 'tianjin-university' },
    ],
    status: 'intention-reached',
    statusText: '達成合作意向',
    scopeStated: '未來將在天開西青園進行更多科研成果轉化',
    source: S001,
    evidence: FAMOXI_INTENT,
  },
  {
    key: 'famoxi-biomed--nankai-university',
    kind: 'cooperation-intention',
    parties: [
      { kind: 'firm', key: 'famoxi-biomed' },
      { kind: 'organisation', key: 'nankai-university' },
    ],
    status: 'intention-reached',
    statusText: '達成合作意向',
    scopeStated: '未來將在天開西青園進行更多科研成果轉化',
    source: S001,
    evidence: FAMOXI_INTENT,
  },
  {
    key: 'famoxi-biomed--tianjin-medical-university',
    kind: 'cooperation-intention',
    parties: [
      { kind: 'firm', key: 'famoxi-biomed' },
      { kind: 'organisation', key: 'tianjin-medical-university' },
    ],
    status: 'intention-reached',
    statusText: '達成合作意向',
    scopeStated: '未來將在天開西青園進行更多科研成果轉化',
    source: S001,
    evidence: FAMOXI_INTENT,
  },

  // --- 003 ------------------------------------------------------------------------------------
  {
    key: 'nankai-district--nankai-university',
    kind: 'strategic-cooperation-agreement',
    parties: [
      { kind: 'organisation', key: 'nankai-district' },
      { kind: 'organisation', key: 'nankai-university' },
    ],
    status: 'signed',
    statusText: '簽署了全面戰略合作協議',
    source: S003,
    evidence: NANKAI_AGREEMENT,
  },
  {
    key: 'nankai-district--tianjin-university',
    kind: 'strategic-cooperation-agreement',
    parties: [
      { kind: 'organisation', key: 'nankai-district' },
      { kind: 'organisation', key: 'tianjin-university' },
    ],
    status: 'signed',
    statusText: '簽署了全面戰略合作協議',
    source: S003,
    evidence: NANKAI_AGREEMENT,
  },
  {
    key: 'nankai-district--chen-jun-team',
    kind: 'research-cooperation',
    parties: [
      { kind: 'organisation', key: 'nankai-district' },
      { kind: 'expertTeam', key: 'chen-jun-team' },
    ],
    status: 'ongoing',
    statusText: '務實合作',
    scopeStated: '共同推動區校協同發展和企業深度合作,合力打造天津新能源電池產業集群和人才高地',
    source: S003,
    evidence: '與南開大學陳軍院士團隊及聯盟各成員單位務實合作',
  },
];
