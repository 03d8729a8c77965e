/**
 * Issue 4: what bad input gets. Every attack and mistake of the table is sent to the real system —
 * the gateway, or a subgraph's own port for spoofed headers — and must get exactly the expected
 * `extensions.code` (and HTTP status where it matters), and leave every region's database as it
 * was: before and after each case the test reads the records and the directory of all three
 * regions straight from their subgraphs and compares them.
 *
 * Two gateways over the same subgraphs: the system's own, in development mode (HS256 tokens,
 * trusted documents off), and a strict one started here in production mode (tokens from a JWKS this
 * test serves, trusted documents enforced, no introspection, no field suggestions). Where the caller
 * made a mistake, the message must also say how to fix it.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../gateway/src/trusted-documents/manifest';
import { loadGatewayConfig } from '../../../gateway/src/config';
import { startGateway, type RunningGateway } from '../../../gateway/src/server';
import { sampleUscc } from '../../../schema/contract/uscc';
import { generateIdentityKeyEnv, loadIdentityKeys } from '../../../subgraphs/kit/auth/identity-keys';
import type { Identity } from '../../../subgraphs/kit/auth/identity';
import { GRAPHQL_ROUTE, IDENTITY_HEADER, identityPartOf, signIdentity } from '../../../subgraphs/kit/auth/signed-identity';
import { TEST_GATEWAY_KEY } from '../../../subgraphs/kit/auth/testing-keys';
import { loadSubgraphConfig } from '../../../subgraphs/kit/config';
import { FIRM_EXPORT_PATH } from '../../../subgraphs/kit/directory/export';
import { MAX_LOG_LINE_CHARS } from '../../../subgraphs/kit/log';
import { startSubgraph, type RunningSubgraph } from '../../../subgraphs/kit/server';
import { yangtze } from '../../../subgraphs/yangtze/src/region';
import { startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, analystToken, bearer, editorToken, mintToken, reportingToken, type SigningKey } from '../../support/tokens';
import { registered, snapshotAll, startRecordingProxy, type Answer, send } from './harness';

// ---- the writes the cases try ---------------------------------------------------------------------

const POST = registered('YangtzePostToPlatform');
const APPLY = registered('TianjinApplyToAlliance');
const REVIEW = registered('TianjinReviewApplication');
const COOPERATE = registered('TianjinRecordCooperation');
const REGISTER = registered('ZhejiangRegisterProject');
const ASSESS = registered('ZhejiangRecordAssessment');

const policyPost = (idempotencyKey: string, extra: Record<string, unknown> = {}) => ({
  input: { idempotencyKey, zoneKey: 'shanghai-zhangjiang', kind: 'POLICY', title: '张江科技创新券政策', posted: '2024-05-06', ...extra },
});
const xiqingFirm = { uscc: sampleUscc('天津西青测试科技有限公司', '120111'), name: '天津西青测试科技有限公司', areaCode: '120111' };
const WRONG_CHECK = xiqingFirm.uscc.endsWith('0') ? '1' : '0';
const application = (idempotencyKey: string, applicant: Record<string, unknown> = xiqingFirm) => ({
  input: { idempotencyKey, allianceKey: 'new-energy-battery-talent-alliance', applicant, chainCode: 'POWER_BATTERY', statement: '电池管理系统', submitted: '2024-03-01' },
});
const project = (idempotencyKey: string, extra: Record<string, unknown> = {}) => ({
  input: {
    idempotencyKey,
    pairingKey: 'tongxiang-tiantai',
    kind: 'production-base',
    name: '产业用纱新基地',
    summary: '桐乡企业在天台建设产业用纱生产基地',
    hostAreaCode: '331023',
    stage: 'SIGNED',
    milestone: { event: '签约', date: '2024-07-01' },
    firms: [],
    ...extra,
  },
});
const cooperation = (idempotencyKey: string, amount: Record<string, unknown>) => ({
  input: {
    idempotencyKey,
    allianceKey: 'new-energy-battery-talent-alliance',
    parties: [xiqingFirm, { uscc: sampleUscc('苏州攻击测试有限公司', '320505'), name: '苏州攻击测试有限公司', areaCode: '320505' }],
    kind: 'business-cooperation',
    status: 'SIGNED',
    scope: '测试',
    amount,
    date: '2024-06-18',
  },
});

const COUNTIES_OF_KIND = 'query($kind: String) { zhejiang { counties(kind: $kind) { key } } }';
const FIRMS = 'query($filter: FirmFilter, $first: Int, $after: String) { firms(filter: $filter, first: $first, after: $after) { totalCount nodes { uscc } } }';
const PROJECTS = 'query($filter: ProjectFilter) { cooperationProjects(filter: $filter, first: 5) { totalCount } }';
const DEEP = `{ tianjin { alliances { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { members { alliance { name } } } } } } } } } } } } } } } } } } } } } } } } } } }`;
const EXPENSIVE = `{ firms(first: 50) { nodes { uscc name originalNames regions sampleCode area { code name fullName level }
  tianjin { firm { name originalName kind areaCode } memberships { key alliance { key name kind areaCode members { key basis alliance { key name kind areaCode figures { metric value unit } } } } } } } } }`;

const YANGTZE_EDITOR: Identity = { role: 'editor', subject: 'forger', region: 'yangtze', unit: { kind: 'zone', key: 'shanghai-zhangjiang' } };
/** A gateway's key, but not this deployment's. */
const FORGED_KEY = loadIdentityKeys(generateIdentityKeyEnv(), { signs: 'gateway', trusts: [] }, true, []).signing!;
type SigningKeyPair = typeof FORGED_KEY;

/** A gateway's `<SUBGRAPH>_URL` variables for a system's subgraphs. */
const subgraphEnv = (urls: Record<string, string>) => Object.fromEntries(Object.entries(urls).filter(([name]) => name !== 'gateway').map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));

/** A JWT with `alg: none`: signed by nobody. */
function unsignedToken(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'coopgraph', aud: 'coopgraph-api', iat: now, exp: now + 300, ...claims })}.`;
}

/** The answer holds data, without the removed field, and one error naming it at its path. */
const removed = (path: string[]) => (answer: Answer) => {
  expect(answer.data).toBeTruthy();
  expect(JSON.stringify(answer.data)).not.toContain(`"${path.at(-1)}":`);
  expect((answer.errors as Array<{ path?: string[] }>).map((e) => e.path)).toEqual([path]);
};

interface Case {
  name: string;
  code: string | null;
  status?: number;
  send(): Promise<Answer>;
  /** What else the answer must show: data that took the input literally, or a message that says how to fix the mistake. */
  check?(answer: Answer): void;
}

describe('attacks and mistakes', () => {
  let system: TestSystem;
  let strict: RunningGateway;
  /** Yangtze's subgraph as production runs it (COOPGRAPH_MODE=production), on a database of its own. */
  let productionYangtze: RunningSubgraph;
  let productionDir: string;
  let jwks: http.Server;
  let idpKey: SigningKey;
  let pendingApplication: string;
  let before: unknown;

  const gateway = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => send(system.gatewayUrl, { query, variables }, headers);
  const strictGateway = (body: Record<string, unknown>, headers: Record<string, string> = {}) => send(strict.url, body, headers);
  const subgraph = (name: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) => send(system.urls[name as 'yangtze'], { query, variables }, headers);
  const headerFor = (audience: string, query: string, variables: Record<string, unknown> | undefined, identity: Identity, key: SigningKeyPair, now = Date.now()) => ({
    [IDENTITY_HEADER]: signIdentity(identity, key, { audience, route: GRAPHQL_ROUTE, content: JSON.stringify({ query, variables }) }, now),
  });
  /** A request straight at a subgraph, with a header signed for exactly it and its body, by `key`. */
  const signedAt = (name: string, query: string, variables: Record<string, unknown>, identity: Identity, key: SigningKeyPair, now = Date.now()) => subgraph(name, query, variables, headerFor(name, query, variables, identity, key, now));
  const atProduction = (query: string, headers: Record<string, string> = {}) => send(productionYangtze.url, { query }, headers);
  const ANONYMOUS_CALLER: Identity = { role: 'anonymous' };
  /**
   * What a proxy in front of Tianjin sees of a Yangtze editor's query that reads Tianjin too, sent
   * through a gateway signing with the system's key whose Tianjin URL is the proxy: the header, once.
   */
  let capture: Promise<{ header: string; body: string }> | undefined;
  const captured = () => (capture ??= captureTianjinHeader());
  const captureTianjinHeader = async () => {
    const proxy = await startRecordingProxy(system.urls.tianjin);
    const recording = await startGateway(loadGatewayConfig({ ...TEST_AUTH_ENV, GATEWAY_PORT: '0', LOG_LEVEL: 'error', ...subgraphEnv(system.urls), TIANJIN_URL: proxy.url }).config!);
    try {
      const answer = await send(recording.url, { query: '{ tianjin { alliances { key } } yangtze { zones { key } } }' }, bearer(await zhangjiang()));
      expect(answer.errors).toBeUndefined();
      const seen = proxy.requests.find((r) => r.headers[IDENTITY_HEADER]);
      if (!seen) throw new Error('the gateway sent Tianjin no identity header');
      // The header did vouch for the editor at Tianjin, with its own request.
      expect(JSON.parse(Buffer.from(identityPartOf(seen.headers[IDENTITY_HEADER]!), 'base64url').toString())).toMatchObject({ role: 'editor', region: 'yangtze' });
      return { header: seen.headers[IDENTITY_HEADER]!, body: seen.body };
    } finally {
      await recording.close();
      await proxy.close();
    }
  };
  const idpToken = (claims: Record<string, unknown>) => mintToken({ role: 'analyst', ...claims }, { key: idpKey, alg: 'RS256', kid: 'idp-1' });
  const zhangjiang = () => editorToken('yangtze', 'zone:shanghai-zhangjiang');
  const written = () => snapshotAll(system.urls);

  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV });
    // The identity provider of production: an RS256 key whose public half this JWKS serves.
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    idpKey = privateKey;
    const keys = { keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' }] };
    jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(keys)));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const loaded = loadGatewayConfig({
      COOPGRAPH_MODE: 'production',
      COOPGRAPH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
      COOPGRAPH_GATEWAY_SIGNING_KEY: TEST_AUTH_ENV.COOPGRAPH_GATEWAY_SIGNING_KEY,
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'error',
      ...subgraphEnv(system.urls),
    });
    if (loaded.errors) throw new Error(loaded.errors.join('; '));
    strict = await startGateway(loaded.config);
    productionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-attacks-production-'));
    const production = loadSubgraphConfig('yangtze', { ...TEST_AUTH_ENV, COOPGRAPH_MODE: 'production', YANGTZE_PORT: '0', COOPGRAPH_DATA_DIR: productionDir, LOG_LEVEL: 'error' });
    if (production.errors) throw new Error(production.errors.join('; '));
    productionYangtze = await startSubgraph(yangtze, production.config);

    // What some cases need to exist: a first write to replay, and an application under review.
    const first = await gateway(POST, policyPost('attack-replay-0001'), bearer(await zhangjiang()));
    expect(first.code).toBeUndefined();
    const filed = await gateway(APPLY, application('attack-apply-0001'), bearer(await editorToken('tianjin', 'county:120111')));
    expect(filed.code).toBeUndefined();
    pendingApplication = (filed.data as { tianjinApplyToAlliance: { application: { key: string } } }).tianjinApplyToAlliance.application.key;
    before = await written();
  }, 240_000);

  afterAll(async () => {
    await strict?.close();
    await productionYangtze?.close();
    if (productionDir) fs.rmSync(productionDir, { recursive: true, force: true });
    await new Promise((resolve) => jwks?.close(resolve));
    await system?.stopAll();
  });

  const CASES: Case[] = [
    // ---- tokens ----
    { name: 'a token signed with another secret', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0001'), bearer(await mintToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }, { key: new TextEncoder().encode('another-secret-of-at-least-32-characters!') }))) },
    { name: 'an expired token', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0002'), bearer(await mintToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }, { expiresIn: -60 }))) },
    { name: 'a token without an expiry (no exp claim)', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0034'), bearer(await mintToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }, { expiresIn: null }))), check: (a) => expect(a.message).toBe('Not signed in: the token has no expiry (exp claim); tokens must expire.') },
    { name: 'a token issued an hour in the future', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0035'), bearer(await mintToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }, { issuedIn: 3600, expiresIn: 7200 }))), check: (a) => expect(a.message).toBe("Not signed in: the token's iat claim is in the future.") },
    { name: 'a token without an expiry at the production gateway', code: 'UNAUTHENTICATED', status: 401, send: async () => strictGateway({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(POST) } }, variables: policyPost('attack-0036') }, bearer(await mintToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }, { key: idpKey, alg: 'RS256', kid: 'idp-1', expiresIn: null }))) },
    { name: 'a token for another audience', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0003'), bearer(await mintToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }, { audience: 'another-api' }))) },
    { name: 'a token from another issuer', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0004'), bearer(await mintToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }, { issuer: 'someone-else' }))) },
    { name: 'an unsigned token (alg: none)', code: 'UNAUTHENTICATED', status: 401, send: () => gateway(POST, policyPost('attack-0005'), bearer(unsignedToken({ sub: 'x', role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }))) },
    { name: 'a token with a role the API does not know', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0006'), bearer(await mintToken({ role: 'admin' }))) },
    { name: 'an editor token that names no unit', code: 'UNAUTHENTICATED', status: 401, send: async () => gateway(POST, policyPost('attack-0007'), bearer(await mintToken({ role: 'editor', region: 'yangtze' }))) },
    { name: 'an Authorization header that is not a bearer JWT', code: 'UNAUTHENTICATED', status: 401, send: () => gateway(POST, policyPost('attack-0008'), { authorization: 'Basic YWRtaW46YWRtaW4=' }) },
    { name: 'a development HS256 token at the production gateway', code: 'UNAUTHENTICATED', status: 401, send: async () => strictGateway({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(POST) } }, variables: policyPost('attack-0009') }, bearer(await zhangjiang())) },

    // ---- roles, regions and units ----
    { name: 'an anonymous write', code: 'UNAUTHENTICATED', status: 401, send: () => gateway(POST, policyPost('attack-0010')) },
    { name: 'an analyst\'s write', code: 'FORBIDDEN', status: 403, send: async () => gateway(POST, policyPost('attack-0011'), bearer(await analystToken())) },
    { name: 'a reporting job\'s write', code: 'FORBIDDEN', status: 403, send: async () => gateway(POST, policyPost('attack-0012'), bearer(await reportingToken())) },
    { name: 'an editor writing another region\'s data', code: 'FORBIDDEN', status: 403, send: async () => gateway(POST, policyPost('attack-0013'), bearer(await editorToken('tianjin', 'alliance:new-energy-battery-talent-alliance'))) },
    { name: 'a zone editor posting on another zone\'s channel', code: 'FORBIDDEN', status: 403, send: async () => gateway(POST, policyPost('attack-0014'), bearer(await editorToken('yangtze', 'zone:wuhan-donghu'))) },
    { name: 'an alliance editor deciding another alliance\'s application', code: 'FORBIDDEN', send: async () => gateway(REVIEW, { input: { idempotencyKey: 'attack-0015', applicationKey: pendingApplication, decision: 'APPROVE', reviewed: '2024-03-10' } }, bearer(await editorToken('tianjin', 'alliance:shuangtan-alliance'))) },
    { name: 'a county editor registering a project of a pairing it is not in', code: 'FORBIDDEN', send: async () => gateway(REGISTER, project('attack-0016'), bearer(await editorToken('zhejiang', 'county:jingning'))) },
    { name: 'a county editor recording the provincial assessment', code: 'FORBIDDEN', status: 403, send: async () => gateway(ASSESS, { input: { idempotencyKey: 'attack-0017', programmeKey: 'zj-manufacturing-pairing-2023-2025', assessmentYear: 2024, finding: '好', resultsReceived: '2025-03-01', countyResults: [{ countyKey: 'tiantai', score: 99, grade: '优秀' }] } }, bearer(await editorToken('zhejiang', 'county:tiantai'))) },
    { name: 'a district editor filing for a firm of another district', code: 'FORBIDDEN', send: async () => gateway(APPLY, application('attack-0018', { uscc: sampleUscc('天津滨海攻击测试有限公司', '120116'), name: '天津滨海攻击测试有限公司', areaCode: '120116' }), bearer(await editorToken('tianjin', 'county:120111'))) },

    // ---- what is not public: left out of the answer, each removed field named at its path ----
    { name: 'an anonymous read of what people told the reporter', code: 'UNAUTHENTICATED', status: 200, send: () => gateway('{ yangtze { people { name quote } } }'), check: removed(['yangtze', 'people', '@', 'quote']) },
    { name: 'an anonymous read of Tianjin\'s people through a fragment', code: 'UNAUTHENTICATED', status: 200, send: () => gateway('query { tianjin { firms { name ...staff } } } fragment staff on TianjinFirm { people { name role } }'), check: removed(['tianjin', 'firms', '@', 'people']) },
    { name: 'an editor reading contact details', code: 'FORBIDDEN', status: 200, send: async () => gateway('{ yangtze { posts { title contact { phone } } } }', {}, bearer(await zhangjiang())), check: removed(['yangtze', 'posts', '@', 'contact']) },
    { name: 'an anonymous read of each county\'s assessment result', code: 'UNAUTHENTICATED', status: 200, send: () => gateway('{ zhejiang { assessments { assessmentYear countyResults { score } } } }'), check: removed(['zhejiang', 'assessments', '@', 'countyResults']) },
    { name: 'an anonymous read of nothing but what is not public', code: 'UNAUTHENTICATED', status: 401, send: () => gateway('{ tianjin { people { name } } }') },

    // ---- identity headers that did not come from the gateway ----
    { name: 'an identity header forged with another key, straight at a subgraph', code: 'UNAUTHENTICATED', send: () => signedAt('yangtze', POST, policyPost('attack-0019'), YANGTZE_EDITOR, FORGED_KEY) },
    { name: 'an unsigned identity, straight at a subgraph', code: 'UNAUTHENTICATED', send: () => subgraph('tianjin', APPLY, application('attack-0020'), { [IDENTITY_HEADER]: Buffer.from(JSON.stringify({ role: 'editor', subject: 'forger', region: 'tianjin', unit: { kind: 'county', key: '120111' } })).toString('base64url') }) },
    { name: 'a gateway-signed identity replayed after it expired', code: 'UNAUTHENTICATED', send: () => signedAt('zhejiang', REGISTER, project('attack-0021'), { role: 'editor', subject: 'replayer', region: 'zhejiang', unit: { kind: 'county', key: 'tiantai' } }, TEST_GATEWAY_KEY, Date.now() - 60_000) },
    { name: 'an identity header sent to the gateway', code: 'UNAUTHENTICATED', status: 401, send: () => gateway(POST, policyPost('attack-0022'), { [IDENTITY_HEADER]: signIdentity(YANGTZE_EDITOR, FORGED_KEY, { audience: 'gateway', route: GRAPHQL_ROUTE, content: '' }) }) },
    {
      // Issue 25: a Tianjin-side proxy recorded a Yangtze editor's header and wrote a Yangtze post with it.
      name: 'an identity header captured on its way to one region, replayed at another with a write',
      code: 'UNAUTHENTICATED',
      send: async () => subgraph('yangtze', POST, policyPost('attack-0031'), { [IDENTITY_HEADER]: (await captured()).header }),
    },
    {
      name: 'a captured identity header replayed at the same region with another body',
      code: 'UNAUTHENTICATED',
      send: async () => {
        const { header } = await captured();
        return subgraph('tianjin', APPLY, application('attack-0032'), { [IDENTITY_HEADER]: header });
      },
    },
    {
      name: 'a header the cross-region layer would sign, vouching for an editor',
      code: 'UNAUTHENTICATED',
      send: () => signedAt('yangtze', POST, policyPost('attack-0033'), YANGTZE_EDITOR, loadIdentityKeys(TEST_AUTH_ENV, { signs: 'crossregion', trusts: [] }, true, []).signing!),
    },

    // ---- a subgraph's port in production: what the gateway signed, for that subgraph and request, and nothing else ----
    { name: 'introspection at a production region\'s port', code: 'UNAUTHENTICATED', status: 401, send: () => atProduction('{ __schema { types { name } } }') },
    { name: 'its SDL (`_service { sdl }`) at a production region\'s port', code: 'UNAUTHENTICATED', status: 401, send: () => atProduction('{ _service { sdl } }') },
    { name: 'the internal directory at a production region\'s port', code: 'UNAUTHENTICATED', status: 401, send: () => atProduction('{ directoryFirms(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 5) { rows { uscc name } } }') },
    { name: 'a public query at a production region\'s port, unsigned', code: 'UNAUTHENTICATED', status: 401, send: () => atProduction('{ yangtze { zones { key } } }') },
    {
      name: 'a production region\'s export, unsigned',
      code: 'UNAUTHENTICATED',
      status: 401,
      send: () => send(new URL(FIRM_EXPORT_PATH, productionYangtze.url).href, { filter: {} }),
    },
    {
      name: 'a header the gateway signed for another region, at a production region\'s port',
      code: 'UNAUTHENTICATED',
      status: 401,
      send: () => atProduction('{ yangtze { zones { key } } }', headerFor('tianjin', '{ yangtze { zones { key } } }', undefined, ANONYMOUS_CALLER, TEST_GATEWAY_KEY)),
    },
    {
      name: '500 aliases signed by the gateway at a production region\'s port',
      code: 'QUERY_TOO_COMPLEX',
      status: 400,
      send: () => {
        const query = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: yangtze { name }`).join(' ')} }`;
        return atProduction(query, headerFor('yangtze', query, undefined, ANONYMOUS_CALLER, TEST_GATEWAY_KEY));
      },
      check: (a) => expect(a.message).toMatch(/^The operation exceeds the aliases limit \(aliases 500, limit 130\)\./),
    },
    {
      name: 'a query the gateway signed for a production region, at its port',
      code: null,
      send: () => atProduction('{ yangtze { zones { key } } }', headerFor('yangtze', '{ yangtze { zones { key } } }', undefined, ANONYMOUS_CALLER, TEST_GATEWAY_KEY)),
      check: (a) => expect((a.data as { yangtze: { zones: unknown[] } }).yangtze.zones.length).toBeGreaterThan(0),
    },

    // ---- one huge request: a bounded answer, and bounded log lines ----
    {
      name: 'one huge request at a region\'s port (45,000 credit codes, 0.9 MB)',
      code: 'BAD_USER_INPUT',
      send: () => subgraph('tianjin', 'query($u: [ID!]!) { directoryFirmsByUscc(usccs: $u) { uscc } }', { u: Array.from({ length: 45_000 }, (_, i) => `91120000${String(i).padStart(10, '0')}`) }, {}),
      check: (a) => {
        expect(a.errors?.[0]?.extensions).toMatchObject({ field: 'usccs', reason: 'TOO_MANY_KEYS' });
        const longest = Math.max(...(['tianjin', 'crossregion', 'gateway'] as const).flatMap((name) => system.logs(name).split('\n').map((line) => line.length)));
        expect(longest).toBeLessThanOrEqual(MAX_LOG_LINE_CHARS);
      },
    },

    // ---- SQL metacharacters in every filter ----
    { name: 'a keyword that is SQL', code: null, send: () => gateway(FIRMS, { filter: { keyword: "'; DROP TABLE dir_firm; --" }, first: 5 }), check: (a) => expect(a.data).toEqual({ firms: { totalCount: 0, nodes: [] } }) },
    { name: 'a keyword that is a LIKE wildcard', code: null, send: () => gateway(FIRMS, { filter: { keyword: '%' }, first: 5 }), check: (a) => expect(a.data).toEqual({ firms: { totalCount: 0, nodes: [] } }) },
    { name: 'an area code with SQL', code: 'BAD_USER_INPUT', send: () => gateway(FIRMS, { filter: { areaCode: "120116' OR '1'='1" }, first: 5 }) },
    { name: 'a chain code with SQL', code: 'BAD_USER_INPUT', send: () => gateway(PROJECTS, { filter: { chainCode: 'NEV" OR 1=1 --' } }) },
    { name: 'link codes with SQL', code: 'BAD_USER_INPUT', send: () => gateway(FIRMS, { filter: { linkCodes: ["DESIGN') --"] }, first: 5 }) },
    { name: 'a date with SQL', code: 'BAD_USER_INPUT', send: () => gateway(PROJECTS, { filter: { dateFrom: "2023' OR 1=1 --" } }) },
    { name: 'a scope id with SQL', code: null, send: () => gateway(FIRMS, { filter: { scopeId: "tianjin:park:x' OR 1=1 --" }, first: 5 }), check: (a) => expect(a.data).toEqual({ firms: { totalCount: 0, nodes: [] } }) },
    { name: 'a credit code with SQL', code: 'BAD_USER_INPUT', send: () => gateway('query($uscc: ID!) { firm(uscc: $uscc) { name } }', { uscc: "91120116MA'; DELETE FROM dir_firm; --" }) },
    { name: 'a cursor with SQL', code: 'BAD_USER_INPUT', send: () => gateway(FIRMS, { first: 5, after: "' OR 1=1 --" }) },
    { name: 'a region\'s own filter with SQL', code: null, send: () => gateway(COUNTIES_OF_KIND, { kind: "' OR '1'='1" }), check: (a) => expect(a.data).toEqual({ zhejiang: { counties: [] } }) },
    { name: 'an idempotency key with SQL', code: 'BAD_USER_INPUT', send: async () => gateway(POST, policyPost("k'; DELETE FROM platform_post; --"), bearer(await zhangjiang())) },

    // ---- operations too big ----
    { name: 'a query nested too deep', code: 'QUERY_TOO_COMPLEX', status: 400, send: () => gateway(DEEP), check: (a) => expect(a.message).toMatch(/^The operation exceeds the depth limit \(depth \d+, limit 12\)\. Nest fewer levels: .* in a second query/) },
    {
      name: 'an alias bomb',
      code: 'QUERY_TOO_COMPLEX',
      status: 400,
      send: () => gateway(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: firms(first: 1) { totalCount }`).join(' ')} }`),
      check: (a) => expect(a.message).toMatch(/^The operation exceeds the aliases limit \(aliases 200, limit 30\)\. Use fewer aliases: /),
    },
    { name: 'a directive bomb', code: 'QUERY_TOO_COMPLEX', status: 400, send: () => gateway(`{ yangtze { name @include(if: true) zones @include(if: true) { key @include(if: true) name @include(if: true) originalName @include(if: true) shortName @include(if: true) zoneType @include(if: true) areaCode @include(if: true) isFounder @include(if: true) isLeadFounder @include(if: true) adminBodyName @include(if: true) } } }`), check: (a) => expect(a.message).toMatch(/^The operation exceeds the directives limit \(directives \d+, limit 10\)\. Use fewer directives: /) },
    { name: 'a token flood', code: 'QUERY_TOO_COMPLEX', status: 400, send: () => gateway(`{ ${'__typename '.repeat(6000)}}`), check: (a) => expect(a.message).toMatch(/^The operation exceeds the tokens limit \(tokens 4001, limit 4000\)\. Send a shorter document: /) },
    {
      name: 'a query over an analyst\'s cost budget',
      code: 'QUERY_TOO_COMPLEX',
      status: 400,
      send: async () => gateway(EXPENSIVE, {}, bearer(await analystToken())),
      check: (a) => expect(a.message).toMatch(/^The operation exceeds the cost limit \(cost \d+, limit 5000\)\. Ask for fewer fields or fewer nested levels, a smaller `first` .* or split the operation into several queries; reporting jobs .* have a budget of 50000\.$/),
    },
    {
      name: 'a query over a reporting job\'s cost budget',
      code: 'QUERY_TOO_COMPLEX',
      status: 400,
      send: async () => gateway(EXPENSIVE.replace('first: 50', 'first: 200'), {}, bearer(await reportingToken())),
      check: (a) => {
        expect(a.message).toMatch(/^The operation exceeds the cost limit \(cost \d+, limit 50000\)\. Ask for fewer fields/);
        expect(a.message).not.toMatch(/reporting/);
      },
    },
    { name: 'a page too large', code: 'BAD_USER_INPUT', status: 400, send: () => gateway(FIRMS, { first: 5000 }) },
    { name: 'a page too large by a variable\'s default', code: 'BAD_USER_INPUT', status: 400, send: () => gateway('query($n: Int = 201) { firms(first: $n) { nodes { uscc } } }'), check: (a) => expect(a.message).toMatch(/^A page may hold at most 200/) },
    { name: 'a page too large as a literal', code: 'BAD_USER_INPUT', status: 400, send: () => gateway('{ firms(first: 201) { nodes { uscc } } }'), check: (a) => expect(a.message).toMatch(/^A page may hold at most 200/) },
    { name: 'a body over the size limit', code: 'BAD_REQUEST', status: 413, send: () => gateway(`{ firms(filter: { keyword: "${'x'.repeat(1_100_000)}" }, first: 1) { totalCount } }`) },
    { name: 'a cross-site form post (CSRF)', code: 'BAD_REQUEST', status: 400, send: () => send(system.gatewayUrl, { query: POST, variables: policyPost('attack-0030') }, {}, { contentType: 'text/plain' }) },
    { name: 'a mutation over GET', code: 'BAD_REQUEST', status: 405, send: async () => send(system.gatewayUrl, { query: POST, variables: policyPost('attack-0023') }, { 'apollo-require-preflight': 'true', ...bearer(await zhangjiang()) }, { method: 'GET' }) },

    // ---- bad write input ----
    {
      name: 'a credit code with a wrong check character',
      code: 'BAD_USER_INPUT',
      send: async () => gateway(APPLY, application('attack-0024', { ...xiqingFirm, uscc: `${xiqingFirm.uscc.slice(0, 17)}${WRONG_CHECK}` }), bearer(await editorToken('tianjin', 'county:120111'))),
      check: (a) => {
        expect(a.errors?.[0]?.extensions).toMatchObject({ field: 'input.applicant.uscc', reason: 'INVALID_USCC' });
        expect(a.message).toContain(`its check character (the 18th) is ${WRONG_CHECK}, but the first 17 characters give ${xiqingFirm.uscc[17]}, so one of the 18 is mistyped.`);
        expect(a.message).toContain('the digits 0-9 and the letters A-Y except I, O, S, V and Z');
        expect(a.message).toContain('Copy the code from the business licence (营业执照)');
      },
    },
    { name: 'an area code that does not exist', code: 'BAD_USER_INPUT', send: async () => gateway(REGISTER, project('attack-0025', { hostAreaCode: '339999' }), bearer(await editorToken('zhejiang', 'county:tiantai'))) },
    { name: 'a negative amount', code: 'BAD_USER_INPUT', send: async () => gateway(COOPERATE, cooperation('attack-0026', { value: -500, unit: '万元' }), bearer(await editorToken('tianjin', 'alliance:new-energy-battery-talent-alliance'))) },
    { name: 'an amount without a known unit', code: 'BAD_USER_INPUT', send: async () => gateway(COOPERATE, cooperation('attack-0027', { value: 500, unit: 'USD' }), bearer(await editorToken('tianjin', 'alliance:new-energy-battery-talent-alliance'))) },
    { name: 'a date that is not on the calendar', code: 'BAD_USER_INPUT', send: async () => gateway(POST, policyPost('attack-0028', { posted: '2024-02-30' }), bearer(await zhangjiang())) },
    { name: 'a title with a right-to-left override (Trojan Source)', code: 'BAD_USER_INPUT', send: async () => gateway(POST, policyPost('attack-0037', { title: '张江政策\u202efdp.exe' }), bearer(await zhangjiang())), check: (a) => expect(a.errors?.[0]?.extensions).toMatchObject({ field: 'input.title' }) },
    { name: 'a title with a bidirectional isolate', code: 'BAD_USER_INPUT', send: async () => gateway(POST, policyPost('attack-0038', { title: '张江\u2067政策\u2069' }), bearer(await zhangjiang())) },
    { name: 'a title of nothing but zero-width characters', code: 'BAD_USER_INPUT', send: async () => gateway(POST, policyPost('attack-0039', { title: '\u200b\u200d\ufeff' }), bearer(await zhangjiang())) },
    { name: 'an idempotency key replayed with a different input', code: 'IDEMPOTENCY_KEY_REUSED', send: async () => gateway(POST, policyPost('attack-replay-0001', { title: '另一条政策' }), bearer(await zhangjiang())) },

    // ---- the production gateway: registered operations only, no introspection, no suggestions ----
    { name: 'an unregistered query from an anonymous caller', code: 'PERSISTED_QUERY_NOT_ALLOWED', status: 400, send: () => strictGateway({ query: '{ firms(first: 5) { nodes { name } } }' }) },
    { name: 'an unregistered write from an editor', code: 'PERSISTED_QUERY_NOT_ALLOWED', status: 400, send: async () => strictGateway({ query: POST.replace('posted { iso }', 'posted { text }'), variables: policyPost('attack-0029') }, bearer(await idpToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' }))) },
    { name: 'an unknown hash from an anonymous caller', code: 'PERSISTED_QUERY_NOT_ALLOWED', status: 400, send: () => strictGateway({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } } }) },
    { name: 'an unknown hash from an analyst (APQ)', code: 'PERSISTED_QUERY_NOT_FOUND', status: 200, send: async () => strictGateway({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ firms(first: 2) { totalCount } }') } } }, bearer(await idpToken({}))) },
    { name: 'a hash that is not the document\'s', code: 'BAD_REQUEST', status: 400, send: async () => strictGateway({ query: '{ firms(first: 2) { totalCount } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256(POST) } } }, bearer(await idpToken({}))) },
    { name: 'introspection in production', code: 'GRAPHQL_VALIDATION_FAILED', status: 400, send: async () => strictGateway({ query: '{ __schema { types { name } } }' }, bearer(await idpToken({}))) },
    {
      name: 'a misspelt field in production gets no suggestion, but where to look',
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
      send: async () => strictGateway({ query: '{ firms(first: 1) { totalCont } }' }, bearer(await idpToken({}))),
      check: (a) => {
        expect(a.message).not.toMatch(/Did you mean|Suggestion hidden/);
        expect(a.message).toBe('Cannot query field "totalCont" on type "FirmConnection". Check the spelling (names are case-sensitive): the API schema (schema/api-schema.graphql in the Coopgraph repository) lists the fields of FirmConnection.');
      },
    },
    {
      name: 'a misspelt enum value in a variable in production gets no suggestion, but where to look',
      code: 'BAD_USER_INPUT',
      send: async () => strictGateway({ query: 'query($filter: FirmFilter) { firms(filter: $filter, first: 1) { totalCount } }', variables: { filter: { regions: ['TIANJING'] } } }, bearer(await idpToken({}))),
      check: (a) => {
        expect(a.message).not.toMatch(/Did you mean/);
        expect(a.message).toMatch(/"TIANJING" does not exist in "Region" enum\. Check the spelling .* lists the values of Region\.$/);
      },
    },
    {
      name: 'a misspelt field in development gets the suggestion',
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
      send: () => gateway('{ firms(first: 1) { totalCont } }'),
      check: (a) => expect(a.message).toBe('Cannot query field "totalCont" on type "FirmConnection". Did you mean "totalCount"?'),
    },
  ];

  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, attack) => {
    const answer = await attack.send();
    expect(answer.code ?? null, JSON.stringify(answer.errors)).toBe(attack.code);
    if (attack.status) expect(answer.status).toBe(attack.status);
    attack.check?.(answer);
    // Never a stack trace or SQL in what the caller sees.
    expect(JSON.stringify(answer.errors ?? [])).not.toMatch(/\bat \w+ \(|SELECT |INSERT |node_modules/i);
    expect(await written()).toEqual(before);
  });

  describe('the same gateways let the right callers through', () => {
    it('runs a registered write by its hash alone for an editor of the production identity provider', async () => {
      const answer = await strictGateway({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(POST) } }, variables: policyPost('strict-0001') }, bearer(await idpToken({ role: 'editor', region: 'yangtze', scope: 'zone:shanghai-zhangjiang' })));
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ yangtzePostToPlatform: { replayed: false, post: { kind: 'POLICY' } } });
    });

    it('lets an analyst register a document by hash (APQ) and run it by the hash alone', async () => {
      const query = '{ firms(first: 2) { totalCount } }';
      const headers = bearer(await idpToken({}));
      const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
      expect((await strictGateway({ extensions }, headers)).code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const registeredAnswer = await strictGateway({ query, extensions }, headers);
      expect(registeredAnswer.errors).toBeUndefined();
      const byHash = await strictGateway({ extensions }, headers);
      expect(byHash.data).toEqual(registeredAnswer.data);
      // Registered by an analyst, it is still not a trusted document for anonymous callers.
      expect((await strictGateway({ extensions })).code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    });

    it('stores a title without the zero-width characters pasted into it', async () => {
      const answer = await gateway(POST, policyPost('strict-0002', { title: '\ufeff张江\u200b科技创新券\u200c政策' }), bearer(await zhangjiang()));
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ yangtzePostToPlatform: { post: { title: '张江科技创新券政策' } } });
    });

    it('gives a reporting job the larger cost budget', async () => {
      const answer = await gateway(EXPENSIVE, {}, bearer(await reportingToken()));
      expect(answer.errors).toBeUndefined();
      expect((answer.data as { firms: { nodes: unknown[] } }).firms.nodes.length).toBeGreaterThan(0);
    });

    it('shows analysts what anonymous callers may not see', async () => {
      const answer = await gateway('{ yangtze { people { name quote } } tianjin { people { name } } }', {}, bearer(await analystToken()));
      expect(answer.errors).toBeUndefined();
      expect((answer.data as { yangtze: { people: Array<{ quote: string | null }> } }).yangtze.people.some((p) => p.quote)).toBe(true);
    });
  });
});
