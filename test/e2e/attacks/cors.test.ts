/**
 * Issue 24: attacks on the gateway's CORS, against a production gateway with
 * CORS_ORIGINS=https://*.example.cn over real HTTP. Each case is a request a hostile page (or a
 * tool forging what a browser would send) makes; none may get an Access-Control-Allow-Origin the
 * setting does not give, none may get Access-Control-Allow-Credentials, and CORS never switches
 * CSRF prevention off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningGateway } from '../../../gateway/src/server';
import { sha256 } from '../../../gateway/src/trusted-documents/manifest';
import { startProductionGateway } from '../../support/production-gateway';
import { registered } from './harness';

const subgraphUrls = inject('subgraphUrls');
const ALLOWED = 'https://board.example.cn';
const REGISTER = registered('ZhejiangRegisterProject');
const PROJECTS = registered('ZhejiangPairingProjects');
const variables = { pairingKey: 'tongxiang-tiantai' };
const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(PROJECTS) } };
const projectsByHash = JSON.stringify({ variables, extensions });
const projectsByGet = (url: string) => `${url}?variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${encodeURIComponent(JSON.stringify(extensions))}`;

interface Attack {
  name: string;
  send(url: string): Promise<Response>;
  status: number;
  /** The Access-Control-Allow-Origin the answer may carry; null for none. */
  allowOrigin: string | null;
}

const preflightFrom = (origin: string, method = 'POST') => (url: string) =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,authorization' } });

const ATTACKS: Attack[] = [
  { name: 'a preflight from a site not listed', send: preflightFrom('https://attacker.test'), status: 403, allowOrigin: null },
  { name: 'a preflight from the null origin (a sandboxed frame or a file: page)', send: preflightFrom('null'), status: 403, allowOrigin: null },
  { name: 'a preflight from a host that ends in the pattern\'s domain but is another site\'s', send: preflightFrom('https://evil.example.cn.attacker.test'), status: 403, allowOrigin: null },
  { name: 'a preflight from a host that ends in the domain\'s letters without its dot', send: preflightFrom('https://evilexample.cn'), status: 403, allowOrigin: null },
  { name: 'a preflight from the pattern\'s bare domain', send: preflightFrom('https://example.cn'), status: 403, allowOrigin: null },
  { name: 'a preflight from an allowed host over plain http', send: preflightFrom('http://board.example.cn'), status: 403, allowOrigin: null },
  { name: 'a preflight from an allowed host on another port', send: preflightFrom('https://board.example.cn:8443'), status: 403, allowOrigin: null },
  { name: 'a preflight whose Origin carries a path', send: preflightFrom('https://board.example.cn/attack'), status: 403, allowOrigin: null },
  { name: 'a preflight whose Origin lists an allowed origin and another', send: preflightFrom(`${ALLOWED}, https://attacker.test`), status: 403, allowOrigin: null },
  { name: 'a preflight for the export from a site not listed', send: (url) => preflightFrom('https://attacker.test', 'GET')(url.replace(/\/graphql$/, '/export/firms')), status: 403, allowOrigin: null },
  {
    name: 'a registered query from a site not listed: answered, but not readable by its page',
    send: (url) => fetch(url, { method: 'POST', headers: { origin: 'https://attacker.test', 'content-type': 'application/json' }, body: projectsByHash }),
    status: 200,
    allowOrigin: null,
  },
  {
    name: 'the same query from the null origin',
    send: (url) => fetch(url, { method: 'POST', headers: { origin: 'null', 'content-type': 'application/json' }, body: projectsByHash }),
    status: 200,
    allowOrigin: null,
  },
  {
    name: 'a write posted as a form (text/plain, no preflight) from a site not listed: refused by CSRF prevention',
    send: (url) => fetch(url, { method: 'POST', headers: { origin: 'https://attacker.test', 'content-type': 'text/plain' }, body: JSON.stringify({ query: REGISTER, variables: {} }) }),
    status: 400,
    allowOrigin: null,
  },
  {
    name: 'a form post from an allowed origin: CORS does not lift CSRF prevention',
    send: (url) => fetch(url, { method: 'POST', headers: { origin: ALLOWED, 'content-type': 'text/plain' }, body: projectsByHash }),
    status: 400,
    allowOrigin: ALLOWED,
  },
  {
    name: 'a GET without the preflight header from an allowed origin: refused by CSRF prevention',
    send: (url) => fetch(projectsByGet(url), { headers: { origin: ALLOWED } }),
    status: 400,
    allowOrigin: ALLOWED,
  },
  { name: 'a preflight from an allowed origin asking to send credentials', send: preflightFrom(ALLOWED), status: 204, allowOrigin: ALLOWED },
];

describe('attacks on CORS (CORS_ORIGINS=https://*.example.cn, production)', () => {
  let strict: RunningGateway;
  beforeAll(async () => {
    strict = await startProductionGateway(subgraphUrls, { CORS_ORIGINS: 'https://*.example.cn' });
  });
  afterAll(() => strict?.close());

  it.each(ATTACKS.map((a) => [a.name, a] as const))('%s', async (_name, attack) => {
    const response = await attack.send(strict.url);
    expect(response.status).toBe(attack.status);
    expect(response.headers.get('access-control-allow-origin')).toBe(attack.allowOrigin);
    // Never a wildcard, never credentials: a page cannot make the browser send a user's cookies and read the answer.
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
    if (attack.status === 400) expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
  });
});
