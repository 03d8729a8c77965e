/** Whether a query selects a field directly under the field being resolved (fragments included). */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function inSelection(set: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo): boolean {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === field) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && inSelection(selection.selectionSet, field, info)) return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD && inSelection(info.fragments[selection.name.value]?.selectionSet, field, info)) return true;
  }
  return false;
}

/** `totalCount` under `firms(…)`: a list asks the regions for counts only when its client wants the total. */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => inSelection(node.selectionSet, field, info));
}
