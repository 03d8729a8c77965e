/**
 * A stand-in identity provider, so our gateway runs as configured for production (tokens verified
 * against a JWKS URL): an ES256 key pair, its JWKS served over HTTP, and signed bearer tokens for the
 * workloads' callers — an analyst for interactive queries, a reporting job for the export.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

export interface IdentityProvider {
  jwksUrl: string;
  /** A bearer token for the role, valid for a few hours. */
  token(role: 'analyst' | 'reporting'): Promise<string>;
  close(): Promise<void>;
}

/** The issuer and audience our gateway accepts by default (gateway/src/config.ts). */
const ISSUER = 'coopgraph';
const AUDIENCE = 'coopgraph-api';

export async function startIdentityProvider(): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' };
  const body = JSON.stringify({ keys: [jwk] });
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    token: (role) =>
      new SignJWT({ role })
        .setProtectedHeader({ alg: 'ES256', kid: 'bench' })
        .setSubject(`bench-${role}`)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('6h')
        .sign(privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
