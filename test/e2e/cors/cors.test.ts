/**
 * Issue 24: pages on other origins call the gateway through CORS, over real HTTP. The system's
 * gateway runs in development mode, where CORS_ORIGINS defaults to pages on this machine; a
 * production-mode gateway over the same subgraphs is given CORS_ORIGINS of its own. (A browser's
 * side of it: test/e2e/regional-frontend.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningGateway } from '../../../gateway/src/server';
import { sha256 } from '../../../gateway/src/trusted-documents/manifest';
import { registered } from '../attacks/harness';
import { startProductionGateway } from '../../support/production-gateway';

const gateway = inject('gatewayUrl');
const subgraphUrls = inject('subgraphUrls');
const exportUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/export/firms');

const PAIRING_PROJECTS = registered('ZhejiangPairingProjects');
const byHash = { operationName: 'ZhejiangPairingProjects', variables: { pairingKey: 'tongxiang-tiantai' }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(PAIRING_PROJECTS) } } };

/** A browser's preflight before a POST of JSON with a token. */
const preflight = (url: string, origin: string) =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
const post = (url: string, origin: string, body: unknown) => fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('CORS on the development gateway (CORS_ORIGINS unset: pages on this machine)', () => {
  it('refuses the preflight from http://example.test (before: 400 without any Access-Control header) with 403 and no Access-Control-Allow-Origin', async () => {
    const response = await preflight(gateway, 'http://example.test');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('answers the preflight from a page on localhost with 204, the methods, the headers and a max age', async () => {
    const response = await preflight(gateway, 'http://localhost:4200');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/(^|, )authorization(,|$)/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/(^|, )apollo-require-preflight(,|$)/);
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('lets that page read the answer to its query, with the ids it may quote', async () => {
    const response = await post(gateway, 'http://127.0.0.1:5173', { query: '{ zhejiang { pairing(key: "tongxiang-tiantai") { name } } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { zhejiang: { pairing: { name: expect.any(String) } } } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('keeps CSRF prevention on: a form-like POST from an allowed page is refused before it runs', async () => {
    const response = await fetch(gateway, { method: 'POST', headers: { origin: 'http://localhost:4200', 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('covers the firm export: its preflight names GET, its refusals carry the origin', async () => {
    const ok = await fetch(exportUrl(gateway), { method: 'OPTIONS', headers: { origin: 'http://localhost:4200', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-methods')).toBe('GET');
    // Without a reporting token: 401, readable by the page so it can say why.
    const refused = await fetch(exportUrl(gateway), { headers: { origin: 'http://localhost:4200' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
  });
});

describe('CORS on a production gateway with CORS_ORIGINS', () => {
  let strict: RunningGateway;
  beforeAll(async () => {
    strict = await startProductionGateway(subgraphUrls, { CORS_ORIGINS: 'http://example.test,https://*.zhejiang.example.cn' });
  });
  afterAll(() => strict?.close());

  it('allows the listed origin and the pattern\'s, for a registered operation sent by its hash', async () => {
    for (const origin of ['http://example.test', 'https://board.zhejiang.example.cn']) {
      const allowed = await preflight(strict.url, origin);
      expect(allowed.status, origin).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      const response = await post(strict.url, origin, byHash);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(((await response.json()) as { data: { zhejiang: { pairing: { key: string } } } }).data.zhejiang.pairing.key).toBe('tongxiang-tiantai');
    }
  });

  it('has no development default: a page on localhost is refused', async () => {
    expect((await preflight(strict.url, 'http://localhost:4200')).status).toBe(403);
    expect((await post(strict.url, 'http://localhost:4200', byHash)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
