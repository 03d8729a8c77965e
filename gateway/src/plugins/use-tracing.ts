/**
 * OpenTelemetry traces: a server span for each request to /graphql (continuing the caller's
 * traceparent when it sent one), the gateway's own plan/execute/fetch spans beneath it, and a
 * client span for each subgraph fetch whose context goes to the subgraph as `traceparent`.
 * Retries, breaker refusals, deduplication and cache results are events on the active span. Spans
 * are exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set; without it trace context is
 * still propagated, so subgraph logs carry the trace id. Answers carry it as `x-trace-id`.
 */
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type TextMapGetter } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { IncomingHttpHeaders } from 'node:http';
import type { GatewayPlugin } from '../plugin';

const headerGetter: TextMapGetter<IncomingHttpHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key.toLowerCase()],
};

export function useTracing(options: { otlpEndpoint: string | undefined; serviceName: string }): GatewayPlugin & { shutdown(): Promise<void> } {
  const exporter = options.otlpEndpoint ? new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }) : undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: exporter ? [new BatchSpanProcessor(exporter)] : [],
    // With nowhere to export, spans are not recorded (they cost ~3 % of a request, bench/); their
    // context still carries the trace id to the answer and to the subgraphs.
    ...(exporter ? {} : { sampler: new AlwaysOffSampler() }),
  });
  // Installs the AsyncLocalStorage context manager and the W3C propagator, and makes this provider
  // the one @apollo/gateway's own spans (gateway.plan, gateway.fetch…) go to.
  provider.register();
  const tracer = provider.getTracer('coopgraph-gateway');

  const event = (name: string, attributes: Record<string, string | number>) => trace.getActiveSpan()?.addEvent(name, attributes);

  return {
    name: 'tracing',
    async shutdown() {
      await provider.shutdown();
    },
    async aroundRequest(req, res, next) {
      const parent = propagation.extract(ROOT_CONTEXT, req.headers, headerGetter);
      const span = tracer.startSpan(
        'POST /graphql',
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'POST', 'url.path': '/graphql', 'coopgraph.request_id': String(req.headers['x-request-id'] ?? '') } },
        parent,
      );
      res.setHeader('x-trace-id', span.spanContext().traceId);
      try {
        await context.with(trace.setSpan(parent, span), next);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    },
    apollo: {
      async requestDidStart() {
        const span = trace.getActiveSpan();
        return {
          async didResolveOperation({ operation, operationName }) {
            if (!operation) return;
            span?.updateName(`${operation.operation} ${operationName ?? '(anonymous)'}`);
            span?.setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.name': operationName ?? '' });
          },
          async willSendResponse({ response }) {
            if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
            const codes = response.body.singleResult.errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
            span?.setAttribute('graphql.error.codes', [...new Set(codes)]);
          },
        };
      },
    },
    async aroundSubgraphFetch({ subgraph, operationName }, next) {
      return tracer.startActiveSpan(`subgraph ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { 'coopgraph.subgraph': subgraph, 'graphql.operation.name': operationName ?? '' } }, async (span) => {
        try {
          return await next();
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      });
    },
    onSubgraphRequest(request) {
      const headers = request.http?.headers;
      if (headers) propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
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
