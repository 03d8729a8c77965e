/**
 * Where each @defer of a prepared operation sits: the fragment and the type of the object it
 * applies to. A deferred part is shaped from that fragment, on each object the part before it
 * found the fragment on (compile-shape.ts records those as targets).
 */
import { getNamedType, isCompositeType, Kind, type GraphQLCompositeType, type GraphQLSchema, type InlineFragmentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export interface DeferPosition {
  /** The deferred fragment, without its @defer: shaped in place on the object it applies to. */
  fragment: InlineFragmentNode;
  /** The type of the object the fragment applies to (where it appears, not its own condition). */
  parentType: GraphQLCompositeType;
}

export function deferPositions(operation: OperationDefinitionNode, schema: GraphQLSchema, rootType: GraphQLCompositeType): Map<string, DeferPosition> {
  const positions = new Map<string, DeferPosition>();
  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet || !('getFields' in parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        const type = field ? getNamedType(field.type) : undefined;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const defer = selection.directives?.find((d) => d.name.value === 'defer');
        const label = defer?.arguments?.find((a) => a.name.value === 'label')?.value;
        if (defer && label?.kind === Kind.STRING) {
          positions.set(label.value, { fragment: { ...selection, directives: selection.directives?.filter((d) => d !== defer) }, parentType });
        }
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (condition && isCompositeType(condition)) walk(selection.selectionSet, condition);
      }
    }
  };
  walk(operation.selectionSet, rootType);
  return positions;
}
