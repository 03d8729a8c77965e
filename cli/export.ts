/**
 * One export: prepares the report's operation, then page by page fetches, shapes and appends rows
 * and records a checkpoint, until the paginated field has no next page; then ends (or renders) the
 * output. A resumed export cuts the output back to the checkpoint and continues after its cursor,
 * so no row is missing or written twice.
 */
import fs from 'node:fs';
import { headerOf } from './report-definition';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeCheckpoint, writeCheckpoint } from './checkpoint';
import { finishExport } from './export-finish';
import { runStreamedExport } from './export-stream';
import { streamedRoute } from './streamed-route';
import { beginExport } from './export-start';
import { EXIT, type ExitCode } from './exit-codes';
import { FORMATS } from './formats';
import { MemoryPeak } from './memory-peak';
import { fetchPage } from './page-fetcher';
import type { ProgressSnapshot } from './progress';
import type { BackoffPolicy, RegionGap } from './retry';
import { planExport, type PlanRequest } from './export-plan';
import { shapePage } from './rows';

export interface ExportOptions extends PlanRequest {
  gatewayUrl: string;
  token: string | null;
  timeoutMs: number;
  backoff: BackoffPolicy;
  pageDelayMs: number;
  /** Where rows go without --out. */
  stdout: NodeJS.WritableStream;
  /** Page through GraphQL even where the streamed firm export could serve the report. */
  paged: boolean;
}

export interface ExportSummary {
  exit: ExitCode;
  rows: number;
  pages: number;
  regionGaps: RegionGap[];
  message: string | null;
}

const fail = (exit: ExitCode, message: string): ExportSummary => ({ exit, rows: 0, pages: 0, regionGaps: [], message });

export async function runExport(options: ExportOptions): Promise<ExportSummary> {
  const { report, progress } = options;
  const format = FORMATS[options.format];

  const planned = planExport(options);
  if ('failure' in planned) return fail(planned.failure.exit, planned.failure.message);
  const { operation, shape, variables, hash } = planned.plan;

  // A firm report the streamed export can serve takes it (a resumed export goes on paging).
  const route = options.paged ? { reason: '--paged' } : options.resume ? { reason: '--resume continues a paged export' } : streamedRoute(report, operation, variables);
  if ('params' in route) {
    const streamed = await runStreamedExport(options, planned.plan, route);
    if (streamed) return streamed;
  }

  const begun = await beginExport({ output: options.output, spooled: Boolean(format.render), resume: options.resume, hash, report: report.name, format: options.format, stdout: options.stdout, progress });
  if ('failure' in begun) return fail(EXIT.USAGE, begun.failure);
  const { destination: out, target, checkpointFile, resumed } = begun;
  let { state } = begun;
  if (!resumed) {
    progress.start({ output: options.output ?? 'stdout', format: options.format, gateway: options.gatewayUrl, columns: shape.columns.length, route: 'paged', ...('reason' in route ? { why: route.reason } : {}) });
    await out.write(format.encoding.opening(shape.columns.map((column) => headerOf(report, column))));
    state = { ...state, byteOffset: out.length };
    if (checkpointFile) writeCheckpoint(checkpointFile, state);
  }

  const runId = `report-${randomBytes(4).toString('hex')}`;
  const [rowsAtStart, itemsAtStart, startedAt] = [state.rowsWritten, state.itemsFetched, Date.now()];
  const snapshot = (): ProgressSnapshot => ({
    page: state.pages,
    rows: state.rowsWritten,
    items: state.itemsFetched,
    total: state.totalCount,
    rowsAtStart,
    itemsAtStart,
    startedAt,
  });
  const memory = new MemoryPeak();
  const knownMissing = new Set(state.regionGaps.map((g) => g.region));

  const stopped = async (exit: ExitCode, message: string): Promise<ExportSummary> => {
    memory.stop();
    await out.close();
    if (!resumed && state.pages === 0 && target && checkpointFile && exit === EXIT.GRAPHQL) {
      // Nothing was exported and retrying will not help: leave no half-made output behind.
      fs.rmSync(target, { force: true });
      removeCheckpoint(checkpointFile);
    }
    const hint = checkpointFile && state.pages > 0 ? ` ${state.pages} page(s) are saved; run again with --resume to continue.` : '';
    return { exit, rows: state.rowsWritten, pages: state.pages, regionGaps: state.regionGaps, message: `${message}${exit === EXIT.NETWORK ? hint : ''}` };
  };

  while (!state.complete) {
    const page = state.pages + 1;
    const after = state.endCursor;
    const outcome = await fetchPage(
      { url: options.gatewayUrl, token: options.token, timeoutMs: options.timeoutMs, operation, variables, pageSize: options.pageSize, backoff: options.backoff, runId, knownMissing },
      page,
      after,
      (notice) => progress.warn('retrying', { ...notice }),
    );
    if ('failure' in outcome) return stopped(outcome.failure.exit, outcome.failure.reason);
    const fetched = outcome.page;
    if (fetched.hasNextPage && (fetched.endCursor === null || fetched.endCursor === after)) {
      return stopped(EXIT.GRAPHQL, `page ${page}: hasNextPage is true but the cursor did not move (${String(fetched.endCursor)})`);
    }
    for (const gap of fetched.regionGaps) {
      progress.warn('a region did not answer; its rows are missing from this page', { page, ...gap });
      knownMissing.add(gap.region);
    }

    const { rows, items } = shapePage(fetched.data, shape);
    await out.write(format.encoding.page(rows, shape.columns, state.rowsWritten));
    state = {
      ...state,
      byteOffset: out.length,
      rowsWritten: state.rowsWritten + rows.length,
      itemsFetched: state.itemsFetched + items,
      pages: page,
      endCursor: fetched.endCursor,
      complete: !fetched.hasNextPage,
      totalCount: state.totalCount ?? fetched.totalCount,
      regionGaps: [...state.regionGaps, ...fetched.regionGaps.map((g) => ({ ...g, page }))],
      updatedAt: new Date().toISOString(),
    };
    if (checkpointFile) writeCheckpoint(checkpointFile, state);
    memory.sample();
    progress.page(snapshot(), state.complete);
    if (!state.complete && options.pageDelayMs > 0) await sleep(options.pageDelayMs);
  }

  return finishExport({
    options,
    columns: shape.columns,
    out,
    target,
    checkpointFile,
    rows: state.rowsWritten,
    pages: state.pages,
    regionGaps: state.regionGaps,
    startedAt,
    route: 'paged',
    memory: memory.stop(),
  });
}
