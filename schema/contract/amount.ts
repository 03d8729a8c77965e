import type { StatedAmount } from './source';

const YUAN_PER_UNIT: Record<StatedAmount['unit'], number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** Normalises a stated amount to yuan. Rounded to whole yuan: reports state at most 4 decimals of 亿元. */
export function toYuan(amount: StatedAmount): number {
  return Math.round(amount.value * YUAN_PER_UNIT[amount.unit]);
}

export const AMOUNT_UNITS = Object.keys(YUAN_PER_UNIT) as StatedAmount['unit'][];
