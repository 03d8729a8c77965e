/**
 * Fetches one page of a report: sends the operation with the cursor, retries transient failures
 * with backoff, and reads where the page ends from the paginated field's pageInfo.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { EXIT, type ExitCode } from './exit-codes';
import type { PreparedOperation } from './operation';
import { backoffMs, judge, type BackoffPolicy, type RegionGap } from './retry';
import { valuesAt, type Json } from './row-path';
import { send, type GraphQLFormattedError, type GraphQLRequest } from './transport';

export interface FetchPlan {
  url: string;
  token: string | null;
  timeoutMs: number;
  operation: PreparedOperation;
  variables: Record<string, unknown>;
  /** Sets the paginated field's `first` variable, when given. */
  pageSize: number | null;
  backoff: BackoffPolicy;
  runId: string;
  /** Regions that stayed missing through every retry of an earlier page: a later page missing only them is not retried again. */
  knownMissing: ReadonlySet<string>;
}

export interface FetchedPage {
  data: Json;
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
  regionGaps: RegionGap[];
}

export interface RetryNotice {
  page: number;
  attempt: number;
  delayMs: number;
  reason: string;
}

export type PageOutcome = { page: FetchedPage } | { failure: { exit: ExitCode; reason: string; errors: GraphQLFormattedError[] } };

function readPagination(data: Json, operation: PreparedOperation): Omit<FetchedPage, 'data' | 'regionGaps'> | string {
  const { pagination } = operation;
  if (!pagination) return { endCursor: null, hasNextPage: false, totalCount: null };
  const found = valuesAt(data, pagination.path);
  if (found.crossedList || found.values.length > 1) return `the paginated field ${pagination.path.join('.')} lies inside a list; an export follows one cursor`;
  const connection = found.values[0];
  if (connection === undefined || typeof connection !== 'object' || connection === null || Array.isArray(connection)) return { endCursor: null, hasNextPage: false, totalCount: null };
  const pageInfo = connection.pageInfo as { hasNextPage?: unknown; endCursor?: unknown } | null | undefined;
  const total = pagination.totalCountKey ? connection[pagination.totalCountKey] : null;
  return {
    endCursor: typeof pageInfo?.endCursor === 'string' ? pageInfo.endCursor : null,
    hasNextPage: pageInfo?.hasNextPage === true,
    totalCount: typeof total === 'number' ? total : null,
  };
}

export async function fetchPage(plan: FetchPlan, page: number, after: string | null, onRetry: (notice: RetryNotice) => void): Promise<PageOutcome> {
  const { operation } = plan;
  const variables: Record<string, unknown> = { ...plan.variables };
  if (operation.pagination) {
    variables[operation.pagination.afterVariable] = after;
    if (plan.pageSize !== null && operation.pagination.firstVariable) variables[operation.pagination.firstVariable] = plan.pageSize;
  }
  const query = page === 1 ? operation.firstPageQuery : operation.nextPageQuery;
  for (let attempt = 0; ; attempt++) {
    const request: GraphQLRequest = {
      url: plan.url,
      query,
      variables,
      operationName: operation.operationName,
      token: plan.token,
      timeoutMs: plan.timeoutMs,
      requestId: `${plan.runId}-p${page}-a${attempt + 1}`,
    };
    const verdict = judge(await send(request));
    if (verdict.kind === 'fail') return { failure: verdict };
    let use: { data: Json; regionGaps: RegionGap[] } | null = verdict.kind === 'use' ? verdict : null;
    if (verdict.kind === 'retry') {
      const onlyKnownGaps = verdict.fallback?.regionGaps.every((g) => plan.knownMissing.has(g.region)) ?? false;
      if (attempt < plan.backoff.retries && !onlyKnownGaps) {
        const delayMs = backoffMs(attempt, plan.backoff, verdict.retryAfterMs);
        onRetry({ page, attempt: attempt + 1, delayMs, reason: verdict.reason });
        await sleep(delayMs);
        continue;
      }
      if (!verdict.fallback) return { failure: { exit: EXIT.NETWORK, reason: `page ${page}: ${verdict.reason} (after ${attempt + 1} attempts)`, errors: [] } };
      use = verdict.fallback;
    }
    const pagination = readPagination(use!.data, operation);
    if (typeof pagination === 'string') return { failure: { exit: EXIT.GRAPHQL, reason: pagination, errors: [] } };
    return { page: { data: use!.data, regionGaps: use!.regionGaps, ...pagination } };
  }
}
