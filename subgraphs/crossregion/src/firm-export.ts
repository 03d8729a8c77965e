/**
 * GET /export/firms: every firm of the merged firm list (Query.firms' filter, as query parameters)
 * as one NDJSON stream, for reporting jobs; the gateway passes it on at the same path.
 *
 * Why beside GraphQL: paging a chain through Query.firms costs three GraphQL executions per row
 * (region, this layer, gateway) and a round trip per page, about 0.25 ms of CPU a row in all
 * (bench/results/history-2026-11.md). Here each region streams its matching firms in name order
 * (kit/directory/export.ts), the same k-way merge as a page (merge.ts) runs over the streams, each
 * batch of merged firms is completed with the other regions' records as a page is, and the rows are
 * written as they are merged: memory holds a few batches, whatever the export's size.
 *
 * Each line is one firm (`exportRow`); the last is `{"end": {...}}` (FirmExportSummary): rows
 * written, the regions whose part is missing with their errors, and the list's cursor after the last
 * row, which Query.firms(after:) or this route's `after` continue from. A stream without that line
 * was cut short. A region that is down or fails midway costs only its own part, as in a page.
 */
import { setMaxListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { CoopError, type RegionName } from '../../../schema/contract/errors';
import { exportRefusal } from '../../kit/auth/export-access';
import { callerOf } from '../../kit/auth/caller';
import type { FirmExportRequest } from '../../kit/directory/export';
import { ClientGoneError, NdjsonWriter, sendErrors } from '../../kit/http/ndjson';
import type { Route } from '../../kit/http/serve';
import { errorFields, type Logger } from '../../kit/log';
import { REGIONS, type CrossRegionConfig } from './config';
import { createContext, RegionFailures, type CrossRegionContext } from './context';
import { cursorScope, decodeCompositeCursor, encodeCompositeCursor, regionAfter, type CursorScope, type Positions } from './cursor';
import type { ExportMetrics, ExportOutcome } from './export-metrics';
import { completeFirms, type FirmLookup } from './loaders';
import { mergePage } from './merge';
import { mixOf } from './paging';
import { RegionFeed, type RegionTransport } from './region-client';
import { FIRM_LIST, firmQuery, isUnfiltered } from './resolvers/firms';
import { firmFromRecords, type Firm, type FirmRecord } from './types/firm';
import { directoryOrder, FirmOrderField, SortDirection } from './types/inputs';
import { Region } from './types/region';

export const FIRM_EXPORT_ROUTE = '/export/firms';

/** Merged firms completed and written together: one completion call per region per batch. */
export const EXPORT_BATCH = 1000;
/** Batches being completed at once, at most. */
const PREPARING = 4;
/** What a refused export is told to wait: a chain's export takes a second or two, the whole list about ten. */
export const EXPORT_RETRY_AFTER_S = 5;

const PARAMETERS = ['chainCode', 'linkCode', 'areaCode', 'keyword', 'scopeId', 'regions', 'direction', 'after'] as const;

/** The end line of a whole export. */
export interface FirmExportSummary {
  rows: number;
  /** Regions (as the API names them: TIANJIN…) whose part is missing from some rows on. */
  missingRegions: string[];
  /** REGION_UNAVAILABLE or REGION_TIMEOUT, one per region and kind of failure. */
  errors: Array<{ message: string; extensions: Record<string, unknown> }>;
  /** The list's cursor after the last row written; null when none was. */
  endCursor: string | null;
}

/** One line of the export: a firm as Query.firms gives it, with codes where the API has objects. */
export function exportRow(firm: Firm) {
  return {
    uscc: firm.uscc,
    name: firm.name,
    originalNames: firm.originalNames,
    shortName: firm.shortName,
    regions: firm.regions.map(apiRegion),
    areaCode: firm.area?.code ?? null,
    sampleCode: firm.sampleCode,
    cooperationCount: firm.cooperationCount,
    parentUscc: firm.parentUscc,
    chains: firm.chains.map((c) => ({ chainCode: c.chain.code, linkCode: c.link?.code ?? null, region: apiRegion(c.region), localChainName: c.localChainName, localLinkName: c.localLinkName, source: c.source, basis: c.basis, evidence: c.evidence })),
    presence: firm.presence.map((p) => ({ region: apiRegion(p.region), name: p.name, originalName: p.originalName, areaCode: p.area?.code ?? null, kind: p.kind, cooperationCount: p.cooperationCount, source: p.source })),
  };
}

/** The region as the API's Region enum writes it. */
function apiRegion(region: Region | RegionName): string {
  return region.toUpperCase();
}

export interface FirmExportQuery {
  regions: RegionName[];
  selected: RegionName[];
  filter: FirmExportRequest['filter'];
  direction: SortDirection;
  scope: CursorScope;
  start: Positions;
}

export type ParsedFirmExportQuery = { query: FirmExportQuery; error?: never } | { query?: never; error: GraphQLError };

/** The query parameters checked as Query.firms checks its arguments (the same errors, `field` naming the parameter). */
export function parseFirmExportQuery(params: URLSearchParams): ParsedFirmExportQuery {
  try {
    for (const name of params.keys()) {
      if (!(PARAMETERS as readonly string[]).includes(name)) throw CoopError.badInput(name, `${name} is not a parameter of ${FIRM_EXPORT_ROUTE}; use ${PARAMETERS.join(', ')}.`);
      if (params.getAll(name).length > 1) throw CoopError.badInput(name, `${name} is given more than once.`);
    }
    const text = (name: (typeof PARAMETERS)[number]) => params.get(name) ?? undefined;
    const regionsText = text('regions');
    const regions = regionsText?.split(',').map((r) => r.trim().toLowerCase());
    const unknown = regions?.filter((r) => !(REGIONS as readonly string[]).includes(r));
    if (unknown?.length) throw CoopError.badInput('regions', `regions must name regions from ${REGIONS.map(apiRegion).join(', ')}, comma-separated; got ${unknown.map((r) => JSON.stringify(r)).join(', ')}.`);
    const direction = (text('direction') ?? SortDirection.ASC).toUpperCase();
    if (direction !== SortDirection.ASC && direction !== SortDirection.DESC) throw CoopError.badInput('direction', 'direction must be ASC or DESC.');
    const { directory, selected, regions: listed } = firmQuery({
      chainCode: text('chainCode'),
      linkCode: text('linkCode'),
      areaCode: text('areaCode'),
      keyword: text('keyword'),
      scopeId: text('scopeId'),
      regions: regions as Region[] | undefined,
    });
    // The scope of Query.firms' cursors: the export and the list continue from each other's.
    const scope = cursorScope(FIRM_LIST, directoryOrder(FirmOrderField.NAME, direction), directory, listed);
    const after = text('after');
    const start = after ? decodeCompositeCursor(after, scope).positions : {};
    return { query: { regions: listed, selected, filter: directory, direction, scope, start } };
  } catch (error) {
    if (error instanceof GraphQLError) return { error: asParameterError(error) };
    throw error;
  }
}

/** Query.firms' checks name `filter.chainCode`; here the parameter is `chainCode`. */
function asParameterError(error: GraphQLError): GraphQLError {
  const field = error.extensions.field;
  if (typeof field !== 'string' || !field.startsWith('filter.')) return error;
  return new GraphQLError(error.message.replaceAll(field, field.slice('filter.'.length)), { extensions: { ...error.extensions, field: field.slice('filter.'.length) } });
}

/** Writes the export of `query` to `res`; every failure of a region is reported in the end line. */
async function runExport(res: ServerResponse, query: FirmExportQuery, context: () => CrossRegionContext, log: Logger, batch: number): Promise<{ outcome: Exclude<ExportOutcome, 'refused'>; rows: number }> {
  const failures = new RegionFailures();
  const stop = new AbortController();
  // Listening for the end: each region's stream, and its completion call for each batch being
  // completed. More than Node's default of 10 is this bound, not a leak (each call lets go as it ends).
  setMaxListeners(REGIONS.length * (1 + PREPARING), stop.signal);
  res.once('close', () => stop.abort());
  const { clients } = context();
  const opened = await Promise.all(
    query.regions.map(async (region) => {
      const answer = await clients[region].exportFirms({ filter: query.filter, direction: query.direction, after: regionAfter(query.start, region) }, stop.signal);
      if (answer.error) {
        failures.report(answer.error);
        return null;
      }
      return new RegionFeed(region, answer.rows.body);
    }),
  );
  let feeds = opened.filter((feed): feed is RegionFeed => feed !== null);
  const writer = new NdjsonWriter(res);
  const unfiltered = isUnfiltered(query.filter, query.regions);
  let positions: Positions = { ...query.start };
  let rows = 0;

  // A region is asked for a batch's firms through its export route, as it streams its own.
  const exportLookup: FirmLookup = (client, usccs) => client.exportedFirmsByUscc(usccs, stop.signal);
  /** A batch's lines: its firms completed with the other regions' records, serialised. */
  const prepare = async (found: FirmRecord[][]): Promise<{ text: string; count: number }> => {
    // Fresh loaders per batch: a request's loaders keep what they load, and an export is long.
    const ctx = context();
    const firms = unfiltered ? found.map(firmFromRecords) : await completeFirms(ctx, found, query.selected, exportLookup);
    for (const failure of ctx.failures.failures) failures.report(failure);
    return { text: `${firms.map((firm) => JSON.stringify(exportRow(firm))).join('\n')}\n`, count: firms.length };
  };
  // Batches are completed concurrently (each costs a round trip to the other regions) and written in order.
  const preparing: Array<Promise<{ text: string; count: number }>> = [];
  const queue = (found: FirmRecord[][]) => {
    const batch = prepare(found);
    // Observed when its turn to be written comes; until then a failure must not count as unhandled.
    batch.catch(() => undefined);
    preparing.push(batch);
  };
  const writeNext = async () => {
    const batch = await preparing.shift()!;
    await writer.write(batch.text);
    rows += batch.count;
  };

  try {
    let pending: FirmRecord[][] = [];
    for (;;) {
      await Promise.all(feeds.filter((f) => !f.ended && !f.rows.length && !f.failure).map((f) => f.fill()));
      for (const feed of feeds) if (feed.failure) failures.report(feed.failure);
      feeds = feeds.filter((f) => !f.failure);
      if (stop.signal.aborted) throw new ClientGoneError();
      if (feeds.every((f) => f.ended && !f.rows.length)) break;
      const merged = mergePage(
        feeds.map((f) => ({ region: f.region, rows: f.rows, more: !f.ended })),
        { first: batch - pending.length, direction: query.direction, idOf: (row) => row.uscc, dedupe: true, start: positions },
      );
      // Each region's rows the merge took: what its feed no longer holds.
      const used = mixOf(merged.items);
      for (const feed of feeds) if (used[feed.region]) feed.rows = feed.rows.slice(used[feed.region]);
      positions = merged.positions;
      for (const item of merged.items) pending.push(item.rows);
      if (pending.length >= batch) {
        queue(pending);
        pending = [];
        if (preparing.length >= PREPARING) await writeNext();
      }
    }
    if (pending.length) queue(pending);
    while (preparing.length) await writeNext();
    const missing = new Set(failures.regions);
    writer.end<FirmExportSummary>({
      rows,
      missingRegions: query.regions.filter((r) => missing.has(r)).map(apiRegion),
      errors: failures.errors().map((e) => ({ message: e.message, extensions: e.extensions })),
      endCursor: rows ? encodeCompositeCursor(query.scope, { positions, mix: {} }) : null,
    });
    for (const failure of failures.failures) log.warn('region missing from export', { region: failure.region, detail: failure.detail, error: failure.message });
    return { outcome: missing.size ? 'partial' : 'whole', rows };
  } catch (error) {
    stop.abort();
    if (error instanceof ClientGoneError) return { outcome: 'client_gone', rows };
    // No end line: the reader knows the export is not whole.
    log.error('firm export failed', errorFields(error));
    res.destroy();
    return { outcome: 'failed', rows };
  }
}

/** `batch`: firms completed and written together, EXPORT_BATCH unless given. */
export function firmExportRoute(options: { config: CrossRegionConfig; transport: RegionTransport; log: Logger; metrics: ExportMetrics; batch?: number }): Route {
  const { config, transport, log, metrics } = options;
  const batch = options.batch ?? EXPORT_BATCH;
  let running = 0;
  return async (req, res, url) => {
    if (req.method !== 'GET') return sendErrors(res, 405, [CoopError.badRequest(`${FIRM_EXPORT_ROUTE} is read with GET.`)]);
    const caller = callerOf(req, { keys: config.identityKeys.trusted, mode: config.mode, binding: { audience: 'crossregion', route: FIRM_EXPORT_ROUTE, content: url.search }, log });
    if (caller.refused) return sendErrors(res, caller.refused.status, [caller.refused.error]);
    const { identity } = caller;
    const refusal = exportRefusal(identity);
    if (refusal) return sendErrors(res, refusal.status, [refusal.error]);
    const parsed = parseFirmExportQuery(url.searchParams);
    if (parsed.error) return sendErrors(res, 400, [parsed.error]);
    const requestId = String(req.headers['x-request-id']);
    // An export outlives the gateway's signature (IDENTITY_MAX_AGE_MS) when it is long or read
    // slowly: each call to a region carries the caller verified above, signed anew with this layer's own key.
    const context = () => createContext(config, requestId, log, transport, identity);
    if (running >= config.maxExports) {
      metrics.refused();
      res.setHeader('retry-after', String(EXPORT_RETRY_AFTER_S));
      return sendErrors(res, 503, [CoopError.tooManyExports(running, EXPORT_RETRY_AFTER_S)]);
    }
    running++;
    metrics.started();
    let ended: Awaited<ReturnType<typeof runExport>> = { outcome: 'failed', rows: 0 };
    try {
      ended = await runExport(res, parsed.query, context, log, batch);
    } finally {
      running--;
      metrics.ended(ended.outcome, ended.rows);
    }
  };
}
