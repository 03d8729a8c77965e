/**
 * Tianjin region: industry chains exactly as the reports name them — Xiqing's five key chains, the
 * Binhai-Zhongguancun park's new-energy / dual-carbon chain, Tianjin's new-energy industry and the
 * new-energy battery alliance's chain — with the links/segments each report states.
 */
import type { IndustryChain } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

const XIQING_FIVE = '聚焦集成電路、車聯網、汽車及新能源汽車、高端裝備、生物醫藥5條重點產業鏈';

export const industryChains: readonly IndustryChain[] = [
  // --- 001: 西青區 5條重點產業鏈 ------------------------------------------------------------------
  {
    key: 'xiqing-ic',
    localChainName: '集成電路',
    scope: 'district-key-chain',
    areaCode: '120111', // 西青区
    partyCommitteeKey: 'xiqing-ic-chain-party-committee',
    source: S001,
    evidence: XIQING_FIVE,
  },
  {
    key: 'xiqing-iov',
    localChainName: '車聯網',
    scope: 'district-key-chain',
    areaCode: '120111',
    partyCommitteeKey: 'xiqing-iov-chain-party-committee',
    source: S001,
    evidence: XIQING_FIVE,
  },
  {
    key: 'xiqing-nev',
    localChainName: '汽車及新能源汽車',
    scope: 'district-key-chain',
    areaCode: '120111',
    segmentsStated: ['覈心零部件', '汽車電子', '汽車動力'],
    source: S001,
    evidence: '西青區汽車及新能源汽車產業鏈已涵蓋覈心零部件、汽車電子、汽車動力等領域',
  },
  {
    key: 'xiqing-high-end-equipment',
    localChainName: '高端裝備',
    scope: 'district-key-chain',
    areaCode: '120111',
    partyCommitteeKey: 'xiqing-high-end-equipment-chain-party-committee',
    source: S001,
    evidence: XIQING_FIVE,
  },
  {
    key: 'xiqing-biomed',
    localChainName: '生物醫藥',
    scope: 'district-key-chain',
    areaCode: '120111',
    partyCommitteeKey: 'xiqing-biomed-chain-party-committee',
    source: S001,
    evidence: XIQING_FIVE,
  },

  // --- 000: 濱海-中關村科技園 ------------------------------------------------------------------------
  {
    key: 'binhai-zgc-new-energy',
    localChainName: '新能源',
    scope: 'park-chain',
    areaCode: '120116', // 滨海新区
    parkKey: 'binhai-zgc-science-park',
    localLinkNames: ['設計', '投資', '生產', '運維'],
    notesStated: ['相對完善', '企業之間交集很少,沒法形成聯動效應'],
    source: S000,
    evidence: '園區新能源產業鏈相對完善,涉及設計、投資、生產、運維等各個方面,但企業之間交集很少,沒法形成聯動效應',
  },
  {
    key: 'binhai-zgc-shuangtan',
    localChainName: '雙碳',
    scope: 'park-chain',
    areaCode: '120116',
    parkKey: 'binhai-zgc-science-park',
    allianceKey: 'shuangtan-alliance',
    // "各環節" of the chain the same report lists for the park: 設計、投資、生產、運維.
    localLinkNames: ['設計', '投資', '生產', '運維'],
    linksEvidence: '對于聯盟企業的現實情況,張慧了然于心……產業鏈上各環節的企業都有,但是單拿出來處于行業頭部的項目并不多',
    notesStated: [
      '產業鏈上各環節的企業都有,但是單拿出來處于行業頭部的項目并不多',
      '企業間加強合作形成集群效應,才能為強鏈提供基礎',
    ],
    source: S000,
    evidence: '以補鏈、強鏈、延鏈為雙碳產業發展目標',
  },

  // --- 003: 天津市新能源 / 新能源電池 --------------------------------------------------------------
  {
    key: 'tianjin-new-energy',
    localChainName: '新能源',
    scope: 'city-industry',
    areaCode: '120000', // 天津市
    segmentsStated: ['光伏', '風電', '氫能', '電池', '電動汽車'],
    notesStated: [
      '天津市將新能源作為戰略性新興產業',
      '已形成完整的上中下游產業鏈和較為完善的新能源產業集群,成為全國新能源產業重要生產基地',
      '特別是在新能源電池領域聚集了眾多高校和研究院所,研發實力雄厚',
    ],
    source: S003,
    evidence: '在光伏、風電、氫能、電池、電動汽車等領域布局了一批大中型企業',
  },
  {
    key: 'battery-alliance-new-energy-battery',
    localChainName: '新能源電池',
    scope: 'alliance-chain',
    areaCode: '120104', // 南开区
    allianceKey: 'new-energy-battery-talent-alliance',
    localLinkNames: ['研發', '生產', '應用', '回收'],
    segmentsStated: ['新能源電池和材料'],
    source: S003,
    evidence: '涉及新能源電池和材料研發、生產、應用、回收等多個領域',
  },
];
