import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from './identity';
import { IDENTITY_MAX_AGE_MS, signIdentity, verifyIdentity } from './signed-identity';

const SECRET = 'gateway-secret-for-unit-tests-0123456789';
const editor: Identity = { role: 'editor', subject: 'e-1', region: 'zhejiang', unit: { kind: 'county', key: 'tiantai' } };

describe('the signed identity header', () => {
  it('carries the identity from the gateway to a subgraph that holds the same secret', () => {
    expect(verifyIdentity(signIdentity(editor, SECRET), SECRET)).toEqual({ identity: editor });
    expect(verifyIdentity(signIdentity({ role: 'analyst', subject: 'a' }, SECRET), SECRET)).toEqual({ identity: { role: 'analyst', subject: 'a' } });
  });

  it('is anonymous without a header, and says why it refused one', () => {
    expect(verifyIdentity(undefined, SECRET)).toEqual({ identity: ANONYMOUS });
    const cases: Array<[string, string | undefined, string]> = [
      [signIdentity(editor, 'another-secret-0123456789abcdef0123'), SECRET, 'signature'],
      [signIdentity(editor, SECRET), undefined, 'no gateway secret'],
      [Buffer.from(JSON.stringify(editor)).toString('base64url'), SECRET, 'malformed'],
      [signIdentity(editor, SECRET, Date.now() - IDENTITY_MAX_AGE_MS - 1), SECRET, 'expired'],
      [signIdentity(editor, SECRET, Date.now() + 60_000), SECRET, 'expired'],
    ];
    for (const [header, secret, reason] of cases) {
      const result = verifyIdentity(header, secret);
      expect(result.identity).toEqual(ANONYMOUS);
      expect(result.rejected).toContain(reason);
    }
  });

  it('refuses a payload changed after signing, and a signed shape that is no identity', () => {
    const [, time, mac] = signIdentity(editor, SECRET).split('.');
    const tampered = `${Buffer.from(JSON.stringify({ ...editor, unit: { kind: 'county', key: 'jingning' } })).toString('base64url')}.${time}.${mac}`;
    expect(verifyIdentity(tampered, SECRET).rejected).toContain('signature');
    const wrongShape = signIdentity({ role: 'editor', subject: 'x' } as unknown as Identity, SECRET);
    expect(verifyIdentity(wrongShape, SECRET).rejected).toContain('no known identity');
  });
});
