import { describe, expect, it } from 'vitest';
import type { Identity } from './identity';
import { policyHolds } from './policies';
import { RuleIndex, decide } from './rules';

const SDL = `
  type Query { people: [Person!]! @authenticated report: String @requiresScopes(scopes: [["read:restricted", "report"], ["admin"]]) }
  type Person @requiresScopes(scopes: [["read:restricted"]]) { name: String }
  type Mutation { post(input: String): String @requiresScopes(scopes: [["write:yangtze"]]) @policy(policies: [["yangtze-zone-editor"]]) }
`;
const analyst: Identity = { role: 'analyst', subject: 'a' };
const zhangjiang: Identity = { role: 'editor', subject: 'e', region: 'yangtze', unit: { kind: 'zone', key: 'shanghai-zhangjiang' } };
const codeOf = (d: ReturnType<typeof decide>) => (d.ok ? 'OK' : d.error.extensions.code);

describe('access rules read from SDL', () => {
  const rules = RuleIndex.fromSdl(SDL);

  it('finds a field\'s own rule and its return type\'s', () => {
    expect(rules.rulesFor('Query', 'people', 'Person')).toHaveLength(2);
    expect(rules.rulesFor('Query', 'report', 'String')[0]!.scopes).toEqual([['read:restricted', 'report'], ['admin']]);
    expect(rules.rulesFor('Person', 'name', 'String')).toEqual([]);
  });

  it('asks anonymous callers to sign in, and other roles for the scope: (a and b) or c', () => {
    const [report] = rules.rulesFor('Query', 'report', 'String');
    expect(codeOf(decide(report!, { role: 'anonymous' }, 'Query.report', () => true))).toBe('UNAUTHENTICATED');
    expect(codeOf(decide(report!, analyst, 'Query.report', () => true))).toBe('FORBIDDEN');
    const [, person] = rules.rulesFor('Query', 'people', 'Person');
    expect(codeOf(decide(person!, analyst, 'Query.people', () => true))).toBe('OK');
    expect(codeOf(decide(person!, zhangjiang, 'Query.people', () => true))).toBe('FORBIDDEN');
  });

  it('decides a policy from the identity and the unit the input names', () => {
    const [post] = rules.rulesFor('Mutation', 'post', 'String');
    const holds = (input: unknown) => (policy: string) => policyHolds(policy, zhangjiang, input);
    expect(codeOf(decide(post!, zhangjiang, 'Mutation.post', holds({ zoneKey: 'shanghai-zhangjiang' })))).toBe('OK');
    expect(codeOf(decide(post!, zhangjiang, 'Mutation.post', holds({ zoneKey: 'wuhan-donghu' })))).toBe('FORBIDDEN');
    expect(policyHolds('yangtze-zone-editor', { ...zhangjiang, region: 'tianjin' }, {})).toBe(false);
    expect(policyHolds('no-such-policy', zhangjiang, {})).toBe(false);
  });
});
