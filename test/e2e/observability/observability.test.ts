/**
 * Issue 5: what an operator sees. /metrics counts exactly what this test did (requests and latency
 * by operation name, errors by code, subgraph fetches, cache hits, deduplicated calls; the
 * cross-region layer's calls to each region and their failures); one trace reaches an OTLP/HTTP
 * collector from every process it crossed — the gateway, the cross-region layer and the regions,
 * each span under the one that called it; and every log line written for a request, in the gateway
 * and in the subgraphs, is JSON carrying its request id. The gateway runs with its heap budget.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessName } from '../../../scripts/system';
import { scrapeMetrics as metrics, until } from '../../support/observe';
import { postIncremental } from '../../support/multipart';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';
import { FIRM_360 } from '../queries';
import { TEST_AUTH_ENV, bearer, reportingToken } from '../../support/tokens';

interface ReceivedSpan {
  /** service.name of the process that sent it. */
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  events: string[];
}

type Attribute = { key: string; value: Record<string, unknown> };
const attributesOf = (attributes: Attribute[] = []) => Object.fromEntries(attributes.map((a) => [a.key, Object.values(a.value)[0]]));

/** A minimal OTLP/HTTP trace receiver (JSON encoding), standing where a collector would. */
async function startCollector() {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces' && body) {
        const payload = JSON.parse(body) as { resourceSpans: Array<{ resource?: { attributes?: Attribute[] }; scopeSpans: Array<{ spans: Array<Record<string, any>> }> }> };
        for (const resource of payload.resourceSpans)
          for (const scope of resource.scopeSpans)
            for (const s of scope.spans)
              spans.push({
                service: String(attributesOf(resource.resource?.attributes)['service.name']),
                traceId: s.traceId,
                spanId: s.spanId,
                parentSpanId: s.parentSpanId || undefined,
                name: s.name,
                kind: s.kind,
                attributes: attributesOf(s.attributes),
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
    // Tokens are checked (TEST_AUTH_ENV) so that a reporting job can export.
    system = await startTestSystem({ ...TEST_AUTH_ENV, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'debug' });
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

  it('traces each deferred part: its span under the request, the fetches of the part under it, an event when it is sent', async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const query = 'query DeferProbe($uscc: ID!) { firm(uscc: $uscc) { name ... @defer(label: "yangtze") { yangtze { hostZones { name } } } } }';
    const { parts } = await postIncremental(system.gatewayUrl, { query, variables: { uscc } }, { traceparent });
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const spans = await until('the deferred part at the collector', () => {
      const trace = collector.spans.filter((s) => s.traceId === traceId);
      return trace.some((s) => s.name === 'gateway.deferred') && trace.some((s) => s.name === 'subgraph yangtze') && trace.some((s) => s.name === 'query DeferProbe') ? trace : undefined;
    });
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (s: ReceivedSpan): ReceivedSpan[] => (s.parentSpanId && byId.has(s.parentSpanId) ? [byId.get(s.parentSpanId)!, ...ancestors(byId.get(s.parentSpanId)!)] : []);
    const deferred = spans.find((s) => s.name === 'gateway.deferred')!;
    expect(deferred.attributes['graphql.defer.label']).toBe('yangtze');
    const request = spans.find((s) => s.name === 'query DeferProbe')!;
    expect(ancestors(deferred)).toContain(request);
    expect(ancestors(spans.find((s) => s.name === 'subgraph yangtze')!)).toContain(deferred);
    expect(request.events).toContain('deferred part sent');
  });

  it('continues the trace in the cross-region layer and in each region, every span under the call that caused it', async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const answer = await graphql(system.gatewayUrl, FIRM_360.replace('query Firm360', 'query EndToEndProbe'), { uscc }, { traceparent });
    expect(answer.errors).toBeUndefined();

    const regions = ['tianjin', 'yangtze', 'zhejiang'];
    const parentIn = (trace: ReceivedSpan[]) => (s: ReceivedSpan) => (s.parentSpanId ? trace.find((p) => p.spanId === s.parentSpanId) : undefined);
    // Each process exports on its own schedule: wait until every region has a server span under a
    // cross-region call and one under a gateway fetch, and every span but the root has its parent.
    const spans = await until('spans of every process at the collector', () => {
      const trace = collector.spans.filter((s) => s.traceId === traceId);
      const parentOf = parentIn(trace);
      const root = trace.find((s) => s.name === 'query EndToEndProbe');
      const reached = (region: string, via: string) => trace.some((s) => s.service === `coopgraph-${region}` && s.kind === 2 && parentOf(s)?.service === via);
      const complete = root && trace.every((s) => s === root || parentOf(s)) && regions.every((r) => reached(r, 'coopgraph-crossregion') && reached(r, 'coopgraph-gateway'));
      return complete ? trace : undefined;
    });
    const parentOf = parentIn(spans);

    // The gateway's fetch from the cross-region layer → the layer's server span, named by the operation it got.
    const crossregion = spans.filter((s) => s.service === 'coopgraph-crossregion' && s.kind === 2);
    expect(crossregion.length).toBeGreaterThan(0);
    for (const server of crossregion) {
      expect(server.name).toMatch(/^query EndToEndProbe__crossregion__\d+$/);
      expect(parentOf(server)).toMatchObject({ service: 'coopgraph-gateway', kind: 3, attributes: { 'coopgraph.subgraph': 'crossregion' } });
    }
    // The layer's call to each region: a client span under its server span…
    const regionCalls = spans.filter((s) => s.service === 'coopgraph-crossregion' && s.kind === 3);
    expect(new Set(regionCalls.map((s) => s.attributes['coopgraph.region']))).toEqual(new Set(regions));
    for (const call of regionCalls) {
      expect(call.name).toBe(`region ${call.attributes['coopgraph.region']}`);
      expect(crossregion).toContain(parentOf(call));
    }
    // …continued by that region's own server span, named by the directory operation it ran.
    for (const region of regions) {
      const servers = spans.filter((s) => s.service === `coopgraph-${region}` && s.kind === 2);
      const viaCrossregion = servers.filter((s) => parentOf(s)?.service === 'coopgraph-crossregion');
      expect(viaCrossregion.length, region).toBeGreaterThan(0);
      for (const s of viaCrossregion) {
        expect(parentOf(s)).toMatchObject({ kind: 3, attributes: { 'coopgraph.region': region } });
        expect(s.name).toMatch(/^query directory/);
      }
      // The gateway's own fetch of the region's view of the firm (_entities) lands there too.
      expect(servers.some((s) => parentOf(s)?.service === 'coopgraph-gateway' && parentOf(s)?.attributes['coopgraph.subgraph'] === region), region).toBe(true);
    }
  });

  it('traces a firm export through every process: the layer\'s span under the gateway\'s, each region\'s stream and completion call under the layer\'s', async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const response = await fetch(`${system.gatewayUrl.replace(/\/graphql$/, '/export/firms')}?chainCode=NEW_ENERGY`, { headers: { ...bearer(await reportingToken()), traceparent } });
    expect(response.status).toBe(200);
    expect((await response.text()).trimEnd().split('\n').length).toBeGreaterThan(2);

    const regions = ['tianjin', 'yangtze', 'zhejiang'];
    const spans = await until('the export\'s spans in every process', () => {
      const trace = collector.spans.filter((s) => s.traceId === traceId);
      const parentOf = (s: ReceivedSpan) => trace.find((p) => p.spanId === s.parentSpanId);
      const streams = regions.every((r) => trace.some((s) => s.service === `coopgraph-${r}` && s.name === 'POST /directory/firms.ndjson' && parentOf(s)?.service === 'coopgraph-crossregion'));
      return streams && trace.some((s) => s.service === 'coopgraph-crossregion' && s.kind === 2 && parentOf(s)) ? trace : undefined;
    });
    const parentOf = (s: ReceivedSpan) => spans.find((p) => p.spanId === s.parentSpanId);
    const gateway = spans.find((s) => s.service === 'coopgraph-gateway' && s.kind === 2)!;
    expect(gateway).toMatchObject({ name: 'GET /export/firms', attributes: { 'url.path': '/export/firms', 'http.response.status_code': 200 } });
    const layer = spans.find((s) => s.service === 'coopgraph-crossregion' && s.kind === 2)!;
    expect(layer.name).toBe('GET /export/firms');
    expect(parentOf(layer)).toBe(gateway);
    // Each region's stream continues the layer's own span; each completion call is a client span of
    // the layer, continued by the region it asked.
    for (const region of regions) {
      const served = spans.filter((s) => s.service === `coopgraph-${region}` && s.kind === 2);
      expect(served.some((s) => parentOf(s) === layer), region).toBe(true);
      for (const s of served.filter((s) => parentOf(s) !== layer)) expect(parentOf(s)).toMatchObject({ service: 'coopgraph-crossregion', kind: 3, name: `region ${region}`, attributes: { 'graphql.operation.name': 'exportedFirmsByUscc' } });
    }
    const completions = spans.filter((s) => s.service === 'coopgraph-crossregion' && s.kind === 3);
    expect(completions.length).toBeGreaterThan(0);
    for (const call of completions) expect(parentOf(call)).toBe(layer);
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

  it('runs the gateway with its heap budget, as npm start starts it, and logs no warning about it', () => {
    const pid = system.pid('gateway')!;
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    expect(argv).toContain('--max-old-space-size=512');
    expect(argv).toContain('--max-semi-space-size=16');
    expect(system.logs('gateway')).not.toContain('without its heap budget');
  });

  it('counts in the cross-region layer\'s /metrics each call it made to a region, and each that failed', async () => {
    const crossregion = system.urls.crossregion;
    const probe = 'query CrossRegionProbe { firms(first: 2) { nodes { uscc } } }';
    const calls = (region: string, outcome: string) => `coopgraph_crossregion_region_call_duration_seconds_count{region="${region}",operation="directoryFirms",outcome="${outcome}"}`;
    const failures = (region: string, code: string) => `coopgraph_crossregion_region_errors_total{region="${region}",code="${code}"}`;
    const delta = (before: Map<string, number>, after: Map<string, number>, series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);

    // Merged lists are never cached: each request reaches the layer, which asks every region once.
    let before = await metrics(crossregion);
    for (let i = 0; i < 2; i++) expect((await graphql(system.gatewayUrl, probe)).errors).toBeUndefined();
    let after = await metrics(crossregion);
    for (const region of ['tianjin', 'yangtze', 'zhejiang']) {
      expect(delta(before, after, calls(region, 'ok')), region).toBe(2);
      expect(delta(before, after, failures(region, 'REGION_UNAVAILABLE')), region).toBe(0);
    }

    // With Zhejiang stopped, its call fails and is counted under the code the answer carries.
    expect(await system.stop('zhejiang')).toBe(0);
    try {
      before = after;
      const partial = await graphql(system.gatewayUrl, probe);
      expect(partial.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'REGION_UNAVAILABLE', region: 'ZHEJIANG' }) }));
      after = await metrics(crossregion);
      expect(delta(before, after, calls('zhejiang', 'unreachable'))).toBe(1);
      expect(delta(before, after, failures('zhejiang', 'REGION_UNAVAILABLE'))).toBe(1);
      expect(delta(before, after, calls('tianjin', 'ok'))).toBe(1);
      expect(delta(before, after, failures('tianjin', 'REGION_UNAVAILABLE'))).toBe(0);
    } finally {
      await system.start('zhejiang');
    }
  });
});
