/**
 * Fills the Tianjin database from the cleaned sample dataset (data/), and projects it into the
 * cross-region directory: firms, institutes and universities as directory firms, cooperations and
 * projects as directory projects, parks and alliances as scopes. Runs once, in one transaction.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { toSimplified } from '../../../../schema/contract/script';
import { invariant } from '../../../../schema/contract/invariant';
import { amountFigure, countFigure } from '../../../kit/figures';
import { canonicalChainCode, canonicalLinkCode, firmIdentity, projectFirm, projectId, projectProject, projectScope, scopeId } from '../../../kit/directory/projection';
import type { DirectoryFirm } from '../../../kit/directory/entities';
import { money, provenanceOf, reportedDate, StatedFigure } from '../../../kit/value-types';
import * as E from '../entities';
import * as D from './data';

const REGION = 'tianjin';
/** The link a park without production land cannot host (000: 科技園目前不能提供企業生產用地). */
const PRODUCTION_LINK = '生產';

const simplified = (texts: readonly string[] | undefined) => (texts ?? []).map(toSimplified);
const find = <T extends { key: string }>(list: readonly T[], key: string, what: string): T => {
  const found = list.find((r) => r.key === key);
  invariant(found, `${what} "${key}" is not in the Tianjin dataset`);
  return found;
};

// ---- figures as stated --------------------------------------------------------------------------

const QUANTITY_UNITS: Record<D.StatedQuantity['unit'], string> = { km2: '平方公里', km: '公里', minutes: '分钟', years: '年', floor: '层' };

function count(metric: string, c: D.StatedCount | D.StatedPercent | D.StatedQuantity, unit?: string): StatedFigure {
  const statedUnit = 'unit' in c ? (c.unit === '%' ? '%' : QUANTITY_UNITS[c.unit]) : unit;
  return countFigure(toSimplified(metric), { value: c.value, text: toSimplified(c.text), unit: statedUnit, qualifier: c.qualifier ? toSimplified(c.qualifier) : undefined });
}

function points(metric: string, p: D.StatedPoints): StatedFigure {
  return countFigure(toSimplified(metric), { value: p.value, text: toSimplified(p.text) }, '个百分点');
}

function moneyFigure(metric: string, m: D.StatedMoney): StatedFigure {
  return amountFigure(toSimplified(metric), { ...m.amount, qualifier: m.qualifier ? toSimplified(m.qualifier) : undefined, text: toSimplified(m.text) });
}

// ---- where a firm is: stated, or through the park, alliance, project or partner that names it ------

interface Placement {
  areaCode: string;
  basis: 'stated' | 'park' | 'alliance' | 'project' | 'cooperation';
}

const parkArea = (key: string) => find(D.parks, key, 'park').areaCode;
const allianceArea = (key: string) => find(D.alliances, key, 'alliance').areaCode;
const isDirectoryOrganisation = (o: D.Organisation) => o.kind === 'university' || o.kind === 'research-institute';

function placeRecord(ref: D.RecordRef, stated: string | undefined, parkKey: string | undefined, extra: () => Placement | undefined): Placement {
  if (stated) return { areaCode: stated, basis: 'stated' };
  if (parkKey) return { areaCode: parkArea(parkKey), basis: 'park' };
  const membership = D.allianceMembers.find((m) => m.member.kind === ref.kind && m.member.key === ref.key);
  if (membership) return { areaCode: allianceArea(membership.allianceKey), basis: 'alliance' };
  const placed = extra();
  invariant(placed, `the reports place ${ref.kind} "${ref.key}" nowhere: give it an area in data/`);
  return placed;
}

function placeFirm(f: D.Firm): Placement {
  return placeRecord({ kind: 'firm', key: f.key }, f.areaCode, f.parkKey, () => {
    const project = D.projects.find((p) => p.sponsor?.kind === 'firm' && p.sponsor.key === f.key);
    if (project) return { areaCode: project.areaCode, basis: 'project' };
    const partner = D.cooperations
      .filter((c) => c.parties.some((p) => p.kind === 'firm' && p.key === f.key))
      .flatMap((c) => c.parties)
      .find((p) => p.kind === 'firm' && p.key !== f.key && find(D.firms, p.key, 'firm').areaCode);
    return partner ? { areaCode: find(D.firms, partner.key, 'firm').areaCode!, basis: 'cooperation' } : undefined;
  });
}

function placeOrganisation(o: D.Organisation): Placement {
  return placeRecord({ kind: 'organisation', key: o.key }, o.areaCode, o.parkKey, () => {
    const alliance = D.alliances.find((a) => a.partnerUniversityKey === o.key);
    return alliance ? { areaCode: alliance.areaCode, basis: 'alliance' } : undefined;
  });
}

const FIRM_KINDS: Record<D.FirmKind, string> = {
  enterprise: 'ENTERPRISE',
  group: 'ENTERPRISE',
  subsidiary: 'ENTERPRISE',
  branch: 'BRANCH',
  'rnd-centre': 'BRANCH',
  'research-unit': 'INSTITUTE',
};

const COOPERATION_STATUS: Record<D.CooperationStatus, string> = {
  'contact-established-in-negotiation': 'NEGOTIATING',
  'matched-bridge-built': 'INTENT',
  signed: 'SIGNED',
  'intention-reached': 'INTENT',
  ongoing: 'IN_PROGRESS',
};

const PROJECT_STATUS: Record<D.Project['status'], string> = {
  'signed-introduced': 'SIGNED',
  landed: 'IN_PROGRESS',
  'under-construction': 'IN_PROGRESS',
  'opened-to-traffic': 'COMPLETED',
};

/** How a cooperation is titled, from its kind (the reports give cooperations no title). */
const COOPERATION_TITLES: Record<D.CooperationKind, string> = {
  'business-cooperation': '業務合作',
  'strategic-cooperation': '戰略合作',
  'cooperation-intention': '合作意向',
  'strategic-cooperation-agreement': '全面戰略合作協議',
  'research-cooperation': '務實合作',
};

export async function seedTianjin(em: EntityManager): Promise<void> {
  // ---- identities: every firm, institute and university gets its area and sample credit code first,
  // because every reference to it carries the code.
  const firmPlacement = new Map(D.firms.map((f) => [f.key, placeFirm(f)]));
  const orgPlacement = new Map(D.organisations.filter(isDirectoryOrganisation).map((o) => [o.key, placeOrganisation(o)]));
  const firmUscc = new Map(D.firms.map((f) => [f.key, firmIdentity(f.originalName, firmPlacement.get(f.key)!.areaCode).uscc]));
  const orgUscc = new Map([...orgPlacement].map(([key, p]) => [key, firmIdentity(find(D.organisations, key, 'organisation').originalName, p.areaCode).uscc]));

  const usccOf = (ref: D.RecordRef): string | null => (ref.kind === 'firm' ? firmUscc.get(ref.key)! : ref.kind === 'organisation' ? (orgUscc.get(ref.key) ?? null) : null);
  const originalNameOf = (ref: D.RecordRef): string => {
    switch (ref.kind) {
      case 'firm': return find(D.firms, ref.key, 'firm').originalName;
      case 'organisation': return find(D.organisations, ref.key, 'organisation').originalName;
      case 'park': return find(D.parks, ref.key, 'park').originalName;
      case 'alliance': return find(D.alliances, ref.key, 'alliance').originalName;
      case 'partyCommittee': return find(D.chainPartyCommittees, ref.key, 'chain party committee').originalName;
      case 'person': return find(D.people, ref.key, 'person').name;
      case 'expertTeam': return find(D.expertAdvisers, ref.key, 'expert team').roleStated;
    }
  };
  const ref = (r: D.RecordRef): E.RecordRef => Object.assign(new E.RecordRef(), { kind: r.kind, key: r.key, name: toSimplified(originalNameOf(r)), uscc: usccOf(r) });
  const optionalRef = (r: D.RecordRef | undefined) => (r ? ref(r) : null);
  const areaOf = (r: D.RecordRef): string | null =>
    r.kind === 'firm' ? firmPlacement.get(r.key)!.areaCode : r.kind === 'organisation' ? (orgPlacement.get(r.key)?.areaCode ?? find(D.organisations, r.key, 'organisation').areaCode ?? null) : null;

  // ---- parks ------------------------------------------------------------------------------------
  for (const p of D.parks) {
    const fc = p.firmCounts;
    const landed = p.projectsLanded;
    const land = p.productionLand;
    em.create(E.Park, {
      key: p.key,
      name: toSimplified(p.originalName),
      originalName: p.originalName,
      shortName: p.shortName ? toSimplified(p.shortName) : null,
      kind: p.kind,
      areaCode: p.areaCode,
      parentParkKey: p.parentParkKey ?? null,
      roleInParent: p.roleInParent ? toSimplified(p.roleInParent) : null,
      structure: p.structureStated ? toSimplified(p.structureStated) : null,
      blueprint: p.blueprintStated ? toSimplified(p.blueprintStated) : null,
      figures: [
        ...(p.areaKm2 ? [count('面積', p.areaKm2)] : []),
        ...(fc?.total ? [count('企業', fc.total, '家')] : []),
        ...(fc?.aboveScaleIndustrial ? [count('規上工業企業', fc.aboveScaleIndustrial, '家')] : []),
        ...(fc?.nationalHighTech ? [count('國家高新技術企業', fc.nationalHighTech, '家')] : []),
        ...(fc?.fledglingEagle ? [count('雛鷹企業', fc.fledglingEagle, '家')] : []),
        ...(fc?.gazelle ? [count('瞪羚企業', fc.gazelle, '家')] : []),
        ...(p.universityCount ? [count('高校', p.universityCount, '所')] : []),
      ],
      leadingIndustriesText: p.leadingIndustries?.countText ? toSimplified(p.leadingIndustries.countText) : null,
      leadingIndustries: simplified(p.leadingIndustries?.localChainNames),
      industries: simplified(p.industriesStated),
      projectsLanded: landed
        ? Object.assign(new E.LandedProjects(), {
            since: reportedDate(landed.since)!,
            count: count('落地項目', landed.count, '个'),
            registeredCapital: money(landed.registeredCapital.amount),
            shareRelatedToKeyIndustries: landed.shareRelatedToKeyIndustries ? count('與重點產業相關的比重', landed.shareRelatedToKeyIndustries.share) : null,
            keyIndustries: simplified(landed.shareRelatedToKeyIndustries?.localChainNames),
            evidence: toSimplified(landed.evidence),
          })
        : null,
      policyFunds: (p.policyFunds ?? []).map((f) =>
        Object.assign(new E.PolicyFund(), {
          key: f.key,
          kind: f.kind,
          money: money(f.money.amount),
          text: toSimplified(f.money.text),
          period: toSimplified(f.periodText),
          periodYears: f.periodYears?.value ?? null,
          purpose: toSimplified(f.purposeStated),
          evidence: toSimplified(f.evidence),
        }),
      ),
      productionLand: land
        ? Object.assign(new E.ProductionLand(), {
            availableNow: land.availableNow,
            plotName: land.plot ? toSimplified(land.plot.name) : null,
            planningAdjustment: land.plot?.planningAdjustment ?? null,
            constructionStatus: land.plot?.construction.status ?? null,
            constructionBy: reportedDate(land.plot?.construction.by),
            expectedLinkNames: simplified(land.expectedLinkNames),
            evidence: toSimplified(land.evidence),
          })
        : null,
      goals: simplified(p.goalsStated),
      designations: simplified(p.designationsStated),
      investmentTargets: simplified(p.investmentTargetsStated),
      transport: simplified(p.transportStated),
      notes: simplified(p.notesStated),
      universityKeys: [...(p.universityKeys ?? [])],
      provenance: provenanceOf(p),
    });
  }

  // ---- alliances, chain party committees, members, applications, experts --------------------------
  const ALLIANCE_FIGURE_UNITS: Record<D.AllianceFigure['metric'], string> = {
    'chain-party-committees': '个',
    'party-organisation-pairings': '个',
    'joint-party-building-activities': '场',
    'two-new-work-committee-member-units': '个',
  };
  for (const a of D.alliances) {
    em.create(E.Alliance, {
      key: a.key,
      name: toSimplified(a.originalName),
      originalName: a.originalName,
      shortName: a.shortName ? toSimplified(a.shortName) : null,
      kind: a.kind,
      areaCode: a.areaCode,
      parkKey: a.parkKey ?? null,
      founded: reportedDate(a.founded),
      foundedText: a.foundedText ? toSimplified(a.foundedText) : null,
      hostKeys: [...(a.hostKeys ?? [])],
      partnerUniversityKey: a.partnerUniversityKey ?? null,
      nature: a.natureStated ? toSimplified(a.natureStated) : null,
      vision: a.visionStated ? toSimplified(a.visionStated) : null,
      goals: simplified(a.goalsStated),
      figures: [
        ...(a.memberCountStated ? [count('成員單位', a.memberCountStated, '家')] : []),
        ...(a.expertCountStated ? [count('特聘專家(院士)', a.expertCountStated, '名')] : []),
        ...(a.allianceCountStated ? [count('產業人才創新創業聯盟', a.allianceCountStated, '个')] : []),
        ...(a.figures ?? []).map((f) => count(f.metricText, f.count, ALLIANCE_FIGURE_UNITS[f.metric])),
      ],
      memberKinds: simplified(a.memberKindsStated),
      localChainNames: simplified(a.localChainNames),
      localLinkNames: simplified(a.localLinkNames),
      services: simplified(a.servicesStated),
      linkedAllianceKeys: [...(a.linkedAllianceKeys ?? [])],
      servedIndustries: simplified(a.servedIndustries),
      notes: simplified(a.notesStated),
      provenance: provenanceOf(a),
    });
  }
  for (const c of D.chainPartyCommittees) {
    const funds = c.fundsDisbursed;
    em.create(E.ChainPartyCommittee, {
      key: c.key,
      name: toSimplified(c.originalName),
      originalName: c.originalName,
      allianceKey: c.allianceKey,
      chainKey: c.chainKey,
      areaCode: c.areaCode,
      actions: simplified(c.actionsStated),
      fundsDisbursed: funds
        ? Object.assign(new E.FundsDisbursed(), {
            money: money(funds.money.amount),
            figure: moneyFigure(funds.purpose, funds.money),
            since: reportedDate(funds.since)!,
            purpose: toSimplified(funds.purpose),
            evidence: toSimplified(funds.evidence),
          })
        : null,
      provenance: provenanceOf(c),
    });
  }
  for (const m of D.allianceMembers) {
    em.create(E.AllianceMember, { key: m.key, allianceKey: m.allianceKey, member: ref(m.member), memberUscc: usccOf(m.member), basis: [...m.basis], provenance: provenanceOf(m) });
  }
  for (const a of D.membershipApplications) {
    em.create(E.MembershipApplication, {
      key: a.key,
      allianceKey: a.allianceKey,
      applicantDescription: toSimplified(a.applicantDescription),
      applicantAreaCode: a.applicantAreaCode,
      localChainName: toSimplified(a.localChainName),
      chainCode: canonicalChainCode(a.localChainName),
      status: a.status,
      reviewSteps: simplified(a.reviewStepsStated),
      provenance: provenanceOf(a),
    });
  }
  for (const x of D.expertAdvisers) {
    em.create(E.ExpertAdviser, {
      key: x.key,
      kind: x.kind,
      name: toSimplified(x.kind === 'academician-team' ? x.roleStated : find(D.people, x.personKey, 'person').name),
      personKey: x.personKey,
      title: toSimplified(x.titleStated),
      role: toSimplified(x.roleStated),
      allianceKey: x.allianceKey ?? null,
      affiliation: optionalRef(x.affiliation),
      cooperatesWith: (x.cooperatesWith ?? []).map(ref),
      provenance: provenanceOf(x),
    });
  }

  // ---- firms and organisations, projected into the directory as firms ------------------------------
  // Each chain placement is the data's own, with the sentence it rests on (data/firms.ts).
  const directoryChains = (placements: readonly D.ChainPlacement[] | undefined) =>
    (placements ?? []).map((c) => ({ localChainName: c.localChainName, localLinkNames: c.localLinkNames, basis: c.basis, evidence: c.evidence, source: c.source }));
  const directoryFirms: DirectoryFirm[] = [];
  for (const f of D.firms) {
    const placement = firmPlacement.get(f.key)!;
    const parent = f.parentKey ? find(D.firms, f.parentKey, 'firm') : null;
    const { firm, chains } = projectFirm({
      nativeKey: f.key,
      originalName: f.originalName,
      shortName: f.shortName ?? null,
      areaCode: placement.areaCode,
      kind: FIRM_KINDS[f.kind],
      parentUscc: parent ? firmUscc.get(parent.key)! : null,
      source: f.source,
      chains: directoryChains(f.chains),
    });
    directoryFirms.push(firm);
    em.persist(chains);
    em.create(E.Firm, {
      key: f.key,
      uscc: firm.uscc,
      name: firm.name,
      originalName: f.originalName,
      legalNameStated: f.legalNameStated,
      shortName: firm.shortName ?? null,
      kind: f.kind,
      areaCode: placement.areaCode,
      areaStated: placement.basis === 'stated',
      areaBasis: placement.basis,
      locationEvidence: f.locationEvidence ? toSimplified(f.locationEvidence) : null,
      parkKey: f.parkKey ?? null,
      parentKey: f.parentKey ?? null,
      parentUscc: firm.parentUscc ?? null,
      localChainNames: simplified([...new Set((f.chains ?? []).map((c) => c.localChainName))]),
      localLinkNames: simplified([...new Set((f.chains ?? []).flatMap((c) => c.localLinkNames ?? []))]),
      chainLinks: chains.map((c) =>
        Object.assign(new E.ChainLink(), {
          localChainName: toSimplified(c.localChainName),
          localLinkName: c.localLinkName ? toSimplified(c.localLinkName) : null,
          chainCode: c.chainCode,
          linkCode: c.linkCode || null,
          basis: c.basis,
          evidence: c.evidence ?? null,
          source: c.source,
        }),
      ),
      fields: simplified(f.fieldsStated),
      labels: simplified(f.labelsStated),
      established: reportedDate(f.established),
      registeredInPark: reportedDate(f.registeredInPark),
      opening: reportedDate(f.opening),
      figures: [
        ...(f.employees?.current ? [count('員工', f.employees.current, '名')] : []),
        ...(f.employees?.target ? [count('員工規模(目標)', f.employees.target, '人')] : []),
        ...(f.figures ?? []).map((x) => count(x.metric, x.count)),
      ],
      achievements: simplified(f.achievementsStated),
      notes: simplified(f.notesStated),
      provenance: provenanceOf(f),
    });
  }
  for (const o of D.organisations) {
    const placement = orgPlacement.get(o.key);
    if (placement) {
      const { firm, chains } = projectFirm({
        nativeKey: o.key,
        originalName: o.originalName,
        areaCode: placement.areaCode,
        kind: o.kind === 'university' ? 'UNIVERSITY' : 'INSTITUTE',
        source: o.source,
        chains: directoryChains(o.chains),
      });
      directoryFirms.push(firm);
      em.persist(chains);
    }
    em.create(E.Organisation, {
      key: o.key,
      uscc: orgUscc.get(o.key) ?? null,
      name: toSimplified(o.originalName),
      originalName: o.originalName,
      kind: o.kind,
      areaCode: placement?.areaCode ?? o.areaCode ?? null,
      areaStated: !!o.areaCode,
      parkKey: o.parkKey ?? null,
      parentOrgKey: o.parentOrgKey ?? null,
      notes: simplified(o.notesStated),
      alsoStatedIn: (o.alsoStatedIn ?? []).map(provenanceOf),
      provenance: provenanceOf(o),
    });
  }

  // ---- cooperations, needs and projects; cooperations and projects become directory projects --------
  const partyKind = (r: D.RecordRef): string => {
    if (r.kind === 'firm') return 'FIRM';
    if (r.kind === 'organisation') return isDirectoryOrganisation(find(D.organisations, r.key, 'organisation')) ? 'INSTITUTION' : 'GOVERNMENT';
    if (r.kind === 'park') return 'PARK';
    if (r.kind === 'alliance') return 'ALLIANCE';
    if (r.kind === 'partyCommittee') return 'GOVERNMENT';
    return 'INSTITUTION';
  };
  const party = (r: D.RecordRef, role: string | null = null) => ({ kind: partyKind(r), name: originalNameOf(r), uscc: usccOf(r), areaCode: areaOf(r), role });
  const partyCount = new Map<string, Set<string>>();
  const persistProject = (input: Parameters<typeof projectProject>[1]) => {
    const { project, parties } = projectProject(REGION, input);
    em.persist([project, ...parties]);
    for (const p of parties) if (p.uscc) partyCount.set(p.uscc, (partyCount.get(p.uscc) ?? new Set()).add(project.id));
  };

  for (const c of D.cooperations) {
    const originalTitle = `${originalNameOf(c.parties[0])}與${originalNameOf(c.parties[1])}${COOPERATION_TITLES[c.kind]}`;
    // Where the parties met, else where the first party that has an area is.
    const event = c.viaEventKey ? find(D.events, c.viaEventKey, 'event') : null;
    const areaCode = event?.areaCode ?? c.parties.map(areaOf).find((a) => a) ?? '120000';
    const localChainName = c.parties.flatMap((p) => (p.kind === 'firm' ? (find(D.firms, p.key, 'firm').chains ?? []).map((x) => x.localChainName) : []))[0] ?? null;
    const id = projectId(REGION, 'cooperation', c.key);
    em.create(E.Cooperation, {
      key: c.key,
      projectId: id,
      title: toSimplified(originalTitle),
      originalTitle,
      kind: c.kind,
      status: c.status,
      statusText: toSimplified(c.statusText),
      directoryStatus: COOPERATION_STATUS[c.status],
      parties: c.parties.map(ref),
      firstPartyUscc: usccOf(c.parties[0]),
      secondPartyUscc: usccOf(c.parties[1]),
      areaCode,
      localChainName: localChainName ? toSimplified(localChainName) : null,
      viaEventKey: c.viaEventKey ?? null,
      needKey: c.needKey ?? null,
      scope: c.scopeStated ? toSimplified(c.scopeStated) : null,
      localLinkNames: simplified(c.localLinkNames),
      provenance: provenanceOf(c),
    });
    persistProject({
      kind: 'cooperation',
      nativeKey: c.key,
      originalTitle,
      localChainName,
      status: COOPERATION_STATUS[c.status],
      date: event?.date ?? null,
      areaCode,
      source: c.source,
      parties: c.parties.map((p) => party(p)),
    });
  }

  for (const n of D.needs) {
    em.create(E.Need, {
      key: n.key,
      seeker: optionalRef(n.seeker),
      seekerUscc: n.seeker ? usccOf(n.seeker) : null,
      seekerDescription: n.seekerDescription ? toSimplified(n.seekerDescription) : null,
      kind: n.kind,
      sought: toSimplified(n.soughtStated),
      localLinkNames: simplified(n.localLinkNames),
      status: n.status,
      statusText: toSimplified(n.statusText),
      fittingCounterpart: optionalRef(n.fittingCounterpart),
      counterpartUscc: n.fittingCounterpart ? usccOf(n.fittingCounterpart) : null,
      fittingCounterpartDescription: n.fittingCounterpartDescription ? toSimplified(n.fittingCounterpartDescription) : null,
      provenance: provenanceOf(n),
    });
  }

  for (const p of D.projects) {
    const id = projectId(REGION, 'project', p.key);
    em.create(E.Project, {
      key: p.key,
      projectId: id,
      name: toSimplified(p.originalName),
      originalName: p.originalName,
      kind: p.kind,
      areaCode: p.areaCode,
      parkKey: p.parkKey ?? null,
      localChainNames: simplified(p.localChainNames),
      sponsor: optionalRef(p.sponsor),
      sponsorUscc: p.sponsor ? usccOf(p.sponsor) : null,
      facilitator: optionalRef(p.facilitator),
      totalInvestment: p.totalInvestment ? money(p.totalInvestment.amount) : null,
      totalInvestmentText: p.totalInvestment ? toSimplified(p.totalInvestment.text) : null,
      status: p.status,
      directoryStatus: PROJECT_STATUS[p.status],
      statusDate: reportedDate(p.statusDate),
      effects: simplified(p.effectsStated),
      travelTime: p.travelTime
        ? Object.assign(new E.TravelTime(), {
            route: toSimplified(p.travelTime.route),
            beforeMinutes: p.travelTime.before.value,
            afterMinutes: p.travelTime.after.value,
            text: toSimplified(`${p.travelTime.before.text} → ${p.travelTime.after.text}`),
          })
        : null,
      provenance: provenanceOf(p),
    });
    persistProject({
      kind: 'project',
      nativeKey: p.key,
      originalTitle: p.originalName,
      localChainName: p.localChainNames?.[0] ?? null,
      status: PROJECT_STATUS[p.status],
      amount: p.totalInvestment?.amount ?? null,
      amountKind: p.totalInvestment ? 'investment' : null,
      date: p.statusDate ?? null,
      areaCode: p.areaCode,
      source: p.source,
      parties: [
        ...(p.sponsor ? [party(p.sponsor, 'sponsor')] : []),
        ...(p.facilitator ? [party(p.facilitator, 'facilitator')] : []),
        ...(p.parkKey ? [party({ kind: 'park', key: p.parkKey }, 'host')] : []),
      ],
    });
  }
  for (const firm of directoryFirms) firm.cooperationCount = partyCount.get(firm.uscc)?.size ?? 0;
  em.persist(directoryFirms);

  // ---- events, chains, statistics, people, articles ------------------------------------------------
  for (const ev of D.events) {
    em.create(E.ChainEvent, {
      key: ev.key,
      kind: ev.kind,
      name: toSimplified(ev.originalName ?? ev.description),
      originalName: ev.originalName ?? null,
      description: toSimplified(ev.description),
      organiser: optionalRef(ev.organiser),
      allianceKey: ev.allianceKey ?? null,
      parkKey: ev.parkKey ?? null,
      areaCode: ev.areaCode,
      date: reportedDate(ev.date),
      period: reportedDate(ev.period),
      recurring: ev.recurring ?? false,
      online: ev.online ?? false,
      figures: [
        ...(ev.sessionCount ? [count('場次', ev.sessionCount, '场')] : []),
        ...(ev.participantFirmCount ? [count('參加企業', ev.participantFirmCount, '家')] : []),
        ...(ev.figures ?? []).map((x) => count(x.metric, x.count)),
      ],
      localChainNames: simplified(ev.localChainNames),
      participants: (ev.participants ?? []).map(ref),
      outcomes: simplified(ev.outcomesStated),
      provenance: provenanceOf(ev),
    });
  }
  for (const c of D.industryChains) {
    em.create(E.IndustryChain, {
      key: c.key,
      localChainName: toSimplified(c.localChainName),
      chainCode: canonicalChainCode(c.localChainName),
      scope: c.scope,
      areaCode: c.areaCode,
      parkKey: c.parkKey ?? null,
      allianceKey: c.allianceKey ?? null,
      partyCommitteeKey: c.partyCommitteeKey ?? null,
      localLinkNames: simplified(c.localLinkNames),
      linkCodes: (c.localLinkNames ?? []).map(canonicalLinkCode),
      segments: simplified(c.segmentsStated),
      notes: simplified(c.notesStated),
      provenance: provenanceOf(c),
    });
  }
  for (const s of D.chainStatistics) {
    const figure = s.percent ? count(s.metricText, s.percent) : s.points ? points(s.metricText, s.points) : s.count ? count(s.metricText, s.count, '家') : s.money ? moneyFigure(s.metricText, s.money) : null;
    em.create(E.ChainStatistic, {
      key: s.key,
      chainKeys: [...s.chainKeys],
      areaCode: s.areaCode,
      period: reportedDate(s.period)!,
      metric: s.metric,
      metricText: toSimplified(s.metricText),
      figure,
      money: s.money ? money(s.money.amount) : null,
      band: s.band ?? null,
      provenance: provenanceOf(s),
    });
  }
  for (const p of D.people) {
    em.create(E.Person, {
      key: p.key,
      name: toSimplified(p.name),
      originalName: p.name,
      kind: p.kind,
      role: toSimplified(p.roleStated),
      organisation: optionalRef(p.organisation),
      organisationKey: p.organisation?.key ?? null,
      organisationText: p.organisationText ? toSimplified(p.organisationText) : null,
      quoted: p.quoted,
      provenance: provenanceOf(p),
    });
  }
  for (const a of D.articles) {
    em.create(E.Article, {
      key: a.key,
      title: a.titleStated ? toSimplified(a.titleStated) : null,
      originalTitle: a.titleStated ?? null,
      outlet: a.outletText ? toSimplified(a.outletText) : null,
      published: reportedDate(a.published),
      summary: a.summaryStated ? toSimplified(a.summaryStated) : null,
      sections: simplified(a.sectionHeadings),
      photoCaptions: simplified(a.photoCaptions),
      credits: (a.credits ?? []).map((c) => Object.assign(new E.ArticleCredit(), { role: toSimplified(c.roleStated), names: c.personKeys.map((k) => toSimplified(find(D.people, k, 'person').name)) })),
      reprint: a.reprints
        ? Object.assign(new E.ArticleReprint(), {
            outlet: toSimplified(a.reprints.outletText),
            title: toSimplified(a.reprints.titleStated),
            originalTitle: a.reprints.titleStated,
            published: reportedDate(a.reprints.published)!,
          })
        : null,
      notes: simplified(a.notesStated),
      provenance: provenanceOf(a),
    });
  }

  // ---- parks and alliances as directory scopes -------------------------------------------------------
  // Each with the scopes it lies in and the links and gaps the reports state for it, so that gap
  // analysis sees what a report says of a park when it is run on an alliance of that park.
  const scopeOf = (kind: 'PARK' | 'ALLIANCE', key: string) => scopeId(REGION, kind, key);
  const statedLinksOf = (chains: readonly D.IndustryChain[]) =>
    chains.flatMap((c) => (c.localLinkNames ?? []).map((l) => ({ localChainName: c.localChainName, localLinkName: l, note: c.linksEvidence ?? c.evidence ?? '', source: c.source })));
  const descendants = (key: string): string[] => [key, ...D.parks.filter((p) => p.parentParkKey === key).flatMap((p) => descendants(p.key))];
  for (const p of D.parks) {
    const parkKeys = new Set(descendants(p.key));
    const memberUsccs = [
      ...D.firms.filter((f) => f.parkKey && parkKeys.has(f.parkKey)).map((f) => firmUscc.get(f.key)!),
      ...D.organisations.filter((o) => o.parkKey && parkKeys.has(o.parkKey) && orgUscc.has(o.key)).map((o) => orgUscc.get(o.key)!),
    ];
    const land = p.productionLand;
    const parkChains = D.industryChains.filter((c) => c.parkKey === p.key && !c.allianceKey);
    const gapChains = land && !land.availableNow ? parkChains.filter((c) => c.localLinkNames?.includes(PRODUCTION_LINK)) : [];
    const { scope, members, gaps, links, parents } = projectScope(REGION, {
      kind: 'PARK',
      nativeKey: p.key,
      originalName: p.originalName,
      areaCode: p.areaCode,
      source: p.source,
      memberUsccs,
      statedGaps: gapChains.map((c) => ({ localChainName: c.localChainName, localLinkName: PRODUCTION_LINK, note: land!.evidence, source: p.source })),
      statedLinks: statedLinksOf(parkChains),
      parents: p.parentParkKey ? [{ scopeId: scopeOf('PARK', p.parentParkKey), note: p.parentEvidence ?? p.evidence ?? '', source: p.source }] : [],
    });
    em.persist([scope, ...members, ...gaps, ...links, ...parents]);
  }
  for (const a of D.alliances) {
    const memberUsccs = D.allianceMembers.filter((m) => m.allianceKey === a.key).map((m) => usccOf(m.member)).filter((u): u is string => !!u);
    const { scope, members, gaps, links, parents } = projectScope(REGION, {
      kind: 'ALLIANCE',
      nativeKey: a.key,
      originalName: a.originalName,
      areaCode: a.areaCode,
      source: a.source,
      memberUsccs,
      statedLinks: statedLinksOf(D.industryChains.filter((c) => c.allianceKey === a.key)),
      parents: [
        ...(a.parkKey ? [{ scopeId: scopeOf('PARK', a.parkKey), note: a.evidence ?? '', source: a.source }] : []),
        // A network it links into: "聯盟積極鏈接、融入天津市十大產業人才創新創業聯盟".
        ...(a.linkedAllianceKeys ?? []).map((key) => ({ scopeId: scopeOf('ALLIANCE', key), note: find(D.alliances, key, 'alliance').evidence ?? '', source: a.source })),
      ],
    });
    em.persist([scope, ...members, ...gaps, ...links, ...parents]);
  }
  await em.flush();
}
