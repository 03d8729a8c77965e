/**
 * The pinyin sort key (拼音排序) of a Simplified name: the order a Chinese reader expects of a list
 * of names, as ASCII that every dialect's ORDER BY and the cross-region merge order alike
 * (letters and digits only: no collation reorders them, and MariaDB's pads no trailing space).
 *
 * Each character becomes one unit, and units compare as a dictionary does:
 * - a Chinese character: its syllable as pinyin-pro reads it in context (重庆 chong, 银行 hang;
 *   ü written v), then its tone plus one (neutral 1, first to fourth 2–5). The digit ends the
 *   syllable, so xi'an (西安) comes before xian (先), and 阿 before 爱;
 * - a Latin letter: the letter in lower case, then 0, so the A names come before 阿;
 * - a digit: itself, before every letter;
 * - another letter or a Chinese character the library cannot read: zz and its code point in six
 *   hex digits, after every syllable;
 * - punctuation, symbols and spaces: nothing ((天津) and 天津 sort as one).
 * Names whose keys are equal (同音, e.g. 张 and 章) are ordered by credit code, by the caller.
 * pinyin-pro is pinned to an exact version: another version may read a character otherwise, and
 * the keys already written would then disagree with new ones until the directory is re-keyed.
 */
import { pinyin } from 'pinyin-pro';

/** Key length in ASCII characters: (pinyin_key, uscc) stays inside MariaDB's 3072-byte index limit, as name_key does. */
export const PINYIN_KEY_LENGTH = 640;

const LATIN_OR_DIGIT = /^[0-9a-z]$/;
const IGNORED = /^[\p{P}\p{S}\p{Z}\p{C}]$/u;
const SYLLABLE = /^([a-z]+)([0-4])$/;

function unit(origin: string, read: string): string {
  // A syllable read from a character that is not itself ASCII: a Chinese character.
  const syllable = origin.charCodeAt(0) > 0x7f ? SYLLABLE.exec(read) : null;
  if (syllable) return `${syllable[1]}${Number(syllable[2]) + 1}`;
  const lower = origin.toLowerCase();
  if (LATIN_OR_DIGIT.test(lower)) return /[a-z]/.test(lower) ? `${lower}0` : lower;
  if (IGNORED.test(origin)) return '';
  return `zz${origin.codePointAt(0)!.toString(16).padStart(6, '0')}`;
}

/**
 * Each character of `text` with pinyin-pro's reading of it. Its array form gives one reading per
 * code point and costs a third of the form that pairs them itself (`type: 'all'`), which serves
 * only should the two ever not line up.
 */
function readings(text: string): Array<[origin: string, read: string]> {
  const chars = Array.from(text);
  const read = pinyin(text, { type: 'array', toneType: 'num', v: true });
  if (read.length === chars.length) return chars.map((c, i) => [c, read[i]!]);
  return pinyin(text, { type: 'all', toneType: 'num', v: true }).map((item) => [item.origin, item.isZh ? item.pinyin : item.origin]);
}

export function pinyinSortKey(name: string): string {
  // NFKC: full-width letters and digits (ＡＢＣ１２３) read as their ASCII forms.
  const text = name.normalize('NFKC');
  if (!text) return '';
  let key = '';
  for (const [origin, read] of readings(text)) {
    key += unit(origin, read);
    if (key.length >= PINYIN_KEY_LENGTH) return key.slice(0, PINYIN_KEY_LENGTH);
  }
  return key;
}
