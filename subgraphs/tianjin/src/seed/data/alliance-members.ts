/**
 * Tianjin region: firms, institutes and universities named as members of an alliance or as present at its
 * founding conference / activities (basis says which). Only named members are listed; stated member counts
 * (二十幾家, 40 余家, 367家) are on the alliance records. Applications to join are in membership-applications.ts.
 */
import type { AllianceMember } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

const BATTERY = 'new-energy-battery-talent-alliance';

/** The 15 units 003 lists under |聯盟企業| (in the report's order). */
const listed003: readonly { key: string; member: AllianceMember['member']; evidence: string }[] = [
  { key: 'bamo-tech', member: { kind: 'firm', key: 'bamo-tech' }, evidence: '天津巴莫科技有限責任公司' },
  { key: 'china-north-engine-research-institute', member: { kind: 'organisation', key: 'china-north-engine-research-institute' }, evidence: '中國北方發動機研究所' },
  { key: 'lishen-battery', member: { kind: 'firm', key: 'lishen-battery' }, evidence: '天津力神電池股份有限公司' },
  { key: 'china-automotive-industry-engineering', member: { kind: 'firm', key: 'china-automotive-industry-engineering' }, evidence: '中國汽車工業工程有限公司' },
  { key: 'jiewei-power-research-institute', member: { kind: 'firm', key: 'jiewei-power-research-institute' }, evidence: '天津市捷威動力工業有限公司研究院' },
  { key: 'cec-new-energy-research-institute', member: { kind: 'firm', key: 'cec-new-energy-research-institute' }, evidence: '天津中電新能源研究院有限公司' },
  { key: 'potevio-new-energy-tianjin', member: { kind: 'firm', key: 'potevio-new-energy-tianjin' }, evidence: '普天新能源(天津)有限公司' },
  { key: 'rongsheng-mgl', member: { kind: 'firm', key: 'rongsheng-mgl' }, evidence: '天津榮盛盟固利新能源科技有限公司' },
  { key: 'huading-tech', member: { kind: 'firm', key: 'huading-tech' }, evidence: '天津市華鼎科技有限公司' },
  { key: 'zhonghuan-semiconductor', member: { kind: 'firm', key: 'zhonghuan-semiconductor' }, evidence: '天津中環半導體股份有限公司' },
  { key: 'yinlong-new-energy', member: { kind: 'firm', key: 'yinlong-new-energy' }, evidence: '天津銀隆新能源有限公司' },
  { key: 'china-railway-academy', member: { kind: 'firm', key: 'china-railway-academy' }, evidence: '中國鐵道科學研究院集團有限公司' },
  { key: 'deepinfar-ocean', member: { kind: 'firm', key: 'deepinfar-ocean' }, evidence: '深之藍海洋科技股份有限公司' },
  { key: 'shiqimai-tech', member: { kind: 'firm', key: 'shiqimai-tech' }, evidence: '天津拾起賣科技有限公司' },
  { key: 'ftms-tianjin-new-energy-branch', member: { kind: 'firm', key: 'ftms-tianjin-new-energy-branch' }, evidence: '天津一汽豐田汽車有限公司新能源分公司' },
];

export const allianceMembers: readonly AllianceMember[] = [
  // --- 000: 雙碳產業聯盟 -------------------------------------------------------------------------
  {
    key: 'shuangtan--haihui-power',
    allianceKey: 'shuangtan-alliance',
    member: { kind: 'firm', key: 'haihui-power' },
    basis: ['conference-participant', 'self-described-member'],
    source: S000,
    evidence: '到場參會的天津海慧電力技術有限公司(以下簡稱“海慧電力”)總經理楊國鋒',
  },
  {
    key: 'shuangtan--zhongru-group',
    allianceKey: 'shuangtan-alliance',
    member: { kind: 'firm', key: 'zhongru-group' },
    basis: ['conference-participant', 'self-described-member'],
    source: S000,
    evidence: '獲得歸屬感的企業不止海慧電力一家。上海中如智慧能源集團有限公司',
  },
  {
    key: 'shuangtan--tgood-tianjin-branch',
    allianceKey: 'shuangtan-alliance',
    member: { kind: 'firm', key: 'tgood-tianjin-branch' },
    basis: ['conference-participant'],
    source: S000,
    evidence: '成立大會上,了解到同在科技園的青島特銳德電器有限公司天津分公司是輸配電企業',
  },
  {
    key: 'shuangtan--teda-engineering-design',
    allianceKey: 'shuangtan-alliance',
    member: { kind: 'firm', key: 'teda-engineering-design' },
    basis: ['conference-participant'],
    source: S000,
    evidence: '在上個月的成立大會上,我們就和泰達工程設計有限公司建立了聯系',
  },

  // --- 003: 天津市新能源電池人才創新創業聯盟 -------------------------------------------------------
  ...listed003.map(
    (m): AllianceMember => ({
      key: `battery--${m.key}`,
      allianceKey: BATTERY,
      member: m.member,
      basis: ['listed-member'],
      source: S003,
      evidence: m.evidence,
    }),
  ),

  // --- 001: 西青區產業鏈黨建聯盟 -------------------------------------------------------------------
  {
    key: 'xiqing-party--shengna-tech',
    allianceKey: 'xiqing-chain-party-building-alliance',
    member: { kind: 'firm', key: 'shengna-tech' },
    basis: ['activity-participant', 'self-described-member'],
    source: S001,
    evidence: '產業鏈黨建聯盟把我們聚在一起,互補型企業有了抱團發展的可能',
  },
];
