/**
 * Tianjin region: universities, research institutes and government / party bodies the reports name.
 * Firms are in firms.ts; alliances and chain party committees in alliances.ts.
 * areaCode is set only where the report places the body (in a park, or by a place name in its name).
 */
import type { Organisation } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

export const organisations: readonly Organisation[] = [
  // --- 000: Binhai-Zhongguancun Science Park -------------------------------------------------
  {
    key: 'binhai-zgc-park-office',
    originalName: '天津濱海-中關村科技園辦公室',
    kind: 'government',
    areaCode: '120116', // 滨海新区
    parkKey: 'binhai-zgc-science-park',
    source: S000,
    evidence: '天津濱海-中關村科技園(以下簡稱“科技園”)辦公室產業促進三科科長張慧',
  },
  {
    key: 'binhai-zgc-industry-promotion-section-3',
    originalName: '產業促進三科',
    kind: 'government',
    areaCode: '120116',
    parkKey: 'binhai-zgc-science-park',
    parentOrgKey: 'binhai-zgc-park-office',
    notesStated: ['隨著科技園“雙碳產業聯盟”的成立,科里的工作量明顯增加'],
    source: S000,
    evidence: '辦公室產業促進三科科長張慧',
  },

  // --- 001: Xiqing District / Tiankai Xiqing Park ---------------------------------------------
  {
    key: 'xiqing-district',
    originalName: '西青區',
    kind: 'government',
    areaCode: '120111', // 西青区
    notesStated: [
      '西青區創新開展“產業鏈黨建賦能”專項行動',
      '聚力政策支持,聚合要素支撐,以產業高端化、智能化、綠色化為目標,深入延鏈、補鏈、强鏈,打造現代產業鏈條',
      '圍繞5條重點產業鏈佈局,西青區加快串鏈、補鏈、强鏈步伐',
    ],
    source: S001,
    evidence: '全區組織召開汽車及新能源汽車、高端裝備等重點產業鏈撮合對接活動26場',
  },
  {
    key: 'xiqing-district-party-committee',
    originalName: '西青區委',
    kind: 'party-body',
    areaCode: '120111',
    source: S001,
    evidence: '西青區委書記朱財斌說',
  },
  {
    key: 'xiqing-two-new-work-committee',
    originalName: '區委兩新工委',
    kind: 'party-body',
    areaCode: '120111',
    parentOrgKey: 'xiqing-district-party-committee',
    notesStated: [
      '綜合21個成員單位政策、項目、平臺和服務資源,連點成線、聚線成面、編制成盾,常態化開展助企紓困行動',
      '對企業提出的問題,1小時回應、1天內對接,1周內解决',
    ],
    source: S001,
    evidence: '區委兩新工委綜合21個成員單位政策、項目、平臺和服務資源',
  },
  {
    key: 'xiqing-science-technology-bureau',
    originalName: '西青區科技局',
    kind: 'government',
    areaCode: '120111',
    source: S001,
    evidence: '西青區科技局黨組書記、局長,天開西青園工作專班負責人梁紅昇說',
  },
  {
    key: 'tiankai-xiqing-task-force',
    originalName: '天開西青園工作專班',
    kind: 'work-team',
    areaCode: '120111',
    parkKey: 'tiankai-xiqing-park',
    source: S001,
    evidence: '天開西青園工作專班負責人梁紅昇',
  },
  {
    key: 'tianjin-normal-university',
    originalName: '天津師範大學',
    kind: 'university',
    areaCode: '120111',
    parkKey: 'tiankai-xiqing-park',
    source: S001,
    evidence: '擁有天津師範大學、天津工業大學、天津理工大學等7所高校',
  },
  {
    key: 'tiangong-university',
    originalName: '天津工業大學',
    kind: 'university',
    areaCode: '120111',
    parkKey: 'tiankai-xiqing-park',
    source: S001,
    evidence: '擁有天津師範大學、天津工業大學、天津理工大學等7所高校',
  },
  {
    key: 'tianjin-university-of-technology',
    originalName: '天津理工大學',
    kind: 'university',
    areaCode: '120111',
    parkKey: 'tiankai-xiqing-park',
    source: S001,
    evidence: '擁有天津師範大學、天津工業大學、天津理工大學等7所高校',
  },
  {
    key: 'tianjin-university',
    originalName: '天津大學',
    kind: 'university',
    areaCode: '120000', // 天津市 (by name)
    source: S001,
    evidence: '我們已經與天津大學、南開大學以及天津醫科大學達成合作意向',
    alsoStatedIn: [{ source: S003, evidence: '與南開大學、天津大學簽署了全面戰略合作協議' }],
  },
  {
    key: 'tianjin-medical-university',
    originalName: '天津醫科大學',
    kind: 'university',
    areaCode: '120000', // 天津市 (by name)
    source: S001,
    evidence: '我們已經與天津大學、南開大學以及天津醫科大學達成合作意向',
  },

  // --- 001 + 003: Nankai University (no place stated for it) ----------------------------------
  {
    key: 'nankai-university',
    originalName: '南開大學',
    kind: 'university',
    notesStated: ['天津市新能源電池人才創新創業聯盟的“一所高校”'],
    chains: [
      {
        localChainName: '新能源電池',
        localLinkNames: ['研發'],
        basis: 'passage',
        source: S003,
        evidence: '聯盟成立後,南開區與南開大學及聯盟各成員單位,將從基本原理、關鍵材料、核心技術、工程實踐、市場應用等多層次、多維度、多需求開展科技創新',
      },
    ],
    source: S003,
    evidence: '|一所高校|南開大學',
    alsoStatedIn: [
      { source: S003, evidence: '與南開大學、天津大學簽署了全面戰略合作協議' },
      { source: S003, evidence: '與南開大學陳軍院士團隊及聯盟各成員單位務實合作' },
      { source: S001, evidence: '我們已經與天津大學、南開大學以及天津醫科大學達成合作意向' },
    ],
  },

  // --- 003: Nankai District / new-energy battery alliance ------------------------------------
  {
    key: 'nankai-district',
    originalName: '南開區',
    kind: 'government',
    areaCode: '120104', // 南开区
    notesStated: [
      '圍繞“創新南開”目標定位,推動理念、思路、方法、體制機制和社會治理等全方位全要素創新',
      '大力推進啟航灣創新產業區建設,聚集創新要素、促進成果轉化、培育創新產業取得顯著成效',
      '堅持“服務高校院所就是發展自己”的理念,舉全區之力為聯盟建設發展創造良好環境',
    ],
    source: S003,
    evidence: '天津市新能源電池人才創新創業聯盟落戶南開區',
  },
  {
    key: 'tianjin-talent-office',
    originalName: '天津市人才辦',
    kind: 'government',
    areaCode: '120000',
    source: S003,
    evidence: '在天津市人才辦的支持下,聯盟秘書處與市內各區橫向溝通',
  },
  {
    key: 'tianjin-municipal-party-committee-and-government',
    originalName: '市委、市政府',
    kind: 'party-body',
    areaCode: '120000',
    source: S003,
    evidence: '南開區堅決落實市委、市政府決策部署',
  },
  {
    key: 'china-north-engine-research-institute',
    originalName: '中國北方發動機研究所',
    kind: 'research-institute',
    source: S003,
    evidence: '聯盟企業|天津巴莫科技有限責任公司、中國北方發動機研究所',
  },
];
