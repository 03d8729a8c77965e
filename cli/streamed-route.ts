/**
 * Whether a report can take the gateway's streamed firm export (GET /export/firms) instead of
 * paging Query.firms: its paginated field is the root `firms`, its arguments are a filter the
 * export takes and the name order, and every field it selects of a firm is one an export line
 * carries (`firmNode` builds the node a page would hold from the line). Otherwise the export pages.
 */
import { Kind, parse, valueFromASTUntyped, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { areaFullName, findArea } from '../schema/contract/areas';
import type { PreparedOperation } from './operation';
import type { ReportDefinition } from './report-definition';

/** The filter keys GET /export/firms takes as query parameters (Query.firms' FirmFilter). */
const FILTER_KEYS = ['chainCode', 'linkCode', 'areaCode', 'keyword', 'scopeId', 'regions'] as const;

/** What an export line gives of a firm, as the fields of Query.firms' nodes; `true` a leaf. */
type Provided = { [field: string]: true | Provided };
const AREA: Provided = { code: true, name: true, fullName: true, level: true };
const FIRM: Provided = {
  uscc: true,
  name: true,
  originalNames: true,
  shortName: true,
  regions: true,
  sampleCode: true,
  cooperationCount: true,
  area: AREA,
  presence: { region: true, name: true, originalName: true, kind: true, cooperationCount: true, source: true, area: AREA },
  chains: { chain: { code: true }, link: { code: true }, region: true, localChainName: true, localLinkName: true, source: true, basis: true, evidence: true },
};

export type StreamedRoute = { params: URLSearchParams; rowsKey: 'nodes' | 'edges' } | { reason: string };

function fieldsOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s] : s.kind === Kind.INLINE_FRAGMENT ? fieldsOf(s.selectionSet, fragments) : fieldsOf(fragments.get(s.name.value)?.selectionSet, fragments)));
}

/** The first field of `set` not in `provided` (or aliased: lines carry fields by name), as a dotted path; null when all are. */
function unprovided(set: SelectionSetNode | undefined, provided: Provided, fragments: Map<string, FragmentDefinitionNode>, prefix = ''): string | null {
  for (const field of fieldsOf(set, fragments)) {
    const name = field.name.value;
    if (name === '__typename') continue;
    const given = provided[name];
    if (!given || field.alias || field.arguments?.length || Boolean(field.selectionSet) !== (given !== true)) return `${prefix}${name}`;
    if (given !== true) {
      const deeper = unprovided(field.selectionSet, given, fragments, `${prefix}${name}.`);
      if (deeper) return deeper;
    }
  }
  return null;
}

export function streamedRoute(report: ReportDefinition, operation: PreparedOperation, variables: Record<string, unknown>): StreamedRoute {
  const path = operation.pagination?.path;
  if (!path || path.length !== 1 || report.rows) return { reason: 'its paginated field is not the root firms list' };
  const document = parse(report.source);
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const query = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const firms = fieldsOf(query.selectionSet, fragments).find((f) => (f.alias?.value ?? f.name.value) === path[0]);
  if (!firms || firms.name.value !== 'firms' || firms.alias) return { reason: 'its paginated field is not the root firms list' };

  const params = new URLSearchParams();
  for (const argument of firms.arguments ?? []) {
    const value = valueFromASTUntyped(argument.value, variables) as unknown;
    const name = argument.name.value;
    if (name === 'first' || name === 'after') continue;
    if (name === 'orderBy') {
      const order = (value ?? {}) as { field?: string; direction?: string };
      if ((order.field ?? 'NAME') !== 'NAME') return { reason: `the export is in name order, not ${order.field}` };
      if (order.direction) params.set('direction', order.direction);
    } else if (name === 'filter') {
      for (const [key, given] of Object.entries((value ?? {}) as Record<string, unknown>)) {
        if (given === null || given === undefined) continue;
        if (!(FILTER_KEYS as readonly string[]).includes(key)) return { reason: `the export takes no filter.${key}` };
        params.set(key, Array.isArray(given) ? given.join(',') : String(given));
      }
    } else return { reason: `the export takes no ${name} argument` };
  }

  const connection = fieldsOf(firms.selectionSet, fragments);
  for (const field of connection) {
    const name = field.name.value;
    if (field.alias || !['nodes', 'edges', 'totalCount', 'pageInfo', '__typename'].includes(name)) return { reason: `the export gives no firms.${field.alias?.value ?? name}` };
  }
  const nodes = connection.find((f) => f.name.value === 'nodes');
  const edges = connection.find((f) => f.name.value === 'edges');
  const edgeFields = fieldsOf(edges?.selectionSet, fragments);
  if (edges && edgeFields.some((f) => f.name.value !== 'node' || f.alias)) return { reason: 'the export gives no cursor of each edge' };
  const firmSelection = nodes?.selectionSet ?? edgeFields[0]?.selectionSet;
  const missing = unprovided(firmSelection, FIRM, fragments);
  if (missing) return { reason: `the export gives no ${missing} of a firm` };
  return { params, rowsKey: nodes ? 'nodes' : 'edges' };
}

/** One export line (subgraphs/crossregion/src/firm-export.ts exportRow). */
export interface FirmLine {
  uscc: string;
  name: string;
  originalNames: string[];
  shortName: string | null;
  regions: string[];
  areaCode: string | null;
  sampleCode: boolean;
  cooperationCount: number;
  chains: Array<{ chainCode: string; linkCode: string | null; region: string; localChainName: string; localLinkName: string | null; source: string; basis: string; evidence: string | null }>;
  presence: Array<{ region: string; name: string; originalName: string; areaCode: string | null; kind: string; cooperationCount: number; source: string }>;
}

/** The AdminArea Query.firms gives for a code: the same GB/T 2260 names (schema/contract/areas.ts). */
function area(code: string | null) {
  const found = code ? findArea(code) : null;
  return found ? { code: found.code, name: found.name, fullName: areaFullName(found.code), level: found.level } : null;
}

/** The firm as a page of Query.firms holds it, from its export line. */
export function firmNode(line: FirmLine) {
  return {
    uscc: line.uscc,
    name: line.name,
    originalNames: line.originalNames,
    shortName: line.shortName,
    regions: line.regions,
    sampleCode: line.sampleCode,
    cooperationCount: line.cooperationCount,
    area: area(line.areaCode),
    presence: line.presence.map((p) => ({ region: p.region, name: p.name, originalName: p.originalName, kind: p.kind, cooperationCount: p.cooperationCount, source: p.source, area: area(p.areaCode) })),
    chains: line.chains.map((c) => ({ chain: { code: c.chainCode }, link: c.linkCode ? { code: c.linkCode } : null, region: c.region, localChainName: c.localChainName, localLinkName: c.localLinkName, source: c.source, basis: c.basis, evidence: c.evidence })),
  };
}
