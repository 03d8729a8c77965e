/** The board's server over real HTTP, on a small built page of its own. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFrontendConfig } from './config';
import { pageFor, startFrontendServer, type RunningFrontend } from './serve-frontend';

const PAGE = '<!doctype html><head><meta name="coopgraph-graphql-url" content="http://localhost:4000/graphql" /><script type="module" src="/assets/index-abc123.js"></script></head>';

describe('the pairing board\'s server', () => {
  let dist: string;
  let server: RunningFrontend;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'board-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), PAGE);
    fs.writeFileSync(path.join(dist, 'assets/index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'favicon.ico'), 'ico');
    const { config } = loadFrontendConfig({ FRONTEND_PORT: '0', FRONTEND_DIST: dist, COOPGRAPH_GRAPHQL_URL: 'https://api.zhejiang.example.cn/graphql', LOG_LEVEL: 'error' });
    server = await startFrontendServer(config!);
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves the page with the gateway\'s URL written in, and lets it connect to that gateway only', async () => {
    const response = await fetch(`${server.url}?pairing=tongxiang-tiantai`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self' https://api.zhejiang.example.cn;");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<meta name="coopgraph-graphql-url" content="https://api.zhejiang.example.cn/graphql" />');
  });

  it('serves the hashed assets as immutable, other files as they are, nothing else', async () => {
    const asset = await fetch(`${server.url}assets/index-abc123.js`);
    expect([asset.status, asset.headers.get('content-type'), asset.headers.get('cache-control'), await asset.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable', 'console.log(1)']);
    expect((await fetch(`${server.url}favicon.ico`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}package.json`)).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    const post = await fetch(server.url, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('writes the URL as an attribute value, whatever it holds', () => {
    expect(pageFor(PAGE, 'https://api.example.cn/graphql?a="><script>')).toContain('content="https://api.example.cn/graphql?a=&quot;&gt;&lt;script&gt;"');
    expect(() => pageFor('<html></html>', 'https://api.example.cn/graphql')).toThrow(/no <meta name="coopgraph-graphql-url">/);
  });

  it('lists every configuration problem, and will not start without a built page', async () => {
    expect(loadFrontendConfig({ FRONTEND_PORT: 'eighty', COOPGRAPH_GRAPHQL_URL: 'ftp://api', LOG_LEVEL: 'loud' }).errors).toEqual([
      'FRONTEND_PORT must be a port number (0-65535), got "eighty"',
      'COOPGRAPH_GRAPHQL_URL must be an http or https URL, got "ftp://api"',
      'LOG_LEVEL must be debug, info, warn or error, got "loud"',
    ]);
    const { config } = loadFrontendConfig({ FRONTEND_PORT: '0', FRONTEND_DIST: path.join(dist, 'missing'), LOG_LEVEL: 'error' });
    await expect(startFrontendServer(config!)).rejects.toThrow(/no built page at .*missing\/index.html: run npm run build/);
  });
});
