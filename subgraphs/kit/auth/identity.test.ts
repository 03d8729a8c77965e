import { describe, expect, it } from 'vitest';
import { grantedScopes, identityFromClaims, parseUnit } from './identity';

describe('identities from token claims', () => {
  it('reads analysts, reporting jobs and editors with their region and unit', () => {
    expect(identityFromClaims({ sub: 'a-1', role: 'analyst' })).toEqual({ identity: { role: 'analyst', subject: 'a-1' } });
    expect(identityFromClaims({ sub: 'job', role: 'reporting' })).toEqual({ identity: { role: 'reporting', subject: 'job' } });
    expect(identityFromClaims({ sub: 'e', role: 'editor', region: 'yangtze', scope: 'zone:wuhan-donghu' })).toEqual({
      identity: { role: 'editor', subject: 'e', region: 'yangtze', unit: { kind: 'zone', key: 'wuhan-donghu' } },
    });
  });

  it('refuses what it does not know rather than guessing a lesser role', () => {
    for (const claims of [
      { role: 'analyst' },
      { sub: 'x', role: 'admin' },
      { sub: 'x', role: 'editor', scope: 'zone:wuhan-donghu' },
      { sub: 'x', role: 'editor', region: 'beijing', scope: 'zone:wuhan-donghu' },
      { sub: 'x', role: 'editor', region: 'yangtze', scope: 'openid profile' },
      { sub: 'x', role: 'editor', region: 'yangtze' },
    ]) {
      expect(identityFromClaims(claims).error, JSON.stringify(claims)).toBeTruthy();
    }
  });

  it('parses units and grants scopes by role', () => {
    expect(parseUnit('county:120111')).toEqual({ kind: 'county', key: '120111' });
    expect(parseUnit('planet:earth')).toBeNull();
    expect(parseUnit("zone:x' OR 1=1")).toBeNull();
    expect([...grantedScopes({ role: 'anonymous' })]).toEqual([]);
    expect([...grantedScopes({ role: 'reporting', subject: 'j' })]).toEqual(['read:restricted']);
    expect([...grantedScopes({ role: 'editor', subject: 'e', region: 'tianjin', unit: { kind: 'alliance', key: 'a' } })]).toEqual(['write:tianjin']);
  });
});
