/**
 * Query.tianjin: the Tianjin region's own API, shaped by its reports — parks and their parts, the
 * alliances and chain party committees, the firms they name, cooperations, needs, projects, events,
 * chains and chain statistics. Every relation field is batched (loaders.ts).
 */
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { areaPrefix } from '../../../../schema/contract/areas';
import { chainForLocalName } from '../../../../schema/contract/chains';
import { validArea, validChain } from '../../../kit/validate';
import type { SubgraphContext } from '../../../kit/context';
import { DirectoryFilter } from '../../../kit/directory/types';
import { PlacementBasis, placementBasis } from '../../../kit/value-types';
import * as E from '../entities';
import { allOf, byKeys, manyBy, oneBy } from './loaders';

@ObjectType('TianjinRegion', { description: '天津数据 — the Tianjin region\'s own data: Binhai-Zhongguancun, Tiankai Xiqing and Nankai.' })
export class TianjinRegion {
  @Field(() => String, { description: '区域 — region name.' }) name!: string;
}

const byKey = { orderBy: { key: 'asc' } } as const;

/** Cooperations a directory firm (firm, university, institute) is a party to. */
export function cooperationsOf(ctx: SubgraphContext, uscc: string): Promise<E.Cooperation[]> {
  return ctx
    .loader<string, E.Cooperation[]>('tianjin:cooperationsByUscc', async (usccs) => {
      const rows = await ctx.em.find(E.Cooperation, { $or: [{ firstPartyUscc: { $in: [...usccs] } }, { secondPartyUscc: { $in: [...usccs] } }] }, byKey);
      return usccs.map((u) => rows.filter((r) => r.firstPartyUscc === u || r.secondPartyUscc === u));
    })
    .load(uscc);
}

/** Needs a directory firm states, or that the report says it meets. */
export function needsOf(ctx: SubgraphContext, uscc: string): Promise<E.Need[]> {
  return ctx
    .loader<string, E.Need[]>('tianjin:needsByUscc', async (usccs) => {
      const rows = await ctx.em.find(E.Need, { $or: [{ seekerUscc: { $in: [...usccs] } }, { counterpartUscc: { $in: [...usccs] } }] }, byKey);
      return usccs.map((u) => rows.filter((r) => r.seekerUscc === u || r.counterpartUscc === u));
    })
    .load(uscc);
}

const AREA_FILTER = '所在地 — only records in this GB/T 2260 area, at any level (120000 for Tianjin, 120104 for 南开区).';

/** Records whose area lies within `areaCode` (checked), or every record. */
function inArea(areaCode: string | null | undefined): { areaCode?: { $like: string } } {
  return areaCode ? { areaCode: { $like: `${areaPrefix(validArea(areaCode, 'areaCode'))}%` } } : {};
}

/** A park's key and the keys of its wings, components and buildings. */
async function parkAndParts(ctx: SubgraphContext, parkKey: string): Promise<string[]> {
  const parks = await ctx.em.find(E.Park, {}, byKey);
  const keys = [parkKey];
  for (let i = 0; i < keys.length; i++) keys.push(...parks.filter((p) => p.parentParkKey === keys[i]).map((p) => p.key));
  return keys;
}

@Resolver(() => TianjinRegion)
export class TianjinRegionResolver {
  @Query(() => TianjinRegion, { description: '天津 — the Tianjin region\'s own schema.' })
  tianjin(): TianjinRegion {
    return Object.assign(new TianjinRegion(), { name: '天津' });
  }

  @FieldResolver(() => [E.Park], { description: '园区 — parks, park wings and park components; filter by area.' })
  parks(@Ctx() ctx: SubgraphContext, @Arg('areaCode', () => ID, { nullable: true, description: AREA_FILTER }) areaCode?: string | null) {
    return ctx.em.find(E.Park, inArea(areaCode), byKey);
  }

  @FieldResolver(() => [E.Alliance], { description: '联盟 — industry, talent and chain party-building alliances; filter by park, area and chain.' })
  async alliances(
    @Ctx() ctx: SubgraphContext,
    @Arg('parkKey', () => ID, { nullable: true, description: '园区 — only alliances founded in this park or in a part of it (binhai-zgc-science-park).' }) parkKey?: string | null,
    @Arg('areaCode', () => ID, { nullable: true, description: AREA_FILTER }) areaCode?: string | null,
    @Arg('chainCode', () => ID, { nullable: true, description: '产业链 — only alliances of this canonical chain (POWER_BATTERY).' }) chainCode?: string | null,
  ) {
    const chain = chainCode ? validChain(chainCode, 'chainCode').code : null;
    const parks = parkKey ? await parkAndParts(ctx, parkKey) : null;
    const alliances = await ctx.em.find(E.Alliance, { ...inArea(areaCode), ...(parks ? { parkKey: { $in: parks } } : {}) }, byKey);
    return chain ? alliances.filter((a) => a.localChainNames.some((n) => chainForLocalName(n)?.code === chain)) : alliances;
  }

  @FieldResolver(() => [E.ChainPartyCommittee], { description: '产业链党委 — chain party committees.' })
  partyCommittees(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.ChainPartyCommittee, {}, byKey);
  }

  @FieldResolver(() => [E.Firm], { description: '企业 — firms and firm units; a keyword matches any of their names in either script; filter by area, chain and park.' })
  async firms(
    @Ctx() ctx: SubgraphContext,
    @Arg('keyword', () => String, { nullable: true, description: '关键词 — part of a name, Simplified or Traditional.' }) keyword?: string | null,
    @Arg('areaCode', () => ID, { nullable: true, description: AREA_FILTER }) areaCode?: string | null,
    @Arg('chainCode', () => ID, { nullable: true, description: '产业链 — only firms placed in this canonical chain.' }) chainCode?: string | null,
    @Arg('parkKey', () => ID, { nullable: true, description: '园区 — only firms in this park or in a part of it.' }) parkKey?: string | null,
  ) {
    const chain = chainCode ? validChain(chainCode, 'chainCode').code : undefined;
    const parks = parkKey ? await parkAndParts(ctx, parkKey) : null;
    const where = { ...inArea(areaCode), ...(parks ? { parkKey: { $in: parks } } : {}) };
    if (!keyword && !chain) return ctx.em.find(E.Firm, where, byKey);
    const usccs = await ctx.directory.firmKeys(Object.assign(new DirectoryFilter(), { keyword: keyword ?? undefined, chainCode: chain }));
    return usccs.length ? ctx.em.find(E.Firm, { ...where, uscc: { $in: usccs } }, byKey) : [];
  }

  @FieldResolver(() => [E.Organisation], { description: '机构 — universities, institutes, government and party bodies.' })
  organisations(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Organisation, {}, byKey);
  }

  @FieldResolver(() => [E.Cooperation], { description: '合作 — stated cooperations between two parties.' })
  cooperations(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Cooperation, {}, byKey);
  }

  @FieldResolver(() => [E.Need], { description: '需求 — partners, financing or land sought.' })
  needs(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Need, {}, byKey);
  }

  @FieldResolver(() => [E.Project], { description: '项目 — innovation platforms, industrial and road projects.' })
  projects(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Project, {}, byKey);
  }

  @FieldResolver(() => [E.ChainEvent], { description: '活动 — visits, conferences, salons, matchmaking, briefings, competitions; filter by area and alliance.' })
  events(
    @Ctx() ctx: SubgraphContext,
    @Arg('areaCode', () => ID, { nullable: true, description: AREA_FILTER }) areaCode?: string | null,
    @Arg('allianceKey', () => ID, { nullable: true, description: '联盟 — only this alliance\'s events.' }) allianceKey?: string | null,
  ) {
    return ctx.em.find(E.ChainEvent, { ...inArea(areaCode), ...(allianceKey ? { allianceKey } : {}) }, byKey);
  }

  @FieldResolver(() => [E.MembershipApplication], { description: '入盟申请 — applications to join an alliance; filter by status.' })
  membershipApplications(@Ctx() ctx: SubgraphContext, @Arg('status', () => String, { nullable: true, description: '状态 — under-review.' }) status?: string | null) {
    return ctx.em.find(E.MembershipApplication, status ? { status } : {}, byKey);
  }

  @FieldResolver(() => [E.IndustryChain], { description: '产业链 — chains as the reports name them.' })
  chains(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.IndustryChain, {}, byKey);
  }

  @FieldResolver(() => [E.ChainStatistic], { description: '产业链数据 — chain statistics.' })
  chainStatistics(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.ChainStatistic, {}, byKey);
  }

  @FieldResolver(() => [E.ExpertAdviser], { description: '特聘专家 — academicians and academician teams.' })
  expertAdvisers(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.ExpertAdviser, {}, byKey);
  }

  @FieldResolver(() => [E.Person], { description: '人员 — people named (not public).' })
  people(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Person, {}, byKey);
  }

  @FieldResolver(() => [E.Article], { description: '报道 — source reports.' })
  articles(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Article, {}, byKey);
  }
}

@Resolver(() => E.RecordRef)
export class RecordRefResolver {
  @FieldResolver(() => E.Firm, { nullable: true, description: '企业 — the firm, when the reference is to one.' })
  firm(@Root() ref: E.RecordRef, @Ctx() ctx: SubgraphContext) {
    return ref.kind === 'firm' ? oneBy(ctx, E.Firm, 'key', ref.key) : null;
  }

  @FieldResolver(() => E.Organisation, { nullable: true, description: '机构 — the organisation, when the reference is to one.' })
  organisation(@Root() ref: E.RecordRef, @Ctx() ctx: SubgraphContext) {
    return ref.kind === 'organisation' ? oneBy(ctx, E.Organisation, 'key', ref.key) : null;
  }

  @FieldResolver(() => E.Park, { nullable: true, description: '园区 — the park, when the reference is to one.' })
  park(@Root() ref: E.RecordRef, @Ctx() ctx: SubgraphContext) {
    return ref.kind === 'park' ? oneBy(ctx, E.Park, 'key', ref.key) : null;
  }

  @FieldResolver(() => E.Alliance, { nullable: true, description: '联盟 — the alliance, when the reference is to one.' })
  alliance(@Root() ref: E.RecordRef, @Ctx() ctx: SubgraphContext) {
    return ref.kind === 'alliance' ? oneBy(ctx, E.Alliance, 'key', ref.key) : null;
  }

  @FieldResolver(() => E.ChainPartyCommittee, { nullable: true, description: '产业链党委 — the chain party committee, when the reference is to one.' })
  partyCommittee(@Root() ref: E.RecordRef, @Ctx() ctx: SubgraphContext) {
    return ref.kind === 'partyCommittee' ? oneBy(ctx, E.ChainPartyCommittee, 'key', ref.key) : null;
  }

  @FieldResolver(() => E.Person, { nullable: true, description: '人员 — the person, when the reference is to one.' })
  person(@Root() ref: E.RecordRef, @Ctx() ctx: SubgraphContext) {
    return ref.kind === 'person' ? oneBy(ctx, E.Person, 'key', ref.key) : null;
  }

  @FieldResolver(() => E.ExpertAdviser, { nullable: true, description: '专家团队 — the expert team, when the reference is to one.' })
  expertTeam(@Root() ref: E.RecordRef, @Ctx() ctx: SubgraphContext) {
    return ref.kind === 'expertTeam' ? oneBy(ctx, E.ExpertAdviser, 'key', ref.key) : null;
  }
}

@Resolver(() => E.Park)
export class ParkResolver {
  @FieldResolver(() => E.Park, { nullable: true, description: '上级园区 — the park it is part of.' })
  parent(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Park, 'key', park.parentParkKey);
  }

  @FieldResolver(() => [E.Park], { description: '下属园区 — its wings, components and buildings.' })
  subParks(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Park, 'parentParkKey', park.key);
  }

  @FieldResolver(() => [E.Firm], { description: '园区企业 — firms the reports place in the park.' })
  firms(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Firm, 'parkKey', park.key);
  }

  @FieldResolver(() => [E.Organisation], { description: '园区机构 — universities and bodies in the park.' })
  organisations(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Organisation, 'parkKey', park.key);
  }

  @FieldResolver(() => [E.Organisation], { description: '高校 — universities the report names as in the park.' })
  universities(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.Organisation, park.universityKeys);
  }

  @FieldResolver(() => [E.Alliance], { description: '联盟 — alliances founded in the park.' })
  alliances(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Alliance, 'parkKey', park.key);
  }

  @FieldResolver(() => [E.Project], { description: '项目 — projects in the park.' })
  projects(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Project, 'parkKey', park.key);
  }

  @FieldResolver(() => [E.IndustryChain], { description: '产业链 — the park\'s chains.' })
  chains(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.IndustryChain, 'parkKey', park.key);
  }

  @FieldResolver(() => [E.ChainEvent], { description: '活动 — events held in the park.' })
  events(@Root() park: E.Park, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.ChainEvent, 'parkKey', park.key);
  }
}

@Resolver(() => E.Alliance)
export class AllianceResolver {
  @FieldResolver(() => E.Park, { nullable: true, description: '园区 — the park it was founded in.' })
  park(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Park, 'key', alliance.parkKey);
  }

  @FieldResolver(() => [E.Organisation], { description: '主办方 — host or organising bodies.' })
  hosts(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.Organisation, alliance.hostKeys);
  }

  @FieldResolver(() => E.Organisation, { nullable: true, description: '合作高校 — the partner university.' })
  partnerUniversity(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Organisation, 'key', alliance.partnerUniversityKey);
  }

  @FieldResolver(() => [E.AllianceMember], { description: '成员 — members the reports name (the stated total is in figures).' })
  members(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.AllianceMember, 'allianceKey', alliance.key);
  }

  @FieldResolver(() => [E.ExpertAdviser], { description: '特聘专家 — academicians and teams.' })
  experts(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.ExpertAdviser, 'allianceKey', alliance.key);
  }

  @FieldResolver(() => [E.ChainEvent], { description: '活动 — the alliance\'s events.' })
  events(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.ChainEvent, 'allianceKey', alliance.key);
  }

  @FieldResolver(() => [E.MembershipApplication], { description: '入盟申请 — applications to join.' })
  applications(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.MembershipApplication, 'allianceKey', alliance.key);
  }

  @FieldResolver(() => [E.ChainPartyCommittee], { description: '产业链党委 — its chain party committees.' })
  partyCommittees(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.ChainPartyCommittee, 'allianceKey', alliance.key);
  }

  @FieldResolver(() => [E.IndustryChain], { description: '产业链 — the alliance\'s chain records.' })
  chains(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.IndustryChain, 'allianceKey', alliance.key);
  }

  @FieldResolver(() => [E.Alliance], { description: '链接联盟 — alliances it links into.' })
  linkedAlliances(@Root() alliance: E.Alliance, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.Alliance, alliance.linkedAllianceKeys);
  }
}

@Resolver(() => E.ChainPartyCommittee)
export class ChainPartyCommitteeResolver {
  @FieldResolver(() => E.Alliance, { nullable: true, description: '联盟 — the party-building alliance.' })
  alliance(@Root() committee: E.ChainPartyCommittee, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Alliance, 'key', committee.allianceKey);
  }

  @FieldResolver(() => E.IndustryChain, { nullable: true, description: '产业链 — its chain.' })
  chain(@Root() committee: E.ChainPartyCommittee, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.IndustryChain, 'key', committee.chainKey);
  }
}

@Resolver(() => E.AllianceMember)
export class AllianceMemberResolver {
  @FieldResolver(() => E.Alliance, { nullable: true, description: '联盟 — the alliance.' })
  alliance(@Root() member: E.AllianceMember, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Alliance, 'key', member.allianceKey);
  }
}

@Resolver(() => E.MembershipApplication)
export class MembershipApplicationResolver {
  @FieldResolver(() => E.Alliance, { nullable: true, description: '联盟 — the alliance applied to.' })
  alliance(@Root() application: E.MembershipApplication, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Alliance, 'key', application.allianceKey);
  }
}

@Resolver(() => E.ExpertAdviser)
export class ExpertAdviserResolver {
  @FieldResolver(() => E.Person, { nullable: true, description: '人员 — the academician.' })
  person(@Root() expert: E.ExpertAdviser, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Person, 'key', expert.personKey);
  }

  @FieldResolver(() => E.Alliance, { nullable: true, description: '联盟 — the alliance that engaged them.' })
  alliance(@Root() expert: E.ExpertAdviser, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Alliance, 'key', expert.allianceKey);
  }
}

@Resolver(() => E.Firm)
export class FirmResolver {
  @FieldResolver(() => E.Park, { nullable: true, description: '园区 — the park the report places it in.' })
  park(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Park, 'key', firm.parkKey);
  }

  @FieldResolver(() => E.Firm, { nullable: true, description: '母公司 — its parent firm.' })
  parent(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Firm, 'key', firm.parentKey);
  }

  @FieldResolver(() => [E.Firm], { description: '下属单位 — subsidiaries, branches and units.' })
  subsidiaries(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Firm, 'parentUscc', firm.uscc);
  }

  @FieldResolver(() => [E.AllianceMember], { description: '联盟成员资格 — alliances it is named a member of.' })
  memberships(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.AllianceMember, 'memberUscc', firm.uscc);
  }

  @FieldResolver(() => [E.Cooperation], { description: '合作 — cooperations it is a party to.' })
  cooperations(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return cooperationsOf(ctx, firm.uscc);
  }

  @FieldResolver(() => [E.Need], { description: '需求 — needs it states or meets.' })
  needs(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return needsOf(ctx, firm.uscc);
  }

  @FieldResolver(() => [E.Project], { description: '项目 — projects it sponsors.' })
  projects(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Project, 'sponsorUscc', firm.uscc);
  }

  @FieldResolver(() => [E.Person], { description: '人员 — its people named in the reports (not public).' })
  async people(@Root() firm: E.Firm, @Ctx() ctx: SubgraphContext) {
    return (await manyBy(ctx, E.Person, 'organisationKey', firm.key)).filter((p) => p.organisation?.kind === 'firm');
  }
}

@Resolver(() => E.Organisation)
export class OrganisationResolver {
  @FieldResolver(() => E.Park, { nullable: true, description: '园区 — the park it is in.' })
  park(@Root() org: E.Organisation, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Park, 'key', org.parkKey);
  }

  @FieldResolver(() => E.Organisation, { nullable: true, description: '上级 — the body it belongs to.' })
  parent(@Root() org: E.Organisation, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Organisation, 'key', org.parentOrgKey);
  }

  @FieldResolver(() => [E.AllianceMember], { description: '联盟成员资格 — alliances it is named a member of.' })
  memberships(@Root() org: E.Organisation, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.AllianceMember, 'memberUscc', org.uscc);
  }

  @FieldResolver(() => [E.Cooperation], { description: '合作 — cooperations it is a party to.' })
  async cooperations(@Root() org: E.Organisation, @Ctx() ctx: SubgraphContext) {
    return (await allOf(ctx, E.Cooperation)).filter((c) => c.parties.some((p) => p.kind === 'organisation' && p.key === org.key));
  }

  @FieldResolver(() => [E.Person], { description: '人员 — its people named in the reports (not public).' })
  async people(@Root() org: E.Organisation, @Ctx() ctx: SubgraphContext) {
    return (await manyBy(ctx, E.Person, 'organisationKey', org.key)).filter((p) => p.organisation?.kind === 'organisation');
  }
}

@Resolver(() => E.Cooperation)
export class CooperationResolver {
  @FieldResolver(() => E.ChainEvent, { nullable: true, description: '对接场合 — the event where the parties met.' })
  via(@Root() cooperation: E.Cooperation, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.ChainEvent, 'key', cooperation.viaEventKey);
  }

  @FieldResolver(() => E.Need, { nullable: true, description: '需求 — the need it answers.' })
  need(@Root() cooperation: E.Cooperation, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Need, 'key', cooperation.needKey);
  }
}

@Resolver(() => E.Need)
export class NeedResolver {
  @FieldResolver(() => [E.Cooperation], { description: '合作 — cooperations that answer it.' })
  cooperations(@Root() need: E.Need, @Ctx() ctx: SubgraphContext) {
    return manyBy(ctx, E.Cooperation, 'needKey', need.key);
  }
}

@Resolver(() => E.Project)
export class ProjectResolver {
  @FieldResolver(() => E.Park, { nullable: true, description: '园区 — the park it is in.' })
  park(@Root() project: E.Project, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Park, 'key', project.parkKey);
  }
}

@Resolver(() => E.ChainEvent)
export class EventResolver {
  @FieldResolver(() => E.Alliance, { nullable: true, description: '联盟 — the alliance it belongs to.' })
  alliance(@Root() event: E.ChainEvent, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Alliance, 'key', event.allianceKey);
  }

  @FieldResolver(() => E.Park, { nullable: true, description: '园区 — the park it was held in.' })
  park(@Root() event: E.ChainEvent, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Park, 'key', event.parkKey);
  }
}

@Resolver(() => E.IndustryChain)
export class IndustryChainResolver {
  @FieldResolver(() => E.Park, { nullable: true, description: '园区 — the park whose chain it is.' })
  park(@Root() chain: E.IndustryChain, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Park, 'key', chain.parkKey);
  }

  @FieldResolver(() => E.Alliance, { nullable: true, description: '联盟 — the alliance whose chain it is.' })
  alliance(@Root() chain: E.IndustryChain, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.Alliance, 'key', chain.allianceKey);
  }

  @FieldResolver(() => E.ChainPartyCommittee, { nullable: true, description: '产业链党委 — the chain\'s party committee.' })
  partyCommittee(@Root() chain: E.IndustryChain, @Ctx() ctx: SubgraphContext) {
    return oneBy(ctx, E.ChainPartyCommittee, 'key', chain.partyCommitteeKey);
  }

  @FieldResolver(() => [E.ChainStatistic], { description: '数据 — statistics about the chain (alone or with others).' })
  async statistics(@Root() chain: E.IndustryChain, @Ctx() ctx: SubgraphContext) {
    return (await allOf(ctx, E.ChainStatistic)).filter((s) => s.chainKeys.includes(chain.key));
  }
}

@Resolver(() => E.ChainStatistic)
export class ChainStatisticResolver {
  @FieldResolver(() => [E.IndustryChain], { description: '产业链 — the chains the figure is about.' })
  chains(@Root() statistic: E.ChainStatistic, @Ctx() ctx: SubgraphContext) {
    return byKeys(ctx, E.IndustryChain, statistic.chainKeys);
  }
}

@Resolver(() => E.ChainLink)
export class ChainLinkResolver {
  @FieldResolver(() => PlacementBasis, { description: '归属依据 — what the placement rests on; RECORDED for one a write made.' })
  basis(@Root() link: E.ChainLink): PlacementBasis {
    return placementBasis(link.basis);
  }
}

export const TIANJIN_NATIVE_RESOLVERS = [
  TianjinRegionResolver,
  ChainLinkResolver,
  RecordRefResolver,
  ParkResolver,
  AllianceResolver,
  ChainPartyCommitteeResolver,
  AllianceMemberResolver,
  MembershipApplicationResolver,
  ExpertAdviserResolver,
  FirmResolver,
  OrganisationResolver,
  CooperationResolver,
  NeedResolver,
  ProjectResolver,
  EventResolver,
  IndustryChainResolver,
  ChainStatisticResolver,
] as const;
