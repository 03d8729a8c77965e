/**
 * OpenTelemetry for every process — the gateway, the regions and the cross-region layer alike:
 *
 * - spans are exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and not even recorded
 *   otherwise (they cost ~3 % of a request, bench/); their context still flows, so the trace id
 *   reaches the answer (`x-trace-id`), the logs and the next service;
 * - a SERVER span around each GraphQL request continues the caller's `traceparent` and is named by
 *   the operation (`query Firm360`), with the answer's error codes;
 * - a CLIENT span around each call to another service, whose context goes with the call as
 *   `traceparent`, so one trace runs from the gateway through the cross-region layer to each region.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { OTLPTraceExporter as OtlpExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface TracingOptions {
  /** OTLP/HTTP collector (OTEL_EXPORTER_OTLP_ENDPOINT, kit/config.ts otlpEndpointOf); spans go to `<endpoint>/v1/traces`. */
  otlpEndpoint: string | undefined;
  /** `service.name` of this process's spans. */
  serviceName: string;
}

export interface Tracing {
  tracer: Tracer;
  /**
   * Runs `next` (the handling of one request: GraphQL, or a bulk export) inside a SERVER span named
   * by method and path, continuing the caller's trace.
   */
  aroundRequest(req: IncomingMessage, res: ServerResponse, next: () => Promise<void>): Promise<void>;
  /** Names the request's span by its operation and records the codes of the errors it answered with. */
  apolloPlugin<C extends BaseContext>(): ApolloServerPlugin<C>;
  /** Runs `call` inside a CLIENT span; a throw marks the span failed, `call` may mark it failed too. */
  clientSpan<T>(name: string, attributes: Attributes, call: (span: Span) => Promise<T>): Promise<T>;
  /** Writes the active trace context (`traceparent`, `tracestate`) into outgoing headers. */
  inject(set: (name: string, value: string) => void): void;
  /** Sends the spans still buffered. */
  shutdown(): Promise<void>;
}

const headerGetter: TextMapGetter<IncomingHttpHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key.toLowerCase()],
};

function otlpExporter(url: string): OtlpExporter {
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  return new OTLPTraceExporter({ url });
}

export function startTracing(options: TracingOptions): Tracing {
  // The exporter is loaded only when there is somewhere to send spans (~8 MB of resident memory).
  const exporter = options.otlpEndpoint ? otlpExporter(`${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces`) : undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: exporter ? [new BatchSpanProcessor(exporter)] : [],
    ...(exporter ? {} : { sampler: new AlwaysOffSampler() }),
  });
  // Installs the AsyncLocalStorage context manager and the W3C propagator, and makes this provider
  // the one libraries' own spans go to (@apollo/gateway's gateway.plan, gateway.fetch…). In a
  // process that runs several services (tests), the first registered stays global; each service's
  // own spans still go to its own provider through `tracer`.
  provider.register();
  const tracer = provider.getTracer(options.serviceName);

  return {
    tracer,
    async aroundRequest(req, res, next) {
      const parent = propagation.extract(ROOT_CONTEXT, req.headers, headerGetter);
      const path = (req.url ?? '/graphql').split('?')[0]!;
      const span = tracer.startSpan(
        `${req.method ?? 'POST'} ${path}`,
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'POST', 'url.path': path, 'coopgraph.request_id': String(req.headers['x-request-id'] ?? '') } },
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
    apolloPlugin() {
      return {
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
      };
    },
    clientSpan(name, attributes, call) {
      return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
        try {
          return await call(span);
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      });
    },
    inject(set) {
      propagation.inject(context.active(), set, { set: (carrier, key, value) => carrier(key, value) });
    },
    async shutdown() {
      await provider.shutdown();
    },
  };
}
