/**
 * Issue 5: a subgraph that goes away. /ready turns false while a region is down and true when it is
 * back; and a region killed (SIGKILL) while the gateway serves a steady, bounded load costs only its
 * own answers: the other regions keep answering, the gateway's breaker for it opens (seen in
 * /metrics) and fails fast, and when the region restarts the breaker closes and its answers come
 * back — every request answered, none with a 5xx or an internal error.
 *
 * The response cache is off here so that every request really goes to the subgraphs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrapeMetrics as metrics, until } from '../../support/observe';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';

const QUERIES = {
  tianjin: '{ tianjin { parks { key name } } }',
  yangtze: '{ yangtze { zones(foundersOnly: true) { name } } }',
  zhejiang: '{ zhejiang { counties { name } } }',
} as const;
type Region = keyof typeof QUERIES;

interface Outcome {
  region: Region;
  at: number;
  ms: number;
  status: number | 'no answer';
  codes: string[];
  data: unknown;
}

async function ask(gatewayUrl: string, region: Region): Promise<Outcome> {
  const at = Date.now();
  try {
    const result = await graphql<Record<string, unknown>>(gatewayUrl, QUERIES[region]);
    return { region, at, ms: Date.now() - at, status: result.status, codes: (result.errors ?? []).map((e) => String(e.extensions?.code)), data: result.data?.[region] ?? null };
  } catch {
    return { region, at, ms: Date.now() - at, status: 'no answer', codes: [], data: null };
  }
}

/** `workers` loops asking the three regions in turn until stopped or `maxRequests` are sent. */
function startLoad(gatewayUrl: string, workers = 6, maxRequests = 6000) {
  const outcomes: Outcome[] = [];
  let running = true;
  let sent = 0;
  const loops = Array.from({ length: workers }, async (_, w) => {
    const regions = Object.keys(QUERIES) as Region[];
    for (let i = w; running && sent < maxRequests; i++) {
      sent += 1;
      outcomes.push(await ask(gatewayUrl, regions[i % regions.length]!));
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('a subgraph going away', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ RESPONSE_CACHE: 'false', SUBGRAPH_BREAKER_FAILURES: '3', SUBGRAPH_BREAKER_RESET_MS: '1000' });
  });
  afterAll(() => system?.stopAll());

  const ready = async () => {
    const response = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/ready'));
    return { status: response.status, body: (await response.json()) as { status: string; unavailable: string[] } };
  };

  it('turns /ready false while a region is down and true when it is back', async () => {
    expect(await ready()).toMatchObject({ status: 200, body: { status: 'ready', unavailable: [] } });
    await system.stop('yangtze');
    expect(await ready()).toMatchObject({ status: 503, body: { status: 'not ready', unavailable: ['yangtze'] } });
    const health = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
    await system.start('yangtze');
    expect(await ready()).toMatchObject({ status: 200, body: { status: 'ready', unavailable: [] } });
  });

  it('keeps the other regions answering under load while one is killed, and recovers when it restarts', async () => {
    const before = await ask(system.gatewayUrl, 'tianjin');
    expect(before.codes).toEqual([]);
    expect((before.data as { parks: unknown[] }).parks.length).toBeGreaterThan(0);

    const load = startLoad(system.gatewayUrl);
    await new Promise((r) => setTimeout(r, 1500));

    const killedAt = Date.now();
    await system.stop('tianjin', 'SIGKILL');
    // The breaker opens after three failed fetches, and /metrics says so.
    const opened = await until('the tianjin breaker to open', async () => {
      const values = await metrics(system.gatewayUrl);
      return values.get('coopgraph_gateway_breaker_state{subgraph="tianjin"}') === 2 ? values : undefined;
    });
    expect(opened.get('coopgraph_gateway_breaker_transitions_total{subgraph="tianjin",state="open"}')).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1500));
    const rejected = (await metrics(system.gatewayUrl)).get('coopgraph_gateway_subgraph_rejected_total{subgraph="tianjin"}');
    expect(rejected).toBeGreaterThan(0);

    const restartedAt = Date.now();
    await system.start('tianjin');
    await until('tianjin to answer through the gateway again', async () => {
      const last = load.outcomes.filter((o) => o.region === 'tianjin' && o.at > restartedAt && o.codes.length === 0);
      return last.length >= 5 ? true : undefined;
    });
    await new Promise((r) => setTimeout(r, 500));
    await load.stop();

    const { outcomes } = load;
    const during = outcomes.filter((o) => o.at > killedAt && o.at < restartedAt);
    // Recovered once the first tianjin answer after the restart came back (the breaker's probe):
    // every request sent from then on answers.
    const recoveredAt = Math.min(...outcomes.filter((o) => o.region === 'tianjin' && o.at > restartedAt && o.codes.length === 0).map((o) => o.at + o.ms));
    const after = outcomes.filter((o) => o.at >= recoveredAt);
    expect(outcomes.length).toBeGreaterThan(100);

    // Every request got an HTTP answer, never a 5xx nor an internal error.
    expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
    expect(outcomes.flatMap((o) => o.codes).filter((c) => c !== 'REGION_UNAVAILABLE')).toEqual([]);
    // Yangtze and Zhejiang never noticed.
    const others = outcomes.filter((o) => o.region !== 'tianjin');
    expect(others.filter((o) => o.codes.length > 0 || o.data === null)).toEqual([]);
    expect(during.filter((o) => o.region !== 'tianjin').length).toBeGreaterThan(10);
    // Tianjin's own requests failed with a named error while it was down, and failed fast once the breaker was open.
    const tianjinDown = during.filter((o) => o.region === 'tianjin');
    expect(tianjinDown.length).toBeGreaterThan(5);
    expect(tianjinDown.every((o) => o.codes.includes('REGION_UNAVAILABLE'))).toBe(true);
    const fastFailures = tianjinDown.filter((o) => o.ms < 100).length;
    expect(fastFailures / tianjinDown.length).toBeGreaterThan(0.8);
    // After the restart its answers are back, the same as before.
    const tianjinAfter = after.filter((o) => o.region === 'tianjin');
    expect(tianjinAfter.length).toBeGreaterThanOrEqual(5);
    expect(tianjinAfter.filter((o) => o.codes.length > 0).map((o) => ({ ...o, at: o.at - recoveredAt, data: undefined }))).toEqual([]);
    for (const o of tianjinAfter) expect(o.data).toEqual(before.data);

    const closed = await metrics(system.gatewayUrl);
    expect(closed.get('coopgraph_gateway_breaker_state{subgraph="tianjin"}')).toBe(0);
    expect(closed.get('coopgraph_gateway_breaker_transitions_total{subgraph="tianjin",state="closed"}')).toBeGreaterThanOrEqual(1);
    expect(closed.get('coopgraph_gateway_breaker_state{subgraph="yangtze"}')).toBe(0);
  });
});
