import { describe, expect, it } from 'vitest';
import { adminArea } from './area';
import { industryChainByCode } from './chain';
import { memoByKey } from './memo';

describe('memoByKey', () => {
  it('builds each found key once and never keeps unknown keys', () => {
    const built: string[] = [];
    const lookup = memoByKey((key) => {
      built.push(key);
      return key.startsWith('ok') ? { key } : null;
    });
    expect(lookup('ok-1')).toBe(lookup('ok-1'));
    expect(lookup('nope')).toBeNull();
    expect(lookup('nope')).toBeNull();
    expect(lookup(null)).toBeNull();
    expect(built).toEqual(['ok-1', 'nope', 'nope']);
  });

  it('shares areas and chains between firms: the same object for the same code', () => {
    expect(adminArea('120116')).toBe(adminArea('120116'));
    expect(adminArea('120116')?.fullName).toContain('滨海新区');
    expect(industryChainByCode('POWER_BATTERY')).toBe(industryChainByCode('POWER_BATTERY'));
    expect(adminArea('999999')).toBeNull();
  });
});
