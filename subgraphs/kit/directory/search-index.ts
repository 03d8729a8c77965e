/**
 * The keyword index: every pair of adjacent characters (bigram) of a firm's search text, one row
 * each. A keyword of two characters or more is found through its own bigrams, then confirmed by the
 * same LIKE as before, so the index only narrows the rows that LIKE reads, never changes them.
 *
 * One table in every dialect rather than each dialect's own full-text search: MariaDB has no
 * ngram parser (MySQL's), SQLite's FTS5 trigram tokenizer cannot find two-character words, and
 * pg_trgm drops CJK characters outside a UTF-8 locale's word classes. Grams are stored as ASCII
 * (six hex digits per code point), so equality is exact whatever the column's collation.
 */
import { Entity, Index, PrimaryKey } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

@Entity({ tableName: 'dir_firm_gram' })
@Index({ properties: ['uscc'] })
export class DirectoryFirmGram {
  @PrimaryKey({ type: 'string', length: 12 }) gram!: string;
  @PrimaryKey({ type: 'string', length: 18 }) uscc!: string;
}

const hex = (codePoint: number) => codePoint.toString(16).padStart(6, '0');

/** The distinct bigrams of a text (already in search form), as index keys. */
export function textGrams(text: string): string[] {
  const points = Array.from(text, (c) => c.codePointAt(0)!);
  const grams = new Set<string>();
  for (let i = 1; i < points.length; i++) grams.add(hex(points[i - 1]!) + hex(points[i]!));
  return [...grams];
}

/** The bigram rows of one firm. */
export function gramRows(uscc: string, searchText: string): Array<{ gram: string; uscc: string }> {
  return textGrams(searchText).map((gram) => ({ gram, uscc }));
}

/**
 * How many postings of a gram are counted before the gram counts as common: the keyword's rarest
 * gram drives the search, and finding it reads at most this many index entries per gram, whatever
 * the region's size.
 */
const PROBE = 2000;

/**
 * A keyword's grams, the rarest first (the one the query starts from); null below two characters,
 * which the index cannot narrow (such a keyword is a plain LIKE scan).
 */
export async function keywordGrams(knex: Knex, keyword: string): Promise<string[] | null> {
  const grams = textGrams(keyword);
  if (!grams.length) return null;
  if (grams.length === 1) return grams;
  const sizes = await Promise.all(
    grams.map(async (gram) => {
      const rows = (await knex.count({ n: '*' }).from(knex('dir_firm_gram').select('uscc').where('gram', gram).limit(PROBE).as('p'))) as Array<{ n: unknown }>;
      return { gram, n: Number(rows[0]!.n) };
    }),
  );
  return sizes.sort((a, b) => a.n - b.n).map((s) => s.gram);
}

/** Replaces the grams of some firms by those of their current search text (a write's transaction). */
export async function refreshGrams(knex: Knex, usccs: readonly string[]): Promise<void> {
  if (!usccs.length) return;
  await knex('dir_firm_gram').whereIn('uscc', usccs).delete();
  const firms = (await knex('dir_firm').select('uscc', 'search_text').whereIn('uscc', usccs)) as Array<{ uscc: string; search_text: string }>;
  const rows = firms.flatMap((f) => gramRows(f.uscc, f.search_text));
  await insertGrams(knex, rows);
}

/** knex writes a multi-row insert on SQLite as one compound SELECT, of at most 500 terms. */
const INSERT_ROWS = 400;

export async function insertGrams(knex: Knex, rows: ReadonlyArray<{ gram: string; uscc: string }>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_ROWS) await knex('dir_firm_gram').insert(rows.slice(i, i + INSERT_ROWS));
}
