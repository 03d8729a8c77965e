/**
 * The rows each built-in report should hold, worked out another way than the report's own query:
 * from each region's directory (the subgraph's own root fields, asked directly) and its native API,
 * not through the gateway's cross-region fields the reports use.
 */
import { encodeCursor } from '../../../subgraphs/kit/directory/cursor';
import { data } from '../../support/system';

export const REGIONS = ['tianjin', 'yangtze', 'zhejiang'] as const;
export type Urls = Record<string, string>;

interface DirectoryFirm {
  uscc: string;
  name: string;
  sortKey: string;
  chains: Array<{ chainCode: string }>;
}

export async function directoryFirms(url: string): Promise<DirectoryFirm[]> {
  const firms: DirectoryFirm[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { directoryFirms: { rows: DirectoryFirm[] } } = await data(
      url,
      `query($after: String) { directoryFirms(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 1000, after: $after) { rows { uscc name sortKey chains { chainCode } } } }`,
      { after },
    );
    firms.push(...page.directoryFirms.rows);
    if (page.directoryFirms.rows.length < 1000) return firms;
    const last = page.directoryFirms.rows.at(-1)!;
    after = encodeCursor({ sortKey: last.sortKey, id: last.uscc });
  }
}

/** Firm records per (region, chain): each firm once per chain it serves. */
export async function chainCoverage(urls: Urls, regions: readonly string[] = REGIONS): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const region of regions) {
    for (const firm of await directoryFirms(urls[region]!)) {
      for (const chain of new Set(firm.chains.map((c) => c.chainCode))) {
        const key = `${region.toUpperCase()}|${chain}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

export interface DirectoryProject {
  id: string;
  title: string;
  status: string;
  chainCode: string | null;
  amountYuan: number | null;
}

export async function directoryProjects(url: string): Promise<DirectoryProject[]> {
  const page = await data<{ directoryProjects: { rows: DirectoryProject[] } }>(
    url,
    `{ directoryProjects(filter: {}, order: { field: "AMOUNT", direction: "DESC" }, first: 1000) { rows { id title status chainCode amountYuan } } }`,
  );
  return page.directoryProjects.rows;
}

export async function allProjects(urls: Urls): Promise<Map<string, DirectoryProject & { region: string }>> {
  const projects = new Map<string, DirectoryProject & { region: string }>();
  for (const region of REGIONS) for (const p of await directoryProjects(urls[region]!)) projects.set(p.id, { ...p, region: region.toUpperCase() });
  return projects;
}

/** Per Zhejiang pairing: its projects (native API), their amounts (directory), the assessments. */
export async function pairingScorecard(urls: Urls): Promise<Map<string, { projects: string[]; amountYuan: number; assessments: string[] }>> {
  const native = await data<{ zhejiang: { pairings: Array<{ key: string }>; projects: Array<{ key: string; pairing: { key: string } }>; assessments: Array<{ resultText: string }> } }>(
    urls.zhejiang!,
    '{ zhejiang { pairings { key } projects { key pairing { key } } assessments { resultText } } }',
  );
  const amounts = new Map((await directoryProjects(urls.zhejiang!)).map((p) => [p.id, p.amountYuan ?? 0]));
  const scorecard = new Map<string, { projects: string[]; amountYuan: number; assessments: string[] }>();
  for (const pairing of native.zhejiang.pairings) {
    const projects = native.zhejiang.projects.filter((p) => p.pairing.key === pairing.key).map((p) => p.key).sort();
    scorecard.set(pairing.key, {
      projects,
      amountYuan: projects.reduce((sum, key) => sum + (amounts.get(`zhejiang:project:${key}`) ?? 0), 0),
      // The programme's assessments rate every pairing in it.
      assessments: native.zhejiang.assessments.map((a) => a.resultText),
    });
  }
  return scorecard;
}

/** Credit codes that more than one region's directory records, with those regions. */
export async function firmsInSeveralRegions(urls: Urls): Promise<Map<string, string[]>> {
  const regionsOf = new Map<string, string[]>();
  for (const region of REGIONS) {
    for (const firm of await directoryFirms(urls[region]!)) regionsOf.set(firm.uscc, [...(regionsOf.get(firm.uscc) ?? []), region.toUpperCase()]);
  }
  return new Map([...regionsOf].filter(([, regions]) => regions.length > 1));
}
