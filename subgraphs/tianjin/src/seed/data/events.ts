/**
 * Tianjin region: events and recurring activities — the dual-carbon alliance's survey visits, founding
 * conference, salons and online financing meeting (000); Xiqing's matchmaking sessions, policy briefings,
 * party-secretary rotation and the innovation competition (001). Session/participant counts as stated.
 */
import type { ChainEvent } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;

const BINHAI = '120116'; // 滨海新区
const XIQING = '120111'; // 西青区
const SECTION3 = { kind: 'organisation', key: 'binhai-zgc-industry-promotion-section-3' } as const;

export const events: readonly ChainEvent[] = [
  // --- 000: 雙碳產業聯盟 -------------------------------------------------------------------------
  {
    key: 'shuangtan-baseline-survey-visits',
    kind: 'survey-visits',
    description: '張慧和同事們對園區內企業開始一輪摸底走訪',
    organiser: SECTION3,
    parkKey: 'binhai-zgc-science-park',
    areaCode: BINHAI,
    outcomesStated: [
      '了解到一家新能源下游企業正尋找設計單位合作',
      '發現園區新能源產業鏈相對完善,涉及設計、投資、生產、運維等各個方面,但企業之間交集很少',
      '雙碳產業聯盟是走訪企業走出來的',
    ],
    source: S000,
    evidence: '于是,張慧和同事們對園區內企業開始一輪摸底走訪',
  },
  {
    key: 'shuangtan-founding-conference',
    kind: 'founding-conference',
    originalName: '成立大會',
    description: '雙碳產業聯盟成立大會',
    allianceKey: 'shuangtan-alliance',
    parkKey: 'binhai-zgc-science-park',
    areaCode: BINHAI,
    date: { text: '7月中旬', month: 7 },
    participants: [
      { kind: 'firm', key: 'haihui-power' },
      { kind: 'person', key: 'yang-guofeng' },
      { kind: 'firm', key: 'teda-engineering-design' },
      { kind: 'firm', key: 'zhongru-group' },
      { kind: 'firm', key: 'tgood-tianjin-branch' },
    ],
    outcomesStated: [
      '海慧電力和泰達工程設計有限公司建立了聯系,目前正在就合作事宜進行溝通確認',
      '中如集團了解到青島特銳德電器有限公司天津分公司是輸配電企業,雙方一拍即合',
    ],
    source: S000,
    evidence: '隨著7月中旬科技園“雙碳產業聯盟”的成立',
  },
  {
    key: 'shuangtan-member-site-visits',
    kind: 'member-site-visits',
    description: '協調聯盟內企業參觀活動',
    organiser: SECTION3,
    allianceKey: 'shuangtan-alliance',
    areaCode: BINHAI,
    recurring: true,
    source: S000,
    evidence: '協調聯盟內企業參觀活動',
  },
  {
    key: 'shuangtan-weekend-expert-salons',
    kind: 'expert-salon',
    originalName: '周末專家沙龍',
    description: '安排周末專家沙龍',
    organiser: SECTION3,
    allianceKey: 'shuangtan-alliance',
    areaCode: BINHAI,
    recurring: true,
    source: S000,
    evidence: '安排周末專家沙龍',
  },
  {
    key: 'shuangtan-technical-salons',
    kind: 'technical-salon',
    originalName: '技術沙龍',
    // 楊國鋒 lists it among the alliance's work; it may be the same as the weekend expert salons.
    description: '聯盟組織技術沙龍',
    allianceKey: 'shuangtan-alliance',
    areaCode: BINHAI,
    recurring: true,
    source: S000,
    evidence: '組織技術沙龍、走訪企業、微信群里需求對接、業務探討等,聯盟做了很多工作',
  },
  {
    key: 'shuangtan-prospective-member-visits',
    kind: 'prospective-member-visits',
    description: '對想入盟企業走訪了解',
    organiser: SECTION3,
    allianceKey: 'shuangtan-alliance',
    areaCode: BINHAI,
    recurring: true,
    source: S000,
    evidence: '對想入盟企業走訪了解',
  },
  {
    key: 'shuangtan-online-financing-meeting',
    kind: 'financing-meeting',
    originalName: '線上融資會議',
    description: '銀行等融資機構的工作人員專門針對新能源企業融資政策進行了講解',
    allianceKey: 'shuangtan-alliance',
    areaCode: BINHAI,
    online: true,
    sessionCount: { value: 1, text: '一次' },
    participants: [
      { kind: 'person', key: 'shi-hui' },
      { kind: 'firm', key: 'zhongru-group' },
    ],
    outcomesStated: ['讓人受益匪淺', '我們財務人員已在整理相關信息,看看哪些業務能符合相關標準進行融資'],
    source: S000,
    evidence: '聯盟成立后,史慧還參加了一次線上融資會議',
  },

  // --- 001: 西青區 -----------------------------------------------------------------------------------
  {
    key: 'xiqing-chain-matchmaking',
    kind: 'matchmaking',
    originalName: '重點產業鏈撮合對接活動',
    description: '汽車及新能源汽車、高端裝備等重點產業鏈撮合對接活動',
    organiser: { kind: 'organisation', key: 'xiqing-district' },
    areaCode: XIQING,
    period: { text: '今年以來' },
    sessionCount: { value: 26, text: '26場' },
    participantFirmCount: { value: 690, text: '參加企業690家' },
    localChainNames: ['汽車及新能源汽車', '高端裝備'],
    outcomesStated: ['推動產業鏈上下游企業供需對接,進一步打通生產、配套、供應堵點'],
    source: S001,
    evidence: '全區組織召開汽車及新能源汽車、高端裝備等重點產業鏈撮合對接活動26場,參加企業690家',
  },
  {
    key: 'xiqing-manufacturing-quality-policy-briefings',
    kind: 'policy-briefing',
    originalName: '製造業高品質發展政策宣講會',
    description: '針對重點產業鏈企業、新入駐科技型企業等,對接惠企政策,邀請專家解答疑問',
    organiser: { kind: 'organisation', key: 'xiqing-district' },
    areaCode: XIQING,
    source: S001,
    evidence: '舉辦製造業高品質發展政策宣講會、專精特新政策宣講會,邀請專家解答疑問',
  },
  {
    key: 'xiqing-srdi-policy-briefings',
    kind: 'policy-briefing',
    originalName: '專精特新政策宣講會',
    description: '針對重點產業鏈企業、新入駐科技型企業等,對接惠企政策,邀請專家解答疑問',
    organiser: { kind: 'organisation', key: 'xiqing-district' },
    areaCode: XIQING,
    period: { text: '今年以來' },
    sessionCount: { value: 13, text: '13場' },
    figures: [
      { metric: '梯度培育創新型中小企業', count: { value: 85, text: '85家' } },
      { metric: '專精特新中小企業', count: { value: 64, text: '64家' } },
      { metric: '專精特新“小巨人”企業', count: { value: 7, text: '7家' } },
      { metric: '服務指導企業(家次)', count: { value: 100, qualifier: '余', text: '100餘家次' } },
    ],
    outcomesStated: ['引導企業走“專精特新”發展道路'],
    source: S001,
    evidence:
      '組織召開專精特新政策宣講會13場,梯度培育創新型中小企業85家,專精特新中小企業64家,專精特新“小巨人”企業7家,服務指導企業100餘家次',
  },
  {
    key: 'xiqing-party-secretary-rotation',
    kind: 'party-secretary-rotation',
    originalName: '產業鏈企業黨組織書記輪值活動',
    description: '西青區組織的產業鏈企業黨組織書記輪值活動',
    organiser: { kind: 'organisation', key: 'xiqing-district' },
    allianceKey: 'xiqing-chain-party-building-alliance',
    areaCode: XIQING,
    date: { text: '不久前' },
    participants: [
      { kind: 'person', key: 'wei-suoku' },
      { kind: 'firm', key: 'shengna-tech' },
    ],
    outcomesStated: ['各企業相互熟悉、互通有無', '一些上下游企業還達成了初步合作的意向'],
    source: S001,
    evidence: '參加了西青區組織的產業鏈企業黨組織書記輪值活動',
  },
  {
    key: 'china-innovation-entrepreneurship-competition-12-tianjin',
    kind: 'competition',
    originalName: '第十二届中國創新創業大賽(天津賽區)',
    description: '天津法莫西生物醫藥科技有限公司脫穎而出,作為成長型企業代表競逐全國比賽',
    areaCode: '120000', // 天津市 (天津賽區)
    date: { text: '不久前' },
    participants: [{ kind: 'firm', key: 'famoxi-biomed' }],
    outcomesStated: ['作為成長型企業代表競逐全國比賽'],
    source: S001,
    evidence: '不久前在第十二届中國創新創業大賽(天津賽區)中脫穎而出',
  },
];
