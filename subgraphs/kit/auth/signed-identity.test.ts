import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from './identity';
import { generateIdentityKeyEnv, loadIdentityKeys } from './identity-keys';
import { GRAPHQL_ROUTE, IDENTITY_MAX_AGE_MS, signIdentity, verifyIdentity, type Binding } from './signed-identity';

const env = generateIdentityKeyEnv();
const gateway = loadIdentityKeys(env, { signs: 'gateway', trusts: [] }, true, []).signing!;
const crossregion = loadIdentityKeys(env, { signs: 'crossregion', trusts: [] }, true, []).signing!;
const region = loadIdentityKeys(env, { trusts: ['gateway', 'crossregion'] }, true, []).trusted;
const other = loadIdentityKeys(generateIdentityKeyEnv(), { signs: 'gateway', trusts: [] }, true, []).signing!;

const editor: Identity = { role: 'editor', subject: 'e-1', region: 'zhejiang', unit: { kind: 'county', key: 'tiantai' } };
const analyst: Identity = { role: 'analyst', subject: 'a' };
const write: Binding = { audience: 'zhejiang', route: GRAPHQL_ROUTE, content: '{"query":"mutation { zhejiangRegisterProject }"}' };

describe('the signed identity header', () => {
  it('carries the identity from the gateway to the subgraph and request it was signed for', () => {
    expect(verifyIdentity(signIdentity(editor, gateway, write), region, write)).toEqual({ identity: editor, signer: 'gateway' });
    expect(verifyIdentity(signIdentity(analyst, gateway, write), region, write)).toEqual({ identity: analyst, signer: 'gateway' });
  });

  it('is refused at another subgraph, with another body or at another route (a captured header replayed)', () => {
    const header = signIdentity(editor, gateway, write);
    expect(verifyIdentity(header, region, { ...write, audience: 'yangtze' }).rejected).toContain('for the zhejiang subgraph, not this one');
    // The audience is signed: rewriting it breaks the signature.
    expect(verifyIdentity(header.replace('.zhejiang.', '.yangtze.'), region, { ...write, audience: 'yangtze' }).rejected).toContain('does not verify');
    expect(verifyIdentity(header, region, { ...write, content: '{"query":"mutation { another }"}' }).rejected).toContain('does not verify');
    expect(verifyIdentity(header, region, { ...write, route: '/export/firms' }).rejected).toContain('does not verify');
  });

  it('is anonymous without a header, and says why it refused one', () => {
    expect(verifyIdentity(undefined, region, write)).toEqual({ identity: ANONYMOUS });
    const cases: Array<[string, Parameters<typeof verifyIdentity>[1], string]> = [
      [signIdentity(editor, other, write), region, 'does not verify'],
      [signIdentity(editor, gateway, write), {}, 'whose key is not configured here'],
      [signIdentity(editor, gateway, write).replace('.gateway.', '.someone.'), region, 'nobody known'],
      [Buffer.from(JSON.stringify(editor)).toString('base64url'), region, 'malformed'],
      [signIdentity(editor, gateway, write, Date.now() - IDENTITY_MAX_AGE_MS - 1), region, 'expired'],
      [signIdentity(editor, gateway, write, Date.now() + 60_000), region, 'expired'],
    ];
    for (const [header, trusted, reason] of cases) {
      const result = verifyIdentity(header, trusted, write);
      expect(result.identity).toEqual(ANONYMOUS);
      expect(result.signer).toBeUndefined();
      expect(result.rejected).toContain(reason);
    }
  });

  it('refuses a payload changed after signing, and a signed shape that is no identity', () => {
    const parts = signIdentity(editor, gateway, write).split('.');
    parts[1] = Buffer.from(JSON.stringify({ ...editor, unit: { kind: 'county', key: 'jingning' } })).toString('base64url');
    expect(verifyIdentity(parts.join('.'), region, write).rejected).toContain('does not verify');
    const wrongShape = signIdentity({ role: 'editor', subject: 'x' } as unknown as Identity, gateway, write);
    expect(verifyIdentity(wrongShape, region, write).rejected).toContain('no known identity');
  });

  it('lets the cross-region layer vouch for readers only', () => {
    expect(verifyIdentity(signIdentity(analyst, crossregion, write), region, write)).toEqual({ identity: analyst, signer: 'crossregion' });
    expect(verifyIdentity(signIdentity(editor, crossregion, write), region, write).rejected).toBe('the crossregion may not vouch for an editor');
  });
});

describe('identity keys', () => {
  it('takes Ed25519 keys as base64 DER or PEM, requires them in production, and names what is wrong', () => {
    const errors: string[] = [];
    const pem = gateway.key.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(loadIdentityKeys({ COOPGRAPH_GATEWAY_SIGNING_KEY: pem.replace(/\n/g, '\\n') }, { signs: 'gateway', trusts: [] }, true, errors).signing?.signer).toBe('gateway');
    expect(errors).toEqual([]);
    loadIdentityKeys({}, { signs: 'crossregion', trusts: ['gateway'] }, true, errors);
    expect(errors).toEqual([
      'COOPGRAPH_CROSSREGION_SIGNING_KEY is required in production mode (the Ed25519 key this process signs identity headers with)',
      'COOPGRAPH_GATEWAY_PUBLIC_KEY is required in production mode (the public key identity headers from the gateway are verified with)',
    ]);
    expect(loadIdentityKeys({}, { signs: 'gateway', trusts: ['gateway'] }, false, errors)).toEqual({ trusted: {} });
    errors.length = 0;
    loadIdentityKeys({ COOPGRAPH_GATEWAY_PUBLIC_KEY: 'bm90IGEga2V5', COOPGRAPH_GATEWAY_SIGNING_KEY: env.COOPGRAPH_GATEWAY_PUBLIC_KEY }, { signs: 'gateway', trusts: ['gateway'] }, false, errors);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^COOPGRAPH_GATEWAY_SIGNING_KEY must be an Ed25519 private key/);
    expect(errors[1]).toMatch(/^COOPGRAPH_GATEWAY_PUBLIC_KEY must be an Ed25519 public key/);
  });
});
