/**
 * What each kind of file holds: its columns (key, Chinese and English header, whether required, how a
 * cell is read, an example and an explanation for the template), which regions import it, the
 * mutation that takes its rows, and its natural key (a second row with the same key is a duplicate).
 * Templates, header matching, validation and the report all come from these tables.
 */
import type { RegionName } from '../../schema/contract/errors';
import { sampleUscc } from '../../schema/contract/uscc';
import * as read from './values';
import type { Parsed } from './values';

export interface ImportColumn {
  /** The API's field of a row. */
  key: string;
  zh: string;
  en: string;
  required: boolean;
  /** The regions whose rows have this column; every region's when absent. */
  regions?: readonly RegionName[];
  parse: (cell: string) => Parsed<unknown>;
  example: string;
  explanation: string;
}

export interface ImportKind {
  name: string;
  titleZh: string;
  regions: readonly RegionName[];
  columns: readonly ImportColumn[];
  /** The columns whose values identify a record: the upsert key. */
  naturalKey: readonly string[];
  /** The mutation field and its input type, e.g. tianjinImportFirms / TianjinImportFirmsInput. */
  mutation(region: RegionName): { field: string; inputType: string };
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function mutationOf(kind: string) {
  return (region: RegionName) => ({ field: `${region}Import${capital(kind)}`, inputType: `${capital(region)}Import${capital(kind)}Input` });
}

export const FIRMS: ImportKind = {
  name: 'firms',
  titleZh: '企业',
  regions: ['tianjin', 'zhejiang'],
  naturalKey: ['uscc'],
  mutation: mutationOf('firms'),
  columns: [
    { key: 'uscc', zh: '统一社会信用代码', en: 'Credit code', required: true, parse: read.uscc, example: sampleUscc('天津示例新材料有限公司', '120111'), explanation: '18 characters from the business licence (营业执照); the 18th is a check character. A code already recorded updates that firm.' },
    { key: 'name', zh: '企业名称', en: 'Name', required: true, parse: read.text(200), example: '天津示例新材料有限公司', explanation: 'Full legal name, Simplified or Traditional.' },
    { key: 'areaCode', zh: '所在地', en: 'Area', required: true, parse: read.area, example: '天津市西青区', explanation: 'GB/T 2260 code (120111) or name (天津市西青区, 西青区); it must lie in the importing editor\'s district or county.' },
    { key: 'chainCodes', zh: '产业链', en: 'Chains', required: false, parse: read.chains, example: 'POWER_BATTERY、新能源汽车', explanation: 'Chain codes or any region\'s name for a chain (either script), several separated by 、 , or ;.' },
    { key: 'shortName', zh: '简称', en: 'Short name', required: false, parse: read.text(100), example: '示例新材', explanation: 'The name the firm goes by, if shorter.' },
    {
      key: 'kind',
      zh: '类型',
      en: 'Kind',
      required: false,
      regions: ['tianjin'],
      parse: read.choice({ enterprise: '企业', group: '集团', subsidiary: '子公司', branch: '分公司', 'rnd-centre': '研发中心', 'research-unit': '研究单位' }),
      example: '企业',
      explanation: '企业 enterprise, 集团 group, 子公司 subsidiary, 分公司 branch, 研发中心 rnd-centre or 研究单位 research-unit; 企业 when empty (Tianjin only).',
    },
    { key: 'established', zh: '成立时间', en: 'Founded', required: false, regions: ['tianjin'], parse: read.date, example: '2019/5/1', explanation: 'A date: 2019-05-01, 2019/5/1, 2019年5月, 2019, or as Excel stores it (Tianjin only).' },
    { key: 'description', zh: '描述', en: 'Description', required: false, regions: ['zhejiang'], parse: read.text(500), example: '锂电池正极材料研发与生产', explanation: 'What the firm does, at most 500 characters (Zhejiang only).' },
  ],
};

export const PROJECTS: ImportKind = {
  name: 'projects',
  titleZh: '合作项目',
  regions: ['zhejiang'],
  naturalKey: ['key'],
  mutation: mutationOf('projects'),
  columns: [
    { key: 'key', zh: '项目编号', en: 'Project key', required: true, parse: read.text(80), example: 'TT-2024-001', explanation: 'The project\'s own key (letters, digits, _ . -). A key already recorded updates that project: its stage, a new step, a new amount.' },
    { key: 'pairingKey', zh: '结对', en: 'Pairing', required: true, parse: read.text(120), example: 'tongxiang-tiantai', explanation: 'The pairing\'s key (Query.zhejiang { pairings { key } }); the editor\'s county must be one of its two.' },
    {
      key: 'kind',
      zh: '类型',
      en: 'Kind',
      required: true,
      parse: read.choice({ 'production-base': '生产基地', 'plant-relocation': '产能转移', 'supply-chain-matching': '供应链对接', 'matchmaking-meeting': '对接会', 'fund-investment': '基金投资', 'enterprise-exchange': '企业交流', 'contest-roadshow': '路演赛事', 'supplier-test': '供应商测试' }),
      example: '生产基地',
      explanation: '生产基地, 产能转移, 供应链对接, 对接会, 基金投资, 企业交流, 路演赛事 or 供应商测试 (or the English words of the API).',
    },
    { key: 'name', zh: '项目名称', en: 'Name', required: true, parse: read.text(300), example: '天台汽车密封件生产基地', explanation: 'At most 300 characters.' },
    { key: 'summary', zh: '概要', en: 'Summary', required: true, parse: read.text(1000), example: '桐乡企业在天台建设密封件生产基地', explanation: 'One line, at most 1000 characters.' },
    { key: 'hostAreaCode', zh: '所在地', en: 'Area', required: true, parse: read.area, example: '天台县', explanation: 'Where it takes place in Zhejiang: GB/T 2260 code or name.' },
    { key: 'chainCode', zh: '产业链', en: 'Chain', required: false, parse: read.chain, example: '橡塑制品', explanation: 'One chain: its code or any region\'s name for it.' },
    {
      key: 'stage',
      zh: '阶段',
      en: 'Stage',
      required: true,
      parse: read.choice({ PLANNED: '计划', INTENT: '意向', NEGOTIATING: '洽谈', SIGNED: '签约', IN_PROGRESS: '推进中', OPERATING: '运营', COMPLETED: '完成' }),
      example: '签约',
      explanation: '计划, 意向, 洽谈, 签约, 推进中, 运营 or 完成 (or PLANNED … COMPLETED).',
    },
    { key: 'amount', zh: '金额', en: 'Amount', required: false, parse: read.amount, example: '1.2亿元', explanation: 'With its unit: 元, 万元 or 亿元 (3000万元, 1.2亿元).' },
    { key: 'amountMetric', zh: '金额指标', en: 'Amount measures', required: false, parse: read.text(50), example: '计划投资', explanation: 'What the amount is: 计划投资, 预计产值…' },
    { key: 'milestoneEvent', zh: '进展', en: 'Progress', required: true, parse: read.text(300), example: '签订投资协议', explanation: 'The latest step; a step not yet recorded is added to the project\'s progress.' },
    { key: 'milestoneDate', zh: '进展时间', en: 'Progress date', required: true, parse: read.date, example: '2024/5/1', explanation: 'When: 2024-05-01, 2024/5/1, 2024年5月, or an Excel date.' },
    { key: 'firmUsccs', zh: '参与企业', en: 'Firms', required: false, parse: read.usccs, example: sampleUscc('天台示例橡塑有限公司', '331023'), explanation: 'Credit codes of the firms taking part, separated by 、 — firms Zhejiang records (import them with --kind firms first).' },
  ],
};

export const KINDS: readonly ImportKind[] = [FIRMS, PROJECTS];

export function findKind(name: string): ImportKind | undefined {
  return KINDS.find((k) => k.name === name);
}

/** The bilingual header a template writes and the report repeats: 统一社会信用代码 — Credit code. */
export function headerOf(column: ImportColumn): string {
  return `${column.zh} — ${column.en}`;
}

export function columnsFor(kind: ImportKind, region: RegionName | null): ImportColumn[] {
  return kind.columns.filter((c) => !region || !c.regions || c.regions.includes(region));
}

const headerForm = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The column a header cell names: the bilingual header, either language alone, or the API's key. */
export function columnOfHeader(columns: readonly ImportColumn[], header: string): ImportColumn | undefined {
  const form = headerForm(header);
  return columns.find((c) => [headerOf(c), c.zh, c.en, c.key].some((h) => headerForm(h) === form));
}
