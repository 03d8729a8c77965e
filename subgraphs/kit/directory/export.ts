/**
 * POST /directory/firms.ndjson: every firm of this region that matches a directory filter, in name
 * order, one DirectoryFirmRow per line, then `{"end": {"rows": n}}` (kit/http/ndjson.ts). The
 * cross-region layer's bulk export reads this rather than paging directoryFirms: a GraphQL page
 * costs the region a field resolution per value and the cross-region layer a round trip per page.
 * Rows are read in keyset batches of MAX_DIRECTORY_PAGE and written as they come, so memory holds
 * one batch and a slow reader slows the reads. Only a reporting job may export.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { GraphQLError } from 'graphql';
import { CoopError, type RegionName } from '../../../schema/contract/errors';
import { exportRefusal } from '../auth/export-access';
import { callerOf } from '../auth/caller';
import { tooManyKeys } from '../keys';
import type { TrustedKeys } from '../auth/identity-keys';
import type { Mode } from '../config';
import { BodyTooLargeError, readBody } from '../http/apollo-handler';
import { ClientGoneError, NdjsonWriter, sendErrors } from '../http/ndjson';
import type { Route } from '../http/serve';
import { errorFields, type Logger } from '../log';
import { decodeCursor, encodeCursor } from './cursor';
import { MAX_DIRECTORY_PAGE, DirectoryQueries } from './query';
import { SortDirection, type DirectoryFilter } from './types';

export const FIRM_EXPORT_PATH = '/directory/firms.ndjson';

/** What a caller posts: the filter, the direction of name order, and where to start (a directory cursor). */
export interface FirmExportRequest {
  filter: DirectoryFilter;
  direction: SortDirection;
  after: string | null;
}

/** What the end line of a region's export says. */
export interface RegionExportSummary {
  rows: number;
}

export type ParsedFirmExport = { request: FirmExportRequest; error?: never } | { request?: never; error: GraphQLError };

const TEXT_FIELDS = ['chainCode', 'areaCode', 'keyword', 'scopeId'] as const;
const LIST_FIELDS = ['linkCodes', 'usccs'] as const;

/** The body's shape checked field by field; anything else in the filter is refused, not ignored. */
export function parseFirmExport(body: unknown): ParsedFirmExport {
  if (typeof body !== 'object' || body === null) return { error: CoopError.badInput('body', 'The body must be a JSON object: { filter, direction, after }.') };
  const { filter = {}, direction = SortDirection.ASC, after = null } = body as Record<string, unknown>;
  if (typeof filter !== 'object' || filter === null) return { error: CoopError.badInput('filter', 'filter must be an object.') };
  const parsed: DirectoryFilter = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    if ((TEXT_FIELDS as readonly string[]).includes(key) && typeof value === 'string') parsed[key as (typeof TEXT_FIELDS)[number]] = value;
    else if ((LIST_FIELDS as readonly string[]).includes(key) && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      const tooMany = tooManyKeys(value, `filter.${key}`);
      if (tooMany) return { error: tooMany };
      parsed[key as (typeof LIST_FIELDS)[number]] = value as string[];
    }
    else return { error: CoopError.badInput(`filter.${key}`, `filter.${key} is not a firm filter field of the right type (${[...TEXT_FIELDS, ...LIST_FIELDS].join(', ')}).`) };
  }
  if (direction !== SortDirection.ASC && direction !== SortDirection.DESC) return { error: CoopError.badInput('direction', 'direction must be ASC or DESC.') };
  if (after !== null && typeof after !== 'string') return { error: CoopError.badInput('after', 'after must be a directory cursor or null.') };
  if (after !== null) {
    try {
      decodeCursor(after);
    } catch (error) {
      return { error: error as GraphQLError };
    }
  }
  return { request: { filter: parsed, direction, after } };
}

/** `batch`: rows per read, MAX_DIRECTORY_PAGE unless given (tests read in small ones to cross batch ends). */
export function firmExportRoute(options: { region: RegionName; em: EntityManager; keys: TrustedKeys; mode: Mode; log: Logger; batch?: number }): Route {
  const batch = options.batch ?? MAX_DIRECTORY_PAGE;
  return async (req, res) => {
    if (req.method !== 'POST') return sendErrors(res, 405, [CoopError.badRequest(`POST a JSON body to ${FIRM_EXPORT_PATH}.`)]);
    let text: string;
    try {
      text = await readBody(req, 1024 * 1024);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return sendErrors(res, 413, [CoopError.badRequest(error.message)]);
    }
    // The identity header is bound to this body: read first, then checked.
    const caller = callerOf(req, { keys: options.keys, mode: options.mode, binding: { audience: options.region, route: FIRM_EXPORT_PATH, content: text }, log: options.log });
    if (caller.refused) return sendErrors(res, caller.refused.status, [caller.refused.error]);
    const refusal = exportRefusal(caller.identity);
    if (refusal) return sendErrors(res, refusal.status, [refusal.error]);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendErrors(res, 400, [CoopError.badRequest('The body is not JSON.')]);
    }
    const parsed = parseFirmExport(body);
    if (parsed.error) return sendErrors(res, 400, [parsed.error]);
    const { filter, direction } = parsed.request;
    const directory = new DirectoryQueries(options.em.fork(), options.region);
    const writer = new NdjsonWriter(res);
    let after = parsed.request.after;
    let rows = 0;
    try {
      for (;;) {
        const page = await directory.firmLines(filter, direction, batch, after);
        if (page.count) await writer.write(page.text);
        rows += page.count;
        if (page.count < batch || !page.last) break;
        after = encodeCursor({ sortKey: page.last.sortKey, id: page.last.uscc });
      }
      writer.end<RegionExportSummary>({ rows });
    } catch (error) {
      if (error instanceof ClientGoneError) return;
      // Without its end line the reader knows the stream is not whole.
      options.log.error('firm export failed', errorFields(error));
      res.destroy();
    }
  };
}
