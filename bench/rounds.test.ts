import { describe, expect, it } from 'vitest';
import type { LoadRow } from './report';
import { combineExportRows, combineLoadRows, roundOrder } from './rounds';

const load = (gateway: 'a' | 'b', rps: number, rss: number, errors = 0): LoadRow => ({
  workload: 'W1',
  gateway,
  result: { requests: rps * 10, seconds: 10, rps, p50: 1000 / rps, p95: 2000 / rps, p99: 3000 / rps, errors, firstError: errors ? 'boom' : null },
  usage: { peakRssMb: rss, cpuPercent: 100, seconds: 10 },
});

describe('bench rounds', () => {
  it('reverses the gateway order every other round', () => {
    expect([0, 1, 2].map((round) => roundOrder(['a', 'b', 'c', 'd'], round).join(''))).toEqual(['abcd', 'dcba', 'abcd']);
  });

  it('averages a gateway\'s rounds, keeps the highest RSS, adds errors and lists each round', () => {
    const [a, b] = combineLoadRows([load('a', 100, 200), load('b', 40, 150), load('b', 60, 140, 2), load('a', 300, 250)]);
    expect(a).toMatchObject({ gateway: 'a', result: { rps: 200, requests: 4000, seconds: 20, errors: 0 }, usage: { peakRssMb: 250, seconds: 20 }, rounds: [100, 300] });
    expect(b).toMatchObject({ gateway: 'b', result: { rps: 50, errors: 2, firstError: 'boom' }, usage: { peakRssMb: 150 }, rounds: [40, 60] });
  });

  it('leaves a single round as measured', () => {
    const row = load('a', 100, 200);
    expect(combineLoadRows([row])).toEqual([row]);
  });

  it('adds up the CPU of a load run\'s rounds, as it adds up their requests', () => {
    const [a] = combineLoadRows([
      { ...load('a', 100, 200), cpuMs: { gateway: 3000, autocannon: 500 } },
      { ...load('a', 300, 250), cpuMs: { gateway: 5000, autocannon: 700 } },
    ]);
    expect(a).toMatchObject({ result: { requests: 4000 }, cpuMs: { gateway: 8000, autocannon: 1200 } });
  });

  it('averages export rates and keeps a failure', () => {
    const usage = { peakRssMb: 100, cpuPercent: 10, seconds: 4 };
    const [row] = combineExportRows([
      { gateway: 'a', result: { rows: 10, pages: 1, seconds: 1, rowsPerSecond: 10, errors: 0 }, firstRowsPerSecond: 4, usage },
      { gateway: 'a', result: { rows: 10, pages: 1, seconds: 3, rowsPerSecond: 30, errors: 1, failure: 'page 1: 500' }, firstRowsPerSecond: 8, usage: { ...usage, peakRssMb: 120 } },
    ]);
    expect(row).toMatchObject({ result: { rowsPerSecond: 20, seconds: 2, errors: 1, failure: 'page 1: 500' }, firstRowsPerSecond: 6, usage: { peakRssMb: 120 }, rounds: [10, 30] });
  });

  it('averages each process\'s CPU of an export over the rounds, and gives none when a round has none', () => {
    const usage = { peakRssMb: 100, cpuPercent: 10, seconds: 4 };
    const result = { rows: 10, pages: 1, seconds: 1, rowsPerSecond: 10, errors: 0 };
    const [row] = combineExportRows([
      // Tianjin measured in the first round only (it had ended before the others' exports did): no mean for it.
      { gateway: 'a', result, firstRowsPerSecond: 4, usage, cpuMs: { gateway: 20, crossregion: 400, reader: 60, tianjin: 5 } },
      { gateway: 'a', result, firstRowsPerSecond: 4, usage, cpuMs: { gateway: 10, crossregion: 300, reader: 50 } },
      { gateway: 'a', result, firstRowsPerSecond: 4, usage, cpuMs: { gateway: 30, crossregion: 500, reader: 70 } },
    ]);
    expect(row!.cpuMs).toEqual({ gateway: 20, crossregion: 400, reader: 60 });
    const [partial] = combineExportRows([
      { gateway: 'a', result, firstRowsPerSecond: 4, usage, cpuMs: { gateway: 10 } },
      { gateway: 'a', result, firstRowsPerSecond: 4, usage },
    ]);
    expect(partial).not.toHaveProperty('cpuMs');
  });
});
