import { describe, expect, it } from 'vitest';
import { evaluate, holds, parseCondition, parseExpression, type Condition } from './row-expression';

const pairing = {
  name: '义乌市—莲都区',
  regions: ['ZHEJIANG'],
  projects: [{ amount: { yuan: 1_500_000_000 } }, { amount: null }, { amount: { yuan: 2.5 } }],
  status: 'OPEN',
};

function condition(text: string): Condition {
  const parsed = parseCondition(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.condition;
}

describe('row expressions', () => {
  it('counts and sums the values at a path', () => {
    expect(evaluate(pairing, { fn: 'count', path: 'projects.amount.yuan' })).toBe(2);
    expect(evaluate(pairing, { fn: 'sum', path: 'projects.amount.yuan' })).toBe(1_500_000_002.5);
    expect(evaluate(pairing, { fn: 'sum', path: 'funding.amount.yuan' })).toBe(0);
  });

  it('compares numbers, words and quoted strings', () => {
    expect(holds(pairing, condition('count(regions) > 1'))).toBe(false);
    expect(holds(pairing, condition('count(regions) >= 1'))).toBe(true);
    expect(holds(pairing, condition('status = OPEN'))).toBe(true);
    expect(holds(pairing, condition('status != OPEN'))).toBe(false);
    expect(holds(pairing, condition('name = "义乌市—莲都区"'))).toBe(true);
    expect(holds(pairing, condition('sum(projects.amount.yuan) < 1000'))).toBe(false);
  });

  it('holds for a list path when any value satisfies it, and = null when there is none', () => {
    expect(holds(pairing, condition('projects.amount.yuan > 1000000000'))).toBe(true);
    expect(holds(pairing, condition('parent.name = null'))).toBe(true);
  });

  it('rejects what it cannot read', () => {
    expect(parseExpression('avg(x)')).toHaveProperty('error');
    expect(parseExpression('a..b')).toHaveProperty('error');
    expect(parseCondition('count(regions)')).toHaveProperty('error');
  });
});
