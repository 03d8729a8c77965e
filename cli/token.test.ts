import { describe, expect, it } from 'vitest';
import { parseTtl, tokenRequestOf } from './token';

describe('coopgraph token: the command line', () => {
  it('reads durations from seconds to days, within 30 days', () => {
    expect(parseTtl('90s')).toBe(90);
    expect(parseTtl('30m')).toBe(1800);
    expect(parseTtl('1h')).toBe(3600);
    expect(parseTtl('7d')).toBe(604_800);
    expect(parseTtl('31d')).toMatch(/--ttl/);
    expect(parseTtl('1 hour')).toMatch(/--ttl/);
    expect(parseTtl('0s')).toMatch(/--ttl/);
  });

  it('gives an editor its region and unit; Zhejiang defaults to the province', () => {
    expect(tokenRequestOf(['--role', 'editor', '--region', 'zhejiang'])).toEqual({ role: 'editor', subject: 'dev-editor', region: 'zhejiang', scope: 'province:330000', ttlSeconds: 3600 });
    expect(tokenRequestOf(['--role', 'editor', '--region', 'yangtze', '--scope', 'zone:shanghai-zhangjiang', '--ttl', '30m', '--subject', 'li.wei'])).toEqual({
      role: 'editor', subject: 'li.wei', region: 'yangtze', scope: 'zone:shanghai-zhangjiang', ttlSeconds: 1800,
    });
    expect(tokenRequestOf(['--role', 'analyst'])).toEqual({ role: 'analyst', subject: 'dev-analyst', ttlSeconds: 3600 });
  });

  it('says what is wrong with a command line it cannot sign', () => {
    expect(tokenRequestOf([])).toEqual({ usage: expect.stringMatching(/--role must be one of anonymous, analyst, editor, reporting/) });
    expect(tokenRequestOf(['--role', 'admin'])).toEqual({ usage: expect.stringMatching(/got "admin"/) });
    expect(tokenRequestOf(['--role', 'editor'])).toEqual({ usage: expect.stringMatching(/--region tianjin\|yangtze\|zhejiang/) });
    expect(tokenRequestOf(['--role', 'editor', '--region', 'yangtze'])).toEqual({ usage: expect.stringMatching(/add --scope/) });
    expect(tokenRequestOf(['--role', 'editor', '--region', 'yangtze', '--scope', 'Zone'])).toEqual({ usage: expect.stringMatching(/KIND:KEY/) });
    expect(tokenRequestOf(['--role', 'analyst', '--region', 'tianjin'])).toEqual({ usage: expect.stringMatching(/for an editor/) });
    expect(tokenRequestOf(['--role', 'analyst', '--bogus'])).toHaveProperty('usage');
  });
});
