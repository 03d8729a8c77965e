/**
 * A firm report exported from the gateway's streamed firm export (GET /export/firms, NDJSON) rather
 * than page by page: one request, the firms in the order Query.firms pages them, each line made the
 * node a page would hold (streamed-route.ts) and shaped and written by the same code as a page, in
 * batches. The end line says how many rows there were and which regions were missing; a stream
 * without it was cut short (exit 3: run again, or page with --paged --resume). Not resumable itself.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { beginExport } from './export-start';
import { EXIT } from './exit-codes';
import type { ExportPlan } from './export-plan';
import { FORMATS } from './formats';
import { headerOf } from './report-definition';
import type { RegionGap } from './retry';
import { shapePage } from './rows';
import { firmNode, type FirmLine } from './streamed-route';
import type { ExportOptions, ExportSummary } from './export';
import { finishExport } from './export-finish';

/** Firms shaped and written together. */
const BATCH = 1000;

/** The export route beside a gateway's GraphQL URL (…/graphql → …/export/firms). */
export function firmExportUrl(gatewayUrl: string, params: URLSearchParams): string {
  const url = new URL(gatewayUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/export/firms';
  url.search = params.toString();
  return url.toString();
}

interface EndLine {
  end: { rows: number; missingRegions: string[]; errors: Array<{ message: string; extensions?: { code?: string; region?: string } }>; endCursor: string | null };
}

/**
 * Exports along the stream; `null` when the gateway does not stream it (no export route, a caller
 * without a reporting token, every export slot busy), so the caller pages instead. Nothing is
 * written before the stream has begun.
 */
export async function runStreamedExport(options: ExportOptions, plan: ExportPlan, route: { params: URLSearchParams; rowsKey: 'nodes' | 'edges' }): Promise<ExportSummary | null> {
  const { report, progress } = options;
  const format = FORMATS[options.format];
  const url = firmExportUrl(options.gatewayUrl, route.params);
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/x-ndjson', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) }, signal: AbortSignal.timeout(options.timeoutMs) });
  } catch {
    return null;
  }
  if (!response.ok || !response.body) {
    // No export route (404), no reporting token (401, 403: the route is for reporting jobs), every
    // export slot busy (503), a filter it refuses (400, which paging reports as GraphQL does): page.
    await response.body?.cancel();
    progress.warn('the streamed firm export did not take this report; paging instead', { status: response.status });
    return null;
  }

  const begun = await beginExport({ output: options.output, spooled: Boolean(format.render), resume: false, hash: plan.hash, report: report.name, format: options.format, stdout: options.stdout, progress });
  if ('failure' in begun) {
    await response.body.cancel();
    return { exit: EXIT.USAGE, rows: 0, pages: 0, regionGaps: [], message: begun.failure };
  }
  const { destination: out, target, checkpointFile } = begun;
  progress.start({ output: options.output ?? 'stdout', format: options.format, gateway: options.gatewayUrl, columns: plan.shape.columns.length, route: 'streamed', export: url });
  await out.write(format.encoding.opening(plan.shape.columns.map((column) => headerOf(report, column))));

  const startedAt = Date.now();
  let [rows, items, batches] = [0, 0, 0];
  let end: EndLine['end'] | null = null;
  let batch: ReturnType<typeof firmNode>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const connection = route.rowsKey === 'nodes' ? { nodes: batch } : { edges: batch.map((node) => ({ node })) };
    const shaped = shapePage({ firms: connection } as never, plan.shape);
    await out.write(format.encoding.page(shaped.rows, plan.shape.columns, rows));
    rows += shaped.rows.length;
    items += shaped.items;
    batches++;
    batch = [];
    progress.page({ page: batches, rows, items, total: null, rowsAtStart: 0, itemsAtStart: 0, startedAt });
  };
  try {
    const lines = createInterface({ input: Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const parsed = JSON.parse(line) as FirmLine | EndLine;
      if ('end' in parsed) {
        end = parsed.end;
        break;
      }
      batch.push(firmNode(parsed));
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } catch (error) {
    await out.close();
    return { exit: EXIT.NETWORK, rows, pages: batches, regionGaps: [], message: `the streamed export failed after ${items} firms: ${(error as Error).message}; run again (or with --paged)` };
  }
  if (!end) {
    await out.close();
    return { exit: EXIT.NETWORK, rows, pages: batches, regionGaps: [], message: `the streamed export was cut short after ${items} firms (no end line); run again (or with --paged)` };
  }
  const regionGaps: RegionGap[] = end.errors.map((e) => ({ code: e.extensions?.code ?? 'REGION_UNAVAILABLE', region: e.extensions?.region ?? '', message: e.message }));
  return finishExport({ options, columns: plan.shape.columns, out, target, checkpointFile, rows, pages: batches, regionGaps, startedAt, route: 'streamed' });
}
