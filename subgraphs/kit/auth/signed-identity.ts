/**
 * The identity the gateway forwards to subgraphs, as one header: base64url(identity JSON), the
 * signing time in milliseconds, and an HMAC-SHA256 over both with the secret only the gateway and
 * the subgraphs hold. A subgraph trusts nothing else: a missing, unsigned, forged, malformed or
 * expired header is an anonymous caller, so a spoofed header at a subgraph's own port gains nothing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ANONYMOUS, identityFromJson, type Identity } from './identity';

export const IDENTITY_HEADER = 'x-coopgraph-identity';

/**
 * Long enough for one request's fan-out (the gateway signs every subgraph fetch anew), short enough
 * that a copied header is soon useless. A firm export lasts longer: the cross-region layer signs each
 * batch's calls anew (crossregion/src/firm-export.ts).
 */
export const IDENTITY_MAX_AGE_MS = 30_000;
/** Clock skew tolerated between the gateway's and a subgraph's host. */
const MAX_SKEW_MS = 5_000;

function mac(secret: string, payload: string, time: string): Buffer {
  return createHmac('sha256', secret).update(`${payload}.${time}`).digest();
}

export function signIdentity(identity: Identity, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url');
  const time = String(now);
  return `${payload}.${time}.${mac(secret, payload, time).toString('base64url')}`;
}

/** The part of a signed identity header that says who is asking (not when it was signed): equal parts, equal identities. */
export function identityPartOf(header: string): string {
  return header.split('.')[0] ?? '';
}

export type VerifiedIdentity = { identity: Identity; rejected?: string };

/** The identity a header carries, or anonymous with the reason it was not accepted (for the log). */
export function verifyIdentity(header: string | string[] | undefined, secret: string | undefined, now = Date.now()): VerifiedIdentity {
  if (header === undefined) return { identity: ANONYMOUS };
  if (!secret) return { identity: ANONYMOUS, rejected: 'no gateway secret is configured' };
  const parts = (Array.isArray(header) ? header.join(',') : header).split('.');
  if (parts.length !== 3) return { identity: ANONYMOUS, rejected: 'malformed identity header' };
  const [payload, time, signature] = parts as [string, string, string];
  const expected = mac(secret, payload, time);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { identity: ANONYMOUS, rejected: 'identity header signature does not verify' };
  const signedAt = Number(time);
  if (!Number.isSafeInteger(signedAt) || now - signedAt > IDENTITY_MAX_AGE_MS || signedAt - now > MAX_SKEW_MS) return { identity: ANONYMOUS, rejected: 'identity header expired' };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { identity: ANONYMOUS, rejected: 'identity header payload is not JSON' };
  }
  const identity = identityFromJson(value);
  return identity ? { identity } : { identity: ANONYMOUS, rejected: 'identity header names no known identity' };
}
