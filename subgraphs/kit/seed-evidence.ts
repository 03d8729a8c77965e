/**
 * Checks that the sample dataset's evidence is the reports' own words: each sentence a record cites
 * is found in the cleaned text of its source report (shared/seeds), in either script. For tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { searchForm, stripPinyinGlosses } from '../../schema/contract/script';
import type { ChainPlacement, SourceFile } from '../../schema/contract/source';

/** The reports' folder: COOPGRAPH_SEEDS_DIR, else the nearest `shared/seeds` above the repository (README: `../shared/seeds`). */
export function seedsDir(): string {
  if (process.env.COOPGRAPH_SEEDS_DIR) return process.env.COOPGRAPH_SEEDS_DIR;
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'seeds');
    if (fs.existsSync(path.join(candidate, 'README.md'))) return candidate;
  }
  throw new Error('The source reports (shared/seeds) are not above the repository; set COOPGRAPH_SEEDS_DIR.');
}

/**
 * Spans of report 000 whose bytes were mangled in publication, as the dataset reads them
 * (README: "天津?;垭娏夹g(shù)有限公司" is 天津海慧電力技術有限公司). Only the spans a record quotes.
 */
const MOJIBAKE: ReadonlyArray<readonly [SourceFile, string, string]> = [
  ['000_7deada67eb8abbdc.txt', '《天津日?qǐng)?bào)》', '《天津日報》'],
  ['000_7deada67eb8abbdc.txt', '天津?yàn)I海-中關村科技園', '天津濱海-中關村科技園'],
  ['000_7deada67eb8abbdc.txt', '項目?!庇谑牵瑥埢酆屯聜儗?duì)園區內', '項目。”于是,張慧和同事們對園區內'],
  ['000_7deada67eb8abbdc.txt', '?!钡綀?chǎng)參會的天津?;垭娏夹g有限公司(以下簡稱“?;垭娏Α保┛偨?jīng)理?xiàng)顕?guó)鋒', '。”到場參會的天津海慧電力技術有限公司(以下簡稱“海慧電力”)總經理楊國鋒'],
  ['000_7deada67eb8abbdc.txt', '?;垭娏κ侨ツ瓿踉诳萍紙@注冊的企業', '海慧電力是去年初在科技園注冊的企業'],
  ['000_7deada67eb8abbdc.txt', '年底前將開工建設?!暗綍r,', '年底前將開工建設。“到時,'],
];

const texts = new Map<string, string>();

/** A report's text as the dataset reads it: pinyin glosses removed, known mojibake repaired, in search form. */
export function reportText(source: SourceFile): string {
  let text = texts.get(source);
  if (text === undefined) {
    text = stripPinyinGlosses(fs.readFileSync(path.join(seedsDir(), source), 'utf8'));
    for (const [file, garbled, clean] of MOJIBAKE) if (file === source) text = text.replaceAll(garbled, clean);
    text = searchForm(text);
    texts.set(source, text);
  }
  return text;
}

/** Whether every piece of `evidence` (pieces joined with "……") is in the report. */
export function isInReport(source: SourceFile, evidence: string): boolean {
  const text = reportText(source);
  return evidence.split('……').every((piece) => piece.length > 0 && text.includes(searchForm(piece)));
}

export interface PlacedRecord {
  key: string;
  names: readonly string[];
  chains?: readonly ChainPlacement[];
}

/** What is wrong with a dataset's chain placements: each must cite a sentence of its report that names the record. */
export function placementProblems(records: readonly PlacedRecord[]): string[] {
  const problems: string[] = [];
  for (const record of records) {
    for (const p of record.chains ?? []) {
      const where = `${record.key} in ${p.localChainName}`;
      if (!p.evidence.trim()) problems.push(`${where}: no sentence`);
      else if (!isInReport(p.source, p.evidence)) problems.push(`${where}: "${p.evidence}" is not in ${p.source}`);
      else if (!record.names.some((name) => searchForm(p.evidence).includes(searchForm(name)))) problems.push(`${where}: "${p.evidence}" does not name it (${record.names.join(', ')})`);
    }
  }
  return problems;
}

/**
 * Every `evidence` (or `…Evidence`) text of a dataset module's records that is not in the report the
 * record, or the nearest record around it, cites: `where: text [source]`.
 */
export function evidenceProblems(dataset: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, source: string | undefined, where: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, source, `${where}[${i}]`));
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const cited = typeof record.source === 'string' ? record.source : source;
    for (const [key, field] of Object.entries(record)) {
      if (typeof field === 'string' && /^evidence$|Evidence$/.test(key)) {
        if (!cited?.endsWith('.txt')) problems.push(`${where}.${key}: cites no report`);
        else if (!isInReport(cited as SourceFile, field)) problems.push(`${where}.${key}: "${field}" is not in ${cited}`);
      } else walk(field, cited, `${where}.${key}`);
    }
  };
  for (const [name, records] of Object.entries(dataset)) walk(records, undefined, name);
  return problems;
}
