/**
 * The directory's indexes give exactly the answers of a plain scan, on generated data, in every
 * dialect: the keyword search through the gram index against LIKE over every firm's search text.
 */
import type { EntityManager, Knex, MikroORM } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionName } from '../../../schema/contract/errors';
import { searchForm } from '../../../schema/contract/script';
import { generate } from '../../../scripts/generate/main';
import { tianjin } from '../../tianjin/src/region';
import { yangtze } from '../../yangtze/src/region';
import { zhejiang } from '../../zhejiang/src/region';
import { createScratchDatabase, type ScratchDatabase } from '../cli/scratch-database';
import type { Dialect } from '../database';
import { openDatabase } from '../orm';
import { encodeCursor } from './cursor';
import { DirectoryQueries, whereLike } from './query';
import { AggregateDimension, DirectoryOrderField, SortDirection, type DirectoryAggregateRow, type DirectoryFilter } from './types';
import { sampleUscc } from '../../../schema/contract/uscc';
import { ensureDirectoryFirm } from '../writes/directory';
import { keepIndexes } from './upkeep';
import { distinctTotal } from '../../crossregion/src/distinct-total';

const REGIONS = ['tianjin', 'yangtze', 'zhejiang'] as const;
const DEFINITIONS = { tianjin, yangtze, zhejiang };
const SEED = 11;

export interface GeneratedRegions {
  orms: Record<RegionName, MikroORM>;
  queries(region: RegionName): DirectoryQueries;
  knex(region: RegionName): Knex;
  close(): Promise<void>;
}

/** Three scratch databases of a dialect, each filled with its share of `firms` generated firms. */
export async function generatedRegions(dialect: Dialect, firms: number): Promise<GeneratedRegions> {
  const scratch = {} as Record<RegionName, ScratchDatabase>;
  for (const region of REGIONS) scratch[region] = await createScratchDatabase(dialect, `idx_${region}`);
  const env = Object.fromEntries(REGIONS.map((r) => [`${r.toUpperCase()}_DATABASE_URL`, scratch[r].url]));
  await generate({ firms, seed: SEED, projects: Math.round(firms * 0.6), regions: [...REGIONS], sharedShare: 0.3, chunkRows: 5000 }, env, () => {});
  const orms = {} as Record<RegionName, MikroORM>;
  for (const region of REGIONS) orms[region] = (await openDatabase(DEFINITIONS[region], scratch[region].url, { seed: false })) as unknown as MikroORM;
  return {
    orms,
    queries: (region) => new DirectoryQueries(orms[region].em.fork() as unknown as EntityManager, region),
    knex: (region) => (orms[region].em as unknown as EntityManager).getKnex(),
    async close() {
      for (const region of REGIONS) await orms[region]?.close(true);
      for (const region of REGIONS) await scratch[region]?.drop();
    },
  };
}

/** Every firm of a filter, read page by page as the cross-region layer reads them, and the count. */
async function indexed(queries: DirectoryQueries, filter: DirectoryFilter): Promise<{ usccs: string[]; count: number }> {
  const usccs: string[] = [];
  let after: string | null = null;
  let count = -1;
  for (;;) {
    const page = await queries.firms(filter, { field: DirectoryOrderField.NAME, direction: SortDirection.ASC }, 300, after);
    if (count < 0) count = await page.count();
    usccs.push(...page.rows.map((r) => r.uscc));
    if (page.rows.length < 300) return { usccs, count };
    const last = page.rows.at(-1)!;
    after = encodeCursor({ sortKey: last.sortKey, id: last.uscc });
  }
}

/** The same firms by today's plain search: LIKE over every firm's search text, no index. */
async function scanned(knex: Knex, keyword: string, chainCode?: string): Promise<string[]> {
  const qb = knex('dir_firm as f').select('f.uscc', 'f.name_key').orderBy([{ column: 'f.name_key' }, { column: 'f.uscc' }]);
  whereLike(qb, 'f.search_text', keyword);
  if (chainCode) qb.whereIn('f.uscc', knex('dir_firm_chain').select('uscc').where('chain_code', chainCode));
  return ((await qb) as Array<{ uscc: string }>).map((r) => r.uscc);
}

/** Keywords of every shape: parts of generated names of two to five characters, in either script, one character, Latin, across names. */
async function keywords(knex: Knex): Promise<string[]> {
  const texts = ((await knex('dir_firm').select('search_text').orderBy('uscc').limit(400)) as Array<{ search_text: string }>).map((r) => r.search_text);
  const picked = new Set<string>(['机器人', '機器人', '电池', '電池', '有限公司', '天津', '电', '科技有限', '集团', 'ab', '(', '%', '_']);
  texts.forEach((text, i) => {
    if (i % 40) return;
    const chars = Array.from(text);
    const length = 2 + (i / 40) % 4;
    const start = (i * 7) % Math.max(1, chars.length - length);
    picked.add(chars.slice(start, start + length).join(''));
  });
  // A keyword spanning two of a firm's names, across the separator.
  const spanning = Array.from(texts[0]!);
  const bar = spanning.indexOf('|');
  if (bar > 0) picked.add(spanning.slice(bar - 1, bar + 2).join(''));
  return [...picked];
}

describe.each<Dialect>(['sqlite', 'postgresql', 'mysql'])('the directory indexes on %s', (dialect) => {
  let regions: GeneratedRegions;
  beforeAll(async () => {
    regions = await generatedRegions(dialect, 1500);
  }, 240_000);
  afterAll(async () => regions?.close());

  it('find by keyword exactly the firms LIKE finds over every firm, page by page and counted', async () => {
    for (const region of REGIONS) {
      const knex = regions.knex(region);
      const words = await keywords(knex);
      let found = 0;
      for (const keyword of words) {
        const expected = await scanned(knex, searchForm(keyword));
        const got = await indexed(regions.queries(region), { keyword });
        expect({ keyword, usccs: got.usccs }).toEqual({ keyword, usccs: expected });
        expect({ keyword, count: got.count }).toEqual({ keyword, count: expected.length });
        const inChain = await indexed(regions.queries(region), { keyword, chainCode: 'ROBOTICS' });
        expect({ keyword, usccs: inChain.usccs }).toEqual({ keyword, usccs: await scanned(knex, searchForm(keyword), 'ROBOTICS') });
        found += expected.length;
      }
      expect(found).toBeGreaterThan(100);
    }
  }, 240_000);

  /** The merged list's total as the cross-region layer counts it, over some regions. */
  async function mergedTotal(filter: DirectoryFilter, over: readonly RegionName[]): Promise<number> {
    const parts = [];
    for (const region of over) {
      const page = await regions.queries(region).firms(filter, { field: DirectoryOrderField.NAME, direction: SortDirection.ASC }, 1);
      parts.push({ region, count: await page.count(), overlap: await page.overlap!() });
    }
    const unfiltered = Object.values(filter).every((v) => v == null);
    return distinctTotal(parts, unfiltered, async (usccs) => Promise.all(over.map(async (region) => ({ region, keys: await regions.queries(region).firmMatches(filter, usccs) }))));
  }

  /** The same by a plain scan: every matching credit code of every region, distinct. */
  async function scannedTotal(filter: DirectoryFilter, over: readonly RegionName[]): Promise<number> {
    const all = new Set<string>();
    for (const region of over) for (const uscc of await regions.queries(region).firmKeys(filter)) all.add(uscc);
    return all.size;
  }

  const FILTERS: DirectoryFilter[] = [{}, { chainCode: 'POWER_BATTERY' }, { chainCode: 'ROBOTICS' }, { keyword: '机器人' }, { keyword: '科技' }, { areaCode: '330000' }, { areaCode: '120000', chainCode: 'NEW_ENERGY' }, { linkCodes: ['PRODUCTION'] }];
  const SUBSETS: Array<readonly RegionName[]> = [REGIONS, ['tianjin', 'zhejiang'], ['yangtze', 'zhejiang'], ['zhejiang']];

  it('count a merged list exactly as a plain scan of every region\'s keys does, over any regions, with firms several regions record', async () => {
    let shared = 0;
    for (const filter of FILTERS) {
      for (const over of SUBSETS) {
        const expected = await scannedTotal(filter, over);
        expect({ filter, over, total: await mergedTotal(filter, over) }).toEqual({ filter, over, total: expected });
        if (over.length === 3) shared += (await Promise.all(over.map(async (r) => (await regions.queries(r).firmKeys(filter)).length))).reduce((a, b) => a + b, 0) - expected;
      }
    }
    expect(shared).toBeGreaterThan(50);
  }, 240_000);

  it('aggregate projects from the tally exactly as a GROUP BY over every project does', async () => {
    const shapes: AggregateDimension[][] = [[], [AggregateDimension.CHAIN], [AggregateDimension.CHAIN, AggregateDimension.PROVINCE], [AggregateDimension.CITY, AggregateDimension.STATUS], [AggregateDimension.COUNTY, AggregateDimension.CHAIN, AggregateDimension.STATUS]];
    const order = (rows: DirectoryAggregateRow[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    let projects = 0;
    for (const region of REGIONS) {
      for (const filter of [{}, { chainCode: 'POWER_BATTERY' }, { chainCode: 'ROBOTICS' }]) {
        for (const groupBy of shapes) {
          const queries = regions.queries(region);
          expect({ region, filter, groupBy, rows: order(await queries.aggregate('PROJECT', filter, groupBy)) }).toEqual({ region, filter, groupBy, rows: order(await queries.groupedAggregate('PROJECT', filter, groupBy)) });
        }
      }
      projects += (await regions.queries(region).groupedAggregate('PROJECT', {}, []))[0]!.count;
    }
    expect(projects).toBeGreaterThan(300);
  });

  it('index a firm a write creates, and the chain a write adds, in the write\'s transaction', async () => {
    const orm = regions.orms.zhejiang;
    const name = '舟山鲸歌海洋机器人有限公司';
    const firm = { uscc: sampleUscc(name, '330900'), name: '舟山鯨歌海洋機器人有限公司', simplifiedName: name, areaCode: '330900' };
    await (orm.em.fork() as unknown as EntityManager).transactional(async (em) => {
      await ensureDirectoryFirm(em, firm, { nativeKey: 'test:whale', source: 'write:test', localChainName: '机器人' });
      await em.flush();
      await keepIndexes(em);
    });
    for (const keyword of ['鲸歌', '鯨歌海', '洋机器人']) {
      expect((await indexed(regions.queries('zhejiang'), { keyword })).usccs).toEqual([firm.uscc]);
      expect(await scanned(regions.knex('zhejiang'), searchForm(keyword))).toEqual([firm.uscc]);
    }
  });

  it('count exactly after a write records in one region a firm other regions record (its peers unknown)', async () => {
    const tianjinOnly = (await regions.queries('tianjin').firmKeys({ chainCode: 'POWER_BATTERY' })).slice(0, 3);
    const rows = await regions.queries('tianjin').firmsByUscc(tianjinOnly);
    for (const row of rows) {
      await (regions.orms.yangtze.em.fork() as unknown as EntityManager).transactional(async (em) => {
        await ensureDirectoryFirm(em, { uscc: row.uscc, name: row.originalName, simplifiedName: row.name, areaCode: row.areaCode }, { nativeKey: `test:${row.uscc}`, source: 'write:test', localChainName: '电池' });
        await em.flush();
        await keepIndexes(em);
      });
    }
    for (const filter of [{}, { chainCode: 'POWER_BATTERY' }, { keyword: rows[0]!.name.slice(2, 5) }]) {
      for (const over of SUBSETS) expect({ filter, over, total: await mergedTotal(filter, over) }).toEqual({ filter, over, total: await scannedTotal(filter, over) });
    }
  }, 120_000);
});
