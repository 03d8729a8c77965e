/**
 * The keys of the signed identity header (signed-identity.ts). Ed25519: whoever signs holds a
 * private key of its own, every subgraph holds only the public keys of those it trusts, so no
 * subgraph holds anything that signs for another. Two signers: the gateway (for any caller, to
 * any subgraph) and the cross-region layer (to the regions, for the caller the gateway vouched for).
 *
 * Keys are given as environment variables, PEM or one-line base64 of the DER (PKCS#8 private,
 * SPKI public): `COOPGRAPH_<SIGNER>_SIGNING_KEY` to the signer alone, `COOPGRAPH_<SIGNER>_PUBLIC_KEY`
 * to whoever verifies. `npm start` and the tests generate a pair of each per run.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

export const SIGNERS = ['gateway', 'crossregion'] as const;
export type Signer = (typeof SIGNERS)[number];

/** A signer's private key, with its name (which the header carries). */
export interface SigningKey {
  signer: Signer;
  key: KeyObject;
}

/** The public keys a process verifies headers with, by signer. */
export type TrustedKeys = Partial<Record<Signer, KeyObject>>;

export const signingKeyVariable = (signer: Signer) => `COOPGRAPH_${signer.toUpperCase()}_SIGNING_KEY`;
export const publicKeyVariable = (signer: Signer) => `COOPGRAPH_${signer.toUpperCase()}_PUBLIC_KEY`;

function readKey(text: string, kind: 'private' | 'public'): KeyObject {
  const pem = text.includes('-----BEGIN') ? text.replace(/\\n/g, '\n') : undefined;
  const key = kind === 'private'
    ? createPrivateKey(pem ?? { key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' })
    : createPublicKey(pem ?? { key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  return key;
}

function keyOf(env: NodeJS.ProcessEnv, name: string, kind: 'private' | 'public', errors: string[]): KeyObject | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  try {
    return readKey(text, kind);
  } catch (error) {
    errors.push(`${name} must be an Ed25519 ${kind} key (PEM, or base64 of its DER), got ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

export interface IdentityKeys {
  /** What this process signs with, when it signs (the gateway, the cross-region layer). */
  signing?: SigningKey;
  trusted: TrustedKeys;
}

/**
 * The keys of one process: `signs` names the signer it is, `trusts` those whose headers it
 * accepts. In production every one of them is required; in development a missing key means
 * nothing is signed with it (callers reach the subgraphs as anonymous).
 */
export function loadIdentityKeys(env: NodeJS.ProcessEnv, role: { signs?: Signer; trusts: readonly Signer[] }, production: boolean, errors: string[]): IdentityKeys {
  const keys: IdentityKeys = { trusted: {} };
  if (role.signs) {
    const name = signingKeyVariable(role.signs);
    const key = keyOf(env, name, 'private', errors);
    if (key) keys.signing = { signer: role.signs, key };
    else if (production && !env[name]) errors.push(`${name} is required in production mode (the Ed25519 key this process signs identity headers with)`);
  }
  for (const signer of role.trusts) {
    const name = publicKeyVariable(signer);
    const key = keyOf(env, name, 'public', errors);
    if (key) keys.trusted[signer] = key;
    else if (production && !env[name]) errors.push(`${name} is required in production mode (the public key identity headers from the ${signer} are verified with)`);
  }
  return keys;
}

/** A fresh key pair of each signer, as environment variables (base64 DER): for `npm start` and the tests. */
export function generateIdentityKeyEnv(): Record<string, string> {
  return Object.fromEntries(
    SIGNERS.flatMap((signer) => {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      return [
        [signingKeyVariable(signer), privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')],
        [publicKeyVariable(signer), publicKey.export({ format: 'der', type: 'spki' }).toString('base64')],
      ];
    }),
  );
}

/** The environment of one process of a system: every public key, and only its own signing key. */
export function identityKeyEnvFor(process: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !SIGNERS.some((signer) => signer !== process && name === signingKeyVariable(signer))));
}
