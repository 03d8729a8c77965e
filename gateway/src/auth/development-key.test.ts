import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { generateIdentityKeyEnv } from '../../../subgraphs/kit/auth/identity-keys';
import { loadGatewayConfig } from '../config';
import { DEVELOPMENT_KID, developmentKeyPath, ensureDevelopmentKey, signDevelopmentToken } from './development-key';
import { createTokenVerifier } from './verify-token';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-devkey-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const configOf = (env: NodeJS.ProcessEnv) => {
  const loaded = loadGatewayConfig({ COOPGRAPH_DATA_DIR: dataDir, ...env }, '/repo');
  if (loaded.errors) throw new Error(loaded.errors.join('; '));
  return loaded.config;
};

describe('the development signing key', () => {
  it('is created once under the data folder, owner-readable only, and kept across starts', () => {
    const key = ensureDevelopmentKey(dataDir);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(developmentKeyPath(dataDir)).mode & 0o077).toBe(0);
    expect(ensureDevelopmentKey(dataDir)).toBe(key);
  });

  it('signs tokens with kid, iat and exp that a development gateway accepts, without any other key configured', async () => {
    const key = ensureDevelopmentKey(dataDir);
    const { auth } = configOf({});
    expect(auth.developmentKeyFile).toBe(developmentKeyPath(dataDir));
    const token = await signDevelopmentToken({ role: 'editor', subject: 'dev-editor', region: 'zhejiang', scope: 'province:330000', ttlSeconds: 3600 }, key, auth);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'HS256', kid: DEVELOPMENT_KID });
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(await createTokenVerifier(auth)(`Bearer ${token}`)).toEqual({ identity: { role: 'editor', subject: 'dev-editor', region: 'zhejiang', unit: { kind: 'province', key: '330000' } } });
    const anonymous = await signDevelopmentToken({ role: 'anonymous', subject: 'dev-anonymous', ttlSeconds: 60 }, key, auth);
    expect(await createTokenVerifier(auth)(`Bearer ${anonymous}`)).toEqual({ identity: { role: 'anonymous' } });
  });

  it('is one more key beside COOPGRAPH_JWT_SECRET: both kinds of token verify', async () => {
    const key = ensureDevelopmentKey(dataDir);
    const { auth } = configOf({ COOPGRAPH_JWT_SECRET: 's'.repeat(40) });
    const token = await signDevelopmentToken({ role: 'analyst', subject: 'dev-analyst', ttlSeconds: 60 }, key, auth);
    expect((await createTokenVerifier(auth)(`Bearer ${token}`))?.identity).toEqual({ role: 'analyst', subject: 'dev-analyst' });
    const other = await signDevelopmentToken({ role: 'analyst', subject: 'dev-analyst', ttlSeconds: 60 }, 's'.repeat(40), auth);
    // Signed with the configured secret but naming the development kid: checked against the development key, refused.
    expect((await createTokenVerifier(auth)(`Bearer ${other}`))?.error).toMatch(/signature/);
  });

  it('is never read in production: the same token is refused', async () => {
    const key = ensureDevelopmentKey(dataDir);
    const production = configOf({ COOPGRAPH_MODE: 'production', COOPGRAPH_JWKS_URL: 'http://127.0.0.1:9/jwks.json', COOPGRAPH_GATEWAY_SIGNING_KEY: generateIdentityKeyEnv().COOPGRAPH_GATEWAY_SIGNING_KEY });
    expect(production.auth.developmentKeyFile).toBeUndefined();
    const token = await signDevelopmentToken({ role: 'analyst', subject: 'dev-analyst', ttlSeconds: 60 }, key, production.auth);
    expect((await createTokenVerifier(production.auth)(`Bearer ${token}`))?.error).toMatch(/signature or format/);
  });
});
