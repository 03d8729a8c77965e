/** Every built-in report parses, prepares, and declares charts over columns it has. */
import { describe, expect, it } from 'vitest';
import { prepareOperation } from './operation';
import { builtInReportNames, loadReport } from './report-catalog';
import { chartColumns, headerOf } from './report-definition';
import { rowShape } from './rows';

describe('built-in reports', () => {
  const names = builtInReportNames();

  it('are the five the reporting jobs need', () => {
    expect(names).toEqual(['chain-coverage', 'multi-region-firms', 'open-demands-by-zone', 'projects-by-chain-region', 'zhejiang-pairing-scorecard']);
  });

  it.each(names)('%s has a description, rows and charts over its own columns', (name) => {
    const loaded = loadReport(name);
    if (!('report' in loaded)) throw new Error(JSON.stringify(loaded));
    expect(loaded.report.description).toMatch(/^\p{Script=Han}.* — /u);
    const prepared = prepareOperation(loaded.report);
    if ('errors' in prepared) throw new Error(prepared.errors.join('\n'));
    const shaped = rowShape(loaded.report, prepared.operation);
    if ('errors' in shaped) throw new Error(shaped.errors.join('\n'));
    expect(loaded.report.charts.length).toBeGreaterThan(0);
    for (const column of loaded.report.charts.flatMap(chartColumns)) expect(shaped.shape.columns).toContain(column);
  });

  it.each(names)('%s gives every column a header in Chinese and English, as a person opening the file reads it', (name) => {
    const loaded = loadReport(name);
    if (!('report' in loaded)) throw new Error(JSON.stringify(loaded));
    const prepared = prepareOperation(loaded.report);
    if ('errors' in prepared) throw new Error(prepared.errors.join('\n'));
    const shaped = rowShape(loaded.report, prepared.operation);
    if ('errors' in shaped) throw new Error(shaped.errors.join('\n'));
    for (const column of shaped.shape.columns) expect(headerOf(loaded.report, column), column).toMatch(/^\p{Script=Han}.* — [A-Za-z]/u);
    // A header names a column the report has.
    for (const column of Object.keys(loaded.report.headers)) expect(shaped.shape.columns).toContain(column);
  });

  it('names the built-in reports when asked for one that does not exist', () => {
    expect(loadReport('chain-coverge')).toEqual({ usage: expect.stringContaining('built-in reports: chain-coverage, multi-region-firms') });
    expect(loadReport('./nope.graphql')).toEqual({ usage: 'no such file: ./nope.graphql' });
  });
});
