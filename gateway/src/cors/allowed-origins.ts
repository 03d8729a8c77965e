/**
 * Which browser origins may call the gateway (CORS_ORIGINS): a comma list of exact origins
 * (`https://board.zhejiang.example.cn`) and patterns, where `*.` before a domain stands for one or
 * more labels (`https://*.example.cn` matches `https://a.example.cn` and `https://a.b.example.cn`,
 * not `https://example.cn`) and `:*` for any port (`http://localhost:*`, the port left out
 * included). `none` allows no origin.
 *
 * An origin is matched as the browser serializes it (scheme, host and port, lower case, no path),
 * by its parsed parts, never by a regular expression or a substring: `https://*.example.cn` cannot
 * match `https://evil.example.cn.attacker.test` or `https://evilexample.cn`. `null` (sandboxed
 * frames, file: pages, redirects across origins) and `*` are refused as configuration, so no
 * setting lets every site read the API with its visitors' tokens.
 */

export interface OriginRule {
  scheme: 'http:' | 'https:';
  /** An exact host, or with `wildcard` the domain the host must lie under. */
  host: string;
  wildcard: boolean;
  /** The port as the browser writes it ('' for the scheme's default), or '*' for any. */
  port: string;
}

export type ParsedOrigins = { rules: OriginRule[]; errors?: never } | { rules?: never; errors: string[] };

/** What CORS_ORIGINS allows when it is not set. */
export const DEFAULT_CORS_ORIGINS = { development: 'http://localhost:*,http://127.0.0.1:*', production: 'none' } as const;

const LABEL = /^[a-z0-9_-]+$/;
const isDomain = (host: string) => host.split('.').every((label) => LABEL.test(label));

function parseRule(entry: string): { rule: OriginRule; error?: never } | { rule?: never; error: string } {
  const fail = (why: string) => ({ error: `CORS_ORIGINS: "${entry}" ${why}` });
  if (entry === '*') return fail('would let every site call the API from its visitors\' browsers; list the origins (patterns such as https://*.example.cn are allowed)');
  if (entry === 'null') return fail('is the origin of sandboxed frames, file: pages and cross-origin redirects, which any site can produce; it cannot be allowed');
  const anyPort = entry.endsWith(':*');
  const base = anyPort ? entry.slice(0, -2) : entry;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return fail('is not an origin: write scheme://host[:port], e.g. https://board.example.cn or http://localhost:*');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('is not an http or https origin');
  if (url.username || url.password) return fail('holds a user name or password; an origin is scheme://host[:port]');
  // Anything after the host (even a lone "/") means the entry is not what browsers send as Origin.
  const [authority = ''] = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(base) ?? [];
  const rest = base.slice(authority.length);
  if (rest !== '') return fail(`is not an origin: drop "${rest}" (browsers send scheme://host[:port], without a path)`);
  if (anyPort && /:\d+$/.test(authority)) return fail('gives a port and ":*"');
  const wildcard = url.hostname.startsWith('*.');
  const host = wildcard ? url.hostname.slice(2) : url.hostname;
  if (host.includes('*')) return fail('may hold "*" only as its first label ("https://*.example.cn") or as its port ("http://localhost:*")');
  if (wildcard && !isDomain(host)) return fail('has "*." before something that is not a domain name');
  return { rule: { scheme: url.protocol, host, wildcard, port: anyPort ? '*' : url.port } };
}

/** Parses CORS_ORIGINS; every entry that is not an origin or a pattern is listed. */
export function parseAllowedOrigins(text: string): ParsedOrigins {
  const entries = text.split(',').map((e) => e.trim()).filter(Boolean);
  if (entries.length === 1 && entries[0] === 'none') return { rules: [] };
  const rules: OriginRule[] = [];
  const errors: string[] = [];
  for (const entry of entries) {
    if (entry === 'none') continue;
    const parsed = parseRule(entry);
    if (parsed.error !== undefined) errors.push(parsed.error);
    else rules.push(parsed.rule);
  }
  if (entries.includes('none')) errors.push('CORS_ORIGINS: "none" cannot stand beside origins');
  return errors.length ? { errors } : { rules };
}

function hostMatches(rule: OriginRule, host: string): boolean {
  if (!rule.wildcard) return host === rule.host;
  if (!host.endsWith(`.${rule.host}`)) return false;
  return isDomain(host.slice(0, -rule.host.length - 1));
}

/** A test of the request's Origin header against the rules: true only for an origin they allow. */
export function originMatcher(rules: readonly OriginRule[]): (origin: string | string[] | undefined) => boolean {
  return (origin) => {
    if (typeof origin !== 'string' || rules.length === 0) return false;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    // Only the browser's own serialization: no path, no user, lower case, no default port spelt out.
    // (An opaque origin, "null", fails to parse above.)
    if (url.origin !== origin) return false;
    return rules.some((rule) => rule.scheme === url.protocol && (rule.port === '*' || rule.port === url.port) && hostMatches(rule, url.hostname));
  };
}
