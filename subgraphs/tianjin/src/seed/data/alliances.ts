/**
 * Tianjin region: alliances (雙碳產業聯盟, 天津市新能源電池人才創新創業聯盟 and the city's 十大 talent
 * alliances it links into, Xiqing's 產業鏈黨建聯盟) and the chain party committees (產業鏈黨委) of that
 * party-building alliance. Counts the reports state without listing the items are kept as figures.
 */
import type { Alliance, ChainPartyCommittee } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

export const alliances: readonly Alliance[] = [
  // --- 000 ------------------------------------------------------------------------------------
  {
    key: 'shuangtan-alliance',
    originalName: '雙碳產業聯盟',
    shortName: '聯盟',
    kind: 'industry-alliance',
    areaCode: '120116', // 滨海新区
    parkKey: 'binhai-zgc-science-park',
    founded: { text: '7月中旬', month: 7 },
    foundedText: '今年7月,“雙碳產業聯盟”在天津經開區濱海-中關村科技園成立',
    hostKeys: ['binhai-zgc-park-office', 'binhai-zgc-industry-promotion-section-3'],
    natureStated: '走訪企業走出來的;成立不久、僅有二十幾家成員單位的聯盟只是個小聯盟',
    visionStated: '“濱”“水”“風”“光”協同共享',
    goalsStated: [
      '以補鏈、強鏈、延鏈為雙碳產業發展目標',
      '為園區雙碳產業發展構建良好產業生態',
      '實現企業間優勢互補和資源共享',
      '共同實現低碳、綠色、可持續發展的社會擔當',
    ],
    memberCountStated: { value: 20, qualifier: '幾', text: '二十幾家成員單位' },
    localChainNames: ['雙碳', '新能源'],
    servicesStated: [
      '協調聯盟內企業參觀活動',
      '安排周末專家沙龍',
      '對想入盟企業走訪了解',
      '組織技術沙龍',
      '走訪企業',
      '微信群里需求對接',
      '業務探討',
    ],
    notesStated: [
      '企業有需求,產業有基礎,雙碳產業聯盟應運而生',
      '看到聯盟企業分享信息、對接彼此需求,特別開心',
      '聯盟做了很多工作,企業發展的每個環節都考慮到了,讓我們遇到任何問題都不擔心,也更看好產業發展的前景',
      '聯盟的朋友圈不斷擴容,已有東麗、武清等外區的新能源企業希望“入盟”',
      '聯盟的影響逐步擴大,距離大夢想的實現越來越近',
    ],
    source: S000,
    evidence: '今年7月,“雙碳產業聯盟”在天津經開區濱海-中關村科技園成立',
  },

  // --- 003 ------------------------------------------------------------------------------------
  {
    key: 'new-energy-battery-talent-alliance',
    originalName: '天津市新能源電池人才創新創業聯盟',
    kind: 'talent-alliance',
    areaCode: '120104', // 南开区
    foundedText: '天津市新能源電池人才創新創業聯盟落戶南開區',
    hostKeys: ['nankai-district'],
    partnerUniversityKey: 'nankai-university',
    natureStated: '創新聯合體',
    goalsStated: [
      '加快新能源電池產業建設,助推新能源發展,加快相關產業和人才集聚,著力打造新能源電池產業基地',
      '從基本原理、關鍵材料、核心技術、工程實踐、市場應用等多層次、多維度、多需求開展科技創新',
      '促進人才鏈、產業鏈、項目鏈、技術鏈、資本鏈“五鏈”融合',
      '合力打造天津新能源電池產業集群和人才高地',
      '實現聯盟共建、成果共享、合作共贏',
      '為天津“制造業立市”和“一基地三區”建設作出貢獻',
    ],
    memberCountStated: { value: 40, qualifier: '余', text: '40 余家聯盟成員單位' },
    memberKindsStated: ['新能源電池上下游相關企業'],
    expertCountStated: { value: 5, text: '5 名院士作為聯盟特聘專家' },
    localChainNames: ['新能源電池'],
    localLinkNames: ['研發', '生產', '應用', '回收'],
    servicesStated: [
      '在推動高端項目落地、帶動創新要素集聚、深化校地合作和產業協同發展等方面擁有獨特優勢',
      '聯盟秘書處與市內各區橫向溝通,邀請新能源電池上下游相關企業加入聯盟',
      '為無人機、智能軌道交通、智能網聯汽車、高端裝備和智能制造、動力與電氣等戰略性新興產業發展提供動力項目研發和配套支持',
    ],
    linkedAllianceKeys: ['tianjin-ten-industry-talent-alliances'],
    servedIndustries: ['無人機', '智能軌道交通', '智能網聯汽車', '高端裝備和智能制造', '動力與電氣'],
    notesStated: [
      '已有40 余家企業加入聯盟,涉及新能源電池和材料研發、生產、應用、回收等多個領域',
      '在天津市人才辦的支持下,聯盟秘書處與市內各區橫向溝通',
      '是服務碳達峰碳中和國家重大戰略、融入京津冀協同發展的積極謀劃',
      '是發揮人才對高質量發展的引領作用、助力企業做大做強做優、塑造新能源產業新動能的重要舉措',
    ],
    source: S003,
    evidence: '天津市新能源電池人才創新創業聯盟落戶南開區',
  },
  {
    key: 'tianjin-ten-industry-talent-alliances',
    originalName: '天津市十大產業人才創新創業聯盟',
    kind: 'alliance-network',
    areaCode: '120000', // 天津市
    allianceCountStated: { value: 10, text: '十大' },
    source: S003,
    evidence: '聯盟積極鏈接、融入天津市十大產業人才創新創業聯盟',
  },

  // --- 001 ------------------------------------------------------------------------------------
  {
    key: 'xiqing-chain-party-building-alliance',
    originalName: '產業鏈黨建聯盟',
    kind: 'party-building-alliance',
    areaCode: '120111', // 西青区
    hostKeys: ['xiqing-district', 'xiqing-two-new-work-committee'],
    natureStated: '“命運共同體”',
    goalsStated: ['以高品質黨建引領產業高品質發展', '激發產業鏈新活力'],
    memberCountStated: { value: 367, text: '367家成員單位' },
    memberKindsStated: ['五大重點產業鏈上下游企業', '周邊高校院所', '行業協會', '職能部門'],
    localChainNames: ['集成電路', '車聯網', '汽車及新能源汽車', '高端裝備', '生物醫藥'],
    servicesStated: [
      '“產業鏈黨建賦能”專項行動',
      '“1+1+N+X”組織體系',
      '推動高校院所、行業組織、上下游企業、職能部門、屬地街鎮等各類主體協同發力、高效推動',
      '常態化開展助企紓困行動',
      '對企業提出的問題,1小時回應、1天內對接,1周內解决',
      '產業鏈企業黨組織書記輪值活動',
    ],
    figures: [
      {
        metric: 'chain-party-committees',
        metricText: '五大產業鏈黨委',
        count: { value: 5, text: '五大產業鏈黨委' },
        evidence: '成立集成電路、車聯網、生物醫藥等五大產業鏈黨委',
      },
      {
        metric: 'party-organisation-pairings',
        metricText: '鏈上企業之間、職能部門與鏈上企業之間黨組織結對',
        count: { value: 26, text: '黨組織結對26個' },
        evidence: '西青區推動鏈上企業之間、職能部門與鏈上企業之間黨組織結對26個',
      },
      {
        metric: 'joint-party-building-activities',
        metricText: '黨建聯建活動',
        count: { value: 70, qualifier: '余', text: '70餘場' },
        evidence: '開展黨建聯建活動70餘場',
      },
      {
        metric: 'two-new-work-committee-member-units',
        metricText: '區委兩新工委成員單位',
        count: { value: 21, text: '21個成員單位' },
        evidence: '區委兩新工委綜合21個成員單位政策、項目、平臺和服務資源',
      },
    ],
    notesStated: [
      '產業鏈黨建聯盟把我們聚在一起,互補型企業有了抱團發展的可能',
      '西青區不斷強化產業鏈黨建聯盟頂層設計,瞄準產業、企業、區域的發展痛點',
      '黨建鏈賦能產業鏈,政策服務更加及時精准,主體協同更加順暢高效,集羣效應更加優化凸顯',
      '廣受企業家歡迎和好評',
    ],
    source: S001,
    evidence: '五大重點產業鏈上下游企業、周邊高校院所、行業協會、職能部門共367家成員單位聚合成“命運共同體”',
  },
];

export const chainPartyCommittees: readonly ChainPartyCommittee[] = [
  {
    key: 'xiqing-ic-chain-party-committee',
    originalName: '集成電路產業鏈黨委',
    allianceKey: 'xiqing-chain-party-building-alliance',
    chainKey: 'xiqing-ic',
    areaCode: '120111',
    source: S001,
    evidence: '成立集成電路、車聯網、生物醫藥等五大產業鏈黨委',
  },
  {
    key: 'xiqing-iov-chain-party-committee',
    originalName: '車聯網產業鏈黨委',
    allianceKey: 'xiqing-chain-party-building-alliance',
    chainKey: 'xiqing-iov',
    areaCode: '120111',
    source: S001,
    evidence: '成立集成電路、車聯網、生物醫藥等五大產業鏈黨委',
  },
  {
    key: 'xiqing-biomed-chain-party-committee',
    originalName: '生物醫藥產業鏈黨委',
    allianceKey: 'xiqing-chain-party-building-alliance',
    chainKey: 'xiqing-biomed',
    areaCode: '120111',
    actionsStated: [
      '為有金融需求的企業搭建投融資對接平臺',
      '推動總投資6億元的金西盟幹細胞研發製造及智能化細胞工廠自動化整體解決方案項目順利落地',
    ],
    source: S001,
    evidence: '區生物醫藥產業鏈黨委為有金融需求的企業搭建投融資對接平臺',
  },
  {
    key: 'xiqing-high-end-equipment-chain-party-committee',
    originalName: '高端裝備產業鏈黨委',
    allianceKey: 'xiqing-chain-party-building-alliance',
    chainKey: 'xiqing-high-end-equipment',
    areaCode: '120111',
    actionsStated: ['如“及時雨”般推動企業向智慧製造轉型陞級'],
    fundsDisbursed: {
      money: { amount: { value: 820, unit: '万元' }, qualifier: '余', text: '820餘萬元' },
      since: { text: '2022年以來', year: 2022 },
      purpose: '技術改造和智慧製造資金',
      evidence: '2022年以來,區高端裝備產業鏈黨委為鏈上企業撥付技術改造和智慧製造資金820餘萬元',
    },
    source: S001,
    evidence: '區高端裝備產業鏈黨委為鏈上企業撥付技術改造和智慧製造資金820餘萬元',
  },
];
