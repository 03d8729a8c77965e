/**
 * HTTP to one region's directory: the @inaccessible directory root fields, called straight at the
 * region's own subgraph URL with a per-call timeout, over the process's kept-alive connections
 * (undici, kit/http/keep-alive-client.ts). A call never throws: it answers `{ rows }` or
 * `{ error }`, so a region that is down or slow costs only its own part of an answer. Each call is a
 * CLIENT span whose context goes to the region as `traceparent`, with the request id.
 */
import { SpanStatusCode } from '@opentelemetry/api';
import DataLoader from 'dataloader';
import type { RegionFailureDetail, RegionName } from '../../../schema/contract/errors';
import type { RegionPage } from './paging';
import type { Identity } from '../../kit/auth/identity';
import type { SigningKey } from '../../kit/auth/identity-keys';
import { GRAPHQL_ROUTE, IDENTITY_HEADER, signIdentity, vouchableBy } from '../../kit/auth/signed-identity';
import { MAX_BATCHED_PAGES } from '../../kit/limits/operation-limits';
import { isTimeoutError, type HttpReply, type HttpStream, type KeepAliveClient } from '../../kit/http/keep-alive-client';
import { FIRM_EXPORT_PATH, type FirmExportRequest } from '../../kit/directory/export';
import type { SharedKey } from '../../kit/directory/overlap';
import { isEndLine, ndjsonBatches } from '../../kit/http/ndjson';
import type { Tracing } from '../../kit/tracing';
import {
  SortDirection,
  type DirectoryAggregateRow,
  type DirectoryFilter,
  type DirectoryFirmPage,
  type DirectoryFirmRow,
  type DirectoryProjectPage,
  type DirectoryProjectRow,
  type DirectoryScopeRow,
  type DirectoryOrderField,
} from '../../kit/directory/types';

/** A directory order (DirectoryOrder): firms sort by NAME or NAME_PINYIN only. */
export interface RegionOrder {
  field: `${DirectoryOrderField}`;
  direction: 'ASC' | 'DESC';
}

/** Group-by dimensions of a directory aggregate (DirectoryAggregateDimension). */
export type RegionDimension = 'CHAIN' | 'PROVINCE' | 'CITY' | 'COUNTY' | 'STATUS';

export interface RegionFailure {
  region: RegionName;
  detail: RegionFailureDetail;
  /** For the log only: clients see CoopError.regionUnavailable, never this. */
  message: string;
}

export type RegionAnswer<T> = { rows: T; error?: never } | { rows?: never; error: RegionFailure };

/** A directory call, once it has ended, as metrics and tests see it. */
export interface RegionCall {
  region: RegionName;
  operation: string;
  durationMs: number;
  /** ok, or why the region's part is missing. */
  outcome: 'ok' | RegionFailureDetail;
}

/** What every call to a region shares within the process. */
export interface RegionTransport {
  /** Kept-alive connections to the regions. */
  http: KeepAliveClient;
  tracing: Pick<Tracing, 'clientSpan' | 'inject'>;
  /** Hears of each call when it has ended (metrics; tests count round trips). */
  onCall?: (call: RegionCall) => void;
}

export interface RegionClientOptions {
  region: RegionName;
  url: string;
  timeoutMs: number;
  requestId: string;
  /**
   * The caller the gateway vouched for, and this layer's key: each call to the region carries its
   * own header, for that region and that request (kit/auth/signed-identity.ts). None: unsigned calls.
   */
  vouch?: { identity: Identity; key: SigningKey };
  transport: RegionTransport;
}

/** What one region's directory says about one aggregate: the groups and the ungrouped total. */
export interface RegionAggregate {
  rows: DirectoryAggregateRow[];
  totals: DirectoryAggregateRow[];
}

/** Firms a gap analysis may propose: those in the chain, and those serving the missing links. */
export interface CandidatePool {
  inChain: DirectoryFirmPage;
  onLinks: DirectoryFirmPage;
}

const FIRM_ROW = `uscc region name originalName shortName sortKey areaCode parentUscc sampleCode kind cooperationCount source
  chains { chainCode linkCode localChainName localLinkName source basis evidence }`;
const PROJECT_ROW = `id region title originalTitle sortKey chainCode localChainName status amountYuan amountKind amountStated dateKey dateText areaCode source
  parties { kind name uscc areaCode role }`;
const SCOPE_ROW = `id region kind name originalName areaCode source memberUsccs statedGaps { chainCode linkCode note source }
  statedLinks { chainCode linkCode note source } parents { scopeId note source } children { scopeId note source }`;
const AGGREGATE_ROW = 'chainCode areaCode status count amountYuan';

/** The largest page a region's directory serves (kit/directory/query.ts MAX_DIRECTORY_PAGE). */
export const MAX_REGION_PAGE = 1000;

/** Why the transport gave no answer: out of time, or no connection (refused, reset, DNS). */
function failureOf(region: RegionName, error: unknown): RegionFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (isTimeoutError(error)) return { region, detail: 'timeout', message };
  const code = (error as { code?: unknown } | null)?.code;
  return { region, detail: 'unreachable', message: typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message };
}

/** Why a region's export that ended without its end line counts as failed. */
const EXPORT_CUT = "the region's export stopped before its end line";

/**
 * One region's export stream (kit/directory/export.ts) as it is read: the rows read and not yet
 * taken, whether its end line came, or why it failed. The firm export merges one per region; a
 * completion call reads one to its end.
 */
export class RegionFeed {
  rows: DirectoryFirmRow[] = [];
  ended = false;
  failure?: RegionFailure;
  private readonly batches: AsyncIterator<unknown[]>;

  constructor(
    readonly region: RegionName,
    body: HttpStream['body'],
  ) {
    this.batches = ndjsonBatches(body)[Symbol.asyncIterator]();
  }

  /** Reads the next chunk's rows. */
  async fill(): Promise<void> {
    try {
      const next = await this.batches.next();
      if (next.done) {
        this.failure = { region: this.region, detail: 'error', message: EXPORT_CUT };
        return;
      }
      for (const value of next.value) {
        if (isEndLine(value)) this.ended = true;
        else this.rows.push(value as DirectoryFirmRow);
      }
    } catch (error) {
      this.failure = failureOf(this.region, error);
    }
  }
}

/** One page of firms asked of a region (the arguments of directoryFirms). */
interface FirmPageCall {
  filter: DirectoryFilter;
  order: RegionOrder;
  first: number;
  after: string | null;
  withTotal: boolean;
}

function firmPageField(alias: string, withTotal: boolean, variable: string): string {
  const total = withTotal ? 'totalCount overlap { groups { peers count } keys { uscc peers } } ' : '';
  return `${alias}: directoryFirms(filter: $f${variable}, order: $o${variable}, first: $n${variable}, after: $a${variable}) { ${total}rows { ${FIRM_ROW} } }`;
}

export class RegionClient {
  readonly region: RegionName;

  /**
   * Pages of firms asked in the same tick go to the region as one request, one aliased field each:
   * a list field under an entity list (IndustryChain.firms of 9 chains in bench W1) would otherwise
   * cost the region a request per list. The client is per incoming request, so the batch is one caller's;
   * at most MAX_BATCHED_PAGES a request, which a region's operation limits leave room for.
   */
  private readonly firmPages = new DataLoader<FirmPageCall, RegionAnswer<RegionPage<DirectoryFirmRow>>>((calls) => this.firmPageBatch(calls), { cache: false, maxBatchSize: MAX_BATCHED_PAGES });

  constructor(private readonly options: RegionClientOptions) {
    this.region = options.region;
  }

  private async firmPageBatch(calls: readonly FirmPageCall[]): Promise<Array<RegionAnswer<RegionPage<DirectoryFirmRow>>>> {
    const definitions = calls.map((_, i) => `$f${i}: DirectoryFilter!, $o${i}: DirectoryOrder!, $n${i}: Int!, $a${i}: String`).join(', ');
    const fields = calls.map((call, i) => firmPageField(`p${i}`, call.withTotal, String(i))).join('\n');
    const variables = Object.fromEntries(calls.flatMap((call, i) => [[`f${i}`, call.filter], [`o${i}`, call.order], [`n${i}`, call.first], [`a${i}`, call.after]]));
    const answer = await this.request<Record<string, DirectoryFirmPage>>('directoryFirms', `query directoryFirms(${definitions}) {\n${fields}\n}`, variables);
    return calls.map((_, i) => (answer.error ? answer : { rows: answer.rows[`p${i}`]! }));
  }

  /** One GraphQL request to the region; any failure (transport, HTTP, GraphQL errors) is a RegionFailure. */
  request<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<RegionAnswer<T>> {
    return this.observed(operation, () => this.send<T>(operation, query, variables));
  }

  /** A call inside its CLIENT span, reported once it has ended (metrics; tests count round trips). */
  private async observed<T>(operation: string, call: () => Promise<RegionAnswer<T>>): Promise<RegionAnswer<T>> {
    const { region, transport } = this.options;
    const started = performance.now();
    const answer = await transport.tracing.clientSpan(`region ${region}`, { 'coopgraph.region': region, 'graphql.operation.name': operation }, async (span) => {
      const answer = await call();
      if (answer.error) span.setStatus({ code: SpanStatusCode.ERROR, message: answer.error.detail });
      return answer;
    });
    transport.onCall?.({ region, operation, durationMs: performance.now() - started, outcome: answer.error?.detail ?? 'ok' });
    return answer;
  }

  private headers(accept: string, route: string, body: string): Record<string, string> {
    const { region, requestId, vouch, transport } = this.options;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept, 'x-request-id': requestId };
    if (vouch) headers[IDENTITY_HEADER] = signIdentity(vouchableBy(vouch.key.signer, vouch.identity), vouch.key, { audience: region, route, content: body });
    // Inside the call's span: the region's server span becomes its child.
    transport.tracing.inject((name, value) => (headers[name] = value));
    return headers;
  }

  private async send<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<RegionAnswer<T>> {
    const { region, url, timeoutMs, transport } = this.options;
    const payload = JSON.stringify({ query, variables, operationName: operation });
    const headers = this.headers('application/json', GRAPHQL_ROUTE, payload);
    let reply: HttpReply;
    try {
      reply = await transport.http.send(url, { method: 'POST', headers, body: payload, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      return { error: failureOf(region, error) };
    }
    let body: { data?: T | null; errors?: Array<{ message: string }> };
    try {
      body = JSON.parse(reply.body) as typeof body;
    } catch {
      return { error: { region, detail: 'error', message: `HTTP ${reply.status}: not a GraphQL response` } };
    }
    if (body.errors?.length || body.data == null) {
      return { error: { region, detail: 'error', message: `HTTP ${reply.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}` } };
    }
    return { rows: body.data };
  }

  private async field<K extends string, T>(operation: string, field: K, query: string, variables: Record<string, unknown>): Promise<RegionAnswer<T>> {
    const answer = await this.request<Record<K, T>>(operation, query, variables);
    return answer.error ? answer : { rows: answer.rows[field] };
  }

  /**
   * The region's bulk export of firms (kit/directory/export.ts), its body still to be read. No
   * overall time limit: an export runs as long as it has rows; the transport's timeout bounds the
   * wait for the headers and for each chunk. `signal` stops it early.
   */
  async exportFirms(request: FirmExportRequest, signal: AbortSignal): Promise<RegionAnswer<HttpStream>> {
    const { region, url, transport } = this.options;
    let stream: HttpStream;
    try {
      const body = JSON.stringify(request);
      stream = await transport.http.stream(new URL(FIRM_EXPORT_PATH, url).href, { method: 'POST', headers: this.headers('application/x-ndjson', FIRM_EXPORT_PATH, body), body, signal });
    } catch (error) {
      return { error: failureOf(region, error) };
    }
    if (stream.status === 200) return { rows: stream };
    const text = await stream.body.text();
    return { error: { region, detail: 'error', message: `HTTP ${stream.status}: ${text.slice(0, 500)}` } };
  }

  /**
   * Firms by credit code, read whole from the export route: the firm export completes a thousand
   * firms a batch, and firmsByUscc's GraphQL answer would cost the region a field resolution per value.
   */
  exportedFirmsByUscc(usccs: readonly string[], signal: AbortSignal): Promise<RegionAnswer<DirectoryFirmRow[]>> {
    return this.observed('exportedFirmsByUscc', async () => {
      const answer = await this.exportFirms({ filter: { usccs: [...usccs] }, direction: SortDirection.ASC, after: null }, signal);
      if (answer.error) return answer;
      const feed = new RegionFeed(this.options.region, answer.rows.body);
      while (!feed.ended && !feed.failure) await feed.fill();
      return feed.failure ? { error: feed.failure } : { rows: feed.rows };
    });
  }

  /** A page of firms; the region counts every match too only `withTotal` (a count can cost more than the page). */
  firms(filter: DirectoryFilter, order: RegionOrder, first: number, after: string | null, withTotal = true): Promise<RegionAnswer<RegionPage<DirectoryFirmRow>>> {
    return this.firmPages.load({ filter, order, first, after, withTotal });
  }

  firmsByUscc(usccs: readonly string[]): Promise<RegionAnswer<DirectoryFirmRow[]>> {
    return this.field('directoryFirmsByUscc', 'directoryFirmsByUscc', `query directoryFirmsByUscc($usccs: [ID!]!) { directoryFirmsByUscc(usccs: $usccs) { ${FIRM_ROW} } }`, { usccs });
  }

  /** Which of some firms match a filter in this region, with the regions that also record them. */
  firmMatches(filter: DirectoryFilter, usccs: readonly string[]): Promise<RegionAnswer<SharedKey[]>> {
    return this.field('directoryFirmMatches', 'directoryFirmMatches', 'query directoryFirmMatches($filter: DirectoryFilter!, $usccs: [ID!]!) { directoryFirmMatches(filter: $filter, usccs: $usccs) { uscc peers } }', { filter, usccs });
  }

  projects(filter: DirectoryFilter, order: RegionOrder, first: number, after: string | null, withTotal = true): Promise<RegionAnswer<RegionPage<DirectoryProjectRow>>> {
    return this.field('directoryProjects', 'directoryProjects', `query directoryProjects($filter: DirectoryFilter!, $order: DirectoryOrder!, $first: Int!, $after: String) {
      directoryProjects(filter: $filter, order: $order, first: $first, after: $after) { ${withTotal ? 'totalCount ' : ''}rows { ${PROJECT_ROW} } } }`, { filter, order, first, after });
  }

  projectsById(ids: readonly string[]): Promise<RegionAnswer<DirectoryProjectRow[]>> {
    return this.field('directoryProjectsById', 'directoryProjectsById', `query directoryProjectsById($ids: [ID!]!) { directoryProjectsById(ids: $ids) { ${PROJECT_ROW} } }`, { ids });
  }

  /** The groups and the ungrouped totals in one round trip. */
  aggregate(entity: 'FIRM' | 'PROJECT', filter: DirectoryFilter, groupBy: RegionDimension[]): Promise<RegionAnswer<RegionAggregate>> {
    return this.request('directoryAggregate', `query directoryAggregate($entity: String!, $filter: DirectoryFilter!, $groupBy: [String!]!) {
      rows: directoryAggregate(entity: $entity, filter: $filter, groupBy: $groupBy) { ${AGGREGATE_ROW} }
      totals: directoryAggregate(entity: $entity, filter: $filter, groupBy: []) { ${AGGREGATE_ROW} } }`, { entity, filter, groupBy });
  }

  scopes(ids: string[] | null, keyword: string | null): Promise<RegionAnswer<DirectoryScopeRow[]>> {
    return this.field('directoryScopes', 'directoryScopes', `query directoryScopes($ids: [ID!], $keyword: String) { directoryScopes(ids: $ids, keyword: $keyword) { ${SCOPE_ROW} } }`, { ids, keyword });
  }

  /** Firms in a chain and firms serving some links (any chain), in one round trip. */
  candidatePool(chainCode: string, linkCodes: string[]): Promise<RegionAnswer<CandidatePool>> {
    return this.request('directoryCandidates', `query directoryCandidates($inChain: DirectoryFilter!, $onLinks: DirectoryFilter!, $order: DirectoryOrder!, $first: Int!) {
      inChain: directoryFirms(filter: $inChain, order: $order, first: $first) { totalCount rows { ${FIRM_ROW} } }
      onLinks: directoryFirms(filter: $onLinks, order: $order, first: $first) { totalCount rows { ${FIRM_ROW} } } }`, {
      inChain: { chainCode },
      onLinks: { linkCodes },
      order: { field: 'NAME', direction: 'ASC' },
      first: MAX_REGION_PAGE,
    });
  }
}
