import { describe, expect, it } from 'vitest';
import { DEFAULT_CORS_ORIGINS, originMatcher, parseAllowedOrigins } from './allowed-origins';

const allows = (setting: string) => {
  const parsed = parseAllowedOrigins(setting);
  if (parsed.errors) throw new Error(parsed.errors.join('; '));
  return originMatcher(parsed.rules);
};

describe('CORS_ORIGINS', () => {
  it('allows an exact origin, as browsers write it, and nothing near it', () => {
    const allowed = allows('https://board.zhejiang.example.cn');
    expect(allowed('https://board.zhejiang.example.cn')).toBe(true);
    for (const origin of [
      'http://board.zhejiang.example.cn',
      'https://board.zhejiang.example.cn:8443',
      'https://board.zhejiang.example.cn.attacker.test',
      'https://evil-board.zhejiang.example.cn',
      'https://x.board.zhejiang.example.cn',
      // Not as a browser serializes an origin: path, default port, upper case, user, list.
      'https://board.zhejiang.example.cn/',
      'https://board.zhejiang.example.cn:443',
      'https://BOARD.zhejiang.example.cn',
      'https://user@board.zhejiang.example.cn',
      'https://board.zhejiang.example.cn, https://evil.test',
    ]) {
      expect(allowed(origin), origin).toBe(false);
    }
  });

  it('lets "*." stand for one or more labels under the domain, and nothing else', () => {
    const allowed = allows('https://*.example.cn');
    expect(allowed('https://a.example.cn')).toBe(true);
    expect(allowed('https://board.zhejiang.example.cn')).toBe(true);
    for (const origin of ['https://example.cn', 'https://evil.example.cn.attacker.test', 'https://evilexample.cn', 'http://a.example.cn', 'https://a.example.cn:8443', 'https://a..example.cn', 'https://*.example.cn']) {
      expect(allowed(origin), origin).toBe(false);
    }
  });

  it('lets ":*" stand for any port, the default included', () => {
    const allowed = allows('http://localhost:*');
    for (const origin of ['http://localhost', 'http://localhost:4200', 'http://localhost:65535']) expect(allowed(origin), origin).toBe(true);
    for (const origin of ['https://localhost:4200', 'http://localhost.attacker.test:4200', 'http://127.0.0.1:4200']) expect(allowed(origin), origin).toBe(false);
  });

  it('never allows the null origin, an absent one, or several', () => {
    const allowed = allows(DEFAULT_CORS_ORIGINS.development);
    expect(allowed('null')).toBe(false);
    expect(allowed(undefined)).toBe(false);
    expect(allowed(['http://localhost:4200', 'http://localhost:4201'])).toBe(false);
    expect(allowed('http://127.0.0.1:5173')).toBe(true);
  });

  it('allows nothing with "none", the production default', () => {
    expect(parseAllowedOrigins(DEFAULT_CORS_ORIGINS.production)).toEqual({ rules: [] });
    expect(allows('none')('http://localhost:4200')).toBe(false);
  });

  it('takes several entries, spaces and letter case as written', () => {
    const allowed = allows(' https://Board.Example.CN , http://127.0.0.1:* ');
    expect(allowed('https://board.example.cn')).toBe(true);
    expect(allowed('http://127.0.0.1:4200')).toBe(true);
    expect(allowed('https://other.example.cn')).toBe(false);
  });

  it('lists every entry that is not an origin or a pattern, saying what to write', () => {
    const parsed = parseAllowedOrigins('*, null, https://a.example.cn/, board.example.cn, ftp://a.example.cn, https://a.*.cn, https://user@a.cn, http://localhost:80:*, none');
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^CORS_ORIGINS: "\*" would let every site call the API/),
      expect.stringMatching(/^CORS_ORIGINS: "null" is the origin of sandboxed frames/),
      'CORS_ORIGINS: "https://a.example.cn/" is not an origin: drop "/" (browsers send scheme://host[:port], without a path)',
      expect.stringMatching(/^CORS_ORIGINS: "board.example.cn" is not an? /),
      'CORS_ORIGINS: "ftp://a.example.cn" is not an http or https origin',
      expect.stringMatching(/^CORS_ORIGINS: "https:\/\/a.\*.cn" may hold "\*" only as its first label/),
      expect.stringMatching(/^CORS_ORIGINS: "https:\/\/user@a.cn" holds a user name/),
      expect.stringMatching(/^CORS_ORIGINS: "http:\/\/localhost:80:\*" /),
      'CORS_ORIGINS: "none" cannot stand beside origins',
    ]);
  });
});
