/**
 * The identity a subgraph's caller is vouched for with, as one header:
 *
 *   v2.<base64url(identity JSON)>.<signer>.<audience>.<signing time, ms>.<Ed25519 signature>
 *
 * The signature covers every part before it and a SHA-256 of the request the header goes with (its
 * route and its body, or query string for a GET), which is not sent: a header is good for one
 * subgraph (the audience, a subgraph name), one request, and IDENTITY_MAX_AGE_MS. A header seen by
 * one subgraph is useless at another, and at the same one for another body.
 *
 * Signers (identity-keys.ts) hold private keys, subgraphs public ones. The gateway vouches for any
 * caller; the cross-region layer, which calls the regions for the gateway's callers, only for
 * readers: a region refuses an editor vouched for by it, so the layer cannot write anywhere.
 *
 * A subgraph trusts nothing else: a missing, unsigned, forged, malformed, expired or misdirected
 * header is an anonymous caller in development and a refused request in production.
 */
import { createHash, sign, verify } from 'node:crypto';
import { ANONYMOUS, identityFromJson, type Identity } from './identity';
import { SIGNERS, type Signer, type SigningKey, type TrustedKeys } from './identity-keys';

export const IDENTITY_HEADER = 'x-coopgraph-identity';

/** The route of GraphQL requests at every subgraph: what a header for one is bound to, beside its body. */
export const GRAPHQL_ROUTE = '/graphql';

/**
 * Long enough for one request's fan-out (the gateway signs every subgraph fetch anew), short enough
 * that a copied header is soon useless. A firm export lasts longer: the cross-region layer signs each
 * batch's calls anew (crossregion/src/firm-export.ts).
 */
export const IDENTITY_MAX_AGE_MS = 30_000;
/** Clock skew tolerated between the signer's and a subgraph's host. */
const MAX_SKEW_MS = 5_000;
const VERSION = 'v2';

/** What a header is good for: one subgraph, and one request to it. */
export interface Binding {
  /** The subgraph's name (crossregion, tianjin…). */
  audience: string;
  /** GRAPHQL_ROUTE, or the path of another route that checks the header (the exports). */
  route: string;
  /** The request's body as sent; for a GET, its query string. */
  content: string;
}

/** Signers that may vouch only for callers who read. */
const READ_ONLY_SIGNERS: ReadonlySet<Signer> = new Set(['crossregion']);

/** What `signer` may vouch for of `identity`: all of it, or (an editor, by a read-only signer) nothing more than anonymous. */
export function vouchableBy(signer: Signer, identity: Identity): Identity {
  return identity.role === 'editor' && READ_ONLY_SIGNERS.has(signer) ? ANONYMOUS : identity;
}

// A verified token yields the same identity object request after request: encoded once.
const encoded = new WeakMap<Identity, string>();
function identityPart(identity: Identity): string {
  let part = encoded.get(identity);
  if (part === undefined) encoded.set(identity, (part = Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url')));
  return part;
}

function signedText(head: string, binding: Binding): string {
  const digest = createHash('sha256').update(binding.route).update('\n').update(binding.content).digest('base64url');
  return `${head}.${digest}`;
}

/** The header vouching for `identity` on one request to one subgraph. One Ed25519 signature (~50 µs) and a SHA-256 of the body. */
export function signIdentity(identity: Identity, key: SigningKey, binding: Binding, now = Date.now()): string {
  const head = `${VERSION}.${identityPart(identity)}.${key.signer}.${binding.audience}.${now}`;
  return `${head}.${sign(null, Buffer.from(signedText(head, binding)), key.key).toString('base64url')}`;
}

/** The part of a signed identity header that says who is asking (not when, nor for which request): equal parts, equal identities. */
export function identityPartOf(header: string): string {
  return header.split('.')[1] ?? '';
}

export type VerifiedIdentity = { identity: Identity; signer?: Signer; rejected?: string };

/** The identity a header carries for this request, or anonymous with the reason it was not accepted (for the log). */
export function verifyIdentity(header: string | string[] | undefined, trusted: TrustedKeys, binding: Binding, now = Date.now()): VerifiedIdentity {
  if (header === undefined) return { identity: ANONYMOUS };
  const parts = (Array.isArray(header) ? header.join(',') : header).split('.');
  if (parts.length !== 6 || parts[0] !== VERSION) return { identity: ANONYMOUS, rejected: 'malformed identity header' };
  const [, payload, signerName, audience, time, signature] = parts as [string, string, string, string, string, string];
  const signer = SIGNERS.find((s) => s === signerName);
  const key = signer && trusted[signer];
  if (!key) return { identity: ANONYMOUS, rejected: `identity header signed by ${signer ? `the ${signer}, whose key is not configured here` : 'nobody known'}` };
  if (audience !== binding.audience) return { identity: ANONYMOUS, rejected: `identity header is for the ${audience.slice(0, 40)} subgraph, not this one` };
  const head = parts.slice(0, 5).join('.');
  if (!verify(null, Buffer.from(signedText(head, binding)), key, Buffer.from(signature, 'base64url'))) {
    return { identity: ANONYMOUS, rejected: 'identity header signature does not verify (forged, or sent with another request)' };
  }
  const signedAt = Number(time);
  if (!Number.isSafeInteger(signedAt) || now - signedAt > IDENTITY_MAX_AGE_MS || signedAt - now > MAX_SKEW_MS) return { identity: ANONYMOUS, rejected: 'identity header expired' };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { identity: ANONYMOUS, rejected: 'identity header payload is not JSON' };
  }
  const identity = identityFromJson(value);
  if (!identity) return { identity: ANONYMOUS, rejected: 'identity header names no known identity' };
  if (vouchableBy(signer, identity) !== identity) return { identity: ANONYMOUS, rejected: `the ${signer} may not vouch for an editor` };
  return { identity, signer };
}
