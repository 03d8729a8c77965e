import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { prepareOperation, type PreparedOperation } from './operation';
import { parseReport } from './report-definition';

function prepare(source: string): PreparedOperation | string[] {
  const parsed = parseReport('test', 'test.graphql', source);
  if ('errors' in parsed) return parsed.errors;
  const prepared = prepareOperation(parsed.report);
  return 'errors' in prepared ? prepared.errors : prepared.operation;
}

function prepared(source: string): PreparedOperation {
  const result = prepare(source);
  if (Array.isArray(result)) throw new Error(result.join('\n'));
  return result;
}

const FIRMS = `
query Firms($first: Int = 50, $after: String) {
  firms(first: $first, after: $after) {
    totalCount
    nodes { ...Names area { fullName } presence { region } }
  }
}
fragment Names on Firm { uscc label: name }
`;

describe('the operation of a report', () => {
  it('finds the paginated field by its after: variable, and its page-size variable', () => {
    const operation = prepared(FIRMS);
    expect(operation.pagination).toEqual({ path: ['firms'], afterVariable: 'after', firstVariable: 'first', totalCountKey: 'totalCount' });
    expect(operation.rowsPath).toEqual(['firms', 'nodes']);
    expect(operation.selectedColumns).toEqual(['uscc', 'label', 'area.fullName', 'presence.region']);
  });

  it('asks for pageInfo on every page and for totalCount on the first only', () => {
    const operation = prepared(FIRMS);
    const first = print(parse(operation.firstPageQuery));
    const next = print(parse(operation.nextPageQuery));
    expect(first).toContain('pageInfo {\n      hasNextPage\n      endCursor\n    }');
    expect(first).toContain('totalCount');
    expect(next).toContain('pageInfo');
    expect(next).not.toContain('totalCount');
    expect(next).toContain('fragment Names on Firm');
  });

  it('takes edges.node as the rows when nodes is not selected', () => {
    const operation = prepared('query($after: String) { industryChain(code: "POWER_BATTERY") { firms(first: 5, after: $after) { edges { node { name } } } } }');
    expect(operation.pagination).toMatchObject({ path: ['industryChain', 'firms'], firstVariable: null, totalCountKey: null });
    expect(operation.rowsPath).toEqual(['industryChain', 'firms', 'edges', 'node']);
    expect(operation.selectedColumns).toEqual(['name']);
  });

  it('reads a list without pagination from its @rows path', () => {
    const operation = prepared('# @rows aggregates.rows\n{ aggregates(entity: FIRM, groupBy: [REGION, CHAIN]) { rows { region chain { nameZh } count } } }');
    expect(operation.pagination).toBeNull();
    expect(operation.firstPageQuery).toBe(operation.nextPageQuery);
    expect(operation.selectedColumns).toEqual(['region', 'chain.nameZh', 'count']);
  });

  it('refuses what an export cannot follow', () => {
    expect(prepare('{ aggregates(entity: FIRM, groupBy: []) { rows { count } } }')).toEqual([
      'test.graphql: declare where the rows are with "# @rows <path>" (the operation has no paginated field)',
    ]);
    expect(prepare('query($a: String, $b: String) { firms(after: $a) { nodes { name } } cooperationProjects(after: $b) { nodes { id } } }')[0]).toContain('more than one field takes a variable `after`');
    expect(prepare('mutation { x }')).toEqual(['test.graphql: a report runs a query, not a mutation']);
    expect(prepare('# @rows scopes\nquery($after: String) { firms(after: $after) { nodes { name } } scopes { id } }')[0]).toContain('must lie inside the paginated field firms');
    expect(prepare('# @rows firms.nodes.nope\nquery($after: String) { firms(after: $after) { nodes { name } } }')[0]).toContain('@rows firms.nodes.nope is not an object selected');
    expect(prepare('{ firms(')[0]).toContain('Syntax Error');
  });
});
