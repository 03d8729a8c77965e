import type { EntityManager, MikroORM } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tianjin } from '../../tianjin/src/region';
import { yangtze } from '../../yangtze/src/region';
import { zhejiang } from '../../zhejiang/src/region';
import { createScratchDatabase, type ScratchDatabase } from '../cli/scratch-database';
import { openDatabase } from '../orm';
import type { RegionDefinition } from '../region';
import { sampleUscc } from '../../../schema/contract/uscc';
import { encodeCursor } from './cursor';
import { projectFirm } from './projection';
import { DirectoryQueries } from './query';
import { DirectoryOrderField, SortDirection, type DirectoryFilter, type DirectoryFirmRow } from './types';

/** Every page of `filter` read with `firmLines`, `first` at a time: the rows its lines hold, and the page sizes. */
async function readLines(directory: DirectoryQueries, filter: DirectoryFilter, direction: SortDirection, first: number) {
  const rows: DirectoryFirmRow[] = [];
  const counts: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await directory.firmLines(filter, direction, first, after);
    const lines = page.text.split('\n');
    // Every line ends in a newline, so the text's last piece is empty.
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(page.count);
    rows.push(...lines.map((line) => JSON.parse(line) as DirectoryFirmRow));
    counts.push(page.count);
    expect(page.last).toEqual(page.count ? { sortKey: rows.at(-1)!.sortKey, uscc: rows.at(-1)!.uscc } : null);
    if (page.count < first || !page.last) return { rows, counts };
    after = encodeCursor({ sortKey: page.last.sortKey, id: page.last.uscc });
  }
}

/** The same, read with `firms` as the directoryFirms field reads it. */
async function readRows(directory: DirectoryQueries, filter: DirectoryFilter, direction: SortDirection, first: number) {
  const rows: DirectoryFirmRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await directory.firms(filter, { field: DirectoryOrderField.NAME, direction }, first, after);
    rows.push(...page.rows);
    if (page.rows.length < first) return rows;
    const last = page.rows.at(-1)!;
    after = encodeCursor({ sortKey: last.sortKey, id: last.uscc });
  }
}

/**
 * Two firms added to the region's sample directory, for the values its sample data lacks: a code the
 * firm gave itself (sampleCode false), a parent, a short name, links with names, cooperations, and
 * names that JSON must escape; and a firm in no chain.
 */
async function addUnusualFirms(em: EntityManager, like: DirectoryFirmRow): Promise<void> {
  const given = projectFirm({
    uscc: sampleUscc('测试"引号"\\公司', like.areaCode),
    nativeKey: 'test:given',
    originalName: '測試"引號"\\\t公司',
    shortName: '測試',
    areaCode: like.areaCode,
    kind: 'ENTERPRISE',
    parentUscc: like.uscc,
    source: 'query.test.ts',
    chains: [{ localChainName: like.chains[0]!.localChainName, localLinkNames: ['研發', '生產'] }],
  });
  given.firm.cooperationCount = 3;
  const unchained = projectFirm({ nativeKey: 'test:unchained', originalName: '无链测试公司', areaCode: like.areaCode, kind: 'ENTERPRISE', source: 'query.test.ts', chains: [] });
  em.persist([given.firm, ...given.chains, unchained.firm]);
  await em.flush();
}

describe.each<RegionDefinition>([tianjin, yangtze, zhejiang])('firmLines on SQLite, $name', (region) => {
  let scratch: ScratchDatabase;
  let orm: MikroORM;
  let directory: DirectoryQueries;
  beforeAll(async () => {
    scratch = await createScratchDatabase('sqlite', region.name);
    orm = (await openDatabase(region, scratch.url, { seed: true })) as unknown as MikroORM;
    const em = orm.em.fork() as unknown as EntityManager;
    directory = new DirectoryQueries(em, region.name);
    const seeded = await readRows(directory, {}, SortDirection.ASC, 1000);
    await addUnusualFirms(em, seeded.find((row) => row.chains.length > 0)!);
  }, 60_000);
  afterAll(async () => {
    await orm?.close();
    await scratch?.drop();
  });

  it('writes, line for line, the rows firms reads, across page ends and in both directions', async () => {
    const all = await readRows(directory, {}, SortDirection.ASC, 1000);
    expect(all.length).toBeGreaterThan(3);
    // Every kind of value is there to be written: null and not, true and false, no chain and several links.
    const links = all.flatMap((row) => row.chains);
    expect(all.some((r) => r.shortName === null) && all.some((r) => r.shortName !== null)).toBe(true);
    expect(all.some((r) => r.parentUscc === null) && all.some((r) => r.parentUscc !== null)).toBe(true);
    expect(all.some((r) => r.sampleCode) && all.some((r) => !r.sampleCode)).toBe(true);
    expect(all.some((r) => r.chains.length === 0) && all.some((r) => r.chains.length > 1)).toBe(true);
    expect(links.some((l) => l.localLinkName === null) && links.some((l) => l.localLinkName !== null)).toBe(true);
    const given = all.find((row) => !row.sampleCode)!;
    const filters: DirectoryFilter[] = [
      {},
      { chainCode: given.chains[0]!.chainCode },
      { linkCodes: [given.chains[0]!.linkCode] },
      { usccs: all.filter((_, i) => i % 2 === 0).map((row) => row.uscc) },
      { keyword: '测试' },
      { usccs: ['91000000000000000X'] },
    ];
    for (const filter of filters) {
      for (const direction of [SortDirection.ASC, SortDirection.DESC]) {
        const expected = await readRows(directory, filter, direction, 1000);
        const { rows, counts } = await readLines(directory, filter, direction, 3);
        // toStrictEqual: a value written with the wrong type (0 for false, a string for a number) fails too.
        expect(rows, JSON.stringify({ filter, direction })).toStrictEqual(expected);
        expect(counts.every((n, i) => (i < counts.length - 1 ? n === 3 : n < 3))).toBe(true);
      }
    }
  });

  it('serialises each row as JSON.stringify does, key order and escapes included', async () => {
    const expected = await readRows(directory, {}, SortDirection.ASC, 1000);
    const { text } = await directory.firmLines({}, SortDirection.ASC, 1000);
    expect(text).toContain('\\"');
    expect(text).toBe(expected.map((row) => `${JSON.stringify(row)}\n`).join(''));
  });
});
