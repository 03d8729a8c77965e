/**
 * The region contract as SDL: what a subgraph must serve to be a region of this federation, cut
 * from a region's printed subgraph SDL. It is the five entity keys the regions share and the
 * directory protocol (the `directory*` root fields and every type they reach). The cut is taken
 * from our own regions at composition, so the contract cannot drift from the code that serves it;
 * schema/region-contract.md says what each part means.
 */
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';

/** The entities every region contributes to, and so must resolve by key. */
export const CONTRACT_ENTITIES = ['Firm', 'IndustryChain', 'CooperationProject', 'Scope', 'AdminArea'] as const;

/** The root fields of the directory protocol are the Query fields with this prefix. */
export const DIRECTORY_FIELD_PREFIX = 'directory';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

export type ContractCut = { errors: string[]; contract?: never } | { errors?: never; contract: DocumentNode };

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function keyFields(type: ObjectTypeDefinitionNode): string[] {
  const keys: string[] = [];
  for (const directive of type.directives ?? []) {
    if (directive.name.value !== 'key') continue;
    const fields = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
    if (fields?.kind === Kind.STRING) keys.push(fields.value);
  }
  return keys;
}

/** Drops descriptions: the contract is about shape; the prose lives in region-contract.md. */
function withoutDescriptions<T extends ASTNode>(node: T): T {
  return visit(node, {
    enter(n) {
      if ('description' in n && n.description) return { ...n, description: undefined };
      return undefined;
    },
  });
}

/** Cuts the contract out of one region's subgraph SDL. */
export function cutRegionContract(regionSdl: string): ContractCut {
  const document = parse(regionSdl);
  const byName = new Map<string, DefinitionNode>();
  const queryFields: FieldDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const name = definition.name.value;
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && name === 'Query') {
      queryFields.push(...(definition.fields ?? []).filter((f) => f.name.value.startsWith(DIRECTORY_FIELD_PREFIX)));
    } else if (!byName.has(name)) {
      byName.set(name, definition);
    }
  }
  const errors: string[] = [];
  const out: DefinitionNode[] = [];

  for (const entity of CONTRACT_ENTITIES) {
    const type = byName.get(entity);
    if (type?.kind !== Kind.OBJECT_TYPE_DEFINITION || keyFields(type).length === 0) {
      errors.push(`the region defines no entity ${entity} with a @key`);
      continue;
    }
    const keys = new Set(keyFields(type).flatMap((k) => k.split(/\s+/).filter(Boolean)));
    out.push(withoutDescriptions({ ...type, fields: (type.fields ?? []).filter((f) => keys.has(f.name.value)) }));
  }
  if (queryFields.length === 0) errors.push(`the region serves no Query field named ${DIRECTORY_FIELD_PREFIX}*`);

  // Every type the directory fields reach, transitively.
  const seen = new Set<string>();
  const pending = queryFields.flatMap((f) => [namedType(f.type), ...(f.arguments ?? []).map((a) => namedType(a.type))]);
  const reached: DefinitionNode[] = [];
  while (pending.length) {
    const name = pending.pop() as string;
    if (seen.has(name) || BUILT_IN_SCALARS.has(name)) continue;
    seen.add(name);
    const definition = byName.get(name);
    if (!definition) {
      errors.push(`the directory protocol refers to ${name}, which the region does not define`);
      continue;
    }
    reached.push(withoutDescriptions(definition));
    if ('fields' in definition && definition.fields) {
      for (const field of definition.fields) {
        pending.push(namedType(field.type));
        if ('arguments' in field) pending.push(...(field.arguments ?? []).map((a) => namedType(a.type)));
      }
    }
  }
  if (errors.length) return { errors };

  const query: ObjectTypeDefinitionNode = {
    kind: Kind.OBJECT_TYPE_DEFINITION,
    name: { kind: Kind.NAME, value: 'Query' },
    fields: [...queryFields].sort((a, b) => a.name.value.localeCompare(b.name.value)).map(withoutDescriptions),
  };
  reached.sort((a, b) => ('name' in a && 'name' in b ? (a.name?.value ?? '').localeCompare(b.name?.value ?? '') : 0));
  return { contract: { kind: Kind.DOCUMENT, definitions: [...out, query, ...reached] } };
}

export function printRegionContract(contract: DocumentNode): string {
  const header = [
    '# The region contract: what a subgraph serves to be a region of the Coopgraph federation.',
    '# Written by `npm run compose` from the regions\' own SDL; schema/region-contract.md explains it;',
    '# `npm run contract:check -- <subgraph URL>` checks a subgraph against it.',
  ].join('\n');
  return `${header}\n\n${print(contract)}\n`;
}
