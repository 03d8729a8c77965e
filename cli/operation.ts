/**
 * Reads a report's GraphQL document: the one query operation, the paginated field (the field whose
 * `after` argument is a variable), the path of its rows and the columns its selection gives them.
 * The exporter adds `pageInfo { hasNextPage endCursor }` to the paginated field and, after the first
 * page, drops its `totalCount` (counted once, for the ETA, instead of on every page).
 */
import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { splitPath } from './row-path';
import type { ReportDefinition } from './report-definition';

export interface Pagination {
  /** Response keys from the data root to the paginated field. */
  path: string[];
  afterVariable: string;
  /** The variable the field's `first` argument takes, which --page-size sets; null when it is a literal. */
  firstVariable: string | null;
  /** Response key of the field's totalCount, when the report selects it. */
  totalCountKey: string | null;
}

export interface PreparedOperation {
  operationName: string | null;
  variableDefinitions: readonly VariableDefinitionNode[];
  /** The query of the first page, and of every later one (without the total count). */
  firstPageQuery: string;
  nextPageQuery: string;
  pagination: Pagination | null;
  rowsPath: string[];
  /** Leaf columns of the selection under the rows path, dotted, in selection order. */
  selectedColumns: string[];
}

const responseKey = (field: FieldNode): string => field.alias?.value ?? field.name.value;

/** Every field of a selection set, fragments inlined, with the same response key merged. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visitSet = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visitSet(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) visitSet(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value]));
    }
  };
  visitSet(selectionSet, new Set());
  return fields;
}

function mergedSelection(fields: FieldNode[]): SelectionSetNode | undefined {
  const selections = fields.flatMap((f) => f.selectionSet?.selections ?? []);
  return selections.length ? { kind: Kind.SELECTION_SET, selections } : undefined;
}

function leafColumns(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, prefix: string, into: string[]): void {
  const byKey = new Map<string, FieldNode[]>();
  for (const field of fieldsOf(set, fragments)) byKey.set(responseKey(field), [...(byKey.get(responseKey(field)) ?? []), field]);
  for (const [key, fields] of byKey) {
    const path = prefix ? `${prefix}.${key}` : key;
    const merged = mergedSelection(fields);
    if (merged) leafColumns(merged, fragments, path, into);
    else if (!into.includes(path)) into.push(path);
  }
}

function findPaginated(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, path: string[], found: Array<{ field: FieldNode; path: string[] }>): void {
  for (const field of fieldsOf(set, fragments)) {
    const fieldPath = [...path, responseKey(field)];
    if (field.arguments?.some((a) => a.name.value === 'after' && a.value.kind === Kind.VARIABLE)) found.push({ field, path: fieldPath });
    findPaginated(field.selectionSet, fragments, fieldPath, found);
  }
}

function selectionAt(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, segments: string[]): SelectionSetNode | undefined | null {
  let current: SelectionSetNode | undefined = set;
  for (const segment of segments) {
    const fields = fieldsOf(current, fragments).filter((f) => responseKey(f) === segment);
    if (!fields.length) return null;
    current = mergedSelection(fields);
  }
  return current;
}

const field = (name: string, selections?: FieldNode[]): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
});

function rewrite(document: DocumentNode, target: FieldNode, dropTotalCount: boolean): string {
  return print(
    visit(document, {
      Field(node) {
        if (node !== target) return undefined;
        const kept = (node.selectionSet?.selections ?? []).filter((s) => !(dropTotalCount && s.kind === Kind.FIELD && s.name.value === 'totalCount'));
        return { ...node, selectionSet: { kind: Kind.SELECTION_SET, selections: [...kept, field('pageInfo', [field('hasNextPage'), field('endCursor')])] } };
      },
    }),
  );
}

export function prepareOperation(report: ReportDefinition): { operation: PreparedOperation } | { errors: string[] } {
  let document: DocumentNode;
  try {
    document = parse(report.source);
  } catch (error) {
    return { errors: [`${report.file}: ${(error as Error).message}`] };
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return { errors: [`${report.file}: a report holds exactly one operation, found ${operations.length}`] };
  const operation = operations[0]!;
  if (operation.operation !== 'query') return { errors: [`${report.file}: a report runs a query, not a ${operation.operation}`] };
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );

  const found: Array<{ field: FieldNode; path: string[] }> = [];
  findPaginated(operation.selectionSet, fragments, [], found);
  if (found.length > 1) return { errors: [`${report.file}: more than one field takes a variable \`after\` (${found.map((f) => f.path.join('.')).join(', ')}); an export follows one cursor`] };
  const paginated = found[0];
  let pagination: Pagination | null = null;
  if (paginated) {
    const argument = (name: string) => paginated.field.arguments?.find((a) => a.name.value === name)?.value;
    const after = argument('after');
    const first = argument('first');
    const totalCount = fieldsOf(paginated.field.selectionSet, fragments).find((f) => f.name.value === 'totalCount');
    pagination = {
      path: paginated.path,
      afterVariable: after?.kind === Kind.VARIABLE ? after.name.value : '',
      firstVariable: first?.kind === Kind.VARIABLE ? first.name.value : null,
      totalCountKey: totalCount ? responseKey(totalCount) : null,
    };
  }

  const errors: string[] = [];
  let rowsPath: string[];
  if (report.rows) rowsPath = splitPath(report.rows);
  else if (pagination) {
    const nodes = selectionAt(operation.selectionSet, fragments, [...pagination.path, 'nodes']);
    rowsPath = nodes ? [...pagination.path, 'nodes'] : [...pagination.path, 'edges', 'node'];
  } else return { errors: [`${report.file}: declare where the rows are with "# @rows <path>" (the operation has no paginated field)`] };
  if (pagination && pagination.path.some((segment, i) => rowsPath[i] !== segment)) {
    errors.push(`${report.file}: the rows (${rowsPath.join('.')}) must lie inside the paginated field ${pagination.path.join('.')}`);
  }
  const rowSelection = selectionAt(operation.selectionSet, fragments, rowsPath);
  if (rowSelection === null || rowSelection === undefined) {
    errors.push(`${report.file}: @rows ${rowsPath.join('.')} is not an object selected by the operation`);
    return { errors };
  }
  const selectedColumns: string[] = [];
  leafColumns(rowSelection, fragments, '', selectedColumns);
  if (errors.length) return { errors };

  return {
    operation: {
      operationName: operation.name?.value ?? null,
      variableDefinitions: operation.variableDefinitions ?? [],
      firstPageQuery: paginated ? rewrite(document, paginated.field, false) : print(document),
      nextPageQuery: paginated ? rewrite(document, paginated.field, true) : print(document),
      pagination,
      rowsPath,
      selectedColumns,
    },
  };
}
