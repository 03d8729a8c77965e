/**
 * Input checks for every argument the public API takes. Each failure is BAD_USER_INPUT with
 * `extensions.field` naming the argument (CoopError), before any region is asked.
 */
import { CoopError, type RegionName } from '../../../schema/contract/errors';
import { validDate } from '../../kit/validate';
import { REGIONS } from './config';

// Checks of codes and dates are the kit's, shared with the regions' writes.
export { validArea, validChain, validDate, validLink, validUscc } from '../../kit/validate';

export const MAX_PAGE = 200;
export const MAX_KEYWORD_LENGTH = 100;

export function pageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw CoopError.badInput(field, `${field} must be between 1 and ${MAX_PAGE}, got ${first}.`);
  return first;
}

/** A keyword in either script, trimmed; empty means none. */
export function validKeyword(keyword: string | null | undefined, field: string): string | undefined {
  const text = keyword?.trim();
  if (!text) return undefined;
  if (text.length > MAX_KEYWORD_LENGTH) throw CoopError.badInput(field, `${field} must be at most ${MAX_KEYWORD_LENGTH} characters.`);
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
