/**
 * Issue 6 (W4): a reporting job exports every firm of a chain through the gateway as one NDJSON
 * stream, over real HTTP to the cross-region layer and the three regions: the same firms, in the
 * same order, as paging Query.firms through the same gateway. Other callers are refused, bad
 * parameters get BAD_USER_INPUT, and with the cross-region layer down the gateway says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });

  it('refuses anonymous callers (401) and analysts (403), and bad parameters with BAD_USER_INPUT', async () => {
    const anonymous = await exported('', {});
    expect([anonymous.status, anonymous.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const analyst = await exported('', bearer(await analystToken()));
    expect([analyst.status, analyst.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
    const bad = await exported('chainCode=NOT_A_CHAIN', bearer(await reportingToken()));
    expect([bad.status, bad.errors?.[0]?.extensions]).toEqual([400, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'chainCode' })]);
    const forged = await exported('', { authorization: 'Bearer not.a.token' });
    expect([forged.status, forged.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('answers 502 REGION_UNAVAILABLE when the cross-region layer is down', async () => {
    await system.stop('crossregion');
    const down = await exported('', bearer(await reportingToken()));
    expect([down.status, down.errors?.[0]?.extensions]).toEqual([502, { code: 'REGION_UNAVAILABLE', service: 'crossregion' }]);
  });
});
