/**
 * Issue 24: the reference regional frontend (frontend/, the Zhejiang pairing board) in headless
 * Chromium, as a region would run it: its own server (`npm run frontend`'s process) on its own
 * origin, in front of a gateway in production mode (trusted documents enforced, tokens from the
 * identity provider's JWKS) whose CORS_ORIGINS allows that origin by a pattern. Chromium maps
 * *.example.test to this machine, so the page has a real host name: the allowed
 * board.zhejiang.example.test, and elsewhere.example.test, which is not allowed.
 *
 * The page loads its pairings and a pairing's projects through the gateway (sending registered
 * hashes only), chosen with the mouse; from the other origin the browser blocks it; a project an
 * editor registers through the gateway is on the board after a reload. The firms of each card's
 * chain in every region are the board's deferred part (@defer, issue 29): with the cross-region subgraph
 * behind a delaying proxy, the cards show first and that section after, in the same answer read in
 * parts (multipart/mixed). Screenshots go to test-results/screenshots/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../gateway/src/trusted-documents/manifest';
import type { GatewayReplica } from '../../../scripts/system';
import { freePort } from '../../../scripts/system';
import { launchBrowser, mouseClick, SCREENSHOT_DIR } from '../../support/browser';
import { startDelayingProxy, type DelayingProxy } from '../../support/delaying-proxy';
import { data, startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, bearer, mintToken, type SigningKey } from '../../support/tokens';
import { registered } from '../attacks/harness';

const ROOT = path.resolve(__dirname, '../../..');
const PAIRING = 'tongxiang-tiantai';
const REGISTER = registered('ZhejiangRegisterProject');
/** How long the cross-region subgraph's answers are held back from the board's gateway: the board's deferred part waits on them. */
const CROSSREGION_DELAY_MS = 3000;

/** The board's server as `npm run frontend` starts it, once it answers. */
async function startBoardServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number; output(): string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/frontend/server/main.js')], { cwd: ROOT, env: { ...process.env, ...env, FRONTEND_PORT: String(port), FRONTEND_HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  child.stdout!.on('data', (d: Buffer) => lines.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => lines.push(d.toString()));
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (child.exitCode !== null) break;
    const up = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
    if (up) return { child, port, output: () => lines.join('') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the board's server did not start:\n${lines.join('')}`);
}

describe('the Zhejiang pairing board on its own origin', () => {
  let system: TestSystem;
  let gateway: GatewayReplica;
  let jwks: http.Server;
  let idpKey: SigningKey;
  let board: Awaited<ReturnType<typeof startBoardServer>>;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  const consoleErrors: string[] = [];
  const failedRequests: Array<{ url: string; error: string }> = [];
  let allowedOrigin: string;
  let crossregion: DelayingProxy;

  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV });
    // Production's identity provider: an RS256 key whose public half this JWKS serves.
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    idpKey = privateKey;
    const keys = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' }] });
    jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(keys));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    crossregion = await startDelayingProxy(system.urls.crossregion, CROSSREGION_DELAY_MS);
    gateway = await system.startGatewayReplica({
      CROSSREGION_URL: crossregion.url,
      COOPGRAPH_MODE: 'production',
      COOPGRAPH_JWT_SECRET: '',
      COOPGRAPH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
      CORS_ORIGINS: 'http://*.zhejiang.example.test:*',
    });
    board = await startBoardServer({ COOPGRAPH_GRAPHQL_URL: gateway.url, LOG_LEVEL: 'warn' });
    allowedOrigin = `http://board.zhejiang.example.test:${board.port}`;

    const launched = await launchBrowser(['--host-resolver-rules=MAP *.example.test 127.0.0.1']);
    closeBrowser = launched.close;
    page = await launched.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('requestfailed', (request) => failedRequests.push({ url: request.url(), error: request.failure()?.errorText ?? '' }));
  }, 240_000);

  afterAll(async () => {
    await closeBrowser?.();
    if (board && board.child.exitCode === null) {
      const exited = new Promise((resolve) => board.child.once('exit', resolve));
      board.child.kill('SIGTERM');
      await exited;
    }
    await new Promise((resolve) => jwks?.close(resolve));
    await gateway?.stop();
    await crossregion?.close();
    await system?.stopAll();
  });

  /** The pairing as the Zhejiang subgraph has it in its database, beside every gateway and its cache. */
  const pairingInRegion = (key = PAIRING) =>
    data<{ zhejiang: { pairing: { name: string; industrialCounty: { name: string }; mountainCounty: { name: string }; projects: Array<{ key: string }> } } }>(
      system.urls.zhejiang,
      `{ zhejiang { pairing(key: "${key}") { name industrialCounty { name } mountainCounty { name } projects { key } } } }`,
    );
  const cardKeys = () => page.locator('article.project').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-project-key')));

  it('loads the pairings through the gateway, and shows a pairing\'s projects chosen with the mouse', async () => {
    const answered = page.waitForResponse((r) => r.url() === gateway.url && r.request().method() === 'POST');
    await page.goto(`${allowedOrigin}/`);
    // The page's origin is not the gateway's: the browser asked first (CORS) and let the page read the answer.
    const response = await answered;
    expect(new URL(page.url()).origin).not.toBe(new URL(gateway.url).origin);
    expect(response.headers()['access-control-allow-origin']).toBe(allowedOrigin);
    // Only hashes went out: the manifest's, never a document's text.
    expect(JSON.parse(response.request().postData()!)).toEqual({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } } });

    const expected = (await pairingInRegion()).zhejiang.pairing;
    const button = page.getByRole('button', { name: expected.name });
    await button.waitFor();
    await mouseClick(page, button);
    await expect.poll(() => new URL(page.url()).searchParams.get('pairing')).toBe(PAIRING);
    await expect.poll(() => page.locator('#pairing-name').textContent()).toBe(expected.name);
    expect(await page.locator('.counties').textContent()).toContain(expected.industrialCounty.name);
    expect(await page.locator('.counties').textContent()).toContain(expected.mountainCounty.name);
    await expect.poll(cardKeys).toEqual(expected.projects.map((p) => p.key));
    expect(expected.projects.length).toBeGreaterThan(0);
    expect(await page.locator('.tracks li:not(.caption)').count()).toBe(6);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the firms of each card\'s chain when the deferred part arrives, after the cards', async () => {
    const pairingKey = PAIRING;
    const answered = page.waitForResponse((r) => r.url() === gateway.url && r.request().method() === 'POST' && JSON.parse(r.request().postData()!).variables?.pairingKey === pairingKey);
    await page.goto(`${allowedOrigin}/?pairing=${pairingKey}`);
    const response = await answered;
    // One answer in parts: the page asked for them, the gateway sent them.
    expect(response.request().headers()['accept']).toContain('multipart/mixed;deferSpec=20220824');
    expect(response.headers()['content-type']).toBe('multipart/mixed; boundary="-"; deferSpec=20220824');

    const expected = (await pairingInRegion(pairingKey)).zhejiang.pairing;
    await expect.poll(cardKeys).toEqual(expected.projects.map((p) => p.key));
    // The cards are on the page while the cross-region layer's answer is still held back.
    const sections = page.locator('article.project .chain-firms');
    expect(await sections.count()).toBe(expected.projects.length);
    expect(await page.locator('article.project .chain-firms[data-state="loading"]').count()).toBe(expected.projects.length);
    expect(await sections.first().textContent()).toContain('加载中');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'pairing-board-deferred-loading.png'), fullPage: true });

    await expect.poll(() => page.locator('article.project .chain-firms[data-state="ready"]').count(), { timeout: 30_000 }).toBe(expected.projects.length);
    expect(crossregion.released.length).toBeGreaterThan(0);
    // Each card shows what the API says of its chain in every region: the first five in pinyin order.
    const chains = await sections.evaluateAll((all) => all.map((s) => ({ chain: s.getAttribute('data-chain'), firms: [...s.querySelectorAll('li')].map((li) => li.getAttribute('data-uscc')) })));
    const chained = chains.filter((c) => c.chain);
    expect(chained.length).toBeGreaterThan(0);
    for (const { chain, firms } of chained) {
      const { industryChain } = await data<{ industryChain: { firms: { nodes: Array<{ uscc: string }> } } }>(
        system.gatewayUrl,
        'query($code: ID!) { industryChain(code: $code) { firms(orderBy: { field: NAME_PINYIN }, first: 5) { nodes { uscc } } } }',
        { code: chain },
      );
      expect(firms).toEqual(industryChain.firms.nodes.map((n) => n.uscc));
    }
    expect(chained.some((c) => c.firms.length > 0)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'pairing-board.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('shows a project registered through the gateway after a reload', async () => {
    const name = '桐乡智能装备天台协作产线';
    const token = await mintToken({ role: 'editor', sub: 'editor-tongxiang', region: 'zhejiang', scope: 'county:tongxiang' }, { key: idpKey, alg: 'RS256', kid: 'idp-1' });
    const input = {
      idempotencyKey: `board-e2e-${Date.now()}`,
      pairingKey: PAIRING,
      kind: 'production-base',
      name,
      summary: '桐乡企业在天台共建智能装备协作产线',
      hostAreaCode: '331023',
      stage: 'SIGNED',
      amount: { value: 2.5, unit: '亿元' },
      amountMetric: '计划投资',
      milestone: { event: '签约', date: '2026-11-30' },
      firms: [],
    };
    // As an editor's tool sends it to a production gateway: the registered write, by its hash.
    const written = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ variables: { input }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGISTER) } } }),
    });
    const answer = (await written.json()) as { data?: { zhejiangRegisterProject: { project: { key: string } } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    const key = answer.data!.zhejiangRegisterProject.project.key;

    await page.reload();
    const card = page.locator(`article.project[data-project-key="${key}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await card.locator('h3').textContent()).toBe(name);
    expect(await card.locator('.amounts').textContent()).toBe('计划投资 2.5 亿元');
    expect(await card.locator('.stages li.current').textContent()).toBe('签约');
    expect(await card.locator('.milestone').textContent()).toContain('签约');
    // In the region's order, the new one among them.
    expect(await cardKeys()).toEqual((await pairingInRegion()).zhejiang.pairing.projects.map((p) => p.key));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'pairing-board-registered.png'), fullPage: true });
  });

  it('is blocked by the browser on an origin the gateway does not allow', async () => {
    consoleErrors.length = 0;
    failedRequests.length = 0;
    const other = `http://elsewhere.example.test:${board.port}`;
    await page.goto(`${other}/?pairing=${PAIRING}`);
    // The page learns only that the call failed, and says so.
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('could not be reached');
    expect(await page.locator('article.project').count()).toBe(0);
    // The browser refused it, and says why in the console.
    expect(failedRequests).toContainEqual({ url: gateway.url, error: 'net::ERR_FAILED' });
    expect(consoleErrors.join('\n')).toMatch(new RegExp(`from origin '${other}' has been blocked by CORS policy`));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'pairing-board-blocked.png'), fullPage: true });
  });

  it('gets no answer to a request that carries the browser\'s credentials, even from the allowed origin', async () => {
    await page.goto(`${allowedOrigin}/?pairing=${PAIRING}`);
    await page.locator('article.project').first().waitFor();
    const outcome = await page.evaluate(
      async ([url, hash]) => {
        try {
          const response = await fetch(url!, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
          return `read ${response.status}`;
        } catch (error) {
          return `blocked: ${(error as Error).name}`;
        }
      },
      [gateway.url, sha256(registered('ZhejiangPairingBoardPairings'))],
    );
    expect(outcome).toBe('blocked: TypeError');
  });
}, 300_000);
