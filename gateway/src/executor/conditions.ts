/**
 * What @skip, @include and @defer(if:) decide. The executor compiles an operation's response
 * shapes once per combination of the boolean variables these directives read (usually none, so
 * one shape), so that no directive is looked at while a response is shaped.
 */
import { Kind, visit, type DirectiveNode, type OperationDefinitionNode, type ValueNode } from 'graphql';

export type ConditionValues = ReadonlyMap<string, boolean>;

const CONDITIONAL = new Set(['skip', 'include', 'defer']);

/** The variables any @skip(if:), @include(if:) or @defer(if:) of the operation reads, in document order. */
export function conditionVariables(operation: OperationDefinitionNode): string[] {
  const names = new Set<string>();
  visit(operation, {
    Directive(directive) {
      if (!CONDITIONAL.has(directive.name.value)) return;
      const value = directive.arguments?.find((a) => a.name.value === 'if')?.value;
      if (value?.kind === Kind.VARIABLE) names.add(value.name.value);
    },
  });
  return [...names];
}

/** A key of the variables' values: one character each, in `names` order ('' when there are none). */
export function conditionKey(names: readonly string[], values: Record<string, unknown>): string {
  let key = '';
  for (const name of names) key += values[name] === true ? '1' : '0';
  return key;
}

/** The values a key stands for. */
export function conditionValues(names: readonly string[], key: string): ConditionValues {
  return new Map(names.map((name, i) => [name, key[i] === '1']));
}

function ifArgument(directive: DirectiveNode, values: ConditionValues, absent: boolean): boolean {
  const value: ValueNode | undefined = directive.arguments?.find((a) => a.name.value === 'if')?.value;
  if (!value) return absent;
  if (value.kind === Kind.BOOLEAN) return value.value;
  if (value.kind === Kind.VARIABLE) return values.get(value.name.value) === true;
  return absent;
}

/** Whether a selection with these directives is part of the response under `values`. */
export function isIncluded(directives: readonly DirectiveNode[] | undefined, values: ConditionValues): boolean {
  if (!directives) return true;
  for (const directive of directives) {
    if (directive.name.value === 'skip' && ifArgument(directive, values, true)) return false;
    if (directive.name.value === 'include' && !ifArgument(directive, values, true)) return false;
  }
  return true;
}

/** The label of the fragment's @defer when it defers under `values` (`if` absent or true); undefined otherwise. */
export function deferLabel(directives: readonly DirectiveNode[] | undefined, values: ConditionValues): string | undefined {
  const defer = directives?.find((d) => d.name.value === 'defer');
  if (!defer || !ifArgument(defer, values, true)) return undefined;
  const label = defer.arguments?.find((a) => a.name.value === 'label')?.value;
  return label?.kind === Kind.STRING ? label.value : undefined;
}
