/**
 * The small expression language of a report's header: a column path, or `count(path)` / `sum(path)`
 * of the values at a path within one row, and comparisons of them (`@where count(regions) > 1`).
 */
import { splitPath, valuesAt, type Json, type JsonObject } from './row-path';

export type RowExpression = { fn: 'value' | 'count' | 'sum'; path: string };
export type Comparator = '=' | '!=' | '>' | '>=' | '<' | '<=';
export type Literal = string | number | boolean | null;
export interface Condition {
  expression: RowExpression;
  comparator: Comparator;
  literal: Literal;
}

const PATH = /^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/;

export function parseExpression(text: string): { expression: RowExpression } | { error: string } {
  const trimmed = text.trim();
  const call = /^(count|sum)\((.*)\)$/.exec(trimmed);
  const fn = (call?.[1] ?? 'value') as RowExpression['fn'];
  const path = (call ? call[2]! : trimmed).trim();
  if (!PATH.test(path)) return { error: `"${trimmed}" is not a path (a.b.c) nor count(path) / sum(path)` };
  return { expression: { fn, path } };
}

function parseLiteral(text: string): Literal {
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

export function parseCondition(text: string): { condition: Condition } | { error: string } {
  const match = /^(.+?)\s*(!=|>=|<=|=|>|<)\s*(.+)$/.exec(text.trim());
  if (!match) return { error: `"${text.trim()}" is not a condition like "count(regions) > 1" or "status = OPEN"` };
  const parsed = parseExpression(match[1]!);
  if ('error' in parsed) return parsed;
  return { condition: { expression: parsed.expression, comparator: match[2] as Comparator, literal: parseLiteral(match[3]!.trim()) } };
}

/** count: how many values; sum: their numeric sum (0 when there is none, as Query.aggregates sums); value: the values. */
export function evaluate(row: JsonObject, expression: RowExpression): Json[] | number {
  const { values } = valuesAt(row, splitPath(expression.path));
  if (expression.fn === 'count') return values.length;
  if (expression.fn === 'sum') {
    return values.filter((v): v is number => typeof v === 'number').reduce((a, b) => a + b, 0);
  }
  return values;
}

function compare(value: Json, comparator: Comparator, literal: Literal): boolean {
  switch (comparator) {
    case '=':
      return value === literal;
    case '!=':
      return value !== literal;
    default: {
      if (typeof value !== typeof literal || (typeof value !== 'number' && typeof value !== 'string')) return false;
      const [a, b] = [value as number | string, literal as number | string];
      return comparator === '>' ? a > b : comparator === '>=' ? a >= b : comparator === '<' ? a < b : a <= b;
    }
  }
}

/** A condition on a path holds when any of its values satisfies it; on count/sum, when the number does. */
export function holds(row: JsonObject, condition: Condition): boolean {
  const result = evaluate(row, condition.expression);
  if (Array.isArray(result)) {
    if (result.length === 0) return condition.literal === null ? condition.comparator === '=' : condition.comparator === '!=';
    return result.some((value) => compare(value, condition.comparator, condition.literal));
  }
  return compare(result, condition.comparator, condition.literal);
}
