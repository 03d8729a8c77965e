/**
 * Access rules as the schema declares them with the federation directives, read back from SDL so
 * that the declaration is the only source: the gateway reads the supergraph, each subgraph checks
 * the same rules with its resolvers (decorators.ts). Semantics as Apollo defines them:
 * `@authenticated` needs a signed-in caller; `@requiresScopes(scopes: [["a", "b"], ["c"]])` needs
 * (a and b) or c; `@policy(policies: ...)` likewise, each policy decided by policies.ts. A rule on a
 * type applies to every field that returns that type.
 */
import { Kind, parse, type DirectiveNode, type ValueNode, type GraphQLError } from 'graphql';
import { CoopError } from '../../../schema/contract/errors';
import { grantedScopes, type Identity } from './identity';
import { POLICIES, isPolicyName } from './policies';

export interface AccessRule {
  authenticated: boolean;
  /** Alternatives, each a list of scopes all required. */
  scopes: string[][];
  /** Alternatives, each a list of policies all required. */
  policies: string[][];
}

function listOfLists(value: ValueNode | undefined): string[][] {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : []));
}

export function ruleFromDirectives(directives: readonly DirectiveNode[] | undefined): AccessRule | null {
  const rule: AccessRule = { authenticated: false, scopes: [], policies: [] };
  for (const d of directives ?? []) {
    const arg = (name: string) => d.arguments?.find((a) => a.name.value === name)?.value;
    if (d.name.value === 'authenticated') rule.authenticated = true;
    if (d.name.value === 'requiresScopes') rule.scopes = listOfLists(arg('scopes'));
    if (d.name.value === 'policy') rule.policies = listOfLists(arg('policies'));
  }
  return rule.authenticated || rule.scopes.length || rule.policies.length ? rule : null;
}

/** Every rule of an SDL document, by type name and by `Type.field`. */
export class RuleIndex {
  private constructor(
    private readonly types: Map<string, AccessRule>,
    private readonly fields: Map<string, AccessRule>,
  ) {}

  static fromSdl(sdl: string): RuleIndex {
    const types = new Map<string, AccessRule>();
    const fields = new Map<string, AccessRule>();
    for (const def of parse(sdl).definitions) {
      if (!('name' in def) || !def.name || !('directives' in def)) continue;
      const typeRule = ruleFromDirectives(def.directives);
      if (typeRule) types.set(def.name.value, typeRule);
      if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION || def.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        for (const field of def.fields ?? []) {
          const fieldRule = ruleFromDirectives(field.directives);
          if (fieldRule) fields.set(`${def.name.value}.${field.name.value}`, fieldRule);
        }
      }
    }
    return new RuleIndex(types, fields);
  }

  /** The rules a selection of `parentType.field` returning `returnType` must pass. */
  rulesFor(parentType: string, field: string, returnType: string): AccessRule[] {
    return [this.fields.get(`${parentType}.${field}`), this.types.get(returnType)].filter((r): r is AccessRule => !!r);
  }

  get size(): number {
    return this.types.size + this.fields.size;
  }
}

export type Decision = { ok: true } | { ok: false; error: GraphQLError };

/** Whether an identity passes a rule; `policyHolds` decides each named policy. */
export function decide(rule: AccessRule, identity: Identity, what: string, policyHolds: (policy: string) => boolean): Decision {
  if (identity.role === 'anonymous') return { ok: false, error: CoopError.unauthenticated(`${what} needs a signed-in caller; send a bearer token.`) };
  const granted = grantedScopes(identity);
  if (rule.scopes.length && !rule.scopes.some((all) => all.every((s) => granted.has(s)))) {
    return { ok: false, error: CoopError.forbidden(`${what} needs the scope ${rule.scopes.map((all) => all.join(' and ')).join(' or ')}, which the caller's role does not hold.`) };
  }
  if (rule.policies.length && !rule.policies.some((all) => all.every(policyHolds))) {
    const named = (policy: string) => (isPolicyName(policy) ? POLICIES[policy].description : policy);
    return { ok: false, error: CoopError.forbidden(`${what} is limited to ${rule.policies.map((all) => all.map(named).join(' and ')).join(' or ')}.`) };
  }
  return { ok: true };
}
