import { describe, expect, it } from 'vitest';
import { renderExportCpu, type ExportRow } from './report';

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
