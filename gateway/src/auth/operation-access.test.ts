import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../subgraphs/kit/auth/identity';
import { RuleIndex } from '../../../subgraphs/kit/auth/rules';
import { answerableOperation, checkOperationAccess } from './operation-access';

// The rules as composed into the checked-in supergraph, walked over the public API schema.
const SCHEMA_DIR = path.resolve(__dirname, '../../../schema');
const rules = RuleIndex.fromSdl(fs.readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'));
const schema = buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, 'api-schema.graphql'), 'utf8'));

const anonymous: Identity = { role: 'anonymous' };
const analyst: Identity = { role: 'analyst', subject: 'a' };
const donghu: Identity = { role: 'editor', subject: 'e', region: 'yangtze', unit: { kind: 'zone', key: 'wuhan-donghu' } };

function check(query: string, identity: Identity, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return checkOperationAccess({ schema, document, operation, variables, rules, identity })?.extensions.code ?? 'OK';
}

const POST = 'mutation($input: YangtzePostInput!) { yangtzePostToPlatform(input: $input) { replayed } }';
const post = (zoneKey: string) => ({ input: { idempotencyKey: 'k-00000001', zoneKey, kind: 'POLICY', title: 't', posted: '2024-01-01' } });

describe('the operation walk against the supergraph\'s rules', () => {
  it('finds the composed rules', () => {
    expect(rules.rulesFor('Mutation', 'tianjinApplyToAlliance', 'TianjinApplicationPayload')[0]).toEqual({ authenticated: false, scopes: [['write:tianjin']], policies: [['tianjin-district-editor']] });
    expect(rules.rulesFor('TianjinRegion', 'people', 'TianjinPerson')[0]!.scopes).toEqual([['read:restricted']]);
  });

  it('lets public reads and introspection through for anyone', () => {
    expect(check('{ firms(first: 2) { nodes { name } } yangtze { people { name } } }', anonymous)).toBe('OK');
    expect(check('{ __schema { queryType { name } } }', anonymous)).toBe('OK');
  });

  it('finds a non-public field wherever the operation selects it: directly, in fragments, in inline fragments', () => {
    expect(check('{ yangtze { people { quote } } }', anonymous)).toBe('UNAUTHENTICATED');
    expect(check('{ tianjin { firms { ...f } } } fragment f on TianjinFirm { ...g } fragment g on TianjinFirm { people { name } }', anonymous)).toBe('UNAUTHENTICATED');
    expect(check('{ firm(uscc: "x") { tianjin { ... on TianjinFirmView { firm { people { name } } } } } }', anonymous)).toBe('UNAUTHENTICATED');
    expect(check('{ tianjin { people { name } } }', analyst)).toBe('OK');
    expect(check('{ tianjin { people { name } } }', donghu)).toBe('FORBIDDEN');
  });

  it('refuses writes to the wrong role, region or unit named in the variables', () => {
    expect(check(POST, anonymous, post('wuhan-donghu'))).toBe('UNAUTHENTICATED');
    expect(check(POST, analyst, post('wuhan-donghu'))).toBe('FORBIDDEN');
    expect(check(POST, { ...donghu, region: 'tianjin' }, post('wuhan-donghu'))).toBe('FORBIDDEN');
    expect(check(POST, donghu, post('shanghai-zhangjiang'))).toBe('FORBIDDEN');
    expect(check(POST, donghu, post('wuhan-donghu'))).toBe('OK');
    const literal = 'mutation { yangtzePostToPlatform(input: { idempotencyKey: "k-00000001", zoneKey: "nanjing", kind: "POLICY", title: "t", posted: "2024-01-01" }) { replayed } }';
    expect(check(literal, donghu)).toBe('FORBIDDEN');
  });

  it('walks a document once but decides every request anew: identity and variables still count', () => {
    const document = parse(POST);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const same = (identity: Identity, variables: Record<string, unknown>) =>
      checkOperationAccess({ schema, document, operation, variables, rules, identity })?.extensions.code ?? 'OK';
    expect(same(donghu, post('wuhan-donghu'))).toBe('OK');
    expect(same(donghu, post('shanghai-zhangjiang'))).toBe('FORBIDDEN');
    expect(same(analyst, post('wuhan-donghu'))).toBe('FORBIDDEN');
    expect(same(anonymous, post('wuhan-donghu'))).toBe('UNAUTHENTICATED');
    expect(same(donghu, post('wuhan-donghu'))).toBe('OK');
  });
});

describe('a query answered without what its caller may not read', () => {
  const answerable = (query: string, identity: Identity) => {
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    return answerableOperation({ schema, document, operation, rules, identity });
  };

  it('trims the supergraph\'s non-public fields for a caller who may not read them, and only for them', () => {
    const mixed = '{ yangtze { people { name quote } } zhejiang { assessments { assessmentYear countyResults { score } } } }';
    const trimmed = answerable(mixed, anonymous);
    expect(trimmed.kind).toBe('trimmed');
    if (trimmed.kind === 'trimmed') {
      expect(trimmed.removed.map((r) => [r.path.join('.'), r.error.extensions.code])).toEqual([
        ['yangtze.people.@.quote', 'UNAUTHENTICATED'],
        ['zhejiang.assessments.@.countyResults', 'UNAUTHENTICATED'],
      ]);
    }
    expect(answerable(mixed, donghu)).toMatchObject({ kind: 'trimmed' });
    expect(answerable(mixed, analyst)).toEqual({ kind: 'whole' });
  });

  it('refuses a query with nothing public left', () => {
    expect(answerable('{ tianjin { people { name } } }', anonymous)).toMatchObject({ kind: 'refused', error: { extensions: { code: 'UNAUTHENTICATED' } } });
  });
});
