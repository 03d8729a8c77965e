/**
 * What the regions hold, read from each region's own subgraph: every record a write can create or
 * change, and the directory's totals, members and gaps. Two equal snapshots mean nothing was written.
 */
const REGION_RECORDS: Record<string, string> = {
  tianjin: '{ tianjin { firms { key } membershipApplications { key status } needs { key status } cooperations { key } alliances { key members { key } } } }',
  yangtze: '{ yangtze { posts { key status } demandAnswers { key } conferenceProjects { key } } }',
  zhejiang: '{ zhejiang { firms { key } projects { key stage milestones { event } } assessments { key } } }',
};

const DIRECTORY = `{
  firms: directoryFirms(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 0) { totalCount }
  projects: directoryProjects(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 0) { totalCount }
  directoryScopes { id memberUsccs statedGaps { chainCode linkCode } }
}`;

async function read(url: string, query: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`reading ${url} failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function snapshotAll(urls: Record<string, string>): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(REGION_RECORDS).map(async ([region, records]) => [region, { records: await read(urls[region]!, records), directory: await read(urls[region]!, DIRECTORY) }] as const),
  );
  return Object.fromEntries(entries);
}
