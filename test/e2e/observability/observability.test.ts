/**
 * Issue 5: what an operator sees. /metrics counts exactly what this test did (requests and latency
 * by operation name, errors by code, subgraph fetches, cache hits, deduplicated calls); traces
 * reach an OTLP/HTTP collector with the subgraph fetches under the request and the trace context
 * passed on to the subgraphs; and every log line written for a request, in the gateway and in the
 * subgraphs, is JSON carrying its request id.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessName } from '../../../scripts/system';
import { scrapeMetrics as metrics, until } from '../../support/observe';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';
import { FIRM_360 } from '../queries';

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  events: string[];
}

/** A minimal OTLP/HTTP trace receiver (JSON encoding), standing where a collector would. */
async function startCollector() {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces' && body) {
        const payload = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<Record<string, any>> }> }> };
        for (const resource of payload.resourceSpans)
          for (const scope of resource.scopeSpans)
            for (const s of scope.spans)
              spans.push({
                traceId: s.traceId,
                spanId: s.spanId,
                parentSpanId: s.parentSpanId || undefined,
                name: s.name,
                kind: s.kind,
                attributes: Object.fromEntries((s.attributes ?? []).map((a: { key: string; value: Record<string, unknown> }) => [a.key, Object.values(a.value)[0]])),
                events: (s.events ?? []).map((e: { name: string }) => e.name),
              });
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, close: () => new Promise((r) => server.close(r)) };
}

describe('observability', () => {
  let system: TestSystem;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  /** A firm every region records something about (天津海慧电力技术有限公司). */
  let uscc: string;
  beforeAll(async () => {
    collector = await startCollector();
    system = await startTestSystem({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'debug' });
    const found = await graphql<{ firms: { nodes: Array<{ uscc: string }> } }>(system.gatewayUrl, '{ firms(filter: { keyword: "海慧" }) { nodes { uscc } } }');
    uscc = found.data!.firms.nodes[0]!.uscc;
  });
  afterAll(async () => {
    await system?.stopAll();
    await collector?.close();
  });

  it('counts in /metrics what this test did', async () => {
    const gateway = system.gatewayUrl;
    const before = await metrics(gateway);
    const delta = async (series: string) => ((await metrics(gateway)).get(series) ?? 0) - (before.get(series) ?? 0);

    // Three times the same query: one miss (one fetch from yangtze), then two hits.
    const probe = 'query MetricsProbe { yangtze { funds { key name } } }';
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await graphql(gateway, probe));
    expect(answers.map((a) => a.headers.get('x-cache'))).toEqual(['MISS', 'HIT', 'HIT']);
    // One invalid document.
    const invalid = await graphql(gateway, 'query Broken { yangtze { noSuchField } }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Five identical queries at once while Tianjin is paused: one fetch, four joined it.
    const tianjin = system.pid('tianjin')!;
    process.kill(tianjin, 'SIGSTOP');
    let burst;
    try {
      burst = Array.from({ length: 5 }, (_, i) => graphql(gateway, 'query BurstProbe { tianjin { alliances { key } } }', undefined, { 'x-request-id': `burst-${i}` }));
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      process.kill(tianjin, 'SIGCONT');
    }
    const bursts = await Promise.all(burst);
    expect(bursts.every((b) => !b.errors && b.data)).toBe(true);

    expect(await delta('coopgraph_gateway_requests_total{operation="MetricsProbe",type="query"}')).toBe(3);
    expect(await delta('coopgraph_gateway_request_duration_seconds_count{operation="MetricsProbe"}')).toBe(3);
    expect(await delta('coopgraph_gateway_requests_total{operation="(invalid)",type="unknown"}')).toBe(1);
    expect(await delta('coopgraph_gateway_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(await delta('coopgraph_gateway_requests_total{operation="BurstProbe",type="query"}')).toBe(5);
    expect(await delta('coopgraph_gateway_response_cache_total{result="hit"}')).toBe(2);
    // Misses and stores: the probe's first, and each of the five concurrent burst requests.
    expect(await delta('coopgraph_gateway_response_cache_total{result="miss"}')).toBe(6);
    expect(await delta('coopgraph_gateway_response_cache_total{result="stored"}')).toBe(6);
    expect(await delta('coopgraph_gateway_subgraph_fetch_duration_seconds_count{subgraph="yangtze",outcome="ok"}')).toBe(1);
    expect(await delta('coopgraph_gateway_subgraph_attempts_total{subgraph="tianjin",outcome="ok"}')).toBe(1);
    expect(await delta('coopgraph_gateway_subgraph_deduplicated_total{subgraph="tianjin"}')).toBe(4);
    expect(await delta('coopgraph_gateway_subgraph_fetch_duration_seconds_count{subgraph="tianjin",outcome="ok"}')).toBe(5);
    expect((await metrics(gateway)).get('coopgraph_gateway_breaker_state{subgraph="tianjin"}')).toBe(0);
  });

  it('exports a trace with each subgraph fetch under the request, and passes the trace on to the subgraphs', async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const answer = await graphql(system.gatewayUrl, FIRM_360.replace('query Firm360', 'query TraceProbe'), { uscc }, { traceparent });
    expect(answer.errors).toBeUndefined();
    expect(answer.headers.get('x-trace-id')).toBe(traceId);

    const spans = await until('the trace at the collector', () => {
      const trace = collector.spans.filter((s) => s.traceId === traceId);
      return trace.some((s) => s.name === 'query TraceProbe') && trace.filter((s) => s.name.startsWith('subgraph ')).length >= 2 ? trace : undefined;
    });
    const root = spans.find((s) => s.name === 'query TraceProbe')!;
    expect(root.kind).toBe(2); // SERVER
    expect(root.attributes['graphql.operation.name']).toBe('TraceProbe');
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const underRoot = (s: ReceivedSpan): boolean => (s.parentSpanId === root.spanId ? true : s.parentSpanId && byId.has(s.parentSpanId) ? underRoot(byId.get(s.parentSpanId)!) : false);
    const fetches = spans.filter((s) => s.name.startsWith('subgraph '));
    expect(fetches.every(underRoot)).toBe(true);
    expect(fetches.every((s) => s.kind === 3)).toBe(true); // CLIENT
    expect(new Set(fetches.map((s) => s.attributes['coopgraph.subgraph']))).toContain('crossregion');
    // @apollo/gateway's own spans are in the same trace.
    expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.plan', 'gateway.execute', 'gateway.fetch']));
    // Each subgraph saw the trace: its log line for the request carries the trace id.
    for (const name of fetches.map((s) => String(s.attributes['coopgraph.subgraph']))) {
      expect(system.logs(name as ProcessName)).toContain(`"traceId":"${traceId}"`);
    }
  });

  it('writes every log line of a request as JSON with its request id, in the gateway and in each subgraph', async () => {
    const names: ProcessName[] = ['gateway', 'crossregion', 'tianjin', 'yangtze', 'zhejiang'];
    const marks = Object.fromEntries(names.map((n) => [n, system.logs(n).length]));
    const requestId = `obs-${randomBytes(6).toString('hex')}`;
    // Firm 360 reaches every subgraph: the gateway fetches from crossregion and the regions, and
    // crossregion calls each region's directory itself.
    const answer = await graphql(system.gatewayUrl, FIRM_360, { uscc }, { 'x-request-id': requestId });
    expect(answer.errors).toBeUndefined();
    expect(answer.headers.get('x-request-id')).toBe(requestId);
    await new Promise((r) => setTimeout(r, 200));

    for (const name of names) {
      const lines = system.logs(name).slice(marks[name]).split('\n').filter(Boolean);
      const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const mine = parsed.filter((l) => l.requestId === requestId);
      expect(mine.length, `${name} logged the request`).toBeGreaterThan(0);
      // Nothing written while requests were handled lacks a request id.
      expect(parsed.filter((l) => typeof l.requestId !== 'string'), name).toEqual([]);
      expect(mine.every((l) => typeof l.time === 'string' && typeof l.level === 'string' && typeof l.service === 'string')).toBe(true);
    }
  });
});
