/**
 * The development signing key: `npm start` keeps one under the data folder, a development gateway
 * accepts bearer tokens signed with it (as one more key beside COOPGRAPH_JWT_SECRET or the JWKS),
 * and `coopgraph token` signs with it. A production gateway never reads it (config.ts).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SignJWT } from 'jose';

export const DEVELOPMENT_KEY_FILE = 'development-token.key';
/** The `kid` of every development token: how the gateway tells them from the identity provider's. */
export const DEVELOPMENT_KID = 'coopgraph-development';

/** Where the key lives: the data folder (COOPGRAPH_DATA_DIR, ./data by default). */
export function developmentKeyPath(dataDir: string): string {
  return path.join(dataDir, DEVELOPMENT_KEY_FILE);
}

/** The key in `file`, or undefined when there is none (a system not started by `npm start`). */
export function readDevelopmentKey(file: string): string | undefined {
  try {
    const key = fs.readFileSync(file, 'utf8').trim();
    return key.length >= 32 ? key : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The data folder's key, created (readable by its owner only) when missing; kept across restarts so issued tokens stay valid. */
export function ensureDevelopmentKey(dataDir: string): string {
  const file = developmentKeyPath(dataDir);
  const existing = readDevelopmentKey(file);
  if (existing) return existing;
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export interface DevelopmentTokenRequest {
  role: 'anonymous' | 'analyst' | 'editor' | 'reporting';
  subject: string;
  /** An editor's region and unit ("county:jiande"). */
  region?: string;
  scope?: string;
  ttlSeconds: number;
}

/** A token the development gateway with this key accepts: HS256, the development kid, iat and exp always set. */
export async function signDevelopmentToken(request: DevelopmentTokenRequest, key: string, audience: { issuer: string; audience: string }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: request.role, ...(request.region ? { region: request.region } : {}), ...(request.scope ? { scope: request.scope } : {}) })
    .setProtectedHeader({ alg: 'HS256', kid: DEVELOPMENT_KID, typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(audience.issuer)
    .setAudience(audience.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + request.ttlSeconds)
    .sign(new TextEncoder().encode(key));
}
