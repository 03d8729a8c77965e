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

/**
 * What a firm's place in a chain rests on (产业链归属依据), from the strongest to the weakest:
 * - `stated`: the sentence says what the firm does in the chain (its trade, product or link);
 * - `passage`: the report names the firm inside the passage about that chain (its founding
 *   conference, its supply-chain work) without saying what the firm itself makes;
 * - `name`: nothing better exists; the firm's name says the trade (力神电池, 中环半导体). A guess, marked;
 * - `recorded`: a region recorded it through a write or an import, with no report behind it.
 */
export type PlacementBasis = 'stated' | 'passage' | 'name' | 'recorded';

/** One chain a report puts a firm in, and the sentence that puts it there. */
export interface ChainPlacement {
  /** The chain as the report names it (mapped to the canonical taxonomy in chains.ts). */
  localChainName: string;
  /** The links the sentence says the firm serves, in the report's words; none when it says none. */
  localLinkNames?: readonly string[];
  basis: Exclude<PlacementBasis, 'recorded'>;
  source: SourceFile;
  /**
   * The sentence, cleaned (pinyin glosses removed, mojibake repaired), in the report's script; it
   * names the firm. Pieces of the report that are not contiguous are joined with "……".
   */
  evidence: string;
}
