/**
 * Who is asking: the roles the API knows, the unit an editor answers for, and the scopes each role
 * is granted. The gateway derives an Identity from a verified JWT and forwards it signed
 * (signed-identity.ts); every subgraph derives the same scopes from it, so one table decides both.
 */
import { isRegionName, REGION_NAMES, type RegionName } from '../../../schema/contract/regions';

export const ROLES = ['anonymous', 'analyst', 'editor', 'reporting'] as const;
export type Role = (typeof ROLES)[number];

/** What an editor's writes are limited to: a Yangtze zone, a Tianjin alliance or district, a Zhejiang county, or the province. */
export const UNIT_KINDS = ['zone', 'alliance', 'county', 'province'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  kind: UnitKind;
  /** A zone, alliance or county key of the region's data, or a GB/T 2260 code (district, province). */
  key: string;
}

export type Identity =
  | { role: 'anonymous' }
  | { role: 'analyst' | 'reporting'; subject: string }
  | { role: 'editor'; subject: string; region: RegionName; unit: Unit };

export const ANONYMOUS: Identity = Object.freeze({ role: 'anonymous' });

/** Scopes as @requiresScopes names them. */
export const READ_RESTRICTED = 'read:restricted';
export const writeScope = (region: RegionName) => `write:${region}`;

/** The scopes a role holds: analysts and reporting jobs read non-public fields, an editor writes its own region. */
export function grantedScopes(identity: Identity): ReadonlySet<string> {
  switch (identity.role) {
    case 'anonymous':
      return new Set();
    case 'analyst':
    case 'reporting':
      return new Set([READ_RESTRICTED]);
    case 'editor':
      return new Set([writeScope(identity.region)]);
  }
}

const SUBJECT = /^[\w.@:+-]{1,200}$/;
const UNIT_KEY = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** "zone:shanghai-zhangjiang" → { kind: 'zone', key: 'shanghai-zhangjiang' }. */
export function parseUnit(text: unknown): Unit | null {
  if (typeof text !== 'string') return null;
  const at = text.indexOf(':');
  const kind = text.slice(0, at) as UnitKind;
  const key = text.slice(at + 1);
  return at > 0 && UNIT_KINDS.includes(kind) && UNIT_KEY.test(key) ? { kind, key } : null;
}

export type IdentityResult = { identity: Identity; error?: never } | { identity?: never; error: string };

/**
 * The identity a set of verified claims describes: `sub`, `role`, and for an editor `region` and
 * `scope` (its unit, "zone:<key>"). Anything else is refused rather than guessed into a lesser role.
 */
export function identityFromClaims(claims: Record<string, unknown>): IdentityResult {
  const { sub, role } = claims;
  if (typeof sub !== 'string' || !SUBJECT.test(sub)) return { error: 'the token has no usable subject (sub)' };
  // A signed-in anonymous caller (a development token for trying what the public sees) is anonymous.
  if (role === 'anonymous') return { identity: ANONYMOUS };
  if (role === 'analyst' || role === 'reporting') return { identity: { role, subject: sub } };
  if (role !== 'editor') return { error: 'the token names no role this API knows (analyst, editor, reporting)' };
  const region = claims.region;
  if (!isRegionName(region)) return { error: `an editor token must name its region (${REGION_NAMES.join(', ')})` };
  const unit = parseUnit(claims.scope);
  if (!unit) return { error: 'an editor token must name its unit in `scope`, e.g. "zone:shanghai-zhangjiang"' };
  return { identity: { role: 'editor', subject: sub, region, unit } };
}

/** Checks an identity that arrived as JSON (from the signed header) has exactly a known shape. */
export function identityFromJson(value: unknown): Identity | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.role === 'anonymous') return ANONYMOUS;
  const result = identityFromClaims({ sub: v.subject, role: v.role, region: v.region, scope: v.unit && typeof v.unit === 'object' ? `${(v.unit as Unit).kind}:${(v.unit as Unit).key}` : undefined });
  return result.identity ?? null;
}

export function describeIdentity(identity: Identity): string {
  return identity.role === 'editor' ? `editor of ${identity.region} ${identity.unit.kind} ${identity.unit.key}` : identity.role;
}
