/**
 * Tianjin region: firms (and firm units: subsidiaries, branches, R&D centres, research institutes of a firm)
 * named in reports 000, 001 and 003, with area, park and parent where stated, and every chain the reports
 * put each firm in, with the sentence that does (docs/dataset.md, Chain placements).
 * areaCode: a park's district where the report places the firm in a park, else the place in its name, else unset.
 * Membership of an alliance alone places no firm in the alliance's chain: what 003 says of the battery
 * alliance's members as a whole is a stated fact about the alliance (chains.ts), not about each member.
 */
import type { ChainPlacement, Firm } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

/** 003 lists these as 聯盟企業 of the new-energy battery talent alliance; no chain/link is stated per firm. */
const LISTED_003 = '聯盟企業';

/** The sentence of 003 that lists a member, cut to the member's name. */
const listed003 = (name: string) => `聯盟企業|……${name}……等40 余家聯盟成員單位`;

/** A guess from the firm's name (basis `name`) resting on the sentence that names it. */
const byName = (localChainName: string, source: ChainPlacement['source'], evidence: string, localLinkNames?: readonly string[]): ChainPlacement => ({
  localChainName,
  ...(localLinkNames ? { localLinkNames } : {}),
  basis: 'name',
  source,
  evidence,
});

const FOUNDING_CONFERENCE_TGOOD = '成立大會上,了解到同在科技園的青島特銳德電器有限公司天津分公司是輸配電企業,正好符合我們的需求,雙方一拍即合';
const AECC_TESTING = '公司與中國航發商用航空發動機有限責任公司簽署戰略合作,為中國首款商用發動機提供測試產品及服務';

export const firms: readonly Firm[] = [
  // --- 000: 雙碳產業聯盟 (濱海-中關村科技園) ------------------------------------------------------
  {
    key: 'haihui-power',
    originalName: '天津海慧電力技術有限公司',
    legalNameStated: true,
    shortName: '海慧電力',
    kind: 'enterprise',
    areaCode: '120116', // 滨海新区
    parkKey: 'binhai-zgc-science-park',
    locationEvidence: '海慧電力是去年初在科技園注冊的企業',
    chains: [
      {
        localChainName: '新能源',
        localLinkNames: ['投資', '建設'],
        basis: 'stated',
        source: S000,
        evidence: '海慧電力是去年初在科技園注冊的企業,主要從事新能源領域的投資、建設等',
      },
    ],
    fieldsStated: ['新能源領域的投資、建設'],
    registeredInPark: { text: '去年初' },
    notesStated: [
      '由于落戶時間不長,對科技園內同行企業了解不多,基本是單打獨斗',
      '有了聯盟,企業相互了解,不僅增加了合作機會,還能碰撞出新的火花',
      '聯盟的成立,讓楊國鋒感覺“找到了組織”',
    ],
    source: S000,
    evidence: '天津海慧電力技術有限公司(以下簡稱“海慧電力”)',
  },
  {
    key: 'teda-engineering-design',
    originalName: '泰達工程設計有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    // The design link is its name's (工程設計); the chain is the dual-carbon alliance's, at whose
    // founding conference a new-energy investor took it up as a partner.
    chains: [byName('新能源', S000, '在上個月的成立大會上,我們就和泰達工程設計有限公司建立了聯系,目前正在就合作事宜進行溝通確認', ['設計'])],
    source: S000,
    evidence: '在上個月的成立大會上,我們就和泰達工程設計有限公司建立了聯系',
  },
  {
    key: 'zhongru-group',
    originalName: '上海中如智慧能源集團有限公司',
    legalNameStated: true,
    shortName: '中如集團',
    kind: 'group',
    areaCode: '310000', // 上海市 (by name)
    chains: [byName('智慧能源', S000, '上海中如智慧能源集團有限公司(以下簡稱“中如集團”)首席運營官史慧對聯盟的成立贊不絕口')],
    notesStated: ['對初來乍到的企業,聯盟意味著信任和便捷', '我們在和聯盟企業合作的時候,信任度會更高'],
    source: S000,
    evidence: '上海中如智慧能源集團有限公司(以下簡稱“中如集團”)',
  },
  {
    key: 'zhongru-tianjin-subsidiary',
    originalName: '中如集團天津子公司',
    legalNameStated: false,
    kind: 'subsidiary',
    areaCode: '120116',
    parkKey: 'binhai-zgc-science-park',
    locationEvidence: '2019年,中如集團天津子公司在科技園成立',
    parentKey: 'zhongru-group',
    established: { text: '2019年', year: 2019 },
    source: S000,
    evidence: '2019年,中如集團天津子公司在科技園成立',
  },
  {
    key: 'qingdao-tgood',
    originalName: '青島特銳德電器有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '370200', // 青岛市 (by name)
    source: S000,
    evidence: '青島特銳德電器有限公司天津分公司',
  },
  {
    key: 'tgood-tianjin-branch',
    originalName: '青島特銳德電器有限公司天津分公司',
    legalNameStated: true,
    kind: 'branch',
    areaCode: '120116',
    parkKey: 'binhai-zgc-science-park',
    locationEvidence: '同在科技園的青島特銳德電器有限公司天津分公司',
    parentKey: 'qingdao-tgood',
    chains: [
      { localChainName: '輸配電', localLinkNames: ['輸配電'], basis: 'stated', source: S000, evidence: FOUNDING_CONFERENCE_TGOOD },
      // Named in the dual-carbon alliance's founding conference as the transmission firm a smart-energy group needed.
      { localChainName: '雙碳', localLinkNames: ['輸配電'], basis: 'passage', source: S000, evidence: FOUNDING_CONFERENCE_TGOOD },
    ],
    labelsStated: ['輸配電企業'],
    source: S000,
    evidence: '同在科技園的青島特銳德電器有限公司天津分公司是輸配電企業',
  },

  // --- 001: 天開西青園 / 西青區 ------------------------------------------------------------------
  {
    key: 'famoxi-biomed',
    originalName: '天津法莫西生物醫藥科技有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120111', // 西青区
    parkKey: 'tiankai-xiqing-park',
    locationEvidence: '注册在此的天津法莫西生物醫藥科技有限公司成長迅速',
    chains: [byName('生物醫藥', S001, '注册在此的天津法莫西生物醫藥科技有限公司成長迅速')],
    achievementsStated: ['不久前在第十二届中國創新創業大賽(天津賽區)中脫穎而出,作為成長型企業代表競逐全國比賽'],
    notesStated: ['未來將在天開西青園進行更多科研成果轉化'],
    source: S001,
    evidence: '注册在此的天津法莫西生物醫藥科技有限公司成長迅速',
  },
  {
    key: 'shance-tianjin',
    originalName: '善測(天津)科技有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000', // 天津市 (by name; the report gives no district)
    labelsStated: ['龍頭企業'],
    chains: [
      {
        localChainName: '航空發動機',
        localLinkNames: ['測試'],
        basis: 'stated',
        source: S001,
        evidence: `善測(天津)科技有限公司則瞄準高端市場,歷經多年科技攻關,其航空發動機系列產品達到了國外同等水准,實現了國產化替代。${AECC_TESTING}`,
      },
    ],
    fieldsStated: ['航空發動機', '蒸汽輪機和鼓風機', '盾構機'],
    achievementsStated: [
      '瞄準高端市場,歷經多年科技攻關,其航空發動機系列產品達到了國外同等水准,實現了國產化替代',
      '為中國首款商用發動機提供測試產品及服務',
    ],
    source: S001,
    evidence: '另一家龍頭企業,善測(天津)科技有限公司則瞄準高端市場',
  },
  {
    key: 'aecc-commercial-aircraft-engine',
    originalName: '中國航發商用航空發動機有限責任公司',
    legalNameStated: true,
    kind: 'enterprise',
    chains: [byName('航空發動機', S001, AECC_TESTING)],
    source: S001,
    evidence: '公司與中國航發商用航空發動機有限責任公司簽署戰略合作',
  },
  {
    key: 'nanzhan-development-co',
    originalName: '天津南站科技商務區發展有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120111',
    parkKey: 'tianjin-south-station-business-district',
    locationEvidence: '位於西青區的天津南站科技商務區',
    source: S001,
    evidence: '天津南站科技商務區發展有限公司副經理孫懷章說',
  },
  {
    key: 'shanshan-outlets-tianjin',
    originalName: '天津杉杉奧特萊斯',
    legalNameStated: false,
    kind: 'enterprise',
    areaCode: '120000', // 天津市 (by name; the report gives no district)
    labelsStated: ['大型綜合商業體'],
    opening: { text: '9月28日', month: 9, day: 28 },
    figures: [
      { metric: '國內外名品折扣店', count: { value: 200, qualifier: '余', text: '200餘家國內外名品折扣店' } },
      { metric: '天津首店', count: { value: 16, text: '16家天津首店' } },
      { metric: '旗艦店', count: { value: 30, qualifier: '多', text: '30多個旗艦店' } },
    ],
    notesStated: ['經歷了“拿地即開工”的火熱建設', '還有餐飲、娛樂等配套,滿足不同的消費需求', '一切準備就緒!'],
    source: S001,
    evidence: '這家大型綜合商業體將於9月28日開業',
  },
  {
    key: 'jingwei-hirain',
    originalName: '北京經緯恒潤科技股份有限公司',
    legalNameStated: true,
    shortName: '經緯恒潤',
    kind: 'enterprise',
    areaCode: '110000', // 北京市 ("總部在北京")
    locationEvidence: '總部在北京,經常要京津往返',
    labelsStated: ['龍頭企業', '行業龍頭企業'],
    chains: [
      { localChainName: '車聯網', basis: 'stated', source: S001, evidence: '經緯恒潤是汽車智慧駕駛、車聯網領域的龍頭企業' },
      // The passage on the South Station district's vehicle chain names it the industry's leader.
      {
        localChainName: '新能源汽車',
        basis: 'stated',
        source: S001,
        evidence: '以行業龍頭企業經緯恒潤擴大生產為契機,吸引更多新能源和智慧網聯汽車產業上下游配套企業集聚',
      },
    ],
    fieldsStated: ['汽車智慧駕駛', '車聯網'],
    notesStated: ['以行業龍頭企業經緯恒潤擴大生產為契機,吸引更多新能源和智慧網聯汽車產業上下游配套企業集聚'],
    source: S001,
    evidence: '經緯恒潤是汽車智慧駕駛、車聯網領域的龍頭企業',
  },
  {
    key: 'jingwei-hirain-tianjin-rnd-centre',
    originalName: '經緯恒潤天津研發中心',
    legalNameStated: false,
    kind: 'rnd-centre',
    areaCode: '120111',
    parkKey: 'tianjin-south-station-business-district',
    locationEvidence: '距離天津南站直線距離不足一公里的經緯恒潤天津研發中心',
    parentKey: 'jingwei-hirain',
    chains: [
      {
        localChainName: '智能網聯',
        localLinkNames: ['研發'],
        basis: 'stated',
        source: S001,
        evidence: '經緯恒潤天津研發中心正式啟用……天津研發中心將成為國際一流的智能網聯及新能源技術研發服務平臺',
      },
      {
        localChainName: '新能源',
        localLinkNames: ['研發'],
        basis: 'stated',
        source: S001,
        evidence: '經緯恒潤天津研發中心正式啟用……天津研發中心將成為國際一流的智能網聯及新能源技術研發服務平臺',
      },
    ],
    opening: { text: '今年7月', month: 7 },
    employees: {
      current: { value: 1500, text: '1500名員工入職' },
      target: { value: 5000, text: '員工規模將達到5000人' },
      evidence: '現時已有1500名員工入職……員工規模將達到5000人',
    },
    figures: [{ metric: '距離天津南站直線距離(公里)', count: { value: 1, qualifier: '不足', text: '直線距離不足一公里' } }],
    notesStated: [
      '天津研發中心將成為國際一流的智能網聯及新能源技術研發服務平臺',
      '為了上班方便,很多人選擇租住在周邊',
      '區裡還幫助協調使用人才公寓,讓員工沒有後顧之憂',
    ],
    source: S001,
    evidence: '今年7月,距離天津南站直線距離不足一公里的經緯恒潤天津研發中心正式啟用',
  },
  {
    key: 'shengna-tech',
    originalName: '天津聖納科技有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000', // 天津市 (by name; the report gives no district)
    notesStated: ['雖然我們距離很近,但平時很少交流,就是因為缺少這樣一個平臺'],
    source: S001,
    evidence: '天津聖納科技有限公司黨支部書記、總經理魏所庫',
  },
  {
    key: 'jinximeng',
    originalName: '金西盟',
    legalNameStated: false,
    shortName: '金西盟',
    kind: 'enterprise',
    chains: [
      {
        localChainName: '生物醫藥',
        localLinkNames: ['研發', '製造'],
        basis: 'stated',
        source: S001,
        evidence: '區生物醫藥產業鏈黨委為有金融需求的企業搭建投融資對接平臺,推動總投資6億元的金西盟幹細胞研發製造及智能化細胞工廠自動化整體解決方案項目順利落地',
      },
    ],
    fieldsStated: ['幹細胞研發製造', '智能化細胞工廠自動化整體解決方案'],
    source: S001,
    evidence: '推動總投資6億元的金西盟幹細胞研發製造及智能化細胞工廠自動化整體解決方案項目順利落地',
  },

  // --- 003: 天津市新能源電池人才創新創業聯盟 的聯盟企業 -------------------------------------------
  // Only a firm's own name places it in a chain here (basis `name`); the list alone does not (see above).
  { key: 'bamo-tech', originalName: '天津巴莫科技有限責任公司', legalNameStated: true, kind: 'enterprise', areaCode: '120000', labelsStated: [LISTED_003], source: S003, evidence: '天津巴莫科技有限責任公司' },
  {
    key: 'lishen-battery',
    originalName: '天津力神電池股份有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    labelsStated: [LISTED_003],
    chains: [byName('電池', S003, listed003('天津力神電池股份有限公司'))],
    source: S003,
    evidence: '天津力神電池股份有限公司',
  },
  {
    key: 'china-automotive-industry-engineering',
    originalName: '中國汽車工業工程有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    labelsStated: [LISTED_003],
    chains: [byName('汽車', S003, listed003('中國汽車工業工程有限公司'))],
    source: S003,
    evidence: '中國汽車工業工程有限公司',
  },
  {
    key: 'jiewei-power',
    originalName: '天津市捷威動力工業有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    source: S003,
    evidence: '天津市捷威動力工業有限公司研究院',
  },
  {
    key: 'jiewei-power-research-institute',
    originalName: '天津市捷威動力工業有限公司研究院',
    legalNameStated: true,
    kind: 'research-unit',
    areaCode: '120000',
    parentKey: 'jiewei-power',
    labelsStated: [LISTED_003],
    source: S003,
    evidence: '天津市捷威動力工業有限公司研究院',
  },
  {
    key: 'cec-new-energy-research-institute',
    originalName: '天津中電新能源研究院有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    labelsStated: [LISTED_003],
    chains: [byName('新能源', S003, listed003('天津中電新能源研究院有限公司'), ['研發'])],
    source: S003,
    evidence: '天津中電新能源研究院有限公司',
  },
  {
    key: 'potevio-new-energy-tianjin',
    originalName: '普天新能源(天津)有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    labelsStated: [LISTED_003],
    chains: [byName('新能源', S003, listed003('普天新能源(天津)有限公司'))],
    source: S003,
    evidence: '普天新能源(天津)有限公司',
  },
  {
    key: 'rongsheng-mgl',
    originalName: '天津榮盛盟固利新能源科技有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    labelsStated: [LISTED_003],
    chains: [byName('新能源', S003, listed003('天津榮盛盟固利新能源科技有限公司'))],
    source: S003,
    evidence: '天津榮盛盟固利新能源科技有限公司',
  },
  { key: 'huading-tech', originalName: '天津市華鼎科技有限公司', legalNameStated: true, kind: 'enterprise', areaCode: '120000', labelsStated: [LISTED_003], source: S003, evidence: '天津市華鼎科技有限公司' },
  {
    key: 'zhonghuan-semiconductor',
    originalName: '天津中環半導體股份有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    labelsStated: [LISTED_003],
    chains: [byName('半導體', S003, listed003('天津中環半導體股份有限公司'))],
    source: S003,
    evidence: '天津中環半導體股份有限公司',
  },
  {
    key: 'yinlong-new-energy',
    originalName: '天津銀隆新能源有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    labelsStated: [LISTED_003],
    chains: [byName('新能源', S003, listed003('天津銀隆新能源有限公司'))],
    source: S003,
    evidence: '天津銀隆新能源有限公司',
  },
  { key: 'china-railway-academy', originalName: '中國鐵道科學研究院集團有限公司', legalNameStated: true, kind: 'group', labelsStated: [LISTED_003], source: S003, evidence: '中國鐵道科學研究院集團有限公司' },
  { key: 'deepinfar-ocean', originalName: '深之藍海洋科技股份有限公司', legalNameStated: true, kind: 'enterprise', labelsStated: [LISTED_003], source: S003, evidence: '深之藍海洋科技股份有限公司' },
  { key: 'shiqimai-tech', originalName: '天津拾起賣科技有限公司', legalNameStated: true, kind: 'enterprise', areaCode: '120000', labelsStated: [LISTED_003], source: S003, evidence: '天津拾起賣科技有限公司' },
  {
    key: 'ftms-tianjin',
    originalName: '天津一汽豐田汽車有限公司',
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: '120000',
    chains: [byName('汽車', S003, listed003('天津一汽豐田汽車有限公司新能源分公司'))],
    source: S003,
    evidence: '天津一汽豐田汽車有限公司新能源分公司',
  },
  {
    key: 'ftms-tianjin-new-energy-branch',
    originalName: '天津一汽豐田汽車有限公司新能源分公司',
    legalNameStated: true,
    kind: 'branch',
    areaCode: '120000',
    parentKey: 'ftms-tianjin',
    labelsStated: [LISTED_003],
    chains: [byName('新能源汽車', S003, listed003('天津一汽豐田汽車有限公司新能源分公司'))],
    source: S003,
    evidence: '天津一汽豐田汽車有限公司新能源分公司',
  },
];
