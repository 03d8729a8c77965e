import { describe, expect, it } from 'vitest';
import type { RegionName } from '../../../schema/contract/errors';
import { decodeCursor } from '../../kit/directory/cursor';
import { createLogger } from '../../kit/log';
import { REGIONS } from './config';
import { RegionFailures, type CrossRegionContext } from './context';
import { decodeCompositeCursor, filterHash } from './cursor';
import { compareKeys } from './merge';
import { firstAsks, mergedPage, SMALL_PAGE } from './paging';
import type { RegionClient } from './region-client';
import { regionEnum } from './types/region';

interface Row {
  sortKey: string;
  id: string;
}

/** Each region's rows in a name range of its own, as firm names lead with their place (天津…, 杭州…). */
function clusteredRows(count: number): Record<RegionName, Row[]> {
  return Object.fromEntries(REGIONS.map((region, r) => [region, Array.from({ length: count }, (_, i) => ({ sortKey: `${r}${String(i).padStart(5, '0')}`, id: `${region}-${i}` }))])) as Record<RegionName, Row[]>;
}

/** Deterministic pseudo-random rows: firms `shared` of every `shared` ids are in every region. */
function regionRows(counts: Record<RegionName, number>, shared = 0): Record<RegionName, Row[]> {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const out = {} as Record<RegionName, Row[]>;
  const common = Array.from({ length: shared }, (_, i) => ({ sortKey: String(next() % 1000).padStart(4, '0'), id: `S${i}` }));
  for (const region of REGIONS) {
    const own = Array.from({ length: counts[region] }, (_, i) => ({ sortKey: String(next() % 1000).padStart(4, '0'), id: `${region}-${i}` }));
    out[region] = [...own, ...common].sort((a, b) => compareKeys(a, b, 'ASC'));
  }
  return out;
}

/**
 * The contract a region's directory serves (kit/directory/query.ts): up to `n` rows after its own
 * cursor. Records every ask, and fails where told to.
 */
function directories(rows: Record<RegionName, Row[]>, failOnAsk?: { region: RegionName; ask: number }) {
  const asks: Array<{ region: RegionName; n: number; got: number }> = [];
  const fetch = async (client: RegionClient, after: string | null, n: number) => {
    const region = client.region;
    if (failOnAsk?.region === region && asks.filter((a) => a.region === region).length + 1 === failOnAsk.ask) {
      return { error: { region, detail: 'unreachable' as const, message: 'refused' } };
    }
    const position = after ? decodeCursor(after) : undefined;
    const page = rows[region].filter((r) => !position || compareKeys(r, position, 'ASC') > 0).slice(0, n);
    asks.push({ region, n, got: page.length });
    return { rows: { rows: page, totalCount: rows[region].length } };
  };
  return { asks, fetch };
}

function context(): CrossRegionContext {
  return {
    requestId: 'test',
    clients: Object.fromEntries(REGIONS.map((region) => [region, { region } as RegionClient])) as Record<RegionName, RegionClient>,
    failures: new RegionFailures(),
    log: createLogger('paging-test', 'error'),
    loader: () => {
      throw new Error('not used');
    },
  };
}

async function pageAll(rows: Record<RegionName, Row[]>, first: number, failOnAsk?: { region: RegionName; ask: number }) {
  const { asks, fetch } = directories(rows, failOnAsk);
  const ids: string[] = [];
  const pages: Array<{ size: number; hasNextPage: boolean; missing: string[] }> = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await mergedPage(context(), { list: 'test', regions: [...REGIONS], filter: {}, order: { field: 'NAME', direction: 'ASC' }, first, after, withTotal: false, fetch, idOf: (r: Row) => r.id, dedupe: true });
    ids.push(...page.edges.map((e) => e.item.rows[0]!.row.id));
    pages.push({ size: page.edges.length, hasNextPage: page.pageInfo.hasNextPage, missing: page.pageInfo.missingRegions });
    if (!page.pageInfo.hasNextPage) return { ids, pages, asks };
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not finish');
}

function expectedOrder(rows: Record<RegionName, Row[]>): string[] {
  const all = new Map(REGIONS.flatMap((r) => rows[r]).map((row) => [row.id, row]));
  return [...all.values()].sort((a, b) => compareKeys(a, b, 'ASC')).map((r) => r.id);
}

describe('mergedPage', () => {
  const asked = (asks: Array<{ region: RegionName; rows: number }>) => asks.map((a) => a.rows);

  it('asks each region for its share of a large page, and for N+1 of a small one', () => {
    expect(asked(firstAsks(200, REGIONS))).toEqual([101, 101, 101]);
    expect(asked(firstAsks(200, ['tianjin']))).toEqual([201]);
    expect(asked(firstAsks(SMALL_PAGE, REGIONS))).toEqual([SMALL_PAGE + 1, SMALL_PAGE + 1, SMALL_PAGE + 1]);
  });

  it('sizes the shares by the previous page\'s mix, never under the least share', () => {
    expect(asked(firstAsks(200, REGIONS, { tianjin: 200 }))).toEqual([201, 16, 16]);
    expect(asked(firstAsks(200, REGIONS, { tianjin: 100, yangtze: 60, zhejiang: 40 }))).toEqual([151, 91, 61]);
    expect(asked(firstAsks(SMALL_PAGE, REGIONS, { tianjin: 50 }))).toEqual([SMALL_PAGE + 1, SMALL_PAGE + 1, SMALL_PAGE + 1]);
  });

  const layouts: Array<[string, Record<RegionName, number>, number]> = [
    ['even', { tianjin: 700, yangtze: 700, zhejiang: 700 }, 60],
    ['one region holding nearly all', { tianjin: 2000, yangtze: 30, zhejiang: 10 }, 20],
    ['one region empty', { tianjin: 900, yangtze: 0, zhejiang: 500 }, 0],
  ];
  for (const first of [200, 77]) {
    it(`pages regions in runs of their own (names led by place) with first = ${first} in exactly the merged order`, async () => {
      const rows = clusteredRows(700);
      const { ids, pages } = await pageAll(rows, first);
      expect(ids).toEqual(expectedOrder(rows));
      expect(pages.slice(0, -1).every((p) => p.size === first && p.hasNextPage)).toBe(true);
    });
  }

  it('follows a region\'s run with the mix: a second round trip only where a run starts', async () => {
    const rows = clusteredRows(2000);
    const { pages, asks } = await pageAll(rows, 200);
    expect(pages.length).toBe(30);
    // Asks beyond one per region and page: the first page's (even shares), and one where each later
    // run starts. Even shares on every page made 30.
    const extra = asks.length - pages.length * REGIONS.length;
    expect(extra).toBeLessThanOrEqual(3);
  });
  for (const [name, counts, shared] of layouts) {
    for (const first of [200, 77, 7]) {
      it(`pages ${name} with first = ${first} in exactly the merged order, each firm once, hasNextPage exact`, async () => {
        const rows = regionRows(counts, shared);
        const { ids, pages } = await pageAll(rows, first);
        expect(ids).toEqual(expectedOrder(rows));
        // Every page but the last is full and says there is a next page; the last one is not empty.
        expect(pages.slice(0, -1).every((p) => p.size === first && p.hasNextPage)).toBe(true);
        expect(pages.at(-1)!.size).toBeGreaterThan(0);
      });
    }
  }

  it('reads far fewer rows than N+1 from every region on an even spread', async () => {
    const rows = regionRows({ tianjin: 2000, yangtze: 2000, zhejiang: 2000 });
    const { ids, asks } = await pageAll(rows, 200);
    const read = asks.reduce((sum, a) => sum + a.got, 0);
    // N+1 from each of three regions reads about 3 rows per row listed.
    expect(read / ids.length).toBeLessThan(1.8);
  });

  it('asks a region whose share ran out only for the rest of the page', async () => {
    const rows = regionRows({ tianjin: 3000, yangtze: 20, zhejiang: 20 });
    const { asks } = await pageAll(rows, 200);
    const second = asks.filter((a) => a.region === 'tianjin')[1]!;
    expect(second.n).toBeLessThanOrEqual(200 + 1);
    expect(asks.filter((a) => a.region !== 'tianjin').every((a) => a.n <= 101)).toBe(true);
  });

  it('leaves a region that fails in a later round out of the whole page, at its old position', async () => {
    const rows = regionRows({ tianjin: 3000, yangtze: 20, zhejiang: 20 });
    const { asks, fetch } = directories(rows, { region: 'tianjin', ask: 2 });
    const page = await mergedPage(context(), { list: 'test', regions: [...REGIONS], filter: {}, order: { field: 'NAME', direction: 'ASC' }, first: 200, after: null, withTotal: false, fetch, idOf: (r: Row) => r.id, dedupe: true });
    expect(page.pageInfo.missingRegions).toEqual([regionEnum('tianjin')]);
    expect(page.edges.every((e) => e.item.rows.every((r) => r.region !== 'tianjin'))).toBe(true);
    expect(page.edges).toHaveLength(40);
    expect(asks.filter((a) => a.region === 'tianjin')).toHaveLength(1);
    const { positions, mix } = decodeCompositeCursor(page.pageInfo.endCursor!, { list: 'test', order: 'NAME:ASC', filter: filterHash({ filter: {}, regions: [...REGIONS] }) });
    expect(mix).toEqual({ yangtze: 20, zhejiang: 20 });
    expect(positions.tianjin).toBeUndefined();
    expect(positions.yangtze).toBeDefined();
  });
});
