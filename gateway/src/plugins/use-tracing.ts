/**
 * OpenTelemetry traces (subgraphs/kit/tracing.ts, the same setup as every subgraph's): a server span
 * for each request to /graphql (continuing the caller's traceparent when it sent one), the gateway's
 * own plan/execute/fetch spans beneath it, and a client span for each subgraph fetch whose context
 * goes to the subgraph as `traceparent`, where the subgraph's own server span continues it.
 * Retries, breaker refusals, deduplication and cache results are events on the active span. Spans
 * are exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set; without it trace context is
 * still propagated, so subgraph logs carry the trace id. Answers carry it as `x-trace-id`.
 */
import { trace } from '@opentelemetry/api';
import { startTracing, type TracingOptions } from '../../../subgraphs/kit/tracing';
import type { GatewayContext } from '../context';
import type { GatewayPlugin } from '../plugin';

export function useTracing(options: TracingOptions): GatewayPlugin & { shutdown(): Promise<void> } {
  const tracing = startTracing(options);
  const event = (name: string, attributes: Record<string, string | number>) => trace.getActiveSpan()?.addEvent(name, attributes);

  return {
    name: 'tracing',
    shutdown: () => tracing.shutdown(),
    aroundRequest: (req, res, next) => tracing.aroundRequest(req, res, next),
    apollo: tracing.apolloPlugin<GatewayContext>(),
    aroundSubgraphFetch({ subgraph, operationName }, next) {
      return tracing.clientSpan(`subgraph ${subgraph}`, { 'coopgraph.subgraph': subgraph, 'graphql.operation.name': operationName ?? '' }, () => next());
    },
    // Each deferred part sent: an event on the request's span (its fetches have spans of their own under gateway.deferred).
    willSendSubsequentPart(part) {
      const items = part.incremental ?? [];
      event('deferred part sent', { items: items.length, errors: items.reduce((n, item) => n + (item.errors?.length ?? 0), 0), hasNext: String(part.hasNext) });
    },
    onSubgraphRequest(request) {
      const headers = request.http?.headers;
      if (headers) tracing.inject((name, value) => headers.set(name, value));
    },
    events: {
      subgraphAttempt: ({ attempt, outcome, durationMs }) => event('attempt', { attempt, outcome, durationMs }),
      subgraphRetry: ({ attempt, delayMs }) => event('retry', { attempt, delayMs }),
      subgraphRejected: () => event('breaker open: failed fast', {}),
      subgraphDeduplicated: () => event('joined an identical fetch in flight', {}),
      responseCache: ({ result }) => event('response cache', { result }),
    },
  };
}
