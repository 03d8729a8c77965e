/**
 * Cells as spreadsheets write them, read into what the API takes, or into a reason and a way to fix
 * it: credit codes (the check character they should end in), areas by GB/T 2260 code or name (an
 * ambiguous name lists its candidates), chains by canonical code or any region's local name in
 * either script, amounts with their unit, dates in the ways Chinese spreadsheets write them.
 */
import { areaFullName, findArea, isAreaCode } from '../../schema/contract/areas';
import { AMOUNT_UNITS } from '../../schema/contract/amount';
import { CANONICAL_CHAINS, chainForLocalName, findChain } from '../../schema/contract/chains';
import { parseUscc, usccCheckCharacter, USCC_ALPHABET } from '../../schema/contract/uscc';
import { areasByName } from './area-names';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; message: string; fix: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string, message: string, fix: string): Parsed<never> => ({ ok: false, reason, message, fix });

export function text(max: number): (cell: string) => Parsed<string> {
  return (cell) => {
    const value = cell.trim();
    if ([...value].length > max) return bad('TOO_LONG', `${[...value].length} characters, more than ${max}`, `shorten it to at most ${max} characters`);
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) return bad('CONTROL_CHARACTERS', 'it contains control characters', 'retype the cell; copying from a PDF can bring invisible characters');
    return ok(value);
  };
}

export function uscc(cell: string): Parsed<string> {
  const parsed = parseUscc(cell);
  if (parsed.ok) return ok(parsed.uscc);
  const code = cell.trim().toUpperCase();
  const first17 = code.slice(0, 17);
  // A code whose first 17 characters are well formed has one right ending: say which.
  if (code.length === 18 && [...first17].every((c) => USCC_ALPHABET.includes(c))) {
    const expected = usccCheckCharacter(first17);
    return bad('INVALID_USCC', `the check character (18th) is ${code[17]}, but the first 17 characters give ${expected}`, `copy the code from the business licence (营业执照); if only the last character is mistyped, the code is ${first17}${expected}`);
  }
  return bad('INVALID_USCC', `not a unified social credit code: ${parsed.reason}`, 'copy the 18-character code from the business licence (营业执照) or 国家企业信用信息公示系统');
}

/** An area: a GB/T 2260 code, or a name (full 天津市西青区, own 西青区, or its beginning 西青) that names one area. */
export function area(cell: string): Parsed<string> {
  const value = cell.trim();
  if (/^\d{6}$/.test(value)) return isAreaCode(value) ? ok(value) : bad('INVALID_AREA_CODE', `${value} is not a GB/T 2260 code`, 'use the six-digit code of a county, city or province (120111), or its name (天津市西青区)');
  const candidates = areasByName(value);
  if (candidates.length === 1) return ok(candidates[0]!);
  if (candidates.length === 0) return bad('UNKNOWN_AREA', `no area is named "${value}"`, 'use the six-digit GB/T 2260 code (120111) or the full name (天津市西青区)');
  const listed = candidates.slice(0, 8).map((c) => `${areaFullName(c)} ${c}`);
  return bad('AMBIGUOUS_AREA', `"${value}" names ${candidates.length} areas: ${listed.join(', ')}${candidates.length > 8 ? '…' : ''}`, `write the code or the full name of the one meant, e.g. ${findArea(candidates[0]!) ? `${areaFullName(candidates[0]!)} or ${candidates[0]}` : candidates[0]}`);
}

const LIST_SEPARATOR = /[,，、;；|]/;

/** Chains: canonical codes or local names, several separated by , 、 ; or |. */
export function chains(cell: string): Parsed<string[]> {
  const codes: string[] = [];
  for (const part of cell.split(LIST_SEPARATOR).map((p) => p.trim()).filter(Boolean)) {
    const chain = findChain(part.toUpperCase().replace(/[\s-]+/g, '_')) ?? chainForLocalName(part) ?? CANONICAL_CHAINS.find((c) => c.nameEn.toLowerCase() === part.toLowerCase());
    if (!chain) return bad('UNKNOWN_CHAIN', `"${part}" is not a chain this API knows`, `use a chain code (${CANONICAL_CHAINS.map((c) => c.code).join(', ')}) or a region's name for it (新能源汽车, 集成電路…)`);
    if (!codes.includes(chain.code)) codes.push(chain.code);
  }
  return ok(codes);
}

/** One chain: as `chains`, but exactly one. */
export function chain(cell: string): Parsed<string> {
  const parsed = chains(cell);
  if (!parsed.ok) return parsed;
  if (parsed.value.length !== 1) return bad('ONE_CHAIN', `${parsed.value.length} chains: ${parsed.value.join(', ')}`, 'name one chain');
  return ok(parsed.value[0]!);
}

/** Credit codes, several separated by , 、 ; or |, each checked. */
export function usccs(cell: string): Parsed<string[]> {
  const codes: string[] = [];
  for (const part of cell.split(LIST_SEPARATOR).map((p) => p.trim()).filter(Boolean)) {
    const parsed = uscc(part);
    if (!parsed.ok) return { ...parsed, message: `${part}: ${parsed.message}` };
    if (!codes.includes(parsed.value)) codes.push(parsed.value);
  }
  return ok(codes);
}

const AMOUNT = /^([0-9][0-9,]*(?:\.[0-9]+)?)\s*(元|万元|万|亿元|亿)$/;

/** An amount with its unit: 3000万元, 1.5亿元, 120,000元 (万 and 亿 alone taken as 万元, 亿元). */
export function amount(cell: string): Parsed<{ value: number; unit: string }> {
  const value = cell.trim().replace(/\s+/g, '');
  const match = AMOUNT.exec(value);
  if (!match) {
    const fix = `write the number with its unit, one of ${AMOUNT_UNITS.join(', ')}: 3000万元, 1.5亿元`;
    return /^[0-9.,]+$/.test(value) ? bad('AMOUNT_WITHOUT_UNIT', `${value} has no unit`, fix) : bad('INVALID_AMOUNT', `"${cell.trim()}" is not an amount`, fix);
  }
  const unit = match[2] === '万' ? '万元' : match[2] === '亿' ? '亿元' : match[2]!;
  return ok({ value: Number(match[1]!.replace(/,/g, '')), unit });
}

/** Day 0 of Excel's serial dates (1899-12-30, which absorbs its 1900 leap-year bug for dates after February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function calendar(year: number, month?: number, day?: number): string | null {
  if (year < 1900 || year > 2100) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** A date as spreadsheets write it: 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日, 2024年5月, 2024-05, 2024, or an Excel serial number (45413). */
export function date(cell: string): Parsed<string> {
  const value = cell.trim();
  const fix = 'write it as 2024-05-01, 2024/5/1, 2024年5月 or 2024';
  let match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value) ?? /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(value);
  if (match) {
    const iso = calendar(Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined);
    return iso ? ok(iso) : bad('INVALID_DATE', `"${value}" is not a date of the calendar`, fix);
  }
  match = /^(\d{5})(?:\.\d+)?$/.exec(value);
  if (match) {
    const day = new Date(EXCEL_EPOCH + Number(match[1]) * 86_400_000);
    const iso = calendar(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    if (iso) return ok(iso);
  }
  return bad('INVALID_DATE', `"${value}" is not a date`, fix);
}

/** One of a few words, in the API's spelling or its Chinese one. */
export function choice(words: Record<string, string>): (cell: string) => Parsed<string> {
  return (cell) => {
    const value = cell.trim();
    for (const [word, zh] of Object.entries(words)) if (value.toLowerCase() === word.toLowerCase() || value === zh) return ok(word);
    return bad('INVALID_CHOICE', `"${value}" is not one of the allowed values`, `use one of ${Object.entries(words).map(([w, zh]) => `${w} (${zh})`).join(', ')}`);
  };
}
