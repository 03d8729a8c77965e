/**
 * Gives the directory rows written before the pinyin key existed their key. The migration that adds
 * the column calls it after adding it (with a default, so rows already there are allowed) and
 * before indexing it. The key is computed here, not in SQL: no dialect speaks pinyin.
 */
import { pinyinSortKey } from './pinyin-key';

type Execute = (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Rows read and rewritten at a time: one SELECT and one UPDATE of 500 CASE arms each. */
const BATCH = 500;

/** The directory tables with a pinyin key: their key column and the text the key is computed from. */
const KEYED = [
  { table: 'dir_firm', id: 'uscc', text: 'name' },
  { table: 'dir_project', id: 'id', text: 'title' },
] as const;

/** Rewrites every row's pinyin_key, in batches keyed by id; returns how many rows it keyed. */
export async function fillPinyinKeys(execute: Execute): Promise<number> {
  let keyed = 0;
  for (const { table, id, text } of KEYED) {
    let after: string | null = null;
    for (;;) {
      const rows: Array<Record<string, unknown>> = after === null
        ? await execute(`select ${id} as id, ${text} as text from ${table} order by ${id} limit ${BATCH}`)
        : await execute(`select ${id} as id, ${text} as text from ${table} where ${id} > ? order by ${id} limit ${BATCH}`, [after]);
      if (!rows.length) break;
      const ids = rows.map((r) => String(r.id));
      const arms = rows.map(() => 'when ? then ?').join(' ');
      const params = rows.flatMap((r) => [String(r.id), pinyinSortKey(String(r.text))]);
      await execute(`update ${table} set pinyin_key = case ${id} ${arms} end where ${id} in (${ids.map(() => '?').join(', ')})`, [...params, ...ids]);
      keyed += rows.length;
      after = ids.at(-1)!;
    }
  }
  return keyed;
}
