/**
 * The firm export against the real regional subgraphs (seeded SQLite), over HTTP: its rows are
 * exactly those Query.firms pages give, a region that is down or cut off midway costs only its own
 * part, its cursors and Query.firms' continue each other, and it is for reporting jobs only.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegionName } from '../../../schema/contract/errors';
import type { Identity } from '../../kit/auth/identity';
import { generateIdentityKeyEnv, loadIdentityKeys } from '../../kit/auth/identity-keys';
import { IDENTITY_HEADER, IDENTITY_MAX_AGE_MS, signIdentity, verifyIdentity } from '../../kit/auth/signed-identity';
import { TEST_CROSSREGION_KEY, TEST_GATEWAY_KEY, TEST_TRUSTED_KEYS } from '../../kit/auth/testing-keys';
import { FIRM_EXPORT_PATH } from '../../kit/directory/export';
import type { TestSubgraph } from '../../kit/testing';
import { REGIONS } from './config';
import { EXPORT_RETRY_AFTER_S, FIRM_EXPORT_ROUTE, type FirmExportSummary } from './firm-export';
import { closedUrl, startCrossRegionAt, startRegions, type CrossRegionUnderTest, type GraphQLAnswer } from './testing';

const REPORTING: Identity = { role: 'reporting', subject: 'export-test' };
const ANALYST: Identity = { role: 'analyst', subject: 'export-test' };

let regions: Partial<Record<RegionName, TestSubgraph>> = {};
/** Every region, batches of 7 firms: the seed data crosses many batch ends. */
let cr: CrossRegionUnderTest;
const started: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  const result = await startRegions();
  expect(result.failed).toEqual({});
  regions = result.running;
  cr = await startCrossRegionAt(Object.fromEntries(REGIONS.map((r) => [r, regions[r]!.url])), { exportBatch: 7 });
}, 180_000);

afterAll(async () => {
  for (const s of started) await s.close();
  await cr?.close();
  for (const r of REGIONS) await regions[r]?.close();
});

interface Exported {
  status: number;
  rows: Array<Record<string, any>>;
  end?: FirmExportSummary;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

/** The header the gateway sends the layer's export route with this query string. */
const exportHeader = (identity: Identity, search: string, key = TEST_GATEWAY_KEY) => ({ [IDENTITY_HEADER]: signIdentity(identity, key, { audience: 'crossregion', route: FIRM_EXPORT_ROUTE, content: search }) });
/** The header the layer sends a region's export route with this body. */
const regionExportHeader = (identity: Identity, region: RegionName, body: string) => ({ [IDENTITY_HEADER]: signIdentity(identity, TEST_GATEWAY_KEY, { audience: region, route: FIRM_EXPORT_PATH, content: body }) });

async function exportFirms(target: CrossRegionUnderTest, params: string, headers?: Record<string, string>): Promise<Exported> {
  const url = new URL(`${target.url.replace(/\/graphql$/, FIRM_EXPORT_ROUTE)}?${params}`);
  const response = await fetch(url, { headers: headers ?? exportHeader(REPORTING, url.search) });
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, rows: [], errors: (JSON.parse(text) as { errors: Exported['errors'] }).errors };
  const lines = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>);
  const last = lines.at(-1);
  return last && 'end' in last ? { status: 200, rows: lines.slice(0, -1), end: last.end } : { status: 200, rows: lines };
}

const SELECTION = `uscc name originalNames shortName regions area { code } sampleCode cooperationCount
  chains { chain { code } link { code } region localChainName localLinkName source basis evidence }
  presence { region name originalName area { code } kind cooperationCount source }`;

/** A Query.firms node in the export's row shape (codes where the API has objects). */
function asRow(node: Record<string, any>): Record<string, unknown> {
  return {
    uscc: node.uscc,
    name: node.name,
    originalNames: node.originalNames,
    shortName: node.shortName,
    regions: node.regions,
    areaCode: node.area?.code ?? null,
    sampleCode: node.sampleCode,
    cooperationCount: node.cooperationCount,
    chains: node.chains.map((c: any) => ({ chainCode: c.chain.code, linkCode: c.link?.code ?? null, region: c.region, localChainName: c.localChainName, localLinkName: c.localLinkName, source: c.source, basis: c.basis, evidence: c.evidence })),
    presence: node.presence.map((p: any) => ({ region: p.region, name: p.name, originalName: p.originalName, areaCode: p.area?.code ?? null, kind: p.kind, cooperationCount: p.cooperationCount, source: p.source })),
  };
}

const withoutParent = ({ parentUscc: _parent, ...row }: Record<string, any>) => row;

/** Every page of Query.firms with a filter and direction, 200 a page. */
async function pages(target: CrossRegionUnderTest, filter: Record<string, unknown>, direction: 'ASC' | 'DESC', after: string | null = null, first = 200) {
  const nodes: Array<Record<string, any>> = [];
  const missing = new Set<string>();
  for (;;) {
    const answer: GraphQLAnswer<{ firms: { nodes: Array<Record<string, any>>; pageInfo: { hasNextPage: boolean; endCursor: string | null; missingRegions: string[] } } }> = await target.query(
      `query($f: FirmFilter, $after: String, $first: Int) { firms(filter: $f, orderBy: { direction: ${direction} }, first: $first, after: $after) { nodes { ${SELECTION} } pageInfo { hasNextPage endCursor missingRegions } } }`,
      { f: filter, after, first },
    );
    const page = answer.data!.firms;
    nodes.push(...page.nodes);
    for (const region of page.pageInfo.missingRegions) missing.add(region);
    if (!page.pageInfo.hasNextPage) return { nodes, missing: [...missing], endCursor: page.pageInfo.endCursor };
    after = page.pageInfo.endCursor;
  }
}

/** The chain that the most regions place firms in, with the most firms: the export's hardest case. */
async function busiestChain(): Promise<string> {
  const all = await exportFirms(cr, '');
  const regionsOf = new Map<string, Set<string>>();
  const firmsOf = new Map<string, number>();
  for (const row of all.rows) {
    for (const c of row.chains as Array<{ chainCode: string; region: string }>) {
      regionsOf.set(c.chainCode, (regionsOf.get(c.chainCode) ?? new Set()).add(c.region));
      firmsOf.set(c.chainCode, (firmsOf.get(c.chainCode) ?? 0) + 1);
    }
  }
  return [...regionsOf.keys()].sort((a, b) => regionsOf.get(b)!.size - regionsOf.get(a)!.size || firmsOf.get(b)! - firmsOf.get(a)!)[0]!;
}

/**
 * A proxy in front of a region's subgraph that tells `seen` each request's path, with
 * `cutExportsAfter` cuts each of the region's exports after that many bytes, with `holdExports`
 * passes an export's answer on only once that promise settles (`answered` hears when the region has
 * answered, having checked the caller), and with `delayExportsMs` sends an export on only after that long.
 */
/**
 * `twin`: the region behind the proxy serves under another region's name (`as` the layer calls it,
 * `is` what it is): the identity header is for `as`, so the proxy vouches for the same caller to `is`.
 */
async function proxyTo(url: string, options: { seen?: (path: string) => void; cutExportsAfter?: number; holdExports?: Promise<void>; answered?: () => void; delayExportsMs?: number; twin?: { as: RegionName; is: RegionName } }): Promise<{ url: string }> {
  const target = new URL(url);
  const proxy = http.createServer(async (req, res) => {
    options.seen?.(req.url!);
    let body: Buffer | undefined;
    if (options.twin) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      body = Buffer.concat(chunks);
      const binding = { route: new URL(req.url!, 'http://x').pathname, content: body.toString() };
      const { identity, signer } = verifyIdentity(req.headers[IDENTITY_HEADER], TEST_TRUSTED_KEYS, { ...binding, audience: options.twin.as });
      if (signer) req.headers[IDENTITY_HEADER] = signIdentity(identity, TEST_CROSSREGION_KEY, { ...binding, audience: options.twin.is });
    }
    if (req.url === FIRM_EXPORT_PATH && options.delayExportsMs) await new Promise((resolve) => setTimeout(resolve, options.delayExportsMs));
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, async (reply) => {
      if (req.url === FIRM_EXPORT_PATH) {
        options.answered?.();
        await options.holdExports;
      }
      res.writeHead(reply.statusCode!, reply.headers);
      const limit = req.url === FIRM_EXPORT_PATH ? options.cutExportsAfter : undefined;
      let sent = 0;
      reply.on('data', (chunk: Buffer) => {
        if (limit === undefined) return void res.write(chunk);
        res.write(chunk.subarray(0, Math.max(0, limit - sent)));
        sent += chunk.length;
        if (sent >= limit) res.destroy();
      });
      reply.on('end', () => res.end());
    });
    if (body) upstream.end(body);
    else req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  started.push({ close: () => new Promise<void>((resolve) => (proxy.closeAllConnections(), proxy.close(() => resolve()))) });
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql` };
}

describe('the firm export', () => {
  for (const direction of ['ASC', 'DESC'] as const) {
    it(`gives every firm of the list, and of a chain, exactly as Query.firms pages do (${direction})`, async () => {
      const chain = await busiestChain();
      for (const filter of [{}, { chainCode: chain }]) {
        const params = new URLSearchParams({ direction, ...filter }).toString();
        const exported = await exportFirms(cr, params);
        const listed = await pages(cr, filter, direction);
        expect(exported.status).toBe(200);
        expect(exported.rows.map(withoutParent)).toEqual(listed.nodes.map(asRow));
        // More rows than a batch: the merge, completion and writing crossed batch ends.
        expect(exported.rows.length).toBeGreaterThan(7);
        expect(exported.end).toMatchObject({ rows: exported.rows.length, missingRegions: [], errors: [] });
      }
    });
  }

  it('completes the firms a scope lists with the records of the other regions, as Query.firms does', async () => {
    // A second Tianjin subgraph serving as the Zhejiang region: every Tianjin firm is recorded twice,
    // and a Tianjin park's or alliance's members are listed by Tianjin alone, so Zhejiang's records
    // come by completion.
    const twin = (await startRegions(['tianjin'])).running.tianjin!;
    started.push(twin);
    const paths: string[] = [];
    const counted = await proxyTo(twin.url, { seen: (path) => paths.push(path), twin: { as: 'zhejiang', is: 'tianjin' } });
    const pair = await startCrossRegionAt({ tianjin: regions.tianjin!.url, yangtze: regions.yangtze!.url, zhejiang: counted.url }, { exportBatch: 7 });
    started.push(pair);
    const scopes = await pair.query<{ scopes: Array<{ id: string }> }>('{ scopes(regions: [TIANJIN]) { id } }');
    let completed = 0;
    for (const { id } of scopes.data!.scopes) {
      const exported = await exportFirms(pair, new URLSearchParams({ scopeId: id }).toString());
      const listed = await pages(pair, { scopeId: id }, 'ASC');
      expect(exported.rows.map(withoutParent)).toEqual(listed.nodes.map(asRow));
      completed += exported.rows.filter((row) => row.regions.includes('ZHEJIANG')).length;
    }
    expect(completed).toBeGreaterThan(7);
    // The pages asked the twin through GraphQL; each export asked it only through its export route.
    paths.length = 0;
    pair.calls.length = 0;
    await exportFirms(pair, new URLSearchParams({ scopeId: scopes.data!.scopes[0]!.id }).toString());
    expect(paths.length).toBeGreaterThan(1);
    expect(new Set(paths)).toEqual(new Set([FIRM_EXPORT_PATH]));
    // Each is a region call like the GraphQL ones: in a span of its own and on /metrics.
    const twinCalls = pair.calls.filter((call) => call.region === 'zhejiang');
    expect(twinCalls.map((call) => `${call.operation} ${call.outcome}`)).toEqual(paths.map(() => 'exportedFirmsByUscc ok'));
  });

  it('keeps every batch\'s completion calls in flight without a listener-leak warning', async () => {
    // Slow regions keep all the batches being completed waiting at once: a stream and a completion
    // call per batch to each region, each listening for the export's end.
    const slow = await Promise.all(REGIONS.map((r) => proxyTo(regions[r]!.url, { delayExportsMs: 100 })));
    const target = await startCrossRegionAt(Object.fromEntries(REGIONS.map((r, i) => [r, slow[i]!.url])), { exportBatch: 7 });
    started.push(target);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      // A filter (so each batch is completed) that most firms match.
      const exported = await exportFirms(target, new URLSearchParams({ keyword: '公司' }).toString());
      expect(exported.end).toMatchObject({ missingRegions: [] });
      expect(exported.rows.length).toBeGreaterThan(7 * 4);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });

  it('completes a long export\'s later batches: each call to a region carries the caller signed anew, not the gateway\'s expired signature', async () => {
    const chain = await busiestChain();
    const expected = await exportFirms(cr, new URLSearchParams({ chainCode: chain }).toString());
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    let answered!: () => void;
    const allAnswered = new Promise<void>((resolve) => {
      let count = 0;
      answered = () => {
        if (++count === REGIONS.length) resolve();
      };
    });
    const held = await Promise.all(REGIONS.map((r) => proxyTo(regions[r]!.url, { holdExports: hold, answered })));
    const target = await startCrossRegionAt(Object.fromEntries(REGIONS.map((r, i) => [r, held[i]!.url])), { exportBatch: 7 });
    started.push(target);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const exported = exportFirms(target, new URLSearchParams({ chainCode: chain }).toString());
      // Each region has answered its stream's request, having checked the caller; the answers wait.
      await allAnswered;
      // The export has run longer than a signature lives: every completion call comes after that.
      vi.setSystemTime(Date.now() + IDENTITY_MAX_AGE_MS + 1000);
      release();
      const late = await exported;
      expect(late.end).toMatchObject({ missingRegions: [], errors: [] });
      expect(late.rows).toEqual(expected.rows);
    } finally {
      vi.useRealTimers();
    }
  });

  it('continues from a Query.firms cursor, and Query.firms continues from its end cursor', async () => {
    const whole = await pages(cr, {}, 'ASC');
    const first = await cr.query<{ firms: { pageInfo: { endCursor: string } } }>('{ firms(first: 10) { pageInfo { endCursor } } }');
    const rest = await exportFirms(cr, new URLSearchParams({ after: first.data!.firms.pageInfo.endCursor }).toString());
    expect(rest.rows.map((r) => r.uscc)).toEqual(whole.nodes.slice(10).map((n) => n.uscc));
    const after = await cr.query<{ firms: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>('query($a: String) { firms(first: 10, after: $a) { nodes { uscc } pageInfo { hasNextPage } } }', { a: rest.end!.endCursor });
    expect(after.data!.firms).toEqual({ nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('leaves out a region that is down, says so in its end line, and gives the rest', async () => {
    const urls = { ...Object.fromEntries(REGIONS.map((r) => [r, regions[r]!.url])), zhejiang: await closedUrl() };
    const partial = await startCrossRegionAt(urls, { exportBatch: 7 });
    started.push(partial);
    const exported = await exportFirms(partial, '');
    const listed = await pages(partial, {}, 'ASC');
    expect(listed.missing).toEqual(['ZHEJIANG']);
    expect(exported.rows.map(withoutParent)).toEqual(listed.nodes.map(asRow));
    expect(exported.end!.missingRegions).toEqual(['ZHEJIANG']);
    expect(exported.end!.errors).toEqual([expect.objectContaining({ extensions: { code: 'REGION_UNAVAILABLE', region: 'ZHEJIANG' } })]);
  });

  it('leaves out a region whose stream is cut midway, and still ends', async () => {
    // In front of the real Yangtze region: its exports are cut after their first 600 bytes (two or three firms).
    const cutter = await proxyTo(regions.yangtze!.url, { cutExportsAfter: 600 });
    const urls = { ...Object.fromEntries(REGIONS.map((r) => [r, regions[r]!.url])), yangtze: cutter.url };
    const cut = await startCrossRegionAt(urls, { exportBatch: 7 });
    started.push(cut);

    const exported = await exportFirms(cut, '');
    const whole = await exportFirms(cr, '');
    expect(exported.end!.missingRegions).toEqual(['YANGTZE']);
    expect(exported.end!.errors.map((e) => e.extensions)).toEqual([{ code: 'REGION_UNAVAILABLE', region: 'YANGTZE' }]);
    // Fewer rows than the whole export, and every one in the whole export's order.
    expect(exported.rows.length).toBeLessThan(whole.rows.length);
    const order = new Map(whole.rows.map((r, i) => [r.uscc as string, i]));
    const positions = exported.rows.map((r) => order.get(r.uscc)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('runs as many exports at once as allowed, refuses more with 503 TOO_MANY_EXPORTS and Retry-After, and counts them on /metrics', async () => {
    let release!: () => void;
    const held = await proxyTo(regions.tianjin!.url, { holdExports: new Promise<void>((resolve) => (release = resolve)) });
    const one = await startCrossRegionAt({ ...Object.fromEntries(REGIONS.map((r) => [r, regions[r]!.url])), tianjin: held.url }, { maxExports: 1 });
    started.push(one);
    // The first export waits for Tianjin's stream: it is running while the second asks.
    const first = exportFirms(one, '');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refusedAt = Date.now();
    const response = await fetch(`${one.url.replace(/\/graphql$/, FIRM_EXPORT_ROUTE)}`, { headers: exportHeader(REPORTING, '') });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(EXPORT_RETRY_AFTER_S));
    expect(((await response.json()) as { errors: Array<{ extensions: unknown }> }).errors.map((e) => e.extensions)).toEqual([{ code: 'TOO_MANY_EXPORTS' }]);
    release();
    const whole = await first;
    expect(Date.now() - refusedAt).toBeLessThan(3000);
    expect(whole.end).toMatchObject({ missingRegions: [] });
    // Once it has ended, the next one runs.
    const next = await exportFirms(one, '');
    expect(next.rows.length).toBe(whole.rows.length);

    const metrics = await (await fetch(one.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toContain('coopgraph_crossregion_exports_total{outcome="whole"} 2');
    expect(metrics).toContain('coopgraph_crossregion_exports_total{outcome="refused"} 1');
    expect(metrics).toContain(`coopgraph_crossregion_export_rows_total ${2 * whole.rows.length}`);
    expect(metrics).toContain('coopgraph_crossregion_exports_running 0');
  });

  it('is for reporting jobs: anonymous callers are refused with 401, others with 403', async () => {
    const anonymous = await exportFirms(cr, '', {});
    expect([anonymous.status, anonymous.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const forged = await exportFirms(cr, '', exportHeader(REPORTING, '', loadIdentityKeys(generateIdentityKeyEnv(), { signs: 'gateway', trusts: [] }, true, []).signing!));
    expect([forged.status, forged.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    // Signed for another query string: the header of one export does not run another.
    const other = await exportFirms(cr, 'chainCode=POWER_BATTERY', exportHeader(REPORTING, ''));
    expect([other.status, other.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const analyst = await exportFirms(cr, '', exportHeader(ANALYST, ''));
    expect([analyst.status, analyst.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
    // The regions decide the same on their own: crossregion passes the caller on, not its own rights.
    const region = await fetch(new URL(FIRM_EXPORT_PATH, regions.tianjin!.url), { method: 'POST', headers: regionExportHeader(ANALYST, 'tianjin', '{}'), body: '{}' });
    expect(region.status).toBe(403);
  });

  it.each([
    ['chainCode=NOT_A_CHAIN', 'chainCode', 'INVALID_CHAIN_CODE'],
    ['areaCode=999999', 'areaCode', 'INVALID_AREA_CODE'],
    ['regions=TIANJIN,MARS', 'regions', undefined],
    ['regions=', 'regions', undefined],
    ['direction=SIDEWAYS', 'direction', undefined],
    ['chain=NEW_ENERGY', 'chain', undefined],
    ['keyword=a&keyword=b', 'keyword', undefined],
    ['after=bm90LWEtY3Vyc29y', 'after', 'INVALID_CURSOR'],
  ])('refuses %s with BAD_USER_INPUT naming the parameter', async (params, field, reason) => {
    const refused = await exportFirms(cr, params);
    expect(refused.status).toBe(400);
    expect(refused.errors).toEqual([{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) } }]);
  });

  it('quotes the regions it does not know, so an empty one shows', async () => {
    expect((await exportFirms(cr, 'regions=')).errors![0]!.message).toMatch(/; got ""\.$/);
    expect((await exportFirms(cr, 'regions=TIANJIN,,MARS')).errors![0]!.message).toMatch(/; got "", "mars"\.$/);
  });
});

describe('a region\'s export', () => {
  it('streams its firms in name order across its read batches, as its directory pages list them', async () => {
    const region = regions.zhejiang!;
    const post = async (body: unknown) => {
      const text = JSON.stringify(body);
      const response = await fetch(new URL(FIRM_EXPORT_PATH, region.url), { method: 'POST', headers: regionExportHeader(REPORTING, 'zhejiang', text), body: text });
      return { status: response.status, lines: (await response.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>) };
    };
    const streamed = await post({ filter: {}, direction: 'DESC' });
    const paged = await region.query<{ directoryFirms: { rows: Array<{ uscc: string }> } }>('{ directoryFirms(filter: {}, order: { field: "NAME", direction: "DESC" }, first: 1000) { rows { uscc } } }');
    expect(streamed.status).toBe(200);
    expect(streamed.lines.at(-1)).toEqual({ end: { rows: paged.data!.directoryFirms.rows.length } });
    expect(streamed.lines.slice(0, -1).map((l) => l.uscc)).toEqual(paged.data!.directoryFirms.rows.map((r) => r.uscc));

    for (const [body, field] of [[{ filter: { chainCode: 7 } }, 'filter.chainCode'], [{ filter: { colour: 'red' } }, 'filter.colour'], [{ direction: 'UP' }, 'direction'], [{ after: 'nope' }, 'after']] as const) {
      const refused = await post(body);
      expect(refused.status).toBe(400);
      expect(refused.lines[0]!.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
