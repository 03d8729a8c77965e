/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters over a 31-character alphabet (no I, O, Z, S, V); the 18th is a check character.
 */
import { createHash } from 'node:crypto';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n));

export type UsccResult = { ok: true; uscc: string } | { ok: false; reason: string };

/** Check character for the first 17 characters: 31 - (Σ c_i·w_i mod 31), where 31 is written '0'. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`not a USCC character: ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return USCC_ALPHABET[check === 31 ? 0 : check]!;
}

/** Letters that never occur in a code, and the digit each is usually a misreading of. */
const LOOKALIKES: Record<string, string> = { I: '1', O: '0', S: '5', Z: '2' };

/** Validates a code as typed by a user: trims and upper-cases, then checks length, alphabet and checksum. */
export function parseUscc(input: string): UsccResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) {
    return { ok: false, reason: `it has ${code.length} characters, not 18` };
  }
  for (const [index, ch] of [...code].entries()) {
    if (!USCC_ALPHABET.includes(ch)) {
      const digit = LOOKALIKES[ch];
      return { ok: false, reason: `character ${index + 1} is "${ch}", which never occurs in a code${digit ? ` (did you mean the digit ${digit}?)` : ''}` };
    }
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return { ok: false, reason: `its check character (the 18th) is ${code[17]}, but the first 17 characters give ${expected}, so one of the 18 is mistyped` };
  }
  return { ok: true, uscc: code };
}

export function isValidUscc(input: string): boolean {
  return parseUscc(input).ok;
}

/** GB 11714 organisation-code check digit for the 8-character body (positions 9-16 of a USCC). */
function organisationCheckDigit(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += USCC_ALPHABET.indexOf(body[i]!) * weights[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A valid, deterministic SAMPLE code for a firm the reports name without a code: registration
 * authority 9 (market regulation), type 1 (enterprise), the firm's area, and an organisation code
 * derived from a hash of its Simplified legal name. The same name always yields the same code, so
 * a firm that two regions record gets one identity.
 */
export function sampleUscc(simplifiedName: string, areaCode: string): string {
  const digest = createHash('sha256').update(`coopgraph-sample:${simplifiedName}`).digest();
  let body = '';
  for (let i = 0; body.length < 8; i++) body += USCC_ALPHABET[digest[i]! % 31];
  const first17 = `91${areaCode}${body}${organisationCheckDigit(body)}`;
  return first17 + usccCheckCharacter(first17);
}
