/**
 * Checks of what a write's input carries, before anything is written: texts, amounts with their
 * unit, dates, firms (credit-code checksum, an area that exists), idempotency keys. Each failure is
 * BAD_USER_INPUT naming the input field; the codes and dates themselves are checked by kit/validate.ts.
 */
import { GraphQLError } from 'graphql';
import { AMOUNT_UNITS } from '../../../schema/contract/amount';
import { CoopError } from '../../../schema/contract/errors';
import type { StatedAmount, StatedDate } from '../../../schema/contract/source';
import { toSimplified } from '../../../schema/contract/script';
import { validArea, validDate, validUscc } from '../validate';

type Failure = { field: string; message: string; reason?: string };

/** The bad fields a BAD_USER_INPUT names: its list, or its one field. */
function failuresOf(error: GraphQLError): Failure[] {
  const { field, reason, fields } = error.extensions as { field?: string; reason?: string; fields?: Failure[] };
  return fields ?? [{ field: field ?? '', message: error.message, ...(reason ? { reason } : {}) }];
}

/**
 * The checks of one input, run to the end so that a write names every bad field at once: `check`
 * runs one check and gives its value (undefined, never used, when it failed); `done` throws one
 * BAD_USER_INPUT listing every failure (CoopError.badInputs). Any other error passes through.
 */
export class InputChecks {
  private readonly failures: Failure[] = [];

  check<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
      this.failures.push(...failuresOf(error));
      return undefined as T;
    }
  }

  /** Whether every check so far passed: a check across fields runs only on fields that are valid. */
  get ok(): boolean {
    return this.failures.length === 0;
  }

  done(): void {
    if (this.failures.length) throw CoopError.badInputs(this.failures);
  }
}

/** Largest amount a write accepts, in yuan: ten trillion, far above any one cooperation. */
const MAX_YUAN = 1e13;
const YUAN_PER_UNIT: Record<StatedAmount['unit'], number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/** Control characters (C0 but tab and line breaks, DEL, C1): never part of a title or a name. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/**
 * Bidirectional formatting (marks, embeddings, overrides, isolates): they reorder what a reader
 * sees, so a stored title could show other than it reads ("Trojan Source"). Chinese text needs none.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Zero-width characters and the byte-order mark: invisible, meaningless here, carried in by copy and paste. Removed. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Trimmed, zero-width characters removed, non-empty, at most `max` characters, no control or bidirectional formatting characters. */
export function validText(value: string, field: string, max: number): string {
  const text = value.replace(ZERO_WIDTH, '').trim();
  if (!text) throw CoopError.badInput(field, `${field} must not be empty.`);
  if ([...text].length > max) throw CoopError.badInput(field, `${field} must be at most ${max} characters.`);
  if (CONTROL.test(text)) throw CoopError.badInput(field, `${field} contains control characters.`);
  const bidi = BIDI.exec(text);
  if (bidi) throw CoopError.badInput(field, `${field} contains a bidirectional formatting character (U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which changes how the text is shown; remove it.`);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value == null || value.replace(ZERO_WIDTH, '').trim() === '' ? null : validText(value, field, max);
}

export function validAmount(amount: { value: number; unit: string }, field: string): StatedAmount {
  if (!(AMOUNT_UNITS as readonly string[]).includes(amount.unit)) {
    throw CoopError.badInput(`${field}.unit`, `"${amount.unit}" is not an amount unit; use ${AMOUNT_UNITS.join(', ')}.`, 'INVALID_AMOUNT_UNIT');
  }
  const unit = amount.unit as StatedAmount['unit'];
  if (!Number.isFinite(amount.value) || amount.value < 0) throw CoopError.badInput(`${field}.value`, `An amount must be a number of at least 0, got ${amount.value}.`, 'INVALID_AMOUNT');
  if (amount.value * YUAN_PER_UNIT[unit] > MAX_YUAN) throw CoopError.badInput(`${field}.value`, `An amount may be at most ${MAX_YUAN / 1e8}亿元.`, 'INVALID_AMOUNT');
  return { value: amount.value, unit };
}

/** A date as YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), kept as a stated date. */
export function statedDate(text: string, field: string): StatedDate {
  const [year, month, day] = validDate(text.trim(), field).split('-').map(Number);
  return { text: text.trim(), year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw CoopError.badInput(field, `"${value}" is not one of ${allowed.join(', ')}.`);
  return value as T;
}

export interface ValidFirm {
  uscc: string;
  /** Legal name as given. */
  name: string;
  /** Legal name in Simplified script, as the directory keeps it. */
  simplifiedName: string;
  areaCode: string;
}

/** A firm a write names: its credit code (checksum), legal name and a GB/T 2260 area that exists. */
export function validFirm(firm: { uscc: string; name: string; areaCode: string }, field: string): ValidFirm {
  const checks = new InputChecks();
  const name = checks.check(() => validText(firm.name, `${field}.name`, 200));
  const uscc = checks.check(() => validUscc(firm.uscc, `${field}.uscc`));
  const areaCode = checks.check(() => validArea(firm.areaCode, `${field}.areaCode`));
  checks.done();
  return { uscc, name, simplifiedName: toSimplified(name), areaCode };
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

export function validIdempotencyKey(key: string, field = 'input.idempotencyKey'): string {
  if (!IDEMPOTENCY_KEY.test(key)) throw CoopError.badInput(field, 'An idempotency key is 8 to 100 characters of A-Z, a-z, 0-9, "_", ".", ":" or "-" (a UUID will do), new for every new write.', 'INVALID_IDEMPOTENCY_KEY');
  return key;
}

export function validContact(contact: { name: string; phone: string } | null | undefined, field: string): { name: string; phone: string } | null {
  if (!contact) return null;
  const checks = new InputChecks();
  const phone = contact.phone.trim();
  checks.check(() => {
    if (!/^\+?[0-9][0-9 -]{4,24}$/.test(phone)) throw CoopError.badInput(`${field}.phone`, 'A telephone number is digits, with an optional leading + and spaces or dashes.', 'INVALID_PHONE');
  });
  const name = checks.check(() => validText(contact.name, `${field}.name`, 50));
  checks.done();
  return { name, phone };
}
