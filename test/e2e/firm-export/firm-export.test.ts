/**
 * Issue 6 (W4): a reporting job exports every firm of a chain through the gateway as one NDJSON
 * stream, over real HTTP to the cross-region layer and the three regions: the same firms, in the
 * same order, as paging Query.firms through the same gateway. Other callers are refused, bad
 * parameters get BAD_USER_INPUT, and with the cross-region layer down the gateway says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportsCounted, until } from '../../support/observe';
import { data, startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, analystToken, bearer, reportingToken } from '../../support/tokens';

let system: TestSystem;
let exportUrl: string;

beforeAll(async () => {
  // One export at a time, so that the limit's refusal can be seen through the gateway.
  system = await startTestSystem({ ...TEST_AUTH_ENV, CROSSREGION_MAX_EXPORTS: '1' });
  exportUrl = system.gatewayUrl.replace(/\/graphql$/, '/export/firms');
}, 180_000);

afterAll(async () => {
  await system?.stopAll();
});

/** How many exports the gateway's /metrics counts with this status and outcome. */
const counted = (status: number, outcome: string) => exportsCounted(system.gatewayUrl, status, outcome);

async function exported(params: string, headers: Record<string, string>) {
  const response = await fetch(`${exportUrl}?${params}`, { headers });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-ndjson')) return { status: response.status, type, rows: [], end: undefined, errors: (JSON.parse(text) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors };
  const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, any>);
  return { status: response.status, type, rows: lines.slice(0, -1), end: lines.at(-1)!.end as Record<string, unknown>, errors: undefined };
}

describe('the firm export through the gateway', () => {
  it('gives a reporting job every firm of a chain, as Query.firms pages list them', async () => {
    const headers = bearer(await reportingToken());
    const { industryChains } = await data<{ industryChains: Array<{ code: string }> }>(system.gatewayUrl, '{ industryChains { code } }', {}, headers);
    const endedBefore = await counted(200, 'ended');
    let compared = 0;
    for (const { code } of industryChains) {
      const paged: Array<{ uscc: string; regions: string[] }> = [];
      let after: string | null = null;
      for (;;) {
        const { firms }: { firms: { nodes: Array<{ uscc: string; regions: string[] }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await data(
          system.gatewayUrl,
          'query($c: ID!, $a: String) { firms(filter: { chainCode: $c }, first: 5, after: $a) { nodes { uscc regions } pageInfo { hasNextPage endCursor } } }',
          { c: code, a: after },
          headers,
        );
        paged.push(...firms.nodes);
        if (!firms.pageInfo.hasNextPage) break;
        after = firms.pageInfo.endCursor;
      }
      const result = await exported(`chainCode=${code}`, headers);
      expect(result.status).toBe(200);
      expect(result.rows.map((r) => ({ uscc: r.uscc, regions: r.regions }))).toEqual(paged);
      expect(result.end).toMatchObject({ rows: paged.length, missingRegions: [], errors: [] });
      compared += paged.length;
    }
    expect(compared).toBeGreaterThan(20);
    // The gateway's /metrics counts each export that ended.
    expect((await counted(200, 'ended')) - endedBefore).toBe(industryChains.length);
  });

  it('passes on the refusal of an export past the limit: 503 TOO_MANY_EXPORTS with Retry-After, while the running one ends whole', async () => {
    const headers = bearer(await reportingToken());
    // A stopped Yangtze process holds the first export open: it waits for Yangtze's stream.
    const yangtze = system.pid('yangtze')!;
    process.kill(yangtze, 'SIGSTOP');
    let first: ReturnType<typeof exported>;
    try {
      first = exported('', headers);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const refused = await fetch(exportUrl, { headers });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(((await refused.json()) as { errors: Array<{ extensions: unknown }> }).errors.map((e) => e.extensions)).toEqual([{ code: 'TOO_MANY_EXPORTS' }]);
    } finally {
      process.kill(yangtze, 'SIGCONT');
    }
    expect((await first).end).toMatchObject({ missingRegions: [], errors: [] });
    expect(await counted(503, 'refused')).toBe(1);
  });

  it('counts a reader that leaves before any answer as client_gone, and the export behind it stops', async () => {
    const before = await counted(499, 'client_gone');
    const yangtze = system.pid('yangtze')!;
    process.kill(yangtze, 'SIGSTOP');
    try {
      const reader = new AbortController();
      const leaving = fetch(exportUrl, { headers: bearer(await reportingToken()), signal: reader.signal }).catch((error: Error) => error.name);
      await new Promise((resolve) => setTimeout(resolve, 300));
      reader.abort();
      expect(await leaving).toBe('AbortError');
    } finally {
      process.kill(yangtze, 'SIGCONT');
    }
    await until('the gateway to count it', async () => ((await counted(499, 'client_gone')) - before === 1 ? true : undefined));
    // The layer lets it go: soon the next export runs (one at a time here) instead of being refused.
    const next = await until('the next export to run', async () => {
      const answer = await exported('', bearer(await reportingToken()));
      return answer.status === 200 ? answer : undefined;
    });
    expect(next.end).toMatchObject({ missingRegions: [] });
  });

  it('refuses anonymous callers (401) and analysts (403), and bad parameters with BAD_USER_INPUT', async () => {
    const before = { 401: await counted(401, 'refused'), 403: await counted(403, 'refused'), 400: await counted(400, 'refused') };
    const anonymous = await exported('', {});
    expect([anonymous.status, anonymous.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const analyst = await exported('', bearer(await analystToken()));
    expect([analyst.status, analyst.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
    const bad = await exported('chainCode=NOT_A_CHAIN', bearer(await reportingToken()));
    expect([bad.status, bad.errors?.[0]?.extensions]).toEqual([400, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'chainCode' })]);
    const forged = await exported('', { authorization: 'Bearer not.a.token' });
    expect([forged.status, forged.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    // Refusals by the gateway (401, 403) and by the layer behind it (400) alike.
    expect({ 401: (await counted(401, 'refused')) - before[401], 403: (await counted(403, 'refused')) - before[403], 400: (await counted(400, 'refused')) - before[400] }).toEqual({ 401: 2, 403: 1, 400: 1 });
  });

  it('answers 502 REGION_UNAVAILABLE when the cross-region layer is down', async () => {
    const before = await counted(502, 'unavailable');
    await system.stop('crossregion');
    const down = await exported('', bearer(await reportingToken()));
    expect([down.status, down.errors?.[0]?.extensions]).toEqual([502, { code: 'REGION_UNAVAILABLE', service: 'crossregion' }]);
    expect((await counted(502, 'unavailable')) - before).toBe(1);
  });
});
