/**
 * The executor's spans, under the request's span, named as @apollo/gateway named its own (so traces
 * read as before): `gateway.plan` when an operation is planned and compiled, `gateway.execute`
 * around a request's execution, `gateway.fetch` around each subgraph fetch (the subgraph client's
 * span below it), and `gateway.deferred` around each deferred part. When the request's span is not
 * recorded (no exporter: the sampler drops every span) none is started, so tracing costs nothing
 * where nothing is exported; trace context still reaches the subgraphs through the request's span.
 */
import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

const tracer = trace.getTracer('coopgraph-gateway-executor');

export function inSpan<T>(name: string, attributes: Attributes, run: () => T): T {
  if (!trace.getActiveSpan()?.isRecording()) return run();
  return tracer.startActiveSpan(name, { attributes }, (span) => {
    let result: T;
    try {
      result = run();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      throw error;
    }
    if (result instanceof Promise) {
      return result.then(
        (value) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
          throw error;
        },
      ) as T;
    }
    span.end();
    return result;
  });
}
