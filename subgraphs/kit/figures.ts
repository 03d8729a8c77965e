/** Converters from the datasets' stated counts and amounts to the exposed StatedFigure. */
import { toYuan } from '../../schema/contract/amount';
import type { StatedAmount } from '../../schema/contract/source';
import { StatedFigure } from './value-types';

export interface CountLike {
  value: number;
  qualifier?: string;
  text?: string;
  unit?: string;
  /** The year the figure is for, where the report states it. */
  year?: number;
}

export function countFigure(metric: string, count: CountLike, unit?: string): StatedFigure {
  return Object.assign(new StatedFigure(), {
    metric,
    value: count.value,
    unit: count.unit ?? unit ?? null,
    qualifier: count.qualifier ?? null,
    text: count.text ?? null,
    yuan: null,
    year: count.year ?? null,
  });
}

export function amountFigure(metric: string, amount: StatedAmount & { qualifier?: string; text?: string; year?: number }): StatedFigure {
  return Object.assign(new StatedFigure(), {
    metric,
    value: amount.value,
    unit: amount.unit,
    qualifier: amount.qualifier ?? null,
    text: amount.text ?? null,
    yuan: toYuan(amount),
    year: amount.year ?? null,
  });
}
