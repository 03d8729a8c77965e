/**
 * Tianjin's generated rows: firms (Traditional script, every chain and link it serves), two-party
 * cooperations and sponsored industrial projects, each with its directory projection.
 */
import { canonicalChainCode, canonicalLinkCode, projectId } from '../../../subgraphs/kit/directory/projection';
import { money, reportedDate } from '../../../subgraphs/kit/value-types';
import { toSimplified, toTraditional } from '../../../schema/contract/script';
import * as E from '../../../subgraphs/tianjin/src/entities';
import { addDirectoryFirm, addDirectoryProject, type GenerationContext, type RegionRows } from '../region-rows';
import { projectKey, projectTitle, statedAmount, statedDate } from '../records';
import type { UniverseProject } from '../universe';
import { localLinkName } from '../vocabulary';

const REGION = 'tianjin';

/** Directory status → Tianjin's own cooperation status (its seeder maps these back the same way). */
const COOPERATION_STATUS: Record<string, { native: string; directory: string; text: string }> = {
  INTENT: { native: 'intention-reached', directory: 'INTENT', text: '達成合作意向' },
  NEGOTIATING: { native: 'contact-established-in-negotiation', directory: 'NEGOTIATING', text: '已建立聯繫,正在洽談' },
  SIGNED: { native: 'signed', directory: 'SIGNED', text: '已簽約' },
  IN_PROGRESS: { native: 'ongoing', directory: 'IN_PROGRESS', text: '合作推進中' },
  OPERATING: { native: 'ongoing', directory: 'IN_PROGRESS', text: '合作推進中' },
  COMPLETED: { native: 'ongoing', directory: 'IN_PROGRESS', text: '合作推進中' },
  PLANNED: { native: 'matched-bridge-built', directory: 'INTENT', text: '已搭建對接橋樑' },
};

const COOPERATION_KINDS: Array<[kind: string, title: string]> = [
  ['business-cooperation', '業務合作'],
  ['strategic-cooperation', '戰略合作'],
  ['cooperation-intention', '合作意向'],
  ['strategic-cooperation-agreement', '全面戰略合作協議'],
  ['research-cooperation', '務實合作'],
];

/** Directory status → Tianjin's project status (signed-introduced → SIGNED, landed/under-construction → IN_PROGRESS). */
function projectStatus(status: string, anchor: number): { native: string; directory: string } {
  if (status === 'IN_PROGRESS' || status === 'OPERATING') return anchor % 2 ? { native: 'under-construction', directory: 'IN_PROGRESS' } : { native: 'landed', directory: 'IN_PROGRESS' };
  if (status === 'COMPLETED') return { native: 'landed', directory: 'IN_PROGRESS' };
  return { native: 'signed-introduced', directory: 'SIGNED' };
}

const ref = (ctx: GenerationContext, index: number) => {
  const r = ctx.records.get(index);
  return { kind: 'firm', key: r.key, name: r.firm.name, uscc: r.uscc };
};

const party = (ctx: GenerationContext, index: number, role: string | null) => {
  const r = ctx.records.get(index);
  return { kind: 'FIRM', name: r.originalName, uscc: r.uscc, areaCode: r.firm.areaCode, role };
};

function cooperation(ctx: GenerationContext, p: UniverseProject): void {
  const [a, b] = p.parties.map((i) => ctx.records.get(i));
  if (!a || !b) return;
  const [kind, title] = COOPERATION_KINDS[p.anchor % COOPERATION_KINDS.length]!;
  const status = COOPERATION_STATUS[p.status]!;
  const key = projectKey(p.index);
  const originalTitle = `${a.originalName}與${b.originalName}${title}`;
  const date = statedDate(p);
  ctx.sink.add(E.Cooperation, {
    key,
    projectId: projectId(REGION, 'cooperation', key),
    title: toSimplified(originalTitle),
    originalTitle,
    kind,
    status: status.native,
    statusText: toSimplified(status.text),
    directoryStatus: status.directory,
    parties: [ref(ctx, a.firm.index), ref(ctx, b.firm.index)],
    firstPartyUscc: a.uscc,
    secondPartyUscc: b.uscc,
    areaCode: a.firm.areaCode,
    localChainName: a.chainNames[0] ?? null,
    viaEventKey: null,
    needKey: null,
    scope: null,
    localLinkNames: [],
    provenance: { source: ctx.source, evidence: null },
  });
  addDirectoryProject(ctx, REGION, {
    kind: 'cooperation',
    nativeKey: key,
    originalTitle,
    localChainName: a.chainNames[0] ?? null,
    status: status.directory,
    date,
    areaCode: a.firm.areaCode,
    source: ctx.source,
    parties: [party(ctx, a.firm.index, null), party(ctx, b.firm.index, null)],
  });
}

function industrialProject(ctx: GenerationContext, p: UniverseProject): void {
  const sponsor = ctx.records.get(p.parties[0]!);
  const key = projectKey(p.index);
  const originalName = toTraditional(projectTitle(sponsor.firm, p));
  const amount = p.amountYuan === null ? null : statedAmount(p.amountYuan);
  const status = projectStatus(p.status, p.anchor);
  const date = statedDate(p);
  ctx.sink.add(E.Project, {
    key,
    projectId: projectId(REGION, 'project', key),
    name: toSimplified(originalName),
    originalName,
    kind: 'industrial-project',
    areaCode: sponsor.firm.areaCode,
    parkKey: null,
    localChainNames: sponsor.chainNames.slice(0, 1),
    sponsor: ref(ctx, sponsor.firm.index),
    sponsorUscc: sponsor.uscc,
    facilitator: null,
    totalInvestment: amount ? { ...money(amount) } : null,
    totalInvestmentText: amount ? toTraditional(`${amount.value}${amount.unit}`) : null,
    status: status.native,
    directoryStatus: status.directory,
    statusDate: { ...reportedDate(date) },
    effects: [],
    travelTime: null,
    provenance: { source: ctx.source, evidence: null },
  });
  addDirectoryProject(ctx, REGION, {
    kind: 'project',
    nativeKey: key,
    originalTitle: originalName,
    localChainName: sponsor.chainNames[0] ?? null,
    status: status.directory,
    amount,
    amountKind: amount ? 'investment' : null,
    date,
    areaCode: sponsor.firm.areaCode,
    source: ctx.source,
    parties: [party(ctx, sponsor.firm.index, 'sponsor')],
  });
}

export const tianjinRows: RegionRows = {
  region: REGION,
  nativeTables: ['firm', 'cooperation', 'project'],
  writesProjects: true,
  firm(ctx, index) {
    const record = ctx.records.get(index);
    const { firm } = record;
    const { row, links: chains } = addDirectoryFirm(
      ctx,
      record,
      toTraditional(firm.trade),
      firm.chains.map((c, i) => ({ localChainName: record.chainNames[i]!, localLinkNames: c.links.map((l) => localLinkName(l, true)) })),
    );
    ctx.sink.add(E.Firm, {
      key: record.key,
      uscc: row.uscc,
      name: row.name,
      originalName: record.originalName,
      legalNameStated: true,
      shortName: row.shortName ?? null,
      kind: 'enterprise',
      areaCode: firm.areaCode,
      areaStated: true,
      areaBasis: 'stated',
      locationEvidence: null,
      parkKey: null,
      parentKey: null,
      parentUscc: null,
      localChainNames: record.chainNames,
      localLinkNames: [...new Set(firm.chains.flatMap((c) => c.links.map((l) => localLinkName(l, true))))],
      chainLinks: chains.map((c) => ({ localChainName: c.localChainName, localLinkName: c.localLinkName ?? null, chainCode: canonicalChainCode(c.localChainName), linkCode: c.localLinkName ? canonicalLinkCode(c.localLinkName) : null })),
      fields: [],
      labels: [],
      established: { ...reportedDate({ text: `${firm.founded}年`, year: firm.founded }) },
      registeredInPark: null,
      opening: null,
      figures: [],
      achievements: [],
      notes: [],
      provenance: { source: ctx.source, evidence: null },
    });
  },
  project(ctx, p) {
    if (p.kind === 'cooperation') cooperation(ctx, p);
    else industrialProject(ctx, p);
  },
};
