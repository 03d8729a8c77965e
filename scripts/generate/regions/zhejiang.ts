/**
 * Zhejiang's generated rows: firms (one chain each, as the pairing programme records them, and
 * members of their named county), and projects under the programme's pairings, hosted by the
 * mountain county, with the pairing's two counties and the firms as parties.
 */
import { findArea } from '../../../schema/contract/areas';
import { invariant } from '../../../schema/contract/invariant';
import { canonicalChainCode, projectId } from '../../../subgraphs/kit/directory/projection';
import { DirectoryScopeMember } from '../../../subgraphs/kit/directory/entities';
import { amountFigure } from '../../../subgraphs/kit/figures';
import { reportedDate } from '../../../subgraphs/kit/value-types';
import * as E from '../../../subgraphs/zhejiang/src/entities';
import { counties, pairings } from '../../../subgraphs/zhejiang/src/seed/data';
import { addDirectoryFirm, addDirectoryProject, type GenerationContext, type RegionRows } from '../region-rows';
import { projectKey, projectTitle, statedAmount, statedDate } from '../records';
import { PROJECT_FACILITIES, localLinkName } from '../vocabulary';

const REGION = 'zhejiang';

const PROJECT_KINDS = ['production-base', 'plant-relocation', 'supply-chain-matching', 'fund-investment', 'enterprise-exchange'];
const COUNTY_KIND_ZH: Record<string, string> = { industrial: '工业大县', mountain: '山区县' };

const countyByArea = new Map(counties.map((c) => [c.areaCode as string, c]));
const county = (key: string) => {
  const c = counties.find((x) => x.key === key);
  invariant(c, `county ${key} is not in the Zhejiang dataset`);
  return c;
};
const areaName = (code: string) => findArea(code)?.name ?? code;

/** A pairing's members are the firms of its projects (as the seeder records them): each once. */
function pairingMember(ctx: GenerationContext, seen: Set<string>, pairingKey: string, uscc: string): void {
  const scopeId = projectId(REGION, 'pairing', pairingKey);
  const id = `${scopeId}#${uscc}`;
  if (seen.has(id)) return;
  seen.add(id);
  ctx.sink.add(DirectoryScopeMember, { id, scopeId, uscc });
}

export function zhejiangRows(): RegionRows {
  const pairingMembers = new Set<string>();
  return {
    region: REGION,
    nativeTables: ['firm', 'project', 'project_firm'],
    writesProjects: true,
    firm(ctx, index) {
      const record = ctx.records.get(index);
      const { firm } = record;
      // The programme records one chain per firm: the firm's main one.
      const chain = firm.chains[0]!;
      const localChainName = record.chainNames[0]!;
      const localLinkNames = chain.links.map((l) => localLinkName(l, false));
      const { row } = addDirectoryFirm(ctx, record, firm.trade, [{ localChainName, localLinkNames }]);
      ctx.sink.add(E.Firm, {
        key: record.key,
        uscc: row.uscc,
        name: row.name,
        originalName: record.originalName,
        nameForm: 'full-legal',
        shortName: firm.trade,
        areaCode: firm.areaCode,
        localChainName,
        chainBasis: 'stated',
        localLinkNames,
        chainCode: canonicalChainCode(localChainName),
        description: null,
        provenance: { source: ctx.source, evidence: null },
      });
      // A named county's members are the firms registered in it (as the seeder has it).
      const home = countyByArea.get(firm.areaCode);
      if (home) {
        const scopeId = projectId(REGION, 'county', home.key);
        ctx.sink.add(DirectoryScopeMember, { id: `${scopeId}#${row.uscc}`, scopeId, uscc: row.uscc });
      }
    },
    project(ctx, p) {
      const firms = p.parties.map((i) => ctx.records.get(i));
      const lead = firms[0]!;
      const pairing = pairings[p.anchor % pairings.length]!;
      const industrial = county(pairing.industrialCountyKey);
      const mountain = county(pairing.mountainCountyKey);
      const key = projectKey(p.index);
      const facility = PROJECT_FACILITIES[p.facility % PROJECT_FACILITIES.length]!;
      const name = projectTitle(lead.firm, p);
      const amount = p.amountYuan === null ? null : statedAmount(p.amountYuan);
      const date = statedDate(p);
      const localChainName = lead.chainNames[0] ?? null;
      ctx.sink.add(E.Project, {
        key,
        kind: PROJECT_KINDS[p.anchor % PROJECT_KINDS.length],
        name,
        summary: `${areaName(industrial.areaCode)}—${areaName(mountain.areaCode)}结对:${lead.firm.name}在${areaName(mountain.areaCode)}${facility}`,
        hostAreaCode: mountain.areaCode,
        townCode: null,
        localChainName,
        chainCode: localChainName ? canonicalChainCode(localChainName) : null,
        localLinkNames: [],
        products: [],
        status: null,
        stage: p.status,
        unnamedParticipants: [],
        milestones: [{ event: '签约', date: { ...reportedDate(date) } }],
        figures: amount ? [{ ...amountFigure('投资额', { ...amount, text: `${amount.value}${amount.unit}` }) }] : [],
        outcomes: [],
        pairingKey: pairing.key,
        orgKeys: [],
        personKeys: [],
        provenance: { source: ctx.source, evidence: null },
      });
      for (const f of firms) ctx.sink.add(E.ProjectFirm, { key: `${key}#${f.key}`, project: key, firm: f.key });
      const countyParty = (c: typeof industrial) => ({ kind: 'COUNTY', name: areaName(c.areaCode), areaCode: c.areaCode, role: COUNTY_KIND_ZH[c.kind] ?? null });
      addDirectoryProject(ctx, REGION, {
        kind: 'project',
        nativeKey: key,
        originalTitle: name,
        localChainName,
        status: p.status,
        amount,
        amountKind: amount ? 'investment' : null,
        date,
        areaCode: mountain.areaCode,
        source: ctx.source,
        parties: [countyParty(industrial), countyParty(mountain), ...firms.map((f) => ({ kind: 'FIRM', name: f.originalName, uscc: f.uscc, areaCode: f.firm.areaCode }))],
      });
      for (const f of firms) pairingMember(ctx, pairingMembers, pairing.key, f.uscc);
    },
  };
}
