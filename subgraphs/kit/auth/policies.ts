/**
 * The @policy rules: which editors a write is limited to. A policy is decided twice with the same
 * code: at the gateway from the token and the write's arguments (an input naming another unit is
 * refused before any subgraph is called), and in the subgraph, where the resolver also checks what
 * only the data knows (that an application belongs to the editor's alliance, a project to its
 * county's pairing…) with `requireOwnUnit`.
 */
import { CoopError, type RegionName } from '../../../schema/contract/errors';
import { describeIdentity, type Identity, type UnitKind } from './identity';

interface PolicyDefinition {
  region: RegionName;
  unitKind: UnitKind;
  /** An input field that names the unit directly; when present it must be the editor's own. */
  unitArgument?: string;
  description: string;
}

export const POLICIES = {
  'yangtze-zone-editor': { region: 'yangtze', unitKind: 'zone', unitArgument: 'zoneKey', description: 'editors of the zone concerned' },
  'tianjin-alliance-editor': { region: 'tianjin', unitKind: 'alliance', unitArgument: 'allianceKey', description: 'editors of the alliance concerned' },
  'tianjin-district-editor': { region: 'tianjin', unitKind: 'county', description: 'editors of the applicant firm\'s district' },
  'zhejiang-county-editor': { region: 'zhejiang', unitKind: 'county', description: 'editors of a county of the pairing concerned' },
  'zhejiang-province-editor': { region: 'zhejiang', unitKind: 'province', description: 'the provincial editor' },
} as const satisfies Record<string, PolicyDefinition>;

export type PolicyName = keyof typeof POLICIES;

export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(POLICIES, name);
}

/** Whether the identity may act under the policy, as far as the write's own input tells. */
export function policyHolds(name: string, identity: Identity, input?: unknown): boolean {
  if (!isPolicyName(name)) return false;
  const policy: PolicyDefinition = POLICIES[name];
  if (identity.role !== 'editor' || identity.region !== policy.region || identity.unit.kind !== policy.unitKind) return false;
  const named = policy.unitArgument && input && typeof input === 'object' ? (input as Record<string, unknown>)[policy.unitArgument] : undefined;
  return named === undefined || named === null || named === identity.unit.key;
}

/** In a resolver: the record the write touches must belong to the editor's own unit. */
export function requireOwnUnit(identity: Identity, kind: UnitKind, keys: string | readonly string[], what: string): void {
  const allowed = typeof keys === 'string' ? [keys] : keys;
  if (identity.role === 'editor' && identity.unit.kind === kind && allowed.includes(identity.unit.key)) return;
  throw CoopError.forbidden(`${what} belongs to ${kind} ${allowed.join(' or ') || '(none)'}; the caller is ${describeIdentity(identity)}.`);
}
