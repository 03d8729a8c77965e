/**
 * Tianjin region: parks and park areas (天津經開區, 濱海-中關村科技園, 天開高教科創園, 天開西青園 and its
 * parts, 天津南站科技商務區, 啟航灣創新產業區) with the facts the reports state about each:
 * area, firm counts by kind, projects landed, registered capital, policy funds, production land (chains: chains.ts).
 */
import type { Park } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

export const parks: readonly Park[] = [
  // --- 000 ------------------------------------------------------------------------------------
  {
    key: 'teda',
    originalName: '天津經開區',
    kind: 'development-zone',
    areaCode: '120116', // 滨海新区
    source: S000,
    evidence: '“雙碳產業聯盟”在天津經開區濱海-中關村科技園成立',
  },
  {
    key: 'binhai-zgc-science-park',
    originalName: '天津濱海-中關村科技園',
    shortName: '科技園',
    kind: 'science-park',
    areaCode: '120116', // 滨海新区
    parentParkKey: 'teda',
    parentEvidence: '“雙碳產業聯盟”在天津經開區濱海-中關村科技園成立',
    leadingIndustries: {
      countText: '“3+1”主導產業',
      localChainNames: ['新能源新材料'],
      evidence: '新能源新材料是科技園“3+1”主導產業之一',
    },
    productionLand: {
      availableNow: false,
      plot: {
        name: 'M0工業用地',
        planningAdjustment: 'completed',
        construction: { status: 'to-start', by: { text: '年底前' } },
      },
      expectedLinkNames: ['設計', '研發', '生產', '運維'],
      evidence:
        '科技園目前不能提供企業生產用地,要想把產業鏈做長,就必須補鏈。據悉,科技園M0工業用地前期規劃調整工作已經完成,年底前將開工建設。“到時,設計、研發、生產、運維都能在科技園內完成',
    },
    goalsStated: [
      '加強上下游企業間的合作也有利于科技園引育新動能,引進一批自主創新能力強、集聚效應突出的高質量項目',
      '產業鏈強了也更利于我們招商',
    ],
    notesStated: [
      '受疫情影響,外出招商不方便,但我們可以服務存量企業和項目',
      '信息不對稱、業內企業互相不了解,成為阻礙產業發展的堵點',
    ],
    source: S000,
    evidence: '天津濱海-中關村科技園(以下簡稱“科技園”)',
  },

  // --- 001 ------------------------------------------------------------------------------------
  {
    key: 'tiankai-park',
    originalName: '天開高教科創園',
    kind: 'science-park',
    areaCode: '120000', // 天津市 (no district stated)
    structureStated: '一核兩翼',
    source: S001,
    evidence: '天開高教科創園“一核兩翼”,築起都市新地標',
  },
  {
    key: 'tiankai-xiqing-park',
    originalName: '天開西青園',
    kind: 'park-wing',
    areaCode: '120111', // 西青区
    parentParkKey: 'tiankai-park',
    parentEvidence: '天開高教科創園“一核兩翼”,築起都市新地標。作為西翼拓展區,天開西青園振“翼”而動,蓄勢待發',
    roleInParent: '西翼拓展區',
    blueprintStated: '一城、兩業、三區、四穀、五鏈',
    areaKm2: { value: 24.79, unit: 'km2', text: '24.79平方公里' },
    universityCount: { value: 7, text: '7所高校' },
    universityKeys: ['tianjin-normal-university', 'tiangong-university', 'tianjin-university-of-technology'],
    firmCounts: {
      total: { value: 600, qualifier: '余', text: '600餘家' },
      aboveScaleIndustrial: { value: 56, text: '規上工業企業56家' },
      nationalHighTech: { value: 136, text: '國家高新技術企業136家' },
      fledglingEagle: { value: 77, text: '雛鷹企業77家' },
      gazelle: { value: 5, text: '瞪羚企業5家' },
      evidence: '已有企業600餘家,其中規上工業企業56家,國家高新技術企業136家,雛鷹企業77家,瞪羚企業5家',
    },
    leadingIndustries: {
      countText: '兩大主導產業',
      localChainNames: ['新能源新材料和智慧網聯', '生物醫藥和生命健康'],
      evidence: '發展新能源新材料和智慧網聯、生物醫藥和生命健康兩大主導產業,支撐西青區5條特色產業鏈做大做强',
    },
    industriesStated: ['大健康', '新材料', '智慧製造', '信創'],
    projectsLanded: {
      since: { text: '4月11日以來', month: 4, day: 11 },
      count: { value: 134, text: '134個' },
      registeredCapital: { amount: { value: 11.03, unit: '亿元' }, text: '註冊資金11.03億元' },
      shareRelatedToKeyIndustries: {
        share: { value: 60, unit: '%', qualifier: '以上', text: '六成以上' },
        localChainNames: ['集成電路', '智慧網聯', '生物醫藥'],
      },
      evidence: '4月11日以來,園區已落地項目134個,註冊資金11.03億元。其中,六成以上與集成電路、智慧網聯、生物醫藥等西青區重點發展產業相關',
    },
    policyFunds: [
      {
        key: 'tiankai-xiqing-policy-support-funds',
        kind: 'policy-support-funds',
        money: { amount: { value: 10, unit: '亿元' }, text: '10億元政策支持資金' },
        periodText: '連續5年',
        periodYears: { value: 5, unit: 'years', text: '連續5年' },
        purposeStated: '政策支持資金',
        evidence: '園區將連續5年共安排10億元政策支持資金',
      },
      {
        key: 'tiankai-xiqing-government-guidance-fund',
        kind: 'government-guidance-fund',
        money: { amount: { value: 2, unit: '亿元' }, text: '一次性拿出2億元政府引導資金' },
        periodText: '一次性',
        purposeStated: '圍繞企業全生命週期成立多維度、多種類政府投資基金,真正投早、投小、投創新,為企業雪中送炭',
        evidence: '一次性拿出2億元政府引導資金,圍繞企業全生命週期成立多維度、多種類政府投資基金',
      },
    ],
    goalsStated: [
      '為園區承接覈心區成果轉化和產業化項目落地明確了方向',
      '帶動天開西青園打造兩個千億級主導產業集羣',
    ],
    notesStated: [
      '啟動建園以來,已簽約引進新能源電池資料和高端醫療器械兩個重大創新平臺',
    ],
    source: S001,
    evidence: '24.79平方公里的天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
  },
  {
    key: 'xuefu-industrial-park',
    originalName: '學府工業園區',
    kind: 'park-component',
    areaCode: '120111',
    parentParkKey: 'tiankai-xiqing-park',
    parentEvidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
    source: S001,
    evidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
  },
  {
    key: 'xiqing-university-town',
    originalName: '西青大學城',
    kind: 'park-component',
    areaCode: '120111',
    parentParkKey: 'tiankai-xiqing-park',
    parentEvidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
    source: S001,
    evidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
  },
  {
    key: 'nanzhan-area',
    originalName: '南站區域',
    kind: 'park-component',
    areaCode: '120111',
    parentParkKey: 'tiankai-xiqing-park',
    parentEvidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
    notesStated: ['南站區域聯通中心城區很快再添一條重要通道'],
    source: S001,
    evidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
  },
  {
    key: 'residential-support-area',
    originalName: '居住配套區',
    kind: 'park-component',
    areaCode: '120111',
    parentParkKey: 'tiankai-xiqing-park',
    parentEvidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
    source: S001,
    evidence: '天開西青園,包括學府工業園區、西青大學城、南站區域及居住配套區',
  },
  {
    key: 'tiankai-xiqing-service-centre',
    originalName: '天開西青園科創服務中心',
    kind: 'service-building',
    areaCode: '120111',
    parentParkKey: 'tiankai-xiqing-park',
    parentEvidence: '站在天開西青園科創服務中心11層的共亯會客廳',
    notesStated: ['11層的共亯會客廳'],
    source: S001,
    evidence: '站在天開西青園科創服務中心11層的共亯會客廳',
  },
  {
    key: 'tianjin-south-station-business-district',
    originalName: '天津南站科技商務區',
    shortName: '南站科技商務區',
    kind: 'business-district',
    areaCode: '120111', // 西青区
    parentParkKey: 'tiankai-xiqing-park',
    parentEvidence: '讓天津南站科技商務區成為天津市“1+16”京津冀產業轉移承接平臺之一,也是天開西青園重要組成部分',
    roleInParent: '天開西青園重要組成部分',
    designationsStated: ['天津市“1+16”京津冀產業轉移承接平臺之一'],
    goalsStated: [
      '瞄準“站產城一體化”發展目標,全方位深度融入京津冀城市群建設中',
      '把企業引進來、讓人才留下來',
      '以行業龍頭企業經緯恒潤擴大生產為契機,吸引更多新能源和智慧網聯汽車產業上下游配套企業集聚',
    ],
    investmentTargetsStated: ['央企二、三級總部', '為北京企業服務的各類科技服務型公司'],
    transportStated: [
      '瑞達路工程正在加緊建設中',
      '天津南站至津滄高速專用通道全線通車,從南站覈心區驅車至中心城區,用時從30分鐘縮短到10分鐘',
    ],
    notesStated: ['交通便利、環境宜居、生活有品質', '一批高品質項目紛至遝來'],
    source: S001,
    evidence: '位於西青區的天津南站科技商務區',
  },

  // --- 003 ------------------------------------------------------------------------------------
  {
    key: 'qihangwan-innovation-district',
    originalName: '啟航灣創新產業區',
    shortName: '啟航灣',
    kind: 'innovation-district',
    areaCode: '120104', // 南开区
    source: S003,
    evidence: '南開區……大力推進啟航灣創新產業區建設',
  },
];
