/**
 * `--var name=value` pairs become the operation's variables, each read by its declared type: Int and
 * Float as numbers, Boolean as true/false, String and ID as given, a list as a JSON array or
 * comma-separated items, an input object as JSON, an enum as its name.
 */
import { Kind, type TypeNode, type VariableDefinitionNode } from 'graphql';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

function coerce(raw: string, type: TypeNode, name: string): { value: Value } | { error: string } {
  if (type.kind === Kind.NON_NULL_TYPE) return coerce(raw, type.type, name);
  if (type.kind === Kind.LIST_TYPE) {
    let items: string[];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed)) throw new Error('not a list');
      items = parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    } catch {
      items = raw.split(',').map((s) => s.trim()).filter(Boolean);
    }
    const values: Value[] = [];
    for (const item of items) {
      const result = coerce(item, type.type, name);
      if ('error' in result) return result;
      values.push(result.value);
    }
    return { value: values };
  }
  switch (type.name.value) {
    case 'String':
    case 'ID':
      return { value: raw };
    case 'Int':
    case 'Float': {
      const number = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(number) || (type.name.value === 'Int' && !Number.isInteger(number))) return { error: `--var ${name}=${raw}: not ${type.name.value === 'Int' ? 'an integer' : 'a number'}` };
      return { value: number };
    }
    case 'Boolean':
      if (raw !== 'true' && raw !== 'false') return { error: `--var ${name}=${raw}: use true or false` };
      return { value: raw === 'true' };
    default:
      // An input object is written as JSON; anything else of a named type is an enum value.
      if (raw.trim().startsWith('{')) {
        try {
          return { value: JSON.parse(raw) as Value };
        } catch (error) {
          return { error: `--var ${name}: ${(error as Error).message}` };
        }
      }
      return { value: raw };
  }
}

export interface VariablePlan {
  /** Variables the exporter sets itself (the cursor; the page size when --page-size is given). */
  reserved: Map<string, string>;
}

export function buildVariables(
  definitions: readonly VariableDefinitionNode[],
  pairs: ReadonlyArray<readonly [string, string]>,
  plan: VariablePlan,
): { variables: Record<string, Value> } | { errors: string[] } {
  const errors: string[] = [];
  const variables: Record<string, Value> = {};
  const byName = new Map(definitions.map((d) => [d.variable.name.value, d]));
  for (const [name, raw] of pairs) {
    const definition = byName.get(name);
    if (!definition) {
      errors.push(`--var ${name}: the report declares no variable $${name}${byName.size ? ` (it has ${[...byName.keys()].map((n) => `$${n}`).join(', ')})` : ''}`);
      continue;
    }
    if (plan.reserved.has(name)) {
      errors.push(`--var ${name}: $${name} is set by the exporter (${plan.reserved.get(name)})`);
      continue;
    }
    const result = coerce(raw, definition.type, name);
    if ('error' in result) errors.push(result.error);
    else variables[name] = result.value;
  }
  for (const [name, definition] of byName) {
    const required = definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue;
    if (required && !(name in variables) && !plan.reserved.has(name)) errors.push(`the report needs --var ${name}=<value> ($${name} has no default)`);
  }
  return errors.length ? { errors } : { variables };
}
