import { describe, expect, it } from 'vitest';
import { renderExportCpu, renderLoadCpu, type ExportRow, type LoadRow } from './report';

const row = (gateway: 'a' | 'b', rows: number, cpuMs?: Record<string, number>): ExportRow => ({
  gateway,
  result: { rows, pages: 1, seconds: 1, rowsPerSecond: rows, errors: 0 },
  firstRowsPerSecond: rows,
  usage: { peakRssMb: 100, cpuPercent: 10, seconds: 1 },
  ...(cpuMs ? { cpuMs } : {}),
});

describe('W4 CPU by process', () => {
  it('gives each process\'s ms, their sum, the sum a row, and the budget a row the target leaves', () => {
    const table = renderExportCpu(
      [
        { label: 'pages', rows: [row('a', 2000, { gateway: 100, crossregion: 300, reader: 20 }), row('b', 1000)] },
        { label: 'streamed', rows: [row('a', 4000, { gateway: 10, crossregion: 70, reader: 40 })] },
      ],
      2,
    );
    const lines = table.split('\n');
    expect(lines[0]).toBe('At 50,000 rows/s, 2 cores give every process together at most 40.0 µs of CPU a row.');
    expect(lines[2]).toBe('| export | gateway | gateway ms | crossregion ms | reader ms | all ms | all µs a row |');
    // (b) has no figures: no row for it.
    expect(lines.slice(4)).toEqual(['| pages | (a) | 100 | 300 | 20 | 420 | 210.0 |', '| streamed | (a) | 10 | 70 | 40 | 120 | 30.0 |']);
  });

  it('says so when no export was measured', () => {
    expect(renderExportCpu([{ label: 'pages', rows: [row('b', 10)] }], 2)).toBe('_not measured_');
  });
});

const load = (workload: string, gateway: 'a' | 'b', rps: number, cpuMs?: Record<string, number>): LoadRow => ({
  workload,
  gateway,
  result: { requests: rps * 10, seconds: 10, rps, p50: 1, p95: 2, p99: 3, errors: 0, firstError: null },
  usage: { peakRssMb: 100, cpuPercent: 100, seconds: 10 },
  ...(cpuMs ? { cpuMs } : {}),
});

describe('load runs\' CPU by process', () => {
  it('gives each process\'s ms a request, their sum, and what 3 × (b)\'s rate leaves on the cores', () => {
    const table = renderLoadCpu(
      [
        load('W1', 'a', 200, { gateway: 4000, 'memory subgraphs': 3000, autocannon: 1000 }),
        load('W1', 'b', 100, { gateway: 8000, 'memory subgraphs': 6000, autocannon: 500 }),
        load('W2', 'a', 400, { gateway: 2000, autocannon: 400 }),
      ],
      2,
    ).split('\n');
    expect(table[0]).toBe("| workload | gateway | gateway ms | memory subgraphs ms | autocannon ms | all ms | at 3 × (b)'s rate, all may take ms |");
    // (a): 2,000 requests; 3 × (b) = 300 req/s leaves 2 cores / 300 = 6.67 ms a request.
    expect(table[2]).toBe('| W1 | (a) | 2.00 | 1.50 | 0.50 | 4.00 | 6.67 |');
    expect(table[3]).toBe('| W1 | (b) | 8.00 | 6.00 | 0.50 | 14.50 | 6.67 |');
    // No (b) in W2: no budget; no subgraph figure: a dash.
    expect(table[4]).toBe('| W2 | (a) | 0.50 | — | 0.10 | 0.60 | — |');
  });
});
