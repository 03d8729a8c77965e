import type { EntityManager, MikroORM } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhejiang } from '../../zhejiang/src/region';
import { createScratchDatabase, type ScratchDatabase } from '../cli/scratch-database';
import type { Dialect } from '../database';
import { openDatabase } from '../orm';
import { encodeCursor } from './cursor';
import { pinyinSortKey } from './pinyin-key';
import { projectFirm } from './projection';
import { DirectoryQueries } from './query';
import { DirectoryOrderField, SortDirection } from './types';

/** (key, id) order in a direction, as JavaScript compares strings: the merge's order. */
function inOrder<R>(rows: R[], key: (r: R) => string, id: (r: R) => string, direction: SortDirection): R[] {
  const sign = direction === SortDirection.ASC ? 1 : -1;
  return [...rows].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

/** The ids of every page `read` gives, `first` at a time, each after the cursor of the last row. */
async function readAll<R extends { sortKey: string }>(read: (after: string | null) => Promise<{ rows: R[] }>, first: number, id: (r: R) => string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { rows } = await read(after);
    ids.push(...rows.map(id));
    if (rows.length < first) return ids;
    after = encodeCursor({ sortKey: rows.at(-1)!.sortKey, id: id(rows.at(-1)!) });
  }
}

// Names whose pinyin order differs from their code point order, read alike (张/章: the credit code
// decides), or begin with Latin letters and digits: added to the sample directory.
const NAMES = ['章丘测试有限公司', '张丘测试有限公司', 'ABB测试（杭州）有限公司', '3M测试有限公司', '阿里测试有限公司', '西安测试有限公司', '先锋测试有限公司', '重庆测试有限公司'];

describe.each<Dialect>(['sqlite', 'postgresql', 'mysql'])('NAME_PINYIN pages of a region directory on %s', (dialect) => {
  let scratch: ScratchDatabase;
  let orm: MikroORM;
  let directory: DirectoryQueries;
  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'pinyin_order');
    orm = (await openDatabase(zhejiang, scratch.url, { seed: true })) as unknown as MikroORM;
    const em = orm.em.fork() as unknown as EntityManager;
    for (const [i, name] of NAMES.entries()) em.persist(projectFirm({ nativeKey: `pinyin:${i}`, originalName: name, areaCode: '330100', kind: 'ENTERPRISE', source: 'pinyin-order.test.ts', chains: [] }).firm);
    await em.flush();
    directory = new DirectoryQueries(orm.em.fork() as unknown as EntityManager, zhejiang.name);
  }, 120_000);
  afterAll(async () => {
    await orm?.close(true);
    await scratch?.drop();
  });

  it.each([SortDirection.ASC, SortDirection.DESC])('hold the firms in pinyin order, %s, paged by cursor as in one page', async (direction) => {
    const order = { field: DirectoryOrderField.NAME_PINYIN, direction };
    const whole = (await directory.firms({}, order, 1000)).rows;
    expect(whole.length).toBeGreaterThan(NAMES.length);
    for (const row of whole) expect(row.sortKey).toBe(pinyinSortKey(row.name));
    // The database's order is JavaScript's order of the keys, credit code breaking ties.
    expect(whole.map((r) => r.uscc)).toEqual(inOrder(whole, (r) => pinyinSortKey(r.name), (r) => r.uscc, direction).map((r) => r.uscc));

    const paged = await readAll((after) => directory.firms({}, order, 7, after), 7, (r) => r.uscc);
    expect(paged).toEqual(whole.map((r) => r.uscc));

    // 章丘 and 张丘 read alike: credit code decides; 3M before the A names, those before 阿.
    const names = whole.map((r) => r.name);
    const pos = (name: string) => names.indexOf(name);
    const [zhang, zhang2] = whole.filter((r) => r.name === '章丘测试有限公司' || r.name === '张丘测试有限公司');
    expect(zhang!.sortKey).toBe(zhang2!.sortKey);
    expect(direction === SortDirection.ASC ? zhang!.uscc < zhang2!.uscc : zhang!.uscc > zhang2!.uscc).toBe(true);
    const ascending = direction === SortDirection.ASC ? 1 : -1;
    expect(Math.sign(pos('ABB测试（杭州）有限公司') - pos('3M测试有限公司'))).toBe(ascending);
    expect(Math.sign(pos('阿里测试有限公司') - pos('ABB测试（杭州）有限公司'))).toBe(ascending);
    expect(Math.sign(pos('先锋测试有限公司') - pos('西安测试有限公司'))).toBe(ascending);
  });

  it('holds the projects in pinyin order of their titles, paged by cursor as in one page', async () => {
    const order = { field: DirectoryOrderField.NAME_PINYIN, direction: SortDirection.ASC };
    const whole = (await directory.projects({}, order, 1000)).rows;
    expect(whole.length).toBeGreaterThan(3);
    for (const row of whole) expect(row.sortKey).toBe(pinyinSortKey(row.title));
    expect(whole.map((r) => r.id)).toEqual(inOrder(whole, (r) => r.sortKey, (r) => r.id, SortDirection.ASC).map((r) => r.id));
    const paged = await readAll((after) => directory.projects({}, order, 3, after), 3, (r) => r.id);
    expect(paged).toEqual(whole.map((r) => r.id));
  });
});
