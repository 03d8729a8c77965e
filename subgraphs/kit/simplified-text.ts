/**
 * What a reader should not meet in a text the API shows in Simplified script: characters a
 * Traditional→Simplified conversion would change (OpenCC's, with the phrases and variants
 * script.ts adds), English asides, and notes meant for the code ("see needs.ts"). For tests.
 */
import type * as OpenCCModule from 'opencc-js' with { 'resolution-mode': 'import' };
import { toSimplified } from '../../schema/contract/script';

// As in script.ts: the CommonJS build of opencc-js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as typeof OpenCCModule;

const HAN = /\p{Script=Han}/u;
/** Two English words in a row: an aside, not a code, a unit or a brand. */
const ENGLISH_PROSE = /[A-Za-z]{2,}[ ,;:'’-]+[A-Za-z]{2,}/;
const CODE_NOTE = /\bsee\s+\S+\.ts\b|\(see\b|\b\w+\.ts\b/;

const fromTraditional = OpenCC.Converter({ from: 't', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Right in Simplified, though OpenCC's Taiwan table changes them: it reads every 著 as the particle
 * 着, and 显著 (notable) is zhù. The Taiwan table is used for its phrases (意味著 → 意味着).
 */
const RIGHT_THOUGH_TAIWAN_TABLE_CHANGES = ['显著'];

/** Why a Chinese text is not clean Simplified text, or null. */
export function textProblem(text: string): string | null {
  if (!HAN.test(text)) return null;
  const taiwan = (t: string) => RIGHT_THOUGH_TAIWAN_TABLE_CHANGES.reduce((acc, word) => acc.replaceAll(fromTaiwan(word), word), fromTaiwan(t));
  for (const [name, convert] of [['opencc t→cn', fromTraditional], ['opencc hk→cn', fromHongKong], ['opencc tw→cn', taiwan], ['toSimplified', toSimplified]] as const) {
    const converted = convert(text);
    if (converted !== text) return `changed by ${name}: "${text}" → "${converted}"`;
  }
  if (CODE_NOTE.test(text)) return `a note for the code: "${text}"`;
  if (ENGLISH_PROSE.test(text)) return `an English aside: "${text}"`;
  return null;
}

/**
 * Every problem of the texts inside `value` (records, lists, JSON values), as `path: problem`,
 * except under the keys `keep` names: the originals kept in the report's script on purpose.
 */
export function textProblems(value: unknown, path: string, keep: ReadonlySet<string>): string[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [`${path}: ${problem}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblems(item, `${path}[${i}]`, keep));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => (keep.has(key) ? [] : textProblems(item, `${path}.${key}`, keep)));
  }
  return [];
}
