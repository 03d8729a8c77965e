/**
 * Tianjin region: people the reports name — officials, firm executives, academicians and the magazine staff
 * credited on 003 — with their role/title exactly as stated and their organisation.
 * These are real people named in press reports: the API exposes them as non-public fields only.
 */
import type { Person } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

const BATTERY = { kind: 'alliance', key: 'new-energy-battery-talent-alliance' } as const;
const ACADEMICIANS = '聯盟聘請王中林、成會明、孫立成、張澤、李燦等5 名院士作為聯盟特聘專家';
const CREDITS = '策劃/金凡晴 撰文/潘麗婭 王懿霖 李柏彥 攝影/袁麗 王英浩 美術編輯/丁國明 趙霞';

export const people: readonly Person[] = [
  // --- 000 ------------------------------------------------------------------------------------
  {
    key: 'zhang-hui',
    name: '張慧',
    kind: 'official',
    roleStated: '科技園辦公室產業促進三科科長',
    organisation: { kind: 'organisation', key: 'binhai-zgc-industry-promotion-section-3' },
    quoted: true,
    source: S000,
    evidence: '天津濱海-中關村科技園(以下簡稱“科技園”)辦公室產業促進三科科長張慧',
  },
  {
    key: 'yang-guofeng',
    name: '楊國鋒',
    kind: 'firm-executive',
    roleStated: '總經理',
    organisation: { kind: 'firm', key: 'haihui-power' },
    quoted: true,
    source: S000,
    evidence: '天津海慧電力技術有限公司(以下簡稱“海慧電力”)總經理楊國鋒',
  },
  {
    key: 'shi-hui',
    name: '史慧',
    kind: 'firm-executive',
    roleStated: '首席運營官',
    organisation: { kind: 'firm', key: 'zhongru-group' },
    quoted: true,
    source: S000,
    evidence: '上海中如智慧能源集團有限公司(以下簡稱“中如集團”)首席運營官史慧',
  },

  // --- 001 ------------------------------------------------------------------------------------
  {
    key: 'zhu-caibin',
    name: '朱財斌',
    kind: 'official',
    roleStated: '西青區委書記',
    organisation: { kind: 'organisation', key: 'xiqing-district-party-committee' },
    quoted: true,
    source: S001,
    evidence: '西青區委書記朱財斌說',
  },
  {
    key: 'liang-hongsheng',
    name: '梁紅昇',
    kind: 'official',
    roleStated: '西青區科技局黨組書記、局長,天開西青園工作專班負責人',
    organisation: { kind: 'organisation', key: 'xiqing-science-technology-bureau' },
    quoted: true,
    source: S001,
    evidence: '西青區科技局黨組書記、局長,天開西青園工作專班負責人梁紅昇說',
  },
  {
    key: 'tian-dongkui',
    name: '田東奎',
    kind: 'firm-executive',
    roleStated: '董事長',
    organisation: { kind: 'firm', key: 'famoxi-biomed' },
    quoted: true,
    source: S001,
    evidence: '天津法莫西生物醫藥科技有限公司董事長田東奎說',
  },
  {
    key: 'sun-huaizhang',
    name: '孫懷章',
    kind: 'firm-executive',
    roleStated: '副經理',
    organisation: { kind: 'firm', key: 'nanzhan-development-co' },
    quoted: true,
    source: S001,
    evidence: '天津南站科技商務區發展有限公司副經理孫懷章說',
  },
  {
    key: 'su-tingting',
    name: '蘇婷婷',
    kind: 'firm-executive',
    roleStated: '統括部負責人',
    organisation: { kind: 'firm', key: 'shanshan-outlets-tianjin' },
    quoted: true,
    source: S001,
    evidence: '天津杉杉奧特萊斯統括部負責人蘇婷婷',
  },
  {
    key: 'liu-yang',
    name: '劉洋',
    kind: 'firm-executive',
    roleStated: '副總經理',
    organisation: { kind: 'firm', key: 'jingwei-hirain' },
    quoted: true,
    source: S001,
    evidence: '北京經緯恒潤科技股份有限公司副總經理劉洋說',
  },
  {
    key: 'wei-suoku',
    name: '魏所庫',
    kind: 'firm-executive',
    roleStated: '黨支部書記、總經理',
    organisation: { kind: 'firm', key: 'shengna-tech' },
    quoted: true,
    source: S001,
    evidence: '天津聖納科技有限公司黨支部書記、總經理魏所庫',
  },

  // --- 003: academicians ------------------------------------------------------------------------
  { key: 'wang-zhonglin', name: '王中林', kind: 'academician', roleStated: '院士;聯盟特聘專家', organisation: BATTERY, quoted: false, source: S003, evidence: ACADEMICIANS },
  { key: 'cheng-huiming', name: '成會明', kind: 'academician', roleStated: '院士;聯盟特聘專家', organisation: BATTERY, quoted: false, source: S003, evidence: ACADEMICIANS },
  { key: 'sun-licheng', name: '孫立成', kind: 'academician', roleStated: '院士;聯盟特聘專家', organisation: BATTERY, quoted: false, source: S003, evidence: ACADEMICIANS },
  { key: 'zhang-ze', name: '張澤', kind: 'academician', roleStated: '院士;聯盟特聘專家', organisation: BATTERY, quoted: false, source: S003, evidence: ACADEMICIANS },
  { key: 'li-can', name: '李燦', kind: 'academician', roleStated: '院士;聯盟特聘專家', organisation: BATTERY, quoted: false, source: S003, evidence: ACADEMICIANS },
  {
    key: 'chen-jun',
    name: '陳軍',
    kind: 'academician',
    roleStated: '院士 (南開大學陳軍院士團隊)',
    organisation: { kind: 'organisation', key: 'nankai-university' },
    quoted: false,
    source: S003,
    evidence: '與南開大學陳軍院士團隊及聯盟各成員單位務實合作',
  },

  // --- 003: magazine credits (本刊) -------------------------------------------------------------
  { key: 'jin-fanqing', name: '金凡晴', kind: 'journalist', roleStated: '策劃', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
  { key: 'pan-liya', name: '潘麗婭', kind: 'journalist', roleStated: '撰文', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
  { key: 'wang-yilin', name: '王懿霖', kind: 'journalist', roleStated: '撰文', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
  { key: 'li-baiyan', name: '李柏彥', kind: 'journalist', roleStated: '撰文', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
  { key: 'yuan-li', name: '袁麗', kind: 'journalist', roleStated: '攝影', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
  { key: 'wang-yinghao', name: '王英浩', kind: 'journalist', roleStated: '攝影', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
  { key: 'ding-guoming', name: '丁國明', kind: 'journalist', roleStated: '美術編輯', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
  { key: 'zhao-xia', name: '趙霞', kind: 'journalist', roleStated: '美術編輯', organisationText: '本刊', quoted: false, source: S003, evidence: CREDITS },
];
