/**
 * Query.zhejiang: the Zhejiang pairing programme's own schema — industrial and mountain counties,
 * their pairings, cooperation parks and projects, firms, funding, assessments, diagnostics,
 * investment-promotion arrangements and trainings — and the relations between them, each batched.
 */
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { ChainPlacementView } from '../../../kit/value-types';
import { areaPrefix } from '../../../../schema/contract/areas';
import { validArea, validChain } from '../../../kit/validate';
import * as E from '../entities';
import { allBy, byKey, byKeys, countyByArea, firmsOfProject, pairingOfCounty, projectsOfFirm } from './loaders';

@ObjectType('ZhejiangRegion', { description: '浙江结对促共富数据 — Zhejiang\'s own data on the industrial-county / mountain-county pairings.' })
export class ZhejiangRegion {
  @Field(() => String, { description: '区域 — region name.' }) name!: string;
}

@Resolver(() => ZhejiangRegion)
export class ZhejiangRegionResolver {
  @Query(() => ZhejiangRegion, { description: '浙江 — the Zhejiang region\'s own schema.' })
  zhejiang(): ZhejiangRegion {
    return Object.assign(new ZhejiangRegion(), { name: '浙江省制造业高质量发展结对促共富' });
  }

  @FieldResolver(() => [E.Programme], {
    description: '示范创建工作 — the pairing programme, as a list of one.',
    deprecationReason: 'There is one programme: use pairingProgramme.',
  })
  programme(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Programme, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => E.Programme, { nullable: true, description: '示范创建工作 — the pairing programme the report describes (2023-2025).' })
  async pairingProgramme(@Ctx() ctx: SubgraphContext) {
    return (await ctx.em.find(E.Programme, {}, { orderBy: { key: 'asc' }, limit: 1 }))[0] ?? null;
  }

  @FieldResolver(() => [E.Track], { description: '六大赛道 — the six tracks, in the report\'s order.' })
  tracks(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Track, {}, { orderBy: { order: 'asc' } });
  }

  @FieldResolver(() => [E.County], { description: '县(市、区) — the counties the report names; filter by kind and area.' })
  counties(
    @Ctx() ctx: SubgraphContext,
    @Arg('kind', () => String, { nullable: true, description: '类型 — industrial (工业大县) or mountain (山区县).' }) kind?: string,
    @Arg('areaCode', () => ID, { nullable: true, description: '所在地 — only counties in this GB/T 2260 area (330000, 331100 for 丽水市…).' }) areaCode?: string | null,
  ) {
    const area = areaCode ? validArea(areaCode, 'areaCode') : null;
    return ctx.em.find(E.County, { ...(kind ? { kind } : {}), ...(area ? { areaCode: { $like: `${areaPrefix(area)}%` } } : {}) }, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Pairing], { description: '结对联合体 — the pairings the report names (8 of the 18 it states).' })
  pairings(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Pairing, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => E.Pairing, { nullable: true, description: '结对联合体 — one pairing by key (e.g. tongxiang-tiantai).' })
  pairing(@Ctx() ctx: SubgraphContext, @Arg('key', () => ID, { description: '联合体编号 — the pairing\'s key.' }) key: string) {
    return ctx.em.findOne(E.Pairing, { key });
  }

  @FieldResolver(() => [E.CooperationPark], { description: '产业合作园区 — cooperation parks the report names; filter by pairing and chain.' })
  parks(
    @Ctx() ctx: SubgraphContext,
    @Arg('pairingKey', () => ID, { nullable: true, description: '联合体编号 — only this pairing\'s parks.' }) pairingKey?: string | null,
    @Arg('chainCode', () => ID, { nullable: true, description: '产业链 — only parks of this canonical chain.' }) chainCode?: string | null,
  ) {
    const chain = chainCode ? validChain(chainCode, 'chainCode').code : null;
    return ctx.em.find(E.CooperationPark, { ...(pairingKey ? { pairingKey } : {}), ...(chain ? { chainCode: chain } : {}) }, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Project], { description: '合作项目 — cooperation projects; filter by pairing, chain and where they take place.' })
  projects(
    @Ctx() ctx: SubgraphContext,
    @Arg('pairingKey', () => ID, { nullable: true, description: '联合体编号 — only this pairing\'s projects.' }) pairingKey?: string,
    @Arg('chainCode', () => ID, { nullable: true, description: '产业链 — only projects of this canonical chain.' }) chainCode?: string | null,
    @Arg('areaCode', () => ID, { nullable: true, description: '所在地 — only projects taking place in this GB/T 2260 area.' }) areaCode?: string | null,
  ) {
    const chain = chainCode ? validChain(chainCode, 'chainCode').code : null;
    const area = areaCode ? validArea(areaCode, 'areaCode') : null;
    return ctx.em.find(
      E.Project,
      { ...(pairingKey ? { pairingKey } : {}), ...(chain ? { chainCode: chain } : {}), ...(area ? { hostAreaCode: { $like: `${areaPrefix(area)}%` } } : {}) },
      { orderBy: { key: 'asc' } },
    );
  }

  @FieldResolver(() => [E.Firm], { description: '企业 — firms the report names.' })
  firms(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Firm, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.CountyStatistic], { description: '县域数据 — figures stated for single counties.' })
  countyStatistics(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.CountyStatistic, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Assessment], { description: '年度考核评价 — annual assessments.' })
  assessments(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Assessment, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Funding], { description: '资金 — provincial and county money for the pairings.' })
  funding(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Funding, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.DiagnosticCampaign], { description: '数字化帮扶诊断 — diagnosis campaigns, with their firm outcomes.' })
  diagnostics(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.DiagnosticCampaign, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.InvestmentArrangement], { description: '招商协作 — investment-promotion agreements and zones between paired counties.' })
  agreements(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.InvestmentArrangement, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.TrainingEvent], { description: '研修培训 — trainings run by pairings.' })
  trainings(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.TrainingEvent, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Organisation], { description: '机构 — departments, bureaus, associations, zones and fund clusters named.' })
  organisations(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Organisation, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Person], { description: '人员 — people named: officials, a firm manager, a seconded cadre.' })
  people(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Person, {}, { orderBy: { key: 'asc' } });
  }
}

@Resolver(() => E.Programme)
export class ProgrammeResolver {
  @FieldResolver(() => [E.Track], { description: '六大赛道 — its six tracks, in order.' })
  tracks(@Root() programme: E.Programme, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Track, 'programmeKey', 'order').load(programme.key);
  }

  @FieldResolver(() => [E.Pairing], { description: '结对联合体 — its pairings the report names.' })
  pairings(@Root() programme: E.Programme, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Pairing, 'programmeKey').load(programme.key);
  }

  @FieldResolver(() => [E.Assessment], { description: '年度考核评价 — its annual assessments.' })
  assessments(@Root() programme: E.Programme, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Assessment, 'programmeKey').load(programme.key);
  }

  @FieldResolver(() => [E.Funding], { description: '资金 — money committed under it.' })
  funding(@Root() programme: E.Programme, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Funding, 'programmeKey').load(programme.key);
  }

  @FieldResolver(() => E.Organisation, { description: '出资单位 — the department that funds it (省财政厅).' })
  funder(@Root() programme: E.Programme, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Organisation, programme.funderOrgKey);
  }

  @FieldResolver(() => E.Organisation, { description: '赛道制定单位 — the department that set the tracks (省经信厅).' })
  tracksDefinedBy(@Root() programme: E.Programme, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Organisation, programme.tracksDefinedByOrgKey);
  }
}

@Resolver(() => E.Pairing)
export class PairingResolver {
  @FieldResolver(() => E.County, { description: '工业大县 — the industrial county.' })
  industrialCounty(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.County, pairing.industrialCountyKey);
  }

  @FieldResolver(() => E.County, { description: '山区县 — the mountain county.' })
  mountainCounty(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.County, pairing.mountainCountyKey);
  }

  @FieldResolver(() => [E.CooperationPark], { description: '产业合作园区 — parks it co-builds.' })
  parks(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.CooperationPark, 'pairingKey').load(pairing.key);
  }

  @FieldResolver(() => [E.Project], { description: '合作项目 — its projects.' })
  projects(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Project, 'pairingKey').load(pairing.key);
  }

  @FieldResolver(() => [E.Assessment], { description: '年度考核评价 — the programme\'s assessments it was part of.' })
  assessments(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Assessment, 'programmeKey').load(pairing.programmeKey);
  }

  @FieldResolver(() => [E.Funding], { description: '资金 — money committed to this pairing alone.' })
  funding(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Funding, 'pairingKey').load(pairing.key);
  }

  @FieldResolver(() => [E.DiagnosticCampaign], { description: '数字化帮扶诊断 — its diagnosis campaigns.' })
  diagnostics(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.DiagnosticCampaign, 'pairingKey').load(pairing.key);
  }

  @FieldResolver(() => [E.InvestmentArrangement], { description: '招商协作 — its investment-promotion arrangements.' })
  agreements(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.InvestmentArrangement, 'pairingKey').load(pairing.key);
  }

  @FieldResolver(() => [E.TrainingEvent], { description: '研修培训 — its trainings.' })
  trainings(@Root() pairing: E.Pairing, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.TrainingEvent, 'pairingKey').load(pairing.key);
  }
}

@Resolver(() => E.County)
export class CountyResolver {
  @FieldResolver(() => E.Pairing, { nullable: true, description: '结对联合体 — the pairing the county belongs to.' })
  pairing(@Root() county: E.County, @Ctx() ctx: SubgraphContext) {
    return pairingOfCounty(ctx).load(county.key);
  }

  @FieldResolver(() => [E.CountyStatistic], { description: '县域数据 — figures stated for the county.' })
  statistics(@Root() county: E.County, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.CountyStatistic, 'countyKey').load(county.key);
  }

  @FieldResolver(() => [E.Firm], { description: '企业 — named firms in the county.' })
  firms(@Root() county: E.County, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Firm, 'areaCode').load(county.areaCode);
  }

  @FieldResolver(() => [E.CooperationPark], { description: '产业合作园区 — cooperation parks in the county.' })
  parks(@Root() county: E.County, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.CooperationPark, 'areaCode').load(county.areaCode);
  }
}

@Resolver(() => E.CooperationPark)
export class ParkResolver {
  @FieldResolver(() => E.Pairing, { description: '结对联合体 — the pairing that builds it.' })
  pairing(@Root() park: E.CooperationPark, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Pairing, park.pairingKey);
  }

  @FieldResolver(() => E.County, { nullable: true, description: '所在县 — the county it rises in.' })
  county(@Root() park: E.CooperationPark, @Ctx() ctx: SubgraphContext) {
    return countyByArea(ctx).load(park.areaCode);
  }
}

@Resolver(() => E.Project)
export class ProjectResolver {
  @FieldResolver(() => E.Pairing, { description: '结对联合体 — the pairing it belongs to.' })
  pairing(@Root() project: E.Project, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Pairing, project.pairingKey);
  }

  @FieldResolver(() => [E.Firm], { description: '企业 — named firms taking part.' })
  firms(@Root() project: E.Project, @Ctx() ctx: SubgraphContext) {
    return firmsOfProject(ctx).load(project.key);
  }

  @FieldResolver(() => E.County, { nullable: true, description: '所在县 — the county it takes place in.' })
  hostCounty(@Root() project: E.Project, @Ctx() ctx: SubgraphContext) {
    return countyByArea(ctx).load(project.hostAreaCode);
  }

  @FieldResolver(() => [E.Organisation], { description: '机构 — named organisations taking part or organising.' })
  organisations(@Root() project: E.Project, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.Organisation, project.orgKeys);
  }

  @FieldResolver(() => [E.Person], { description: '人员 — people named in connection with it.' })
  people(@Root() project: E.Project, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.Person, project.personKeys);
  }
}

@Resolver(() => E.Firm)
export class FirmResolver {
  @FieldResolver(() => E.County, { nullable: true, description: '所在县 — the county the firm sits in, where the report names it.' })
  county(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return countyByArea(ctx).load(firm.areaCode);
  }

  @FieldResolver(() => [E.Project], { description: '合作项目 — projects the firm takes part in.' })
  projects(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return projectsOfFirm(ctx).load(firm.key);
  }

  @FieldResolver(() => [ChainPlacementView], { description: '产业链归属 — every chain the report places the firm in, with what it rests on and the sentence that says so.' })
  chainPlacements(@Root() firm: E.Firm): ChainPlacementView[] {
    return firm.chainPlacements ?? [];
  }
}

@Resolver(() => E.CountyStatistic)
export class CountyStatisticResolver {
  @FieldResolver(() => E.County, { description: '县 — the county the figure is about.' })
  county(@Root() statistic: E.CountyStatistic, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.County, statistic.countyKey);
  }
}

@Resolver(() => E.Assessment)
export class AssessmentResolver {
  @FieldResolver(() => E.Programme, { description: '示范创建工作 — the programme assessed.' })
  programme(@Root() assessment: E.Assessment, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Programme, assessment.programmeKey);
  }
}

@Resolver(() => E.Funding)
export class FundingResolver {
  @FieldResolver(() => E.Pairing, { nullable: true, description: '结对联合体 — the pairing, for a single pairing\'s money.' })
  pairing(@Root() funding: E.Funding, @Ctx() ctx: SubgraphContext) {
    return funding.pairingKey ? byKey(ctx, E.Pairing, funding.pairingKey) : null;
  }

  @FieldResolver(() => E.Organisation, { nullable: true, description: '出资单位 — the funding department, where named.' })
  funder(@Root() funding: E.Funding, @Ctx() ctx: SubgraphContext) {
    return funding.funderOrgKey ? byKey(ctx, E.Organisation, funding.funderOrgKey) : null;
  }

  @FieldResolver(() => E.County, { nullable: true, description: '出资县 — the funding county, where the report names only the county.' })
  funderCounty(@Root() funding: E.Funding, @Ctx() ctx: SubgraphContext) {
    return funding.funderCountyKey ? byKey(ctx, E.County, funding.funderCountyKey) : null;
  }
}

@Resolver(() => E.DiagnosticCampaign)
export class DiagnosticCampaignResolver {
  @FieldResolver(() => E.Pairing, { description: '结对联合体 — the pairing that runs it.' })
  pairing(@Root() campaign: E.DiagnosticCampaign, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Pairing, campaign.pairingKey);
  }

  @FieldResolver(() => E.Funding, { description: '资金 — the money that pays for it.' })
  funding(@Root() campaign: E.DiagnosticCampaign, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Funding, campaign.fundingKey);
  }

  @FieldResolver(() => E.County, { nullable: true, description: '对象县 — the county whose firms are diagnosed.' })
  targetCounty(@Root() campaign: E.DiagnosticCampaign, @Ctx() ctx: SubgraphContext) {
    return countyByArea(ctx).load(campaign.targetAreaCode);
  }

  @FieldResolver(() => [E.DiagnosticOutcome], { description: '成效 — firm outcomes the report quantifies.' })
  outcomes(@Root() campaign: E.DiagnosticCampaign, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.DiagnosticOutcome, 'campaignKey').load(campaign.key);
  }
}

@Resolver(() => E.DiagnosticOutcome)
export class DiagnosticOutcomeResolver {
  @FieldResolver(() => E.DiagnosticCampaign, { description: '诊断 — the campaign.' })
  campaign(@Root() outcome: E.DiagnosticOutcome, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.DiagnosticCampaign, outcome.campaignKey);
  }

  @FieldResolver(() => E.Firm, { description: '企业 — the firm.' })
  firm(@Root() outcome: E.DiagnosticOutcome, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Firm, outcome.firmKey);
  }

  @FieldResolver(() => E.Person, { description: '发言人 — who stated the result.' })
  spokesperson(@Root() outcome: E.DiagnosticOutcome, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Person, outcome.spokespersonKey);
  }
}

@Resolver(() => E.InvestmentArrangement)
export class InvestmentArrangementResolver {
  @FieldResolver(() => E.Pairing, { description: '结对联合体 — the pairing.' })
  pairing(@Root() arrangement: E.InvestmentArrangement, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Pairing, arrangement.pairingKey);
  }

  @FieldResolver(() => [E.County], { description: '签署或运营方 — the counties that signed or run it.' })
  counties(@Root() arrangement: E.InvestmentArrangement, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.County, arrangement.partyCountyKeys);
  }
}

@Resolver(() => E.TrainingEvent)
export class TrainingEventResolver {
  @FieldResolver(() => E.Pairing, { description: '结对联合体 — the pairing that ran it.' })
  pairing(@Root() training: E.TrainingEvent, @Ctx() ctx: SubgraphContext) {
    return byKey(ctx, E.Pairing, training.pairingKey);
  }

  @FieldResolver(() => [E.County], { description: '主办县 — the organising counties.' })
  organisers(@Root() training: E.TrainingEvent, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.County, training.organiserCountyKeys);
  }
}

@Resolver(() => E.Organisation)
export class OrganisationResolver {
  @FieldResolver(() => E.Organisation, { nullable: true, description: '上级 — the body it belongs to.' })
  parent(@Root() organisation: E.Organisation, @Ctx() ctx: SubgraphContext) {
    return organisation.parentKey ? byKey(ctx, E.Organisation, organisation.parentKey) : null;
  }

  @FieldResolver(() => [E.Person], { description: '人员 — people named in it.' })
  people(@Root() organisation: E.Organisation, @Ctx() ctx: SubgraphContext) {
    return allBy(ctx, E.Person, 'orgKey').load(organisation.key);
  }
}

@Resolver(() => E.Person)
export class PersonResolver {
  @FieldResolver(() => E.Organisation, { nullable: true, description: '单位 — the organisation, where named.' })
  organisation(@Root() person: E.Person, @Ctx() ctx: SubgraphContext) {
    return person.orgKey ? byKey(ctx, E.Organisation, person.orgKey) : null;
  }

  @FieldResolver(() => E.Firm, { nullable: true, description: '企业 — the firm, for a firm manager.' })
  firm(@Root() person: E.Person, @Ctx() ctx: SubgraphContext) {
    return person.firmKey ? byKey(ctx, E.Firm, person.firmKey) : null;
  }
}

export const ZHEJIANG_NATIVE_RESOLVERS = [
  ZhejiangRegionResolver,
  ProgrammeResolver,
  PairingResolver,
  CountyResolver,
  ParkResolver,
  ProjectResolver,
  FirmResolver,
  CountyStatisticResolver,
  AssessmentResolver,
  FundingResolver,
  DiagnosticCampaignResolver,
  DiagnosticOutcomeResolver,
  InvestmentArrangementResolver,
  TrainingEventResolver,
  OrganisationResolver,
  PersonResolver,
] as const;
