/**
 * The operation as the executor plans and shapes it: the one operation the request names, with
 * every named fragment spread replaced by an inline fragment of the same selections (so one walk
 * sees each selection where it applies), and every @defer given a label of our own. The query
 * planner then names each deferred part by that label, which ties the plan's deferred blocks to the
 * fragments in the document without guessing; the caller's own label, if any, is kept to be sent.
 *
 * A field whose response name is also the name of a field some @requires reads, asked with
 * arguments (or aliased onto that name), gets an alias of our own: @apollo/query-planner merges a
 * field the client asked for with a @requires input of the same name even when their arguments
 * differ, and the client then gets the input's value (`comments(limit: 1)` answered with the three
 * comments a @requires asked for). The response shape writes the client's name back.
 */
import { Kind, type ArgumentNode, type FieldNode, type DirectiveNode, type DocumentNode, type FragmentDefinitionNode, type InlineFragmentNode, type OperationDefinitionNode, type SelectionNode, type SelectionSetNode } from 'graphql';

/** The prefix of the labels this gateway gives every @defer. */
export const DEFER_LABEL_PREFIX = '__coopgraph_defer_';
/** The prefix of the aliases this gateway gives fields that would clash with @requires inputs. */
export const ALIAS_PREFIX = '__coopgraph_alias_';

/** The response name the client asked for, of a field of the prepared operation. */
export function clientResponseName(field: FieldNode): string {
  const alias = field.alias?.value;
  if (alias === undefined) return field.name.value;
  return alias.startsWith(ALIAS_PREFIX) ? alias.slice(ALIAS_PREFIX.length) : alias;
}

export interface DeferLabel {
  /** Our label, as the plan and the prepared operation carry it. */
  label: string;
  /** The caller's own label, sent with the deferred part. */
  callerLabel: string | undefined;
}

export interface PreparedOperation {
  operation: OperationDefinitionNode;
  /** A document holding only `operation`, for the planner. */
  document: DocumentNode;
  /** Every @defer of the operation, by our label. */
  defers: Map<string, DeferLabel>;
}

export type PreparedOperationResult = { value: PreparedOperation; error?: never } | { value?: never; error: string };

/** The operation `operationName` picks (graphql-js's rules: the only one when no name is given). */
export function pickOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | string {
  let found: OperationDefinitionNode | undefined;
  let count = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    count++;
    if (operationName ? definition.name?.value === operationName : true) found = definition;
  }
  if (!operationName && count > 1) return 'Must provide operation name if query contains multiple operations.';
  if (!found) return operationName ? `Unknown operation named "${operationName}".` : 'Must provide an operation.';
  return found;
}

/**
 * `requiresFields`: the names of the fields any @requires of the supergraph reads (at any depth);
 * a client's field answered under one of them with arguments, or aliased onto one, is aliased.
 */
export function prepareOperation(document: DocumentNode, operationName: string | null | undefined, requiresFields: ReadonlySet<string> = new Set()): PreparedOperationResult {
  const picked = pickOperation(document, operationName);
  if (typeof picked === 'string') return { error: picked };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const defers = new Map<string, DeferLabel>();

  const relabel = (directives: readonly DirectiveNode[] | undefined): readonly DirectiveNode[] | undefined => {
    if (!directives?.some((d) => d.name.value === 'defer')) return directives;
    return directives.map((directive) => {
      if (directive.name.value !== 'defer') return directive;
      const given = directive.arguments?.find((a) => a.name.value === 'label')?.value;
      const label = `${DEFER_LABEL_PREFIX}${defers.size}`;
      defers.set(label, { label, callerLabel: given?.kind === Kind.STRING ? given.value : undefined });
      const labelArgument: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'label' }, value: { kind: Kind.STRING, value: label } };
      return { ...directive, arguments: [...(directive.arguments ?? []).filter((a) => a.name.value !== 'label'), labelArgument] };
    });
  };

  const inlineSelectionSet = (selectionSet: SelectionSetNode): SelectionSetNode => ({ ...selectionSet, selections: selectionSet.selections.map(inlineSelection) });
  const inlineSelection = (selection: SelectionNode): SelectionNode => {
    switch (selection.kind) {
      case Kind.FIELD: {
        const responseName = selection.alias?.value ?? selection.name.value;
        const clashes = requiresFields.has(responseName) && (!!selection.arguments?.length || responseName !== selection.name.value);
        const alias = clashes ? { kind: Kind.NAME, value: `${ALIAS_PREFIX}${responseName}` } as const : selection.alias;
        if (!selection.selectionSet && !clashes) return selection;
        return { ...selection, alias, ...(selection.selectionSet ? { selectionSet: inlineSelectionSet(selection.selectionSet) } : {}) };
      }
      case Kind.INLINE_FRAGMENT:
        return { ...selection, directives: relabel(selection.directives), selectionSet: inlineSelectionSet(selection.selectionSet) };
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments.get(selection.name.value);
        // Validation (Apollo Server's, before execution) guarantees every spread names a fragment.
        if (!fragment) throw new Error(`Unknown fragment "${selection.name.value}".`);
        const inline: InlineFragmentNode = {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: relabel(selection.directives),
          selectionSet: inlineSelectionSet(fragment.selectionSet),
        };
        return inline;
      }
    }
  };

  const operation: OperationDefinitionNode = { ...picked, selectionSet: inlineSelectionSet(picked.selectionSet) };
  return { value: { operation, document: { kind: Kind.DOCUMENT, definitions: [operation] }, defers } };
}
