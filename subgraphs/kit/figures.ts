/** Converters from the datasets' stated counts and amounts to the exposed StatedFigure. */
import { toYuan } from '../../schema/contract/amount';
import type { StatedAmount } from '../../schema/contract/source';
import { StatedFigure } from './value-types';

export interface CountLike {
  value: number;
  qualifier?: string;
  text?: string;
  unit?: string;
}

export function countFigure(metric: string, count: CountLike, unit?: string): StatedFigure {
  return Object.assign(new StatedFigure(), {
    metric,
    value: count.value,
    unit: count.unit ?? unit ?? null,
    qualifier: count.qualifier ?? null,
    text: count.text ?? null,
    yuan: null,
  });
}

export function amountFigure(metric: string, amount: StatedAmount & { qualifier?: string; text?: string }): StatedFigure {
  return Object.assign(new StatedFigure(), {
    metric,
    value: amount.value,
    unit: amount.unit,
    qualifier: amount.qualifier ?? null,
    text: amount.text ?? null,
    yuan: toYuan(amount),
  });
}
