/**
 * W4 and W5, which are not load runs: W4 exports every firm of a chain through a gateway, page
 * after page as a reporting job does with GraphQL, and for our gateway also as one streamed export
 * (rows/s; the gateway's peak RSS is sampled meanwhile); W5 sends 1,000 Firm representations
 * straight to each region's subgraph and reads, from its GET /statements, how many SQL statements it
 * took and on which tables.
 */
import { isValidUscc } from '../schema/contract/uscc';
import { isEndLine, ndjsonBatches } from '../subgraphs/kit/http/ndjson';
import { W4, W5 } from './workloads';

export interface ExportResult {
  rows: number;
  pages: number;
  seconds: number;
  rowsPerSecond: number;
  /** Pages that carried errors (a region missing from them, say). */
  errors: number;
  /** Why the export stopped before its last page, if it did. */
  failure?: string;
}

export async function exportChain(url: string, headers: Record<string, string>, chain: string): Promise<ExportResult> {
  const started = performance.now();
  let after: string | null = null;
  let rows = 0;
  let pages = 0;
  let errors = 0;
  let failure: string | undefined;
  for (;;) {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: W4, variables: { chain, after } }) });
    const body = (await response.json()) as { data?: { firms: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null; errors?: unknown[] };
    pages++;
    if (response.status !== 200 || body.errors?.length || !body.data) errors++;
    if (!body.data) {
      failure = `page ${pages}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`;
      break;
    }
    rows += body.data.firms.nodes.length;
    if (!body.data.firms.pageInfo.hasNextPage) break;
    after = body.data.firms.pageInfo.endCursor;
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows, pages, seconds, rowsPerSecond: rows / seconds, errors, ...(failure ? { failure } : {}) };
}

/**
 * W4 as a reporting job runs it with the export route (gateway/src/plugins/use-export.ts): one GET,
 * its NDJSON parsed line by line as it arrives. Whole only with its end line; a region the end line
 * names as missing counts as an error.
 */
export async function exportStream(url: string, headers: Record<string, string>, chain: string): Promise<ExportResult> {
  const started = performance.now();
  const response = await fetch(`${url}?chainCode=${encodeURIComponent(chain)}`, { headers });
  let rows = 0;
  let end: { rows: number; missingRegions: string[] } | undefined;
  if (response.status === 200 && response.body) {
    for await (const batch of ndjsonBatches(response.body as unknown as AsyncIterable<Buffer>)) {
      for (const value of batch) {
        if (isEndLine<{ rows: number; missingRegions: string[] }>(value)) end = value.end;
        else rows++;
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const failure = response.status !== 200 ? `${response.status} ${(await response.text()).slice(0, 200)}` : !end ? 'the stream ended without its end line' : end.rows !== rows ? `the end line says ${end.rows} rows, ${rows} came` : undefined;
  return { rows, pages: 1, seconds, rowsPerSecond: rows / seconds, errors: end?.missingRegions.length ?? 1, ...(failure ? { failure } : {}) };
}

export interface EntitiesResult {
  region: string;
  representations: number;
  known: number;
  statements: number;
  byTable: Record<string, number>;
  /** Median of the timed runs, ms. */
  ms: number;
}

async function statements(url: string): Promise<{ total: number; byTable: Record<string, number> }> {
  return (await (await fetch(url.replace(/\/graphql$/, '/statements'))).json()) as { total: number; byTable: Record<string, number> };
}

/** 1,000 representations of firms the region records, statements counted around one call, timed over `runs` calls. */
export async function entitiesBatch(region: string, url: string, usccs: string[], runs: number): Promise<EntitiesResult> {
  for (const uscc of usccs) if (!isValidUscc(uscc)) throw new Error(`W5: ${uscc} is not a valid credit code`);
  const body = JSON.stringify({ query: W5(region), variables: { r: usccs.map((uscc) => ({ __typename: 'Firm', uscc })) } });
  const call = async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const result = (await response.json()) as { data?: { _entities: Array<Record<string, Record<string, unknown> | null>> }; errors?: unknown[] };
    if (!result.data || result.errors?.length) throw new Error(`W5 ${region}: ${JSON.stringify(result.errors).slice(0, 300)}`);
    return result.data._entities;
  };
  await call(); // warm
  const before = await statements(url);
  const entities = await call();
  const after = await statements(url);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const byTable: Record<string, number> = {};
  for (const [table, n] of Object.entries(after.byTable)) if (n - (before.byTable[table] ?? 0) > 0) byTable[table] = n - (before.byTable[table] ?? 0);
  const view = (e: Record<string, Record<string, unknown> | null>) => e[region];
  return {
    region,
    representations: usccs.length,
    known: entities.filter((e) => view(e)?.firm ?? view(e)?.organisation).length,
    statements: after.total - before.total,
    byTable,
    ms: times[Math.floor(times.length / 2)]!,
  };
}
