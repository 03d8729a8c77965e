import { describe, expect, it } from 'vitest';
import type { RegionName } from '../../../schema/contract/errors';
import type { Positions } from './cursor';
import { compareKeys, mergePage, type Direction } from './merge';

interface Row {
  sortKey: string;
  id: string;
}
const row = (sortKey: string, id: string): Row => ({ sortKey, id });
const idOf = (r: Row) => r.id;

/**
 * A region's directory as the merge sees it: its rows sorted by (sort key, id) in the direction,
 * answering up to `n` rows after a position. The same contract kit/directory/query.ts serves.
 */
function regionSource(rows: Row[], direction: Direction) {
  const sorted = [...rows].sort((a, b) => compareKeys(a, b, direction));
  return (after: Row | undefined, n: number) => sorted.filter((r) => !after || compareKeys(r, after, direction) > 0).slice(0, n);
}

function pageThrough(sources: Record<string, ReturnType<typeof regionSource>>, first: number, direction: Direction, dedupe: boolean) {
  let positions: Positions = {};
  const seen: string[][] = [];
  for (let guard = 0; guard < 100; guard++) {
    const streams = Object.entries(sources).map(([region, source]) => ({
      region: region as RegionName,
      rows: source(positions[region as RegionName] as Row | undefined, first + 1),
    }));
    const page = mergePage(streams, { first, direction, idOf, dedupe, start: positions });
    seen.push(...page.items.map((item) => item.rows.map((r) => `${r.region}/${r.row.id}`)));
    positions = page.positions;
    if (!page.hasNextPage) return seen;
  }
  throw new Error('did not finish');
}

describe('mergePage', () => {
  it('takes the smallest head each time: sort key, then id', () => {
    const page = mergePage(
      [
        { region: 'tianjin', rows: [row('0a', 'T1'), row('0c', 'T2')] },
        { region: 'zhejiang', rows: [row('0a', 'Z0'), row('0b', 'Z1')] },
      ],
      { first: 10, direction: 'ASC', idOf, dedupe: false },
    );
    expect(page.items.map((i) => i.rows[0]!.row.id)).toEqual(['T1', 'Z0', 'Z1', 'T2']);
    expect(page.hasNextPage).toBe(false);
  });

  it('reverses both parts for DESC', () => {
    const page = mergePage(
      [
        { region: 'tianjin', rows: [row('0c', 'T2'), row('0a', 'T1')] },
        { region: 'zhejiang', rows: [row('0b', 'Z1'), row('0a', 'Z0')] },
      ],
      { first: 10, direction: 'DESC', idOf, dedupe: false },
    );
    expect(page.items.map((i) => i.rows[0]!.row.id)).toEqual(['T2', 'Z1', 'Z0', 'T1']);
  });

  it('merges one firm that two regions record, and advances both regions past it', () => {
    const page = mergePage(
      [
        { region: 'tianjin', rows: [row('01', 'A'), row('02', 'B')] },
        { region: 'yangtze', rows: [row('01', 'A'), row('03', 'C')] },
      ],
      { first: 1, direction: 'ASC', idOf, dedupe: true },
    );
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.rows.map((r) => r.region)).toEqual(['tianjin', 'yangtze']);
    expect(page.positions).toEqual({ tianjin: { sortKey: '01', id: 'A' }, yangtze: { sortKey: '01', id: 'A' } });
    expect(page.hasNextPage).toBe(true);
  });

  it('keeps the start position of a region that gave nothing (missing or exhausted)', () => {
    const start: Positions = { zhejiang: { sortKey: '05', id: 'Z5' }, tianjin: { sortKey: '01', id: 'T1' } };
    const page = mergePage([{ region: 'tianjin', rows: [row('02', 'T2')] }], { first: 5, direction: 'ASC', idOf, dedupe: true, start });
    expect(page.positions).toEqual({ zhejiang: { sortKey: '05', id: 'Z5' }, tianjin: { sortKey: '02', id: 'T2' } });
    expect(page.items[0]!.positions).toEqual(page.positions);
  });

  it('gives every edge the positions after it, so any edge cursor resumes right after it', () => {
    const page = mergePage(
      [
        { region: 'tianjin', rows: [row('01', 'T1'), row('03', 'T3')] },
        { region: 'yangtze', rows: [row('02', 'Y2')] },
      ],
      { first: 3, direction: 'ASC', idOf, dedupe: false },
    );
    expect(page.items.map((i) => i.positions)).toEqual([
      { tianjin: { sortKey: '01', id: 'T1' } },
      { tianjin: { sortKey: '01', id: 'T1' }, yangtze: { sortKey: '02', id: 'Y2' } },
      { tianjin: { sortKey: '03', id: 'T3' }, yangtze: { sortKey: '02', id: 'Y2' } },
    ]);
  });

  it('reports a next page only while a fetched row is left unconsumed', () => {
    const streams = [{ region: 'tianjin' as const, rows: [row('01', 'T1'), row('02', 'T2')] }];
    expect(mergePage(streams, { first: 1, direction: 'ASC', idOf, dedupe: false }).hasNextPage).toBe(true);
    expect(mergePage(streams, { first: 2, direction: 'ASC', idOf, dedupe: false }).hasNextPage).toBe(false);
  });

  describe('paging through equals the unpaginated merge', () => {
    // Overlapping firms (same key in several regions), equal sort keys with different ids, empty region.
    const tianjin = [row('10', 'A'), row('20', 'B'), row('20', 'C'), row('40', 'E'), row('60', 'G')];
    const yangtze = [row('20', 'B'), row('30', 'D'), row('40', 'E'), row('50', 'F')];
    const zhejiang = [row('05', 'Z'), row('20', 'BB'), row('40', 'E'), row('70', 'H'), row('80', 'I')];
    for (const direction of ['ASC', 'DESC'] as const) {
      for (const dedupe of [true, false]) {
        it(`${direction}, dedupe ${dedupe}`, () => {
          const sources = { tianjin: regionSource(tianjin, direction), yangtze: regionSource(yangtze, direction), zhejiang: regionSource(zhejiang, direction) };
          const whole = pageThrough(sources, 200, direction, dedupe);
          expect(whole.length).toBe(dedupe ? 11 : 14);
          for (const first of [1, 2, 3, 4]) expect(pageThrough(sources, first, direction, dedupe)).toEqual(whole);
        });
      }
    }
  });
});
