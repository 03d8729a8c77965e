/**
 * Fills the Yangtze database from the cleaned sample dataset (data/), and projects it into the
 * cross-region directory. Runs once, in one transaction, on an empty database.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { toSimplified } from '../../../../schema/contract/script';
import { countFigure, amountFigure } from '../../../kit/figures';
import { projectFirm, projectScope, scopeId } from '../../../kit/directory/projection';
import { chainPlacementView, provenanceOf, reportedDate } from '../../../kit/value-types';
import { invariant } from '../../../../schema/contract/invariant';
import * as E from '../entities';
import * as D from './data';

const chainNames = (keys: readonly string[]) => keys.map((k) => D.INDUSTRY_CHAINS.find((c) => c.key === k)!.localChainName);
/** A placement's chain must be one the report names (INDUSTRY_CHAINS). */
const chainName = (localChainName: string) => {
  invariant(D.INDUSTRY_CHAINS.some((c) => c.localChainName === localChainName), `"${localChainName}" is not a chain of the Yangtze dataset`);
  return localChainName;
};

export async function seedYangtze(em: EntityManager): Promise<void> {
  for (const a of D.PARK_ALLIANCES) {
    em.create(E.ParkAlliance, {
      key: a.key,
      name: toSimplified(a.originalName),
      originalName: a.originalName,
      shortName: a.shortName,
      founded: reportedDate(a.founded)!,
      foundedAreaCode: a.foundedAreaCode,
      nature: [...a.natureStated],
      figures: [
        countFigure('发起高新区', a.founderCountStated, '个'),
        countFigure('申请加入的国家高新区', a.applicantZoneCountStated, '家'),
        countFigure('覆盖长江经济带省市', a.coveredProvinceCountStated, '个'),
        countFigure(`占全国高新区比重(${a.nationalShare.metrics.join('、')})`, a.nationalShare.share),
        countFigure('产业联盟', a.industryAllianceCountStated, '个'),
      ],
      coveredRegionName: a.coveredRegionName,
      nationalShareMetrics: [...a.nationalShare.metrics],
      achievements: [...a.achievementsStated],
      plans: [...a.plansStated],
      founderZoneKeys: [...a.founderZoneKeys],
      leadFounderZoneKey: a.leadFounderZoneKey,
      guidingBodyKeys: [...a.guidingBodyKeys],
      provenance: provenanceOf(a),
    });
    const { scope, members, gaps } = projectScope('yangtze', { kind: 'ALLIANCE', nativeKey: a.key, originalName: a.originalName, areaCode: a.foundedAreaCode, source: a.source, memberUsccs: [] });
    em.persist([scope, ...members, ...gaps]);
  }

  for (const z of D.ZONES) {
    em.create(E.Zone, {
      key: z.key,
      name: toSimplified(z.originalName),
      originalName: z.originalName,
      shortName: z.shortName ?? null,
      zoneType: z.zoneTypeStated,
      areaCode: z.areaCode,
      isFounder: z.isFounder,
      isLeadFounder: z.isLeadFounder,
      adminBodyName: z.adminBodyName ?? null,
      allianceKey: z.allianceKey,
      provenance: provenanceOf(z),
    });
    // A founding zone lies in the alliance it founded.
    const { scope, parents } = projectScope('yangtze', {
      kind: 'ZONE',
      nativeKey: z.key,
      originalName: z.originalName,
      areaCode: z.areaCode,
      source: z.source,
      memberUsccs: [],
      parents: [{ scopeId: scopeId('yangtze', 'ALLIANCE', z.allianceKey), note: D.PARK_ALLIANCES.find((a) => a.key === z.allianceKey)!.evidence ?? '', source: z.source }],
    });
    em.persist([scope, ...parents]);
  }

  for (const ia of D.INDUSTRY_ALLIANCES) {
    em.create(E.IndustryAlliance, {
      key: ia.key,
      name: toSimplified(ia.originalName),
      originalName: ia.originalName,
      nature: ia.natureStated,
      organisationType: ia.organisationTypeStated,
      firstToJoin: ia.isFirstToJoinParentStated,
      founded: reportedDate(ia.founded)!,
      foundedAreaCode: ia.foundedAreaCode,
      figures: [
        countFigure('发起单位', ia.initiatorCountStated, '家'),
        countFigure('涵盖企业', ia.coveredFirmCountStated, '家'),
        countFigure('目标年限', { value: ia.goal.horizonYears, text: `${ia.goal.horizonYears}年时间` }, '年'),
        ...ia.goal.targets.map((t) => amountFigure(t.text, { ...t.threshold, qualifier: t.qualifier, text: t.text })),
      ],
      initiatorKinds: [...ia.initiatorKindsStated],
      localChainNames: chainNames(ia.chainKeys),
      localLinkNames: [...ia.localLinkNames],
      goal: `${ia.goal.evidence}`,
      parentAllianceKey: ia.parentAllianceKey,
      initiatorPersonKeys: [...ia.initiatorPersonKeys],
      provenance: provenanceOf(ia),
    });
    // The firms it covers work in these links of its first chain: "涵盖了…生产、营销、技术和服务等领域的企业".
    const coveredChain = D.INDUSTRY_CHAINS.find((c) => c.key === ia.chainKeys[0])!;
    const { scope, links, parents } = projectScope('yangtze', {
      kind: 'ALLIANCE',
      nativeKey: ia.key,
      originalName: ia.originalName,
      areaCode: ia.foundedAreaCode,
      source: ia.source,
      memberUsccs: [],
      statedLinks: ia.localLinkNames.map((link) => ({ localChainName: coveredChain.localChainName, localLinkName: link, note: coveredChain.evidence ?? '', source: ia.source })),
      parents: [{ scopeId: scopeId('yangtze', 'ALLIANCE', ia.parentAllianceKey), note: ia.evidence ?? '', source: ia.source }],
    });
    em.persist([scope, ...links, ...parents]);
  }

  for (const ev of D.EVENTS) {
    em.create(E.AllianceEvent, {
      key: ev.key,
      name: ev.originalName ?? ev.description,
      description: ev.description,
      kind: ev.kind,
      status: ev.status,
      date: reportedDate(ev.date),
      sequence: ev.sequenceStated ?? null,
      areaCode: ev.areaCode ?? null,
      hostOccasion: ev.hostOccasionName ?? null,
      figures: ev.figures.map((f) => countFigure(f.metric, f.count)),
      components: [...ev.componentsStated],
      organiserZoneKeys: [...ev.organiserZoneKeys],
      allianceKeys: [...ev.allianceKeys],
      announcedByZoneKeys: ev.announcedBy ? [...ev.announcedBy.zoneKeys] : null,
      provenance: provenanceOf(ev),
    });
  }

  for (const p of D.PLATFORMS) {
    em.create(E.Platform, {
      key: p.key,
      name: p.originalName,
      shortName: p.shortName,
      carrierName: p.carrierName,
      opened: reportedDate(p.opened)!,
      openedAreaCode: p.openedAreaCode,
      governance: p.governanceStated,
      figures: [countFigure('共建高新区', p.participantZoneCountStated, '家')],
      roles: [...p.rolesStated],
      postKinds: [...p.postKindsStated],
      firmUse: p.firmUseStated,
      allianceKey: p.allianceKey,
      provenance: provenanceOf(p),
    });
  }
  for (const c of D.PLATFORM_CHANNELS) {
    em.create(E.PlatformChannel, { key: c.key, platformKey: c.platformKey, zoneKey: c.zoneKey, postKinds: [...c.postKindsStated], provenance: provenanceOf(c) });
  }

  for (const m of D.GOVERNANCE_MECHANISMS) {
    em.create(E.Mechanism, { key: m.key, name: m.originalName, kind: m.kind, status: [...m.statusStated], allianceKey: m.allianceKey, provenance: provenanceOf(m) });
  }
  for (const t of D.LIAISON_TRAININGS) {
    em.create(E.LiaisonTraining, {
      key: t.key,
      description: t.description,
      sequence: t.sequenceStated,
      format: t.formatStated,
      completed: reportedDate(t.completed)!,
      figures: [countFigure(t.participantRole, t.participantCountStated, '名')],
      teamGoal: t.teamGoalStated,
      mechanismKey: t.mechanismKey,
      provenance: provenanceOf(t),
    });
  }
  for (const s of D.INDEX_SURVEYS) {
    em.create(E.IndexSurvey, {
      key: s.key,
      description: s.description,
      programmeName: s.programmeName,
      status: s.status,
      date: reportedDate(s.date),
      figures: s.parkCountStated ? [countFigure('调查园区', s.parkCountStated, '个')] : [],
      topics: [...s.topicsStated],
      purpose: s.purposeStated,
      provenance: provenanceOf(s),
    });
  }
  for (const f of D.COOPERATION_FUNDS) {
    em.create(E.CooperationFund, {
      key: f.key,
      name: f.originalName,
      status: f.status,
      allianceRelation: f.allianceRelationStated,
      purpose: f.purposeStated,
      programmeName: f.programmeName,
      provenance: provenanceOf(f),
    });
  }
  for (const g of D.GUIDING_BODIES) {
    em.create(E.GuidingBody, { key: g.key, name: g.originalName, level: g.level, areaCode: g.areaCode ?? null, relation: g.relationStated, scope: g.scopeStated ?? null, provenance: provenanceOf(g) });
  }
  for (const r of D.POLICY_REFERENCES) {
    em.create(E.PolicyReference, { key: r.key, name: r.originalName, kind: r.kind, provenance: provenanceOf(r) });
  }
  for (const p of D.PEOPLE) {
    em.create(E.Person, {
      key: p.key,
      name: p.name,
      roles: p.roles.map((r) => ({ title: r.title, organisationName: r.organisationName ?? null })),
      quote: p.quote ?? null,
      provenance: provenanceOf(p),
    });
  }
  for (const a of D.ARTICLES) {
    em.create(E.Article, {
      key: a.key,
      title: a.title,
      published: reportedDate(a.publishedAt)!,
      outlets: [...a.outletNames],
      sections: [...a.sectionHeadings],
      photoCaption: a.photo.caption,
      provenance: provenanceOf(a),
    });
  }

  for (const o of D.ORGANISATIONS) {
    const areaCode = o.areaCode!;
    const { firm, chains } = projectFirm({
      nativeKey: o.key,
      originalName: o.originalName,
      shortName: o.shortName ?? null,
      areaCode,
      kind: o.orgType === 'university' ? 'UNIVERSITY' : 'ENTERPRISE',
      source: o.source,
      chains: o.chains.map((c) => ({ localChainName: chainName(c.localChainName), localLinkNames: c.localLinkNames, basis: c.basis, evidence: c.evidence, source: c.source })),
    });
    em.persist([firm, ...chains]);
    em.create(E.Organisation, {
      key: o.key,
      uscc: firm.uscc,
      name: firm.name,
      originalName: o.originalName,
      orgType: o.orgType,
      areaCode,
      areaBasis: o.areaBasis ?? null,
      localChainNames: [...new Set(o.chains.map((c) => c.localChainName))],
      chainPlacements: o.chains.map(chainPlacementView),
      activity: o.activityStated ?? null,
      provenance: provenanceOf(o),
    });
  }
  await em.flush();
}
