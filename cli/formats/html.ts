/**
 * HTML: a self-contained page of the report's charts (formats/html-page.ts), summed from the row
 * spool once every page is in. Vega is loaded only when a page is drawn.
 */
import fs from 'node:fs';
import { ChartData } from '../charts/chart-data';
import { readSpool } from '../spool';
import type { Format, RenderContext } from './format';
import { ndjson } from './ndjson';

async function render(context: RenderContext): Promise<void> {
  const charts = context.report.charts.map((chart) => new ChartData(chart));
  for await (const row of readSpool(context.spool)) for (const data of charts) data.add(row);
  const temporary = `${context.output}.tmp`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderPage } = require('./html-page') as typeof import('./html-page');
  fs.writeFileSync(temporary, await renderPage(context, charts));
  fs.renameSync(temporary, context.output);
}

export const html: Format = { name: 'html', encoding: ndjson.encoding, render };
