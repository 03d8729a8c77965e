import { buildSchema, parse, print, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Identity } from './identity';
import { decide, RuleIndex } from './rules';
import { removedFieldError, trimOperation } from './trim-operation';

const SDL = `
  type Query { region: Region  write: Boolean }
  type Mutation { post(text: String): Boolean @requiresScopes(scopes: [["write:x"]]) }
  type Region { name: String!  people: [Person!]!  firms(first: Int): [Firm!]! }
  type Person @requiresScopes(scopes: [["read:restricted"]]) { name: String! }
  type Firm { name: String!  contact: String @requiresScopes(scopes: [["read:restricted"]])  secrets(n: Int): [String!]! @requiresScopes(scopes: [["read:restricted"]]) }
`;
const schema = buildSchema(`directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT\n${SDL}`);
const rules = RuleIndex.fromSdl(SDL);
const anonymous: Identity = { role: 'anonymous' };
const analyst: Identity = { role: 'analyst', subject: 'a' };

function trim(query: string, identity: Identity) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return trimOperation(schema, document, operation, (parent, field, returnType) => {
    for (const rule of rules.rulesFor(parent, field.name.value, returnType)) {
      const decision = decide(rule, identity, `${parent}.${field.name.value}`, () => true);
      if (!decision.ok) return decision;
    }
    return { ok: true };
  });
}

describe('answering a query without the fields its caller may not read', () => {
  it('removes each such field, wherever it is, and names it by its path (@ for list items)', () => {
    const result = trim('{ region { name people { name } firms(first: 2) { name boss: contact } } }', anonymous);
    expect(result.kind).toBe('trimmed');
    if (result.kind !== 'trimmed') return;
    expect(print(result.document)).toBe(print(parse('{ region { name firms(first: 2) { name } } }')));
    expect(result.removed.map((r) => r.path)).toEqual([['region', 'people'], ['region', 'firms', '@', 'boss']]);
    expect(result.removed.map((r) => r.error.extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const error = removedFieldError(result.removed[0]!);
    expect(error.path).toEqual(['region', 'people']);
    expect(error.message).toMatch(/left out of the answer/);
  });

  it('follows fragments, drops what they leave empty and the variables no longer used', () => {
    const result = trim('query($n: Int, $f: Int) { region { firms(first: $f) { ...F ...G } } } fragment F on Firm { name } fragment G on Firm { secrets(n: $n) }', anonymous);
    expect(result.kind).toBe('trimmed');
    if (result.kind !== 'trimmed') return;
    expect(print(result.document)).toBe(print(parse('query($f: Int) { region { firms(first: $f) { ...F } } } fragment F on Firm { name }')));
    expect(result.removed[0]!.path).toEqual(['region', 'firms', '@', 'secrets']);
  });

  it('leaves a query whole for a caller who may read all of it', () => {
    expect(trim('{ region { people { name } firms { contact } } }', analyst).kind).toBe('whole');
    expect(trim('{ region { name } }', anonymous).kind).toBe('whole');
  });

  it('refuses when nothing the caller may read is left, and refuses a write whole', () => {
    expect(trim('{ region { people { name } } }', anonymous)).toMatchObject({ kind: 'refused', error: { extensions: { code: 'UNAUTHENTICATED' } } });
    expect(trim('mutation { post(text: "x") }', analyst)).toMatchObject({ kind: 'refused', error: { extensions: { code: 'FORBIDDEN' } } });
  });
});
