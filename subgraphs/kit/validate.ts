/**
 * Checks of the codes and dates an argument may carry, shared by the cross-region queries and the
 * regions' writes. Each failure is BAD_USER_INPUT with `extensions.field` naming the argument.
 */
import { isAreaCode } from '../../schema/contract/areas';
import { CANONICAL_CHAINS, CHAIN_LINKS, findChain, type CanonicalChain, type ChainLinkCode } from '../../schema/contract/chains';
import { CoopError } from '../../schema/contract/errors';
import { parseUscc } from '../../schema/contract/uscc';

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
