/**
 * Fills the Zhejiang database from the cleaned sample dataset (data/), and projects it into the
 * cross-region directory. Runs once, in one transaction, on an empty database.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { findArea } from '../../../../schema/contract/areas';
import { invariant } from '../../../../schema/contract/invariant';
import type { DirectoryFirm } from '../../../kit/directory/entities';
import { canonicalChainCode, firmIdentity, projectFirm, projectProject, projectScope, scopeId, type ProjectInput } from '../../../kit/directory/projection';
import { amountFigure, countFigure } from '../../../kit/figures';
import { chainPlacementView, money, provenanceOf, reportedDate, type StatedFigure } from '../../../kit/value-types';
import * as E from '../entities';
import * as D from './data';

const REGION = 'zhejiang';

// The dataset's `as const` records, widened to their declared shapes.
const COUNTIES: readonly D.ZjCounty[] = D.counties;
const PAIRINGS: readonly D.ZjPairing[] = D.pairings;
const FIRMS: readonly D.ZjFirm[] = D.firms;
const PROJECTS: readonly D.ZjProject[] = D.projects;
const ORGANISATIONS: readonly D.ZjOrganisation[] = D.organisations;

const lookup = <T extends { key: string }>(rows: readonly T[], what: string) => {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return (key: string): T => {
    const row = byKey.get(key);
    invariant(row, `${what} "${key}" is not in the dataset`);
    return row;
  };
};
const countyOf = lookup(COUNTIES, 'county');
const pairingOf = lookup(PAIRINGS, 'pairing');
const firmOf = lookup(FIRMS, 'firm');
const orgOf = lookup(ORGANISATIONS, 'organisation');

function areaName(code: string): string {
  const area = findArea(code);
  invariant(area, `"${code}" is not a GB/T 2260 code`);
  return area.name;
}

const COUNTY_KIND_ZH: Record<D.CountyKind, string> = { industrial: '工业大县', mountain: '山区县' };

/** A dataset figure as the exposed StatedFigure, its year a field of its own; null for one stated only in words. */
function statedFigure(f: D.Figure): StatedFigure | null {
  switch (f.kind) {
    case 'amount':
      return amountFigure(f.metric, { ...f.amount.amount, qualifier: f.amount.qualifier, text: f.statedText, year: f.year });
    case 'count':
      return countFigure(f.metric, { ...f.count, text: f.statedText, year: f.year });
    case 'percent':
      return countFigure(f.metric, { ...f.percent, text: f.statedText, year: f.year });
    case 'quantity':
      return countFigure(f.metric, { ...f.quantity, text: f.statedText });
    case 'year':
      return countFigure(f.metric, { value: f.year, text: f.statedText, year: f.year }, '年');
    case 'words':
      return null;
  }
}

const statedFigures = (figures: readonly D.Figure[]) => figures.map(statedFigure).filter((f): f is StatedFigure => f !== null);

type Stage = 'INTENT' | 'NEGOTIATING' | 'SIGNED' | 'IN_PROGRESS' | 'OPERATING' | 'COMPLETED' | 'PLANNED';

/** Each project's stage, read from what the report says of it. */
const PROJECT_STAGES: Record<D.ProjectKey, Stage> = {
  'shuangjian-tiantai-second-base': 'IN_PROGRESS', // trial production done, full production expected this year
  'huanlong-new-materials-liandu': 'OPERATING', // phase 1 completed and producing (竣工投产)
  'huatong-liandu-plant': 'IN_PROGRESS', // building a plant (在莲都建厂)
  'nanhu-suichang-chemical-matchmaking': 'NEGOTIATING', // 洽谈对接会, amount only expected (预计)
  'tongxiang-tiantai-industrial-yarn-supply': 'IN_PROGRESS', // 深入对接合作 since last year
  'nanhu-suichang-fund-investments': 'COMPLETED', // the firms 获得了 private-equity investment
  'changxing-changshan-calcium-exchange': 'NEGOTIATING', // 互访、调研、洽谈
  'zhitong-wuzhen-2024-tiantai-roadshow': 'PLANNED', // 正在筹办, roadshow later this year
  'suichang-firm-supplier-test': 'COMPLETED', // tested and turned down
};

/** What a project's amount measures, from the metric's words. */
const AMOUNT_KINDS: Array<[RegExp, string]> = [
  [/产值/, 'output-value'],
  [/利税/, 'tax'],
  [/投资/, 'investment'],
  [/金额/, 'contract'],
];

/** The project's headline amount for the directory: its first stated amount. */
function headlineAmount(p: D.ZjProject): Pick<ProjectInput, 'amount' | 'amountKind'> {
  const figure = p.figures.find((f) => f.kind === 'amount');
  if (!figure) return { amount: null, amountKind: null };
  return { amount: figure.amount.amount, amountKind: AMOUNT_KINDS.find(([pattern]) => pattern.test(figure.metric))?.[1] ?? null };
}

/** The project's date for the directory: its first milestone with a stated year, else its first. */
const projectDate = (p: D.ZjProject) => (p.milestones.find((m) => m.date.year) ?? p.milestones[0])?.date ?? null;

const ORG_PARTY_KINDS: Record<D.OrganisationKind, string> = {
  'provincial-department': 'GOVERNMENT',
  'provincial-agency': 'GOVERNMENT',
  'county-bureau': 'GOVERNMENT',
  'bureau-unit': 'GOVERNMENT',
  'industry-association': 'INSTITUTION',
  'development-zone': 'ZONE',
  'fund-cluster': 'INSTITUTION',
};

/** 投资处 → 省经信厅投资处: a unit's name with the bodies it belongs to. */
const orgFullName = (o: D.ZjOrganisation): string => (o.parentKey ? orgFullName(orgOf(o.parentKey)) : '') + o.originalName;

function projectParties(p: D.ZjProject, pairing: D.ZjPairing): ProjectInput['parties'] {
  const county = (key: string) => {
    const c = countyOf(key);
    return { kind: 'COUNTY', name: areaName(c.areaCode), areaCode: c.areaCode, role: COUNTY_KIND_ZH[c.kind] };
  };
  return [
    county(pairing.industrialCountyKey),
    county(pairing.mountainCountyKey),
    ...p.firmKeys.map((key) => {
      const f = firmOf(key);
      return { kind: 'FIRM', name: f.originalName, uscc: firmIdentity(f.originalName, f.areaCode).uscc, areaCode: f.areaCode };
    }),
    ...p.orgKeys.map((key) => {
      const o = orgOf(key);
      return { kind: ORG_PARTY_KINDS[o.kind], name: orgFullName(o), areaCode: o.areaCode };
    }),
  ];
}

export async function seedZhejiang(em: EntityManager): Promise<void> {
  for (const p of D.programmes) {
    em.create(E.Programme, {
      key: p.key,
      name: p.originalName,
      areaCode: p.areaCode,
      startYear: p.startYear,
      endYear: p.endYear,
      periodText: p.periodText,
      fundingPerYear: money(p.funding.amountPerYear),
      fundingMode: p.funding.mode,
      fundingText: p.funding.statedText,
      pairingList: {
        name: p.pairingList.originalName,
        year: p.pairingList.year,
        publisherName: orgOf(p.pairingList.publisherOrgKey).originalName,
        statedText: p.pairingList.statedText,
      },
      industrialCountyCount: countFigure('工业大县', p.industrialCountyCountStated),
      mountainCountyCount: countFigure('山区县', p.mountainCountyCountStated),
      pairingCount: countFigure('结对联合体', p.pairingCountStated),
      formation: [...p.formation],
      goals: [...p.goals],
      emphasis: [...p.emphasis],
      priority: p.priority,
      observations: [...p.observations],
      industrialCountyDescription: p.kindDescriptions.industrial,
      mountainCountyDescription: p.kindDescriptions.mountain,
      precedents: p.precedents.map((x) => ({ name: x.name, statedText: x.statedText })),
      figures: statedFigures(p.figures),
      parkCoverage: {
        pairingsWithPark: countFigure('共建产业合作园区的结对联合体', p.parkCoverage.pairingsWithParkCountStated),
        fullCoverage: p.parkCoverage.fullCoverage,
        asOf: reportedDate(p.parkCoverage.asOf)!,
        statedText: p.parkCoverage.statedText,
      },
      funderOrgKey: p.funding.funderOrgKey,
      tracksDefinedByOrgKey: p.tracksDefinedByOrgKey,
      provenance: provenanceOf(p),
    });
  }
  for (const t of D.tracks) {
    em.create(E.Track, { key: t.key, order: t.order, name: t.originalName, programmeKey: t.programmeKey, provenance: provenanceOf(t) });
  }

  for (const o of ORGANISATIONS) {
    em.create(E.Organisation, {
      key: o.key,
      name: o.originalName,
      fullName: orgFullName(o),
      kind: o.kind,
      areaCode: o.areaCode,
      roles: [...o.roles],
      parentKey: o.parentKey ?? null,
      provenance: provenanceOf(o),
    });
  }
  for (const p of D.people as readonly D.ZjPerson[]) {
    em.create(E.Person, {
      key: p.key,
      name: p.name,
      title: p.title ?? null,
      roleText: p.roleText,
      areaCode: p.areaCode,
      homeAreaCode: p.homeAreaCode ?? null,
      quotes: [...p.quotes],
      orgKey: p.orgKey ?? null,
      firmKey: p.firmKey ?? null,
      provenance: provenanceOf(p),
    });
  }

  const directoryFirms = new Map<string, DirectoryFirm>();
  for (const f of FIRMS) {
    const placements = (f.chains ?? []).map(chainPlacementView);
    const { firm, chains } = projectFirm({
      nativeKey: f.key,
      originalName: f.originalName,
      shortName: f.shortName ?? null,
      areaCode: f.areaCode,
      kind: 'ENTERPRISE',
      source: f.source,
      chains: (f.chains ?? []).map((c) => ({ localChainName: c.localChainName, localLinkNames: c.localLinkNames, basis: c.basis, evidence: c.evidence, source: c.source })),
    });
    em.persist([firm, ...chains]);
    directoryFirms.set(firm.uscc, firm);
    em.create(E.Firm, {
      key: f.key,
      uscc: firm.uscc,
      name: firm.name,
      originalName: f.originalName,
      nameForm: f.nameForm,
      shortName: f.shortName ?? null,
      areaCode: f.areaCode,
      localChainName: placements[0]?.localChainName ?? null,
      chainBasis: f.chains?.[0]?.basis ?? null,
      localLinkNames: [...new Set(placements.flatMap((p) => p.localLinkNames))],
      chainCode: placements[0]?.chainCode ?? null,
      chainPlacements: placements,
      description: f.descriptionAsStated ?? null,
      provenance: provenanceOf(f),
    });
  }

  const pairingFirms = new Map<string, string[]>();
  for (const p of PROJECTS) {
    em.create(E.Project, {
      key: p.key,
      kind: p.kind,
      name: p.originalName ?? null,
      summary: p.summary,
      hostAreaCode: p.hostAreaCode,
      townCode: p.townCode ?? null,
      localChainName: p.localChainName ?? null,
      chainCode: p.localChainName ? canonicalChainCode(p.localChainName) : null,
      localLinkNames: [...(p.localLinkNames ?? [])],
      products: [...(p.products ?? [])],
      status: p.status ?? null,
      stage: PROJECT_STAGES[p.key as D.ProjectKey],
      unnamedParticipants: [...p.unnamedParticipants],
      milestones: p.milestones.map((m) => ({ event: m.event, date: reportedDate(m.date)! })),
      figures: statedFigures(p.figures),
      outcomes: [...p.outcomes],
      pairingKey: p.pairingKey,
      orgKeys: [...p.orgKeys],
      personKeys: [...p.personKeys],
      provenance: provenanceOf(p),
    });
    for (const firmKey of p.firmKeys) em.create(E.ProjectFirm, { key: `${p.key}#${firmKey}`, project: p.key, firm: firmKey });

    const { project, parties } = projectProject(REGION, {
      kind: 'project',
      nativeKey: p.key,
      originalTitle: p.originalName ?? p.summary,
      localChainName: p.localChainName ?? null,
      status: PROJECT_STAGES[p.key as D.ProjectKey],
      ...headlineAmount(p),
      date: projectDate(p),
      areaCode: p.hostAreaCode,
      source: p.source,
      parties: projectParties(p, pairingOf(p.pairingKey)),
    });
    em.persist([project, ...parties]);
    const firmParties = [...new Set(parties.flatMap((party) => (party.kind === 'FIRM' && party.uscc ? [party.uscc] : [])))];
    for (const uscc of firmParties) directoryFirms.get(uscc)!.cooperationCount++;
    pairingFirms.set(p.pairingKey, [...(pairingFirms.get(p.pairingKey) ?? []), ...firmParties]);
  }

  for (const c of COUNTIES) {
    const name = areaName(c.areaCode);
    em.create(E.County, {
      key: c.key,
      name,
      kind: c.kind,
      kindStatement: c.kindStatement,
      kindEvidence: c.kindEvidence,
      areaCode: c.areaCode,
      cityAreaCode: c.cityAreaCode ?? null,
      characteristics: [...c.characteristics],
      honours: (c.honours ?? []).map((h) => ({ name: h.name, statedText: h.statedText, date: reportedDate(h.date)! })),
      strategy: c.strategy ? { statedText: c.strategy.statedText, path: [...c.strategy.path], coreCityAreaCode: c.strategy.coreCityAreaCode ?? null } : null,
      provenance: provenanceOf(c),
    });
    const members = [...directoryFirms.values()].filter((f) => f.areaCode === c.areaCode).map((f) => f.uscc);
    // A county lies in the pairing it forms with its partner county.
    const pairing = PAIRINGS.find((p) => p.industrialCountyKey === c.key || p.mountainCountyKey === c.key);
    const { scope, members: rows, gaps, links, parents } = projectScope(REGION, {
      kind: 'COUNTY',
      nativeKey: c.key,
      originalName: name,
      areaCode: c.areaCode,
      source: c.source,
      memberUsccs: members,
      statedLinks: (c.linksStated ?? []).flatMap((l) => l.localLinkNames.map((link) => ({ localChainName: l.localChainName, localLinkName: link, note: l.evidence, source: c.source }))),
      statedGaps: (c.gapsStated ?? []).flatMap((g) =>
        g.localLinkNames?.length ? g.localLinkNames.map((link) => ({ localChainName: g.localChainName, localLinkName: link, note: g.evidence, source: c.source })) : [{ localChainName: g.localChainName, note: g.evidence, source: c.source }],
      ),
      parents: pairing ? [{ scopeId: scopeId(REGION, 'PAIRING', pairing.key), note: pairing.evidence ?? '', source: pairing.source }] : [],
    });
    em.persist([scope, ...rows, ...gaps, ...links, ...parents]);
  }

  for (const p of PAIRINGS) {
    const industrial = countyOf(p.industrialCountyKey);
    const mountain = countyOf(p.mountainCountyKey);
    const name = `${areaName(industrial.areaCode)}—${areaName(mountain.areaCode)}`;
    em.create(E.Pairing, {
      key: p.key,
      name,
      year: p.year,
      pairingStatement: p.pairingStatement,
      reasons: [...p.reasons],
      observations: [...p.observations],
      programmeKey: p.programmeKey,
      industrialCountyKey: p.industrialCountyKey,
      mountainCountyKey: p.mountainCountyKey,
      provenance: provenanceOf(p),
    });
    // A pairing spans two counties; the directory places it where the cooperation lands, the mountain county.
    const { scope, members } = projectScope(REGION, { kind: 'PAIRING', nativeKey: p.key, originalName: name, areaCode: mountain.areaCode, source: p.source, memberUsccs: pairingFirms.get(p.key) ?? [] });
    em.persist([scope, ...members]);
  }

  for (const k of D.parks as readonly D.ZjCooperationPark[]) {
    em.create(E.CooperationPark, {
      key: k.key,
      name: k.originalName,
      areaCode: k.areaCode,
      buildMode: k.buildMode,
      localChainName: k.localChainName,
      chainCode: canonicalChainCode(k.localChainName),
      basis: k.basis ?? null,
      pairingKey: k.pairingKey,
      provenance: provenanceOf(k),
    });
    // A cooperation park lies in the pairing that builds it and in the mountain county it rises in.
    const pairing = pairingOf(k.pairingKey);
    const { scope, parents } = projectScope(REGION, {
      kind: 'PARK',
      nativeKey: k.key,
      originalName: k.originalName,
      areaCode: k.areaCode,
      source: k.source,
      memberUsccs: [],
      parents: [
        { scopeId: scopeId(REGION, 'PAIRING', pairing.key), note: k.evidence ?? '', source: k.source },
        { scopeId: scopeId(REGION, 'COUNTY', pairing.mountainCountyKey), note: k.evidence ?? '', source: k.source },
      ],
    });
    em.persist([scope, ...parents]);
  }

  for (const s of D.countyStatistics as readonly D.ZjCountyStatistic[]) {
    em.create(E.CountyStatistic, {
      key: s.key,
      metric: s.figure.metric,
      nature: s.nature,
      figureKind: s.figure.kind,
      figure: statedFigure(s.figure),
      qualifier: s.figure.kind === 'words' ? (s.figure.qualifier ?? null) : null,
      statedText: s.figure.statedText,
      areaCode: s.areaCode,
      localChainName: s.localChainName ?? null,
      chainCode: s.localChainName ? canonicalChainCode(s.localChainName) : null,
      shareOfAreaCode: s.shareOfAreaCode ?? null,
      asOf: reportedDate(s.asOf),
      subsetOfKey: s.subsetOfKey ?? null,
      countyKey: s.countyKey,
      provenance: provenanceOf(s),
    });
  }

  for (const a of D.assessments) {
    em.create(E.Assessment, {
      key: a.key,
      assessmentYear: a.assessmentYear,
      result: a.result,
      allPassed: a.result === 'all-passed',
      resultText: a.resultText,
      finding: a.finding,
      industrialCountyCount: countFigure('工业大县', a.industrialCountyCountStated),
      mountainCountyCount: countFigure('山区县', a.mountainCountyCountStated),
      resultsReceived: reportedDate(a.resultsReceived)!,
      programmeKey: a.programmeKey,
      provenance: provenanceOf(a),
    });
  }

  for (const f of D.funding as readonly D.ZjFunding[]) {
    em.create(E.Funding, {
      key: f.key,
      instrument: f.instrument,
      amount: f.amount ? money(f.amount) : null,
      perYear: f.perYear,
      fromYear: f.fromYear ?? null,
      toYear: f.toYear ?? null,
      since: reportedDate(f.since),
      beneficiaries: f.beneficiaries,
      purpose: f.purpose,
      programmeKey: f.programmeKey,
      pairingKey: f.pairingKey ?? null,
      funderOrgKey: f.funderOrgKey ?? null,
      funderCountyKey: f.funderCountyKey ?? null,
      provenance: provenanceOf(f),
    });
  }

  for (const c of D.diagnosticCampaigns) {
    em.create(E.DiagnosticCampaign, {
      key: c.key,
      method: c.method,
      provider: c.provider,
      targetAreaCode: c.targetAreaCode,
      since: reportedDate(c.since)!,
      asOf: reportedDate(c.asOf)!,
      diagnosedFirms: countFigure('完成诊断企业', c.diagnosedFirms),
      preDiagnosedFirms: countFigure('完成预诊断企业', c.preDiagnosedFirms),
      benchmarkProjectFirms: countFigure(`实施${c.benchmarkProjectName}企业`, c.benchmarkProjectFirms),
      benchmarkProjectName: c.benchmarkProjectName,
      reportedGains: [...c.reportedGains],
      pairingKey: c.pairingKey,
      fundingKey: c.fundingKey,
      provenance: provenanceOf(c),
    });
  }
  for (const o of D.diagnosticOutcomes as readonly D.ZjDiagnosticOutcome[]) {
    em.create(E.DiagnosticOutcome, {
      key: o.key,
      projectName: o.projectName,
      condition: o.condition,
      salesVolumeIncrease: countFigure('销量提升', o.salesVolumeIncrease),
      outputIncrease: countFigure('产出量提升', o.outputIncrease),
      passRateBefore: countFigure('产品合格率(诊断前)', o.passRateBefore),
      passRateAfter: countFigure('产品合格率(诊断后)', o.passRateAfter),
      result: o.result,
      campaignKey: o.campaignKey,
      firmKey: o.firmKey,
      spokespersonKey: o.spokespersonKey,
      provenance: provenanceOf(o),
    });
  }

  for (const a of D.investmentArrangements as readonly D.ZjInvestmentArrangement[]) {
    em.create(E.InvestmentArrangement, {
      key: a.key,
      kind: a.kind,
      name: a.originalName,
      hostSystem: a.hostSystem ?? null,
      scope: [...a.scope],
      pairingKey: a.pairingKey,
      partyCountyKeys: [...a.partyCountyKeys],
      provenance: provenanceOf(a),
    });
  }

  for (const t of D.trainingEvents) {
    em.create(E.TrainingEvent, {
      key: t.key,
      name: t.originalName,
      organiserText: t.organiserText,
      date: reportedDate(t.date)!,
      visitAreaCode: t.visitAreaCode,
      participants: countFigure(t.participantText, t.participants),
      participantText: t.participantText,
      trainers: t.trainers,
      activities: [...t.activities],
      followUp: [...t.followUp],
      pairingKey: t.pairingKey,
      organiserCountyKeys: [...t.organiserCountyKeys],
      provenance: provenanceOf(t),
    });
  }
  await em.flush();
}
