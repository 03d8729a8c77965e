/**
 * The end of an export, paged or streamed alike: the format's closing, the rendering of a spooled
 * format (XLSX, HTML), the checkpoint removed, the summary logged, and the exit code — partial data
 * when a region did not answer.
 */
import fs from 'node:fs';
import { removeCheckpoint } from './checkpoint';
import { EXIT } from './exit-codes';
import type { ExportOptions, ExportSummary } from './export';
import { FORMATS } from './formats';
import type { Destination } from './output-file';
import type { RegionGap } from './retry';

export interface FinishedExport {
  options: ExportOptions;
  columns: string[];
  out: Destination;
  /** The file written (the output or its spool); null on stdout. */
  target: string | null;
  checkpointFile: string | null;
  rows: number;
  pages: number;
  regionGaps: RegionGap[];
  startedAt: number;
  /** How the rows came: GraphQL pages, or the streamed firm export. */
  route: 'paged' | 'streamed';
  memory?: Record<string, unknown>;
}

export async function finishExport(done: FinishedExport): Promise<ExportSummary> {
  const { options, out, target, rows, regionGaps } = done;
  const format = FORMATS[options.format];
  await out.write(format.encoding.closing(rows));
  await out.close();
  if (format.render && options.output && target) {
    await format.render({ report: options.report, columns: done.columns, spool: target, output: options.output, rows, regionGaps, exportedAt: new Date() });
    fs.rmSync(target, { force: true });
  }
  if (done.checkpointFile) removeCheckpoint(done.checkpointFile);

  const regions = [...new Set(regionGaps.map((g) => g.region))];
  options.progress.done({
    rows,
    pages: done.pages,
    output: options.output ?? 'stdout',
    route: done.route,
    seconds: Math.round((Date.now() - done.startedAt) / 100) / 10,
    ...(regions.length ? { missingRegions: regions } : {}),
    ...(done.memory ?? {}),
  });
  const partial = done.route === 'paged' ? ` on ${new Set(regionGaps.map((g) => g.page)).size} page(s)` : '';
  return {
    exit: regions.length ? EXIT.PARTIAL : EXIT.OK,
    rows,
    pages: done.pages,
    regionGaps,
    message: regions.length ? `partial data: ${regions.join(', ')} did not answer${partial}` : null,
  };
}
