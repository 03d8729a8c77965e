/**
 * GET /metrics: Prometheus text from the gateway's own registry — requests and their latency by
 * operation name, errors by code, each subgraph fetch's latency and every attempt's outcome,
 * retries, breaker states and transitions, deduplicated calls, response-cache results, firm exports
 * by status and how they ended, deferred parts of incremental answers (their errors counted by code
 * too), and the process's default metrics.
 */
import cluster from 'node:cluster';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS, createMetricsRegistry, metricsRoute } from '../../../subgraphs/kit/http/metrics';
import { clusterMetricsRoute } from '../workers/cluster-metrics';
import type { BreakerState } from '../subgraph-client/circuit-breaker';
import type { GatewayPlugin } from '../plugin';

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names are chosen by callers: past this many distinct ones, new names count as "other". */
const MAX_OPERATION_NAMES = 500;

export function useMetrics(options: { subgraphs: string[] }): GatewayPlugin & { registry: Registry } {
  const registry = createMetricsRegistry();
  const registers = [registry];

  const requests = new Counter({ name: 'coopgraph_gateway_requests_total', help: 'GraphQL requests answered, by operation name and type', labelNames: ['operation', 'type'], registers });
  const duration = new Histogram({ name: 'coopgraph_gateway_request_duration_seconds', help: 'Time to answer a GraphQL request, by operation name', labelNames: ['operation'], buckets: LATENCY_BUCKETS, registers });
  const errors = new Counter({ name: 'coopgraph_gateway_errors_total', help: 'Errors in GraphQL responses, by extensions.code', labelNames: ['code'], registers });
  const fetches = new Histogram({ name: 'coopgraph_gateway_subgraph_fetch_duration_seconds', help: 'Time of one fetch from a subgraph, retries included, by outcome', labelNames: ['subgraph', 'outcome'], buckets: LATENCY_BUCKETS, registers });
  const attempts = new Counter({ name: 'coopgraph_gateway_subgraph_attempts_total', help: 'HTTP attempts to subgraphs, by outcome (ok, status_5xx, network, timeout)', labelNames: ['subgraph', 'outcome'], registers });
  const retries = new Counter({ name: 'coopgraph_gateway_subgraph_retries_total', help: 'Subgraph queries sent again after a failed attempt', labelNames: ['subgraph'], registers });
  const rejected = new Counter({ name: 'coopgraph_gateway_subgraph_rejected_total', help: 'Subgraph fetches failed at once because the breaker was open', labelNames: ['subgraph'], registers });
  const deduplicated = new Counter({ name: 'coopgraph_gateway_subgraph_deduplicated_total', help: 'Subgraph queries that joined an identical one in flight', labelNames: ['subgraph'], registers });
  const breaker = new Gauge({ name: 'coopgraph_gateway_breaker_state', help: 'Circuit breaker of each subgraph: 0 closed, 1 half-open, 2 open', labelNames: ['subgraph'], registers });
  const transitions = new Counter({ name: 'coopgraph_gateway_breaker_transitions_total', help: 'Circuit breaker state changes, by the state entered', labelNames: ['subgraph', 'state'], registers });
  const exports = new Counter({ name: 'coopgraph_gateway_exports_total', help: 'Firm exports (GET /export/firms) answered, by HTTP status and how they ended (refused, unavailable, ended, cut, client_gone)', labelNames: ['status', 'outcome'], registers });
  const deferredParts = new Counter({ name: 'coopgraph_gateway_deferred_parts_total', help: 'Parts sent after the primary one of incremental (@defer) answers', registers });
  const deferredDuration = new Histogram({ name: 'coopgraph_gateway_deferred_part_duration_seconds', help: 'Time from the start of a deferred block of an incremental answer to its data being fetched', buckets: LATENCY_BUCKETS, registers });
  const cache = new Counter({ name: 'coopgraph_gateway_response_cache_total', help: 'Response cache lookups and stores, by result (hit, miss, stored, uncacheable, bypass, error)', labelNames: ['result'], registers });
  for (const subgraph of options.subgraphs) breaker.set({ subgraph }, 0);

  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined, resolved: boolean): string => {
    if (!resolved) return '(invalid)';
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (!names.has(name)) {
      if (names.size >= MAX_OPERATION_NAMES) return '(other)';
      names.add(name);
    }
    return name;
  };

  return {
    name: 'metrics',
    registry,
    // Among gateway workers (GATEWAY_WORKERS), one scrape answers for all of them.
    routes: { '/metrics': cluster.isWorker ? clusterMetricsRoute(registry) : metricsRoute(registry) },
    apollo: {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ operation, operationName, response }) {
            const label = operationLabel(operationName, operation !== undefined);
            requests.inc({ operation: label, type: operation?.operation ?? 'unknown' });
            duration.observe({ operation: label }, (performance.now() - started) / 1000);
            if (response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) {
              const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
              errors.inc({ code });
            }
          },
        };
      },
    },
    async aroundDeferredPart(_part, _context, next) {
      const started = performance.now();
      try {
        return await next();
      } finally {
        deferredDuration.observe((performance.now() - started) / 1000);
      }
    },
    willSendSubsequentPart(part) {
      deferredParts.inc();
      for (const item of part.incremental ?? []) for (const error of item.errors ?? []) errors.inc({ code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN' });
    },
    async aroundSubgraphFetch({ subgraph }, next) {
      const started = performance.now();
      let outcome = 'error';
      try {
        const result = await next();
        outcome = 'ok';
        return result;
      } finally {
        fetches.observe({ subgraph, outcome }, (performance.now() - started) / 1000);
      }
    },
    events: {
      subgraphAttempt: ({ subgraph, outcome }) => attempts.inc({ subgraph, outcome }),
      subgraphRetry: ({ subgraph }) => retries.inc({ subgraph }),
      subgraphRejected: ({ subgraph }) => rejected.inc({ subgraph }),
      subgraphDeduplicated: ({ subgraph }) => deduplicated.inc({ subgraph }),
      breakerState: ({ subgraph, state }) => {
        breaker.set({ subgraph }, BREAKER_VALUE[state]);
        transitions.inc({ subgraph, state });
      },
      responseCache: ({ result }) => cache.inc({ result }),
      firmExport: ({ status, outcome }) => exports.inc({ status: String(status), outcome }),
    },
  };
}
