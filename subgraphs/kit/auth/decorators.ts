/**
 * Access rules on type-graphql classes: each decorator writes the federation directive into the
 * subgraph SDL (composed into the supergraph, enforced by the gateway) and attaches the same rule
 * to the resolvers through type-graphql's @Authorized, which `authChecker` enforces in the
 * subgraph against the verified identity. One declaration, checked twice.
 */
import { Authorized, Directive, type AuthChecker } from 'type-graphql';
import type { RegionName } from '../../../schema/contract/errors';
import { READ_RESTRICTED, writeScope, type Identity } from './identity';
import { policyHolds, type PolicyName } from './policies';
import { decide, type AccessRule } from './rules';

type Decorator = (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => void;

function combine(...decorators: Decorator[]): Decorator {
  return (target, key, descriptor) => {
    for (const decorate of decorators) decorate(target, key, descriptor);
  };
}

/** type-graphql carries a rule as a list of strings: "scope:<name>" and "policy:<name>" (none: signed in). */
function encode(rule: AccessRule): string[] {
  return [...rule.scopes.flat().map((s) => `scope:${s}`), ...rule.policies.flat().map((p) => `policy:${p}`)];
}

function decodeRule(roles: readonly string[]): AccessRule {
  const scopes = roles.filter((r) => r.startsWith('scope:')).map((r) => r.slice('scope:'.length));
  const policies = roles.filter((r) => r.startsWith('policy:')).map((r) => r.slice('policy:'.length));
  return { authenticated: true, scopes: scopes.length ? [scopes] : [], policies: policies.length ? [policies] : [] };
}

const quoted = (names: readonly string[]) => `[[${names.map((n) => JSON.stringify(n)).join(', ')}]]`;

/** @authenticated: any signed-in caller. */
export function Authenticated(): Decorator {
  return combine(Directive('@authenticated') as Decorator, Authorized() as Decorator);
}

/** @requiresScopes(scopes: [["read:restricted"]]): contact details of people and non-public figures. */
export function Restricted(): Decorator {
  const rule: AccessRule = { authenticated: true, scopes: [[READ_RESTRICTED]], policies: [] };
  return combine(Directive(`@requiresScopes(scopes: ${quoted([READ_RESTRICTED])})`) as Decorator, Authorized(encode(rule)) as Decorator);
}

/** A write: the region's write scope and the policy naming which of its editors may make it. */
export function RegionWrite(region: RegionName, policy: PolicyName): Decorator {
  const rule: AccessRule = { authenticated: true, scopes: [[writeScope(region)]], policies: [[policy]] };
  return combine(
    Directive(`@requiresScopes(scopes: ${quoted([writeScope(region)])})`) as Decorator,
    Directive(`@policy(policies: ${quoted([policy])})`) as Decorator,
    Authorized(encode(rule)) as Decorator,
  );
}

/** Enforces the rules above in a subgraph; a refusal is UNAUTHENTICATED or FORBIDDEN, thrown before the resolver runs. */
export const authChecker: AuthChecker<{ identity: Identity }> = ({ context, args, info }, roles) => {
  const decision = decide(decodeRule(roles), context.identity, `${info.parentType.name}.${info.fieldName}`, (policy) => policyHolds(policy, context.identity, args.input));
  if (!decision.ok) throw decision.error;
  return true;
};
