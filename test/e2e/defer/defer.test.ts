/**
 * Issue 29: @defer — the fast regions first, the slow one after. A gateway whose calls to Yangtze
 * go through a proxy that holds each answer back 1.5 s: a firm 360 with Yangtze's part deferred
 * sends its first part before Yangtze answers (timed on the client, part by part), the parts
 * merged equal the answer without @defer, and Yangtze failing costs only its own part an error.
 * Apollo Client reads the same multipart answer, and the explorer's deferred example shows the
 * parts arriving.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../../gateway/src/trusted-documents/manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../../gateway/src/plugins/use-explorer';
import type { GatewayReplica } from '../../../scripts/system';
import { launchBrowser, SCREENSHOT_DIR } from '../../support/browser';
import { startDelayingProxy, type DelayingProxy } from '../../support/delaying-proxy';
import { mergeParts, postIncremental } from '../../support/multipart';
import { scrapeMetrics } from '../../support/observe';
import { data, graphql, startTestSystem, type TestSystem } from '../../support/system';
import { analystToken, bearer, TEST_AUTH_ENV } from '../../support/tokens';

const YANGTZE_DELAY_MS = 1500;

/** The regional frontends' deferred firm 360, as registered in the trusted documents. */
const FIRM_360_DEFERRED = fs.readFileSync(path.resolve(__dirname, '../../../gateway/trusted-documents/operations/firm-360-deferred.graphql'), 'utf8');
const FIRM_360_WHOLE = FIRM_360_DEFERRED.replace('Firm360Deferred', 'Firm360Whole').replace('... @defer(label: "yangtze") {', '... {');

describe('@defer with a slow region', () => {
  let system: TestSystem;
  let proxy: DelayingProxy;
  let gateway: GatewayReplica;
  let uscc: string;
  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV });
    proxy = await startDelayingProxy(system.urls.yangtze, YANGTZE_DELAY_MS);
    // Only this gateway's calls to Yangtze are slowed; the cross-region layer reaches Yangtze directly.
    // Its depth limit is low enough for a deferred fragment to cross it.
    gateway = await system.startGatewayReplica({ YANGTZE_URL: proxy.url, SUBGRAPH_RETRIES: '0', RESPONSE_CACHE: 'false', GATEWAY_MAX_DEPTH: '6' });
    const page = await data<{ firms: { nodes: Array<{ uscc: string; name: string }> } }>(system.gatewayUrl, '{ firms(filter: { keyword: "中如智慧能源" }) { nodes { uscc name } } }');
    uscc = page.firms.nodes.find((f) => f.name === '上海中如智慧能源集团有限公司')!.uscc;
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
    await system?.stopAll();
  });

  it('sends the first part before the slow region answers, and the parts merged equal the answer without @defer', async () => {
    proxy.failing = false;
    const whole = await graphql<Record<string, unknown>>(gateway.url, FIRM_360_WHOLE, { uscc });
    expect(whole.errors).toBeUndefined();

    const releasedBefore = proxy.released.length;
    const sentAt = performance.now();
    const { contentType, parts } = await postIncremental(gateway.url, { query: FIRM_360_DEFERRED, variables: { uscc } });
    expect(contentType).toBe('multipart/mixed; boundary="-"; deferSpec=20220824');
    expect(parts).toHaveLength(2);
    const [first, last] = parts as [(typeof parts)[0], (typeof parts)[0]];
    // The Yangtze answer of this request, as the proxy released it.
    const yangtzeAnsweredAt = proxy.released[releasedBefore]! - sentAt;
    expect(first.atMs).toBeLessThan(yangtzeAnsweredAt);
    expect(last.atMs).toBeGreaterThanOrEqual(yangtzeAnsweredAt);
    expect(last.atMs - first.atMs).toBeGreaterThan(YANGTZE_DELAY_MS / 2);

    expect(first.json).toMatchObject({ data: { firm: { name: '上海中如智慧能源集团有限公司', tianjin: { subsidiaries: [{ name: '中如集团天津子公司' }] } } }, hasNext: true });
    expect(first.json.data!.firm).not.toHaveProperty('yangtze');
    expect(last.json).toEqual({ incremental: [{ data: { yangtze: { hostZones: [{ name: '上海张江高新区', isFounder: true }] } }, path: ['firm'], label: 'yangtze' }], hasNext: false });
    expect(mergeParts(parts)).toEqual(whole.data);
  });

  it('gives a region failing inside a deferred part an error on that part only', async () => {
    proxy.failing = true;
    proxy.delayMs = 0;
    try {
      const { parts } = await postIncremental(gateway.url, { query: FIRM_360_DEFERRED, variables: { uscc } });
      expect(parts).toHaveLength(2);
      expect(parts[0]!.json.errors).toBeUndefined();
      expect(parts[0]!.json.data!.firm).toMatchObject({ name: '上海中如智慧能源集团有限公司' });
      const [item] = parts[1]!.json.incremental!;
      expect(item).toMatchObject({ path: ['firm'], label: 'yangtze', data: { yangtze: null } });
      expect(item!.errors).toEqual([expect.objectContaining({ extensions: { code: 'REGION_UNAVAILABLE', region: 'YANGTZE' } })]);
      expect(JSON.stringify(parts)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|503|stack/i);
    } finally {
      proxy.failing = false;
      proxy.delayMs = YANGTZE_DELAY_MS;
    }
  });

  it('is read by Apollo Client (deferSpec=20220824): the first result without Yangtze, then the whole firm', async () => {
    proxy.failing = false;
    const client = new ApolloClient({
      link: ApolloLink.from([new HttpLink({ uri: gateway.url })]),
      cache: new InMemoryCache(),
      incrementalHandler: new Defer20220824Handler(),
    });
    const results: Array<{ data: any; dataState?: string }> = [];
    await new Promise<void>((resolve, reject) => {
      const subscription = client.watchQuery({ query: gql(FIRM_360_DEFERRED), variables: { uscc }, fetchPolicy: 'network-only' }).subscribe({
        next: (result) => {
          // Apollo Client 4 marks the results of a multipart answer still arriving as dataState "streaming".
          if (!result.data || (result as { dataState?: string }).dataState === 'empty') return;
          results.push({ data: result.data, dataState: (result as { dataState?: string }).dataState });
          if ((result.data as any)?.firm?.yangtze) {
            subscription.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results[0]!.dataState).toBe('streaming');
    expect(results.at(-1)!.dataState).toBe('complete');
    expect(results[0]!.data.firm.name).toBe('上海中如智慧能源集团有限公司');
    expect(results[0]!.data.firm.yangtze).toBeUndefined();
    expect(results.at(-1)!.data.firm.yangtze).toEqual({ __typename: 'YangtzeFirmView', hostZones: [{ __typename: 'YangtzeZone', name: '上海张江高新区', isFounder: true }] });
    client.stop();
  });

  it('shows the parts arriving in the explorer: the firm first, Yangtze\'s zones when they come', async () => {
    proxy.failing = false;
    const examples = loadExamples(path.resolve(__dirname, '../../../gateway/examples'));
    const index = examples.findIndex((e) => e.query.includes('@defer'));
    expect(index).toBeGreaterThanOrEqual(0);
    const { browser, close } = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(gateway.url.replace(/\/graphql$/, '/'), { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
      await page.locator(`#graphiql-session-tab-${index}`).evaluate((button: HTMLElement) => button.click());
      await expect.poll(async () => (await page.locator('.graphiql-query-editor .view-lines').innerText()).includes('Firm360Deferred'), { timeout: 10_000 }).toBe(true);
      const button = (await page.locator('.graphiql-execute-button').boundingBox())!;
      await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
      const result = async () => (await page.locator('.result-window').innerText()).replace(/\s+/g, '');
      // First the firm without Yangtze's part…
      await expect.poll(result, { timeout: 10_000, interval: 50 }).toContain('上海中如智慧能源集团有限公司');
      expect(await result()).not.toContain('hostZones');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-defer-first-part.png') });
      // …then Yangtze's zones, held back by the proxy, join it.
      await expect.poll(result, { timeout: 10_000, interval: 100 }).toContain('"hostZones":[{"name":"上海张江高新区"}]');
      const shown = await result();
      expect(shown).toContain('"subsidiaries":[{"name":"中如集团天津子公司"');
      expect(shown).not.toContain('"errors"');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-defer-all-parts.png') });
    } finally {
      await close();
    }
  });

  it('checks authorization on deferred fields as on any: an anonymous caller gets the part without the restricted field and an error at its path, an analyst gets it', async () => {
    const query = '{ zhejiang { diagnostics { benchmarkProjectName ... @defer(label: "outcomes") { outcomes { projectName salesVolumeIncrease { value unit } } } } } }';
    const anonymous = await postIncremental(gateway.url, { query });
    expect(anonymous.contentType).toMatch(/^multipart\/mixed/);
    expect(anonymous.parts[0]!.json.errors).toEqual([
      expect.objectContaining({ path: ['zhejiang', 'diagnostics', '@', 'outcomes', '@', 'salesVolumeIncrease'], extensions: { code: 'UNAUTHENTICATED', removed: true } }),
    ]);
    const anonymousOutcomes = anonymous.parts.slice(1).flatMap((p) => p.json.incremental ?? []).filter((i) => i.label === 'outcomes');
    expect(anonymousOutcomes.length).toBeGreaterThan(0);
    expect(JSON.stringify(anonymousOutcomes)).toContain('projectName');
    expect(JSON.stringify(anonymousOutcomes)).not.toContain('salesVolumeIncrease');

    const analyst = await postIncremental(gateway.url, { query }, bearer(await analystToken()));
    expect(analyst.contentType).toMatch(/^multipart\/mixed/);
    const outcomes = analyst.parts.slice(1).flatMap((p) => p.json.incremental ?? []).filter((i) => i.label === 'outcomes');
    expect(outcomes.length).toBeGreaterThan(0);
    expect(JSON.stringify(outcomes)).toContain('salesVolumeIncrease');
  });

  it('measures deferred fields against the operation limits as any: too deep inside a deferred fragment is too deep', async () => {
    // Depth 7 only inside the fragment; this gateway allows 6.
    const query = '{ firms(first: 1) { nodes { name ... @defer { chains { chain { firms(first: 1) { nodes { name } } } } } } } }';
    const answer = await postIncremental(gateway.url, { query });
    expect(answer.status).toBe(400);
    expect(answer.parts[0]!.json.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });

  it('runs a registered deferred document by its hash where only trusted documents run, and refuses an unregistered one', async () => {
    const strict = await system.startGatewayReplica({ GATEWAY_TRUSTED_DOCUMENTS: 'enforce', RESPONSE_CACHE: 'false' });
    try {
      const byHash = await postIncremental(strict.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(FIRM_360_DEFERRED) } }, variables: { uscc } });
      expect(byHash.contentType).toMatch(/^multipart\/mixed/);
      expect(mergeParts(byHash.parts)).toMatchObject({ firm: { name: '上海中如智慧能源集团有限公司', yangtze: { hostZones: [{ name: '上海张江高新区' }] } } });
      const other = await postIncremental(strict.url, { query: FIRM_360_DEFERRED.replace('regions', 'regions sampleCode'), variables: { uscc } });
      expect(other.parts[0]!.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    } finally {
      await strict.stop();
    }
  });

  it('counts deferred parts and the errors in them in /metrics', async () => {
    const metrics = await scrapeMetrics(gateway.url);
    expect(metrics.get('coopgraph_gateway_deferred_parts_total')).toBeGreaterThanOrEqual(4);
    expect(metrics.get('coopgraph_gateway_errors_total{code="REGION_UNAVAILABLE"}')).toBeGreaterThanOrEqual(1);
    expect(metrics.get('coopgraph_gateway_deferred_part_duration_seconds_count')).toBeGreaterThanOrEqual(4);
  });

  it('never keeps an answer sent in parts in the response cache; the whole answer, kept, is served to a multipart request in one part', async () => {
    // The system's own gateway, response cache on; Yangtze's funds are cacheable.
    const query = `query DeferCacheProbe${Date.now()} { yangtze { funds { key ... @defer(label: "names") { name } } } }`;
    const parts1 = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'multipart/mixed;deferSpec=20220824,application/json' }, body: JSON.stringify({ query }) });
    expect(parts1.headers.get('content-type')).toMatch(/^multipart\/mixed/);
    expect(parts1.headers.get('x-cache')).toBe('MISS');
    await parts1.text();
    const whole = await graphql(system.gatewayUrl, query);
    expect(whole.headers.get('x-cache')).toBe('MISS');
    const again = await postIncremental(system.gatewayUrl, { query });
    expect(again.contentType).toMatch(/^application\/json/);
    expect(again.parts).toHaveLength(1);
    expect(again.parts[0]!.json.data).toEqual(whole.data);
  });
});
