/**
 * Provenance shared by every seed record: which of the five source reports states the fact.
 * The file names are those in `shared/seeds/` (see its README).
 */
export const SOURCE_FILES = [
  '000_7deada67eb8abbdc.txt',
  '001_64ba9a984c48cfb9.txt',
  '002_ec1d6d7b96de0d5d.txt',
  '003_48eb89cb07fefa6e.txt',
  '004_40e4ab73a9e6f876.txt',
] as const;

export type SourceFile = (typeof SOURCE_FILES)[number];

/** A fact as the report states it: the file it comes from and, where useful, the cleaned phrase. */
export interface Sourced {
  source: SourceFile;
  /** Short verbatim phrase from the report (pinyin glosses removed, mojibake repaired). */
  evidence?: string;
}

/** An amount exactly as the report states it; `toYuan` (amount.ts) normalises it. */
export interface StatedAmount {
  value: number;
  unit: '元' | '万元' | '亿元';
}

/**
 * A date as the report states it. Relative dates ("今年7月") are resolved against the article's
 * date only where the article states its year; otherwise `year` stays unset rather than guessed.
 */
export interface StatedDate {
  text: string;
  year?: number;
  month?: number;
  day?: number;
}
