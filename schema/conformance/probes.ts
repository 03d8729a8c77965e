/**
 * Live probes of the region contract's behaviour, beyond its shape: a candidate subgraph is asked
 * what the cross-region layer and the gateway will ask it, and its answers are checked against the
 * rules in schema/region-contract.md (keyset order, cursors, lookups by key, entity references,
 * user errors with a code). Each probe answers a Finding or nothing.
 */
import { encodeCursor } from '../contract/directory-cursor';
import type { Finding } from './compare';

export interface ProbeTarget {
  url: string;
  headers: Record<string, string>;
}

export interface Reply<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/** One GraphQL request to the candidate, as the cross-region layer sends it; a non-JSON answer becomes an error. */
export async function post<T>(target: ProbeTarget, query: string, variables: Record<string, unknown> = {}): Promise<Reply<T>> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...target.headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Reply<T>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}, not a GraphQL response: ${text.slice(0, 120)}` }] };
  }
}

interface FirmRow {
  uscc: string;
  sortKey: string;
  name: string;
}
interface FirmPage {
  directoryFirms: { totalCount: number; rows: FirmRow[] };
}

const FIRM_PAGE = `query($first: Int!, $after: String) {
  directoryFirms(first: $first, after: $after, order: { field: "NAME", direction: "ASC" }, filter: {}) { totalCount rows { uscc sortKey name } }
}`;

function errorsOf(reply: Reply<unknown>): string | undefined {
  return reply.errors?.length ? reply.errors.map((e) => `${e.extensions?.code ?? 'no code'}: ${e.message}`).join('; ') : undefined;
}

function ordered(rows: FirmRow[]): boolean {
  return rows.every((row, i) => i === 0 || [rows[i - 1]!.sortKey, rows[i - 1]!.uscc].join('\u0000') < [row.sortKey, row.uscc].join('\u0000'));
}

/** Runs every probe; `notes` hears what could not be probed and why. */
export async function probeRegionContract(target: ProbeTarget, notes: (line: string) => void): Promise<Finding[]> {
  const findings: Finding[] = [];
  const first = await post<FirmPage>(target, FIRM_PAGE, { first: 2 });
  const failed = errorsOf(first);
  if (failed || !first.data) {
    findings.push({ element: 'Query.directoryFirms', problem: `a first page by NAME ascending failed: ${failed ?? 'no data'}` });
    return findings;
  }
  const page = first.data.directoryFirms;
  if (page.rows.length > 2) findings.push({ element: 'Query.directoryFirms(first:)', problem: `first: 2 answered ${page.rows.length} rows` });
  if (page.totalCount < page.rows.length) findings.push({ element: 'DirectoryFirmPage.totalCount', problem: `totalCount ${page.totalCount} is less than the ${page.rows.length} rows on the page` });
  if (!ordered(page.rows)) findings.push({ element: 'Query.directoryFirms(order:)', problem: 'rows are not in ascending (sortKey, uscc) order' });

  const last = page.rows.at(-1);
  if (!last) {
    notes('the region has no firms: paging, lookups and references were not probed (seed one firm and run again)');
  } else {
    if (page.totalCount > page.rows.length) {
      const next = await post<FirmPage>(target, FIRM_PAGE, { first: 2, after: encodeCursor({ sortKey: last.sortKey, id: last.uscc }) });
      const rows = next.data?.directoryFirms.rows ?? [];
      if (errorsOf(next)) findings.push({ element: 'Query.directoryFirms(after:)', problem: `the cursor of the first page's last row was refused: ${errorsOf(next)}` });
      else if (!rows.length) findings.push({ element: 'Query.directoryFirms(after:)', problem: `totalCount is ${page.totalCount} but the page after the first is empty` });
      else if (!ordered([last, ...rows])) findings.push({ element: 'Query.directoryFirms(after:)', problem: 'the second page does not start after the first page\'s last row (keyset order)' });
    }
    const usccs = page.rows.map((r) => r.uscc);
    const byKey = await post<{ directoryFirmsByUscc: Array<{ uscc: string }> }>(target, 'query($u: [ID!]!) { directoryFirmsByUscc(usccs: $u) { uscc } }', { u: usccs });
    const found = (byKey.data?.directoryFirmsByUscc ?? []).map((f) => f.uscc).sort();
    if (errorsOf(byKey) || found.join() !== [...usccs].sort().join()) {
      findings.push({ element: 'Query.directoryFirmsByUscc', problem: `asked for ${usccs.join(', ')}, answered ${errorsOf(byKey) ?? (found.join(', ') || 'none')}` });
    }
    const reference = await post<{ _entities: Array<{ uscc?: string } | null> }>(
      target,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Firm { uscc } } }',
      { r: [{ __typename: 'Firm', uscc: last.uscc }] },
    );
    if (errorsOf(reference) || reference.data?._entities?.[0]?.uscc !== last.uscc) {
      findings.push({ element: 'Firm @key', problem: `a Firm reference by uscc ${last.uscc} did not resolve: ${errorsOf(reference) ?? JSON.stringify(reference.data?._entities)}` });
    }
  }

  const projects = await post(target, '{ directoryProjects(first: 1, order: { field: "DATE", direction: "DESC" }, filter: {}) { totalCount } }');
  if (errorsOf(projects)) findings.push({ element: 'Query.directoryProjects', problem: `a first page by DATE descending failed: ${errorsOf(projects)}` });
  const scopes = await post(target, '{ directoryScopes { __typename } }');
  if (errorsOf(scopes)) findings.push({ element: 'Query.directoryScopes', problem: `listing scopes failed: ${errorsOf(scopes)}` });

  const bad = await post(target, '{ directoryFirms(first: -1, order: { field: "NAME", direction: "ASC" }, filter: {}) { totalCount } }');
  if (bad.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT') {
    findings.push({ element: 'Query.directoryFirms(first:)', problem: `first: -1 must be refused with extensions.code BAD_USER_INPUT; got ${errorsOf(bad) ?? 'an answer'}` });
  }
  const badCursor = await post(target, '{ directoryFirms(first: 1, after: "not-a-cursor", order: { field: "NAME", direction: "ASC" }, filter: {}) { totalCount } }');
  const cursorError = badCursor.errors?.[0]?.extensions;
  if (cursorError?.code !== 'BAD_USER_INPUT' || cursorError.field !== 'after') {
    findings.push({ element: 'Query.directoryFirms(after:)', problem: `a cursor this protocol never issued must be refused with extensions.code BAD_USER_INPUT and extensions.field "after"; got ${errorsOf(badCursor) ?? 'an answer'}` });
  }
  return findings;
}
