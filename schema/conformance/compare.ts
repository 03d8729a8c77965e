/**
 * Compares a candidate subgraph's SDL with the region contract, element by element, and says for
 * each departure what the contract wants and what the candidate has. Types compare as the wire
 * uses them: an output may be stricter (non-null where the contract allows null), an input more
 * lenient; anything the candidate adds is fine as long as a caller who knows only the contract
 * can still call it (extra arguments and input fields must be optional).
 */
import {
  Kind,
  parse,
  print,
  type DirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';

export interface Finding {
  /** The contract element concerned: `Firm @key`, `Query.directoryFirms(first:)`, `DirectoryFirm.name`. */
  element: string;
  problem: string;
}

type Named = DefinitionNode & { name: { value: string } };

function definitionsByName(document: DocumentNode): Map<string, Named[]> {
  const map = new Map<string, Named[]>();
  for (const d of document.definitions) {
    if (!('name' in d) || !d.name) continue;
    const list = map.get(d.name.value) ?? [];
    list.push(d as Named);
    map.set(d.name.value, list);
  }
  return map;
}

function fieldsOf(definitions: Named[] | undefined): Map<string, FieldDefinitionNode | InputValueDefinitionNode> {
  const fields = new Map<string, FieldDefinitionNode | InputValueDefinitionNode>();
  for (const d of definitions ?? []) for (const f of ('fields' in d ? d.fields : undefined) ?? []) fields.set(f.name.value, f);
  return fields;
}

function directivesOf(definitions: Named[] | undefined): readonly DirectiveNode[] {
  return (definitions ?? []).flatMap((d) => ('directives' in d ? (d.directives ?? []) : []));
}

function keysOf(directives: readonly DirectiveNode[]): Array<{ fields: string; resolvable: boolean }> {
  return directives
    .filter((d) => d.name.value === 'key')
    .map((d) => {
      const fields = d.arguments?.find((a) => a.name.value === 'fields')?.value;
      const resolvable = d.arguments?.find((a) => a.name.value === 'resolvable')?.value;
      return {
        fields: fields?.kind === Kind.STRING ? fields.value.trim().replace(/\s+/g, ' ') : '',
        resolvable: !(resolvable?.kind === Kind.BOOLEAN && !resolvable.value),
      };
    });
}

/** Can a value of the candidate's output type stand where the contract's is expected? */
function outputFits(contract: TypeNode, candidate: TypeNode): boolean {
  if (candidate.kind === Kind.NON_NULL_TYPE) return outputFits(contract.kind === Kind.NON_NULL_TYPE ? contract.type : contract, candidate.type);
  if (contract.kind === Kind.NON_NULL_TYPE) return false;
  if (contract.kind === Kind.LIST_TYPE || candidate.kind === Kind.LIST_TYPE) {
    return contract.kind === Kind.LIST_TYPE && candidate.kind === Kind.LIST_TYPE && outputFits(contract.type, candidate.type);
  }
  return contract.name.value === candidate.name.value;
}

/** Does the candidate accept every value the contract's input type allows? */
function inputFits(contract: TypeNode, candidate: TypeNode): boolean {
  if (contract.kind === Kind.NON_NULL_TYPE) return inputFits(contract.type, candidate.kind === Kind.NON_NULL_TYPE ? candidate.type : candidate);
  if (candidate.kind === Kind.NON_NULL_TYPE) return false;
  if (contract.kind === Kind.LIST_TYPE || candidate.kind === Kind.LIST_TYPE) {
    return contract.kind === Kind.LIST_TYPE && candidate.kind === Kind.LIST_TYPE && inputFits(contract.type, candidate.type);
  }
  return contract.name.value === candidate.name.value;
}

function optional(value: InputValueDefinitionNode): boolean {
  return value.type.kind !== Kind.NON_NULL_TYPE || value.defaultValue !== undefined;
}

function compareArguments(element: string, contract: FieldDefinitionNode, candidate: FieldDefinitionNode, findings: Finding[]): void {
  const theirs = new Map((candidate.arguments ?? []).map((a) => [a.name.value, a]));
  for (const argument of contract.arguments ?? []) {
    const other = theirs.get(argument.name.value);
    if (!other) findings.push({ element: `${element}(${argument.name.value}:)`, problem: `missing; the contract passes ${argument.name.value}: ${print(argument.type)}` });
    else if (!inputFits(argument.type, other.type)) {
      findings.push({ element: `${element}(${argument.name.value}:)`, problem: `is ${print(other.type)}; the contract passes ${print(argument.type)}` });
    }
    theirs.delete(argument.name.value);
  }
  for (const extra of theirs.values()) {
    if (!optional(extra)) findings.push({ element: `${element}(${extra.name.value}:)`, problem: `required argument the contract does not pass (${print(extra.type)}); make it nullable or give it a default` });
  }
}

/** Every departure of `candidateSdl` from `contract`; none means the candidate conforms in shape. */
export function compareWithContract(contract: DocumentNode, candidateSdl: string): Finding[] {
  const findings: Finding[] = [];
  const candidate = definitionsByName(parse(candidateSdl));
  for (const definition of contract.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const name = definition.name.value;
    const theirs = candidate.get(name);
    if (!theirs?.length) {
      findings.push({ element: name, problem: 'not defined' });
      continue;
    }
    const kind = theirs[0]?.kind.replace('Extension', 'Definition');
    if (kind !== definition.kind) {
      findings.push({ element: name, problem: `is a ${kind}; the contract has a ${definition.kind}` });
      continue;
    }
    const ourDirectives = 'directives' in definition ? (definition.directives ?? []) : [];
    for (const key of keysOf(ourDirectives)) {
      const match = keysOf(directivesOf(theirs)).find((k) => k.fields === key.fields);
      if (!match) findings.push({ element: `${name} @key`, problem: `no @key(fields: "${key.fields}"); other regions send ${name} representations by that key` });
      else if (!match.resolvable) findings.push({ element: `${name} @key`, problem: `@key(fields: "${key.fields}") is resolvable: false; the region must resolve ${name} references` });
    }
    if (ourDirectives.some((d) => d.name.value === 'shareable') && !directivesOf(theirs).some((d) => d.name.value === 'shareable')) {
      findings.push({ element: name, problem: 'not @shareable; every region serves this type, so composition needs it shareable' });
    }
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      const values = new Set((theirs as Array<Named & { values?: ReadonlyArray<{ name: { value: string } }> }>).flatMap((t) => (t.values ?? []).map((v) => v.name.value)));
      for (const value of definition.values ?? []) if (!values.has(value.name.value)) findings.push({ element: `${name}.${value.name.value}`, problem: 'enum value missing' });
      continue;
    }
    if (!('fields' in definition) || !definition.fields) continue;
    const theirFields = fieldsOf(theirs);
    const input = definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION;
    for (const field of definition.fields) {
      const element = `${name}.${field.name.value}`;
      const other = theirFields.get(field.name.value);
      theirFields.delete(field.name.value);
      if (!other) {
        findings.push({ element, problem: `missing; the contract has ${field.name.value}: ${print(field.type)}` });
        continue;
      }
      const fits = input ? inputFits(field.type, other.type) : outputFits(field.type, other.type);
      if (!fits) findings.push({ element, problem: `is ${print(other.type)}; the contract has ${print(field.type)}` });
      if (field.kind === Kind.FIELD_DEFINITION && other.kind === Kind.FIELD_DEFINITION) {
        compareArguments(element, field, other, findings);
        if (name === 'Query' && !(other.directives ?? []).some((d) => d.name.value === 'shareable') && !directivesOf(theirs).some((d) => d.name.value === 'shareable')) {
          findings.push({ element, problem: 'not @shareable; every region serves this root field, so composition needs it shareable' });
        }
      }
    }
    if (input) {
      for (const extra of theirFields.values()) {
        if (extra.kind === Kind.INPUT_VALUE_DEFINITION && !optional(extra)) {
          findings.push({ element: `${name}.${extra.name.value}`, problem: `required input field the contract does not send (${print(extra.type)}); make it nullable` });
        }
      }
    }
  }
  return findings;
}
