/**
 * Input checks for every argument the public API takes. Each failure is BAD_USER_INPUT with
 * `extensions.field` naming the argument (CoopError), before any region is asked.
 */
import { isAreaCode } from '../../../schema/contract/areas';
import { CANONICAL_CHAINS, CHAIN_LINKS, findChain, type CanonicalChain, type ChainLinkCode } from '../../../schema/contract/chains';
import { CoopError, type RegionName } from '../../../schema/contract/errors';
import { parseUscc } from '../../../schema/contract/uscc';
import { REGIONS } from './config';

export const MAX_PAGE = 200;
export const MAX_KEYWORD_LENGTH = 100;

export function pageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw CoopError.badInput(field, `${field} must be between 1 and ${MAX_PAGE}, got ${first}.`);
  return first;
}

export function validUscc(input: string, field: string): string {
  const parsed = parseUscc(input);
  if (!parsed.ok) throw CoopError.invalidUscc(field, input, parsed.reason);
  return parsed.uscc;
}

export function validArea(code: string, field: string): string {
  if (!isAreaCode(code)) throw CoopError.unknownArea(field, code);
  return code;
}

export function validChain(code: string, field: string): CanonicalChain {
  const chain = findChain(code);
  if (!chain) throw CoopError.unknownChain(field, code, CANONICAL_CHAINS.map((c) => c.code));
  return chain;
}

export function validLink(code: string, field: string): ChainLinkCode {
  if (!Object.hasOwn(CHAIN_LINKS, code)) throw CoopError.badInput(field, `"${code}" is not a chain link code. Known codes: ${Object.keys(CHAIN_LINKS).join(', ')}.`, 'INVALID_LINK_CODE');
  return code as ChainLinkCode;
}

/** A keyword in either script, trimmed; empty means none. */
export function validKeyword(keyword: string | null | undefined, field: string): string | undefined {
  const text = keyword?.trim();
  if (!text) return undefined;
  if (text.length > MAX_KEYWORD_LENGTH) throw CoopError.badInput(field, `${field} must be at most ${MAX_KEYWORD_LENGTH} characters.`);
  return text;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export function validDate(text: string, field: string): string {
  const match = DATE.exec(text);
  const [, year, month, day] = match ?? [];
  const ok =
    !!match &&
    (!month || (Number(month) >= 1 && Number(month) <= 12)) &&
    (!day || Number(day) <= new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()) &&
    (!day || Number(day) >= 1);
  if (!ok) throw CoopError.badInput(field, `"${text}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`, 'INVALID_DATE');
  return text;
}

/**
 * The last ISO key inside a partial date, so that `dateTo: "2023"` keeps projects of 2023-05:
 * directory dates compare as strings, and "2023-05" sorts after "2023".
 */
export function dateUpperBound(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

export function validDateRange(from: string | null | undefined, to: string | null | undefined): { dateFrom?: string; dateTo?: string } {
  const dateFrom = from ? validDate(from, 'filter.dateFrom') : undefined;
  const dateTo = to ? validDate(to, 'filter.dateTo') : undefined;
  if (dateFrom && dateTo && dateFrom > dateUpperBound(dateTo)) throw CoopError.badInput('filter.dateFrom', `dateFrom (${dateFrom}) is after dateTo (${dateTo}).`);
  return { dateFrom, dateTo: dateTo && dateUpperBound(dateTo) };
}

export function validAmountRange(min: number | null | undefined, max: number | null | undefined): { amountMinYuan?: number; amountMaxYuan?: number } {
  for (const [value, field] of [[min, 'filter.amountMinYuan'], [max, 'filter.amountMaxYuan']] as const) {
    if (value != null && (!Number.isFinite(value) || value < 0)) throw CoopError.badInput(field, `${field.slice(7)} must be a non-negative amount in yuan, got ${value}.`);
  }
  if (min != null && max != null && min > max) throw CoopError.badInput('filter.amountMinYuan', `amountMinYuan (${min}) is larger than amountMaxYuan (${max}).`);
  return { amountMinYuan: min ?? undefined, amountMaxYuan: max ?? undefined };
}

/** The region a directory id (`<region>:<kind>:<key>`: projects, scopes) belongs to. */
export function regionOfId(id: string): RegionName | undefined {
  const region = id.split(':', 1)[0] as RegionName;
  return REGIONS.includes(region) && id.split(':').length >= 3 ? region : undefined;
}

export function scopeRegion(scopeId: string, field: string): RegionName {
  const region = regionOfId(scopeId);
  if (!region) {
    throw CoopError.badInput(field, `"${scopeId}" is not a scope id: scope ids look like "tianjin:park:binhai-zgc-science-park" (see Query.scopes).`, 'INVALID_SCOPE_ID');
  }
  return region;
}

/** Regions a query asks for, in the canonical order; none given means every region. */
export function selectedRegions(regions: readonly RegionName[] | null | undefined, field: string): RegionName[] {
  if (regions && regions.length === 0) throw CoopError.badInput(field, `${field} must name at least one region, or be left out for every region.`);
  return REGIONS.filter((r) => !regions || regions.includes(r));
}
