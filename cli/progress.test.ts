import { describe, expect, it } from 'vitest';
import { barLine, etaSeconds, Progress, type ProgressSnapshot } from './progress';

const snapshot: ProgressSnapshot = { page: 6, rows: 1200, items: 1200, total: 5000, rowsAtStart: 0, itemsAtStart: 0, startedAt: 0 };

describe('progress', () => {
  it('shows a bar with rows, rate and ETA', () => {
    expect(barLine(snapshot, 2000, 10)).toBe('[##--------]  24% · 1,200 rows · 600 rows/s · ETA 0:06 · page 6');
    expect(barLine({ ...snapshot, total: null }, 2000)).toBe('1,200 rows · 600 rows/s · page 6');
  });

  it('estimates from this run\'s own rate when resumed', () => {
    expect(etaSeconds({ ...snapshot, rowsAtStart: 1000, itemsAtStart: 1000 }, 1000)).toBe(19);
    expect(etaSeconds({ ...snapshot, items: 0 }, 1000)).toBeNull();
  });

  it('logs JSON lines off a terminal, at most one page line a second, every warning', () => {
    const lines: string[] = [];
    let now = 0;
    const progress = new Progress({ write: (t: string) => lines.push(t) }, 'log', 'chain-coverage', () => now);
    progress.page({ ...snapshot, page: 1 });
    now = 500;
    progress.page({ ...snapshot, page: 2 });
    progress.warn('retrying', { page: 2 });
    now = 1600;
    progress.page({ ...snapshot, page: 3 });
    progress.done({ rows: 1200 });
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => [p.level, p.msg, p.page])).toEqual([
      ['info', 'page', 1],
      ['warn', 'retrying', 2],
      ['info', 'page', 3],
      ['info', 'export finished', undefined],
    ]);
    expect(parsed[0]).toMatchObject({ service: 'coopgraph-report', report: 'chain-coverage', rows: 1200, total: 5000, etaSeconds: expect.any(Number) });
  });

  it('redraws one line on a terminal and keeps it when done', () => {
    let out = '';
    const progress = new Progress({ write: (t: string) => (out += t) }, 'bar', 'r', () => 2000);
    progress.page(snapshot);
    progress.warn('retrying', { page: 7 });
    progress.page({ ...snapshot, page: 7 }, true);
    progress.done({ rows: 1200 });
    expect(out).toBe('\r\x1b[2Kr [######------------------]  24% · 1,200 rows · 600 rows/s · ETA 0:06 · page 6\r\x1b[2Kwarn: retrying (page=7)\n\r\x1b[2Kr [######------------------]  24% · 1,200 rows · 600 rows/s · ETA 0:06 · page 7\nexport finished (rows=1200)\n');
  });
});
