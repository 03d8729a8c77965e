/**
 * The Yangtze alliance's writes, as its report describes the work: a zone posts innovation policies
 * and cooperation demands on its channel of the shared platform; a zone, or a firm through its zone,
 * answers a demand; a matchmaking conference records the projects docked and signed there. Each is
 * limited to the editors of the zone concerned, validated before anything is written, idempotent
 * (kit/writes/idempotency.ts), and written with its directory rows in one transaction.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { isWithin } from '../../../../schema/contract/areas';
import { CHAIN_LINKS } from '../../../../schema/contract/chains';
import { CoopError } from '../../../../schema/contract/errors';
import { RegionWrite } from '../../../kit/auth/decorators';
import { requireOwnUnit } from '../../../kit/auth/policies';
import type { SubgraphContext } from '../../../kit/context';
import { projectId } from '../../../kit/directory/projection';
import { money, reportedDate } from '../../../kit/value-types';
import { validChain, validLink } from '../../../kit/validate';
import { addScopeGap, ensureDirectoryFirm, recordDirectoryProject, writeProvenance, writeSource } from '../../../kit/writes/directory';
import { runWrite } from '../../../kit/writes/idempotency';
import { AmountInput, ContactInput, FirmInput, IDEMPOTENCY_KEY_DESCRIPTION, REPLAYED_DESCRIPTION } from '../../../kit/writes/inputs';
import { InputChecks, oneOf, optionalText, statedDate, validAmount, validContact, validFirm, validText } from '../../../kit/writes/validate';
import * as E from '../entities';
import { PLATFORM_TOPIC, PlatformChangeKind, type PlatformChange } from './subscriptions';

const REGION = 'yangtze';
const MAX_CONFERENCE_PROJECTS = 50;
const MAX_PARTIES = 10;

// ---- inputs and payloads ------------------------------------------------------------------------

@InputType('YangtzePostInput', { description: '平台发布 — an innovation policy or cooperation demand for a zone\'s channel.' })
export class PostInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '园区编号 — the posting zone (the editor\'s own).' }) zoneKey!: string;
  @Field(() => String, { description: '类型 — POLICY (创新政策) or DEMAND (合作需求).' }) kind!: string;
  @Field(() => String, { description: '标题 — title, at most 200 characters.' }) title!: string;
  @Field(() => String, { nullable: true, description: '内容 — body, at most 5000 characters.' }) body?: string | null;
  @Field(() => String, { nullable: true, description: '产业链代码 — canonical chain code, for a demand.' }) chainCode?: string | null;
  @Field(() => String, { nullable: true, description: '环节代码 — the link a demand seeks a partner for (DESIGN, RND…).' }) linkCode?: string | null;
  @Field(() => String, { description: '发布时间 — YYYY-MM-DD.' }) posted!: string;
  @Field(() => ContactInput, { nullable: true, description: '联系人 — not public.' }) contact?: ContactInput | null;
}

@ObjectType('YangtzePostPayload', { description: '平台发布结果 — the post as stored.' })
export class PostPayload {
  @Field(() => E.PlatformPost, { description: '发布 — the post.' }) post!: E.PlatformPost;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

@InputType('YangtzeAnswerDemandInput', { description: '需求响应 — a zone, or a firm of the zone, answering an open demand of another zone.' })
export class AnswerDemandInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '需求编号 — the demand (a DEMAND post).' }) demandKey!: string;
  @Field(() => String, { description: '园区编号 — the answering zone (the editor\'s own).' }) zoneKey!: string;
  @Field(() => FirmInput, { nullable: true, description: '企业 — the answering firm, registered in the zone\'s area; none when the zone itself answers.' }) firm?: FirmInput | null;
  @Field(() => String, { description: '内容 — what the answer offers, at most 2000 characters.' }) message!: string;
  @Field(() => String, { description: '响应时间 — YYYY-MM-DD.' }) answered!: string;
}

@ObjectType('YangtzeAnswerDemandPayload', { description: '需求响应结果 — the answer as stored.' })
export class AnswerDemandPayload {
  @Field(() => E.DemandAnswer, { description: '响应 — the answer.' }) answer!: E.DemandAnswer;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

@InputType('YangtzeConferenceProjectInput', { description: '对接会项目 — one project docked or signed at the conference.' })
export class ConferenceProjectInput {
  @Field(() => String, { description: '名称 — title, at most 300 characters.' }) title!: string;
  @Field(() => String, { description: '结果 — DOCKED (对接) or SIGNED (意向签约).' }) outcome!: string;
  @Field(() => String, { nullable: true, description: '产业链代码 — canonical chain code.' }) chainCode?: string | null;
  @Field(() => AmountInput, { nullable: true, description: '金额 — the amount stated, with its unit.' }) amount?: AmountInput | null;
  @Field(() => [FirmInput], { description: '参与企业 — one to ten firms.' }) parties!: FirmInput[];
}

@InputType('YangtzeRecordConferenceProjectsInput', { description: '对接会成果 — the projects a matchmaking conference docked and signed, recorded by an organising zone.' })
export class RecordConferenceProjectsInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '活动编号 — the matchmaking conference.' }) eventKey!: string;
  @Field(() => String, { description: '园区编号 — the recording zone (the editor\'s own): one that organised the conference or hosts its city.' }) zoneKey!: string;
  @Field(() => [ConferenceProjectInput], { description: `项目 — one to ${MAX_CONFERENCE_PROJECTS} projects.` }) projects!: ConferenceProjectInput[];
}

@ObjectType('YangtzeRecordConferenceProjectsPayload', { description: '对接会成果 — the projects as stored.' })
export class RecordConferenceProjectsPayload {
  @Field(() => [E.ConferenceProject], { description: '项目 — the projects.' }) projects!: E.ConferenceProject[];
  @Field(() => Int, { description: '签约 — how many of them were signed.' }) signedCount!: number;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

// ---- checks that need the data ---------------------------------------------------------------------

async function zoneOf(em: EntityManager, key: string, field: string): Promise<E.Zone> {
  const zone = await em.findOne(E.Zone, { key });
  if (!zone) throw CoopError.badInput(field, `"${key}" is not a zone of the alliance.`, 'UNKNOWN_ZONE');
  return zone;
}

const OUTCOME_STATUS: Record<string, string> = { DOCKED: 'NEGOTIATING', SIGNED: 'SIGNED' };

/** Announces a committed post or answer to subscribers of the channel it appears on. */
async function publishPlatform(ctx: SubgraphContext, kind: PlatformChangeKind, post: E.PlatformPost, answerKey: string | null): Promise<void> {
  const channel = await ctx.em.fork().findOneOrFail(E.PlatformChannel, { key: post.channelKey });
  ctx.events.publish(PLATFORM_TOPIC, { kind, postKey: post.key, answerKey, zoneKey: channel.zoneKey, chainCode: post.chainCode ?? null } satisfies PlatformChange);
}

@Resolver()
export class YangtzeMutationResolver {
  @Mutation(() => PostPayload, { description: '平台发布 — a zone posts an innovation policy or a cooperation demand on its channel. Zone editors only.' })
  @RegionWrite(REGION, 'yangtze-zone-editor')
  async yangtzePostToPlatform(@Arg('input', () => PostInput, { description: '写入内容 — what to write.' }) input: PostInput, @Ctx() ctx: SubgraphContext): Promise<PostPayload> {
    const checks = new InputChecks();
    const kind = checks.check(() => oneOf(input.kind, ['POLICY', 'DEMAND'] as const, 'input.kind'));
    const title = checks.check(() => validText(input.title, 'input.title', 200));
    const body = checks.check(() => optionalText(input.body, 'input.body', 5000));
    const chainCode = checks.check(() => (input.chainCode ? validChain(input.chainCode, 'input.chainCode').code : null));
    const linkCode = checks.check(() => (input.linkCode ? validLink(input.linkCode, 'input.linkCode') : null));
    checks.check(() => {
      if (input.linkCode && !input.chainCode) throw CoopError.badInput('input.chainCode', 'A demand that names a link must name its chain too.');
    });
    checks.check(() => {
      if (kind === 'POLICY' && (input.chainCode || input.linkCode)) throw CoopError.badInput('input.kind', 'Only a DEMAND names a chain and link.');
    });
    const posted = checks.check(() => statedDate(input.posted, 'input.posted'));
    const contact = checks.check(() => validContact(input.contact, 'input.contact'));
    checks.done();

    const outcome = await runWrite(ctx, { operation: 'yangtzePostToPlatform', idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const zone = await zoneOf(em, input.zoneKey, 'input.zoneKey');
      requireOwnUnit(ctx.identity, 'zone', zone.key, `Zone ${zone.key}'s channel`);
      const channel = await em.findOne(E.PlatformChannel, { zoneKey: zone.key });
      if (!channel) throw CoopError.badInput('input.zoneKey', `Zone ${zone.key} has no channel on the platform.`, 'NO_CHANNEL');
      const key = `post-${seed}`;
      em.create(E.PlatformPost, {
        key,
        channelKey: channel.key,
        kind,
        title,
        body,
        chainCode,
        linkCode,
        status: kind === 'DEMAND' ? 'OPEN' : 'PUBLISHED',
        posted: reportedDate(posted),
        contact,
        provenance: writeProvenance('yangtzePostToPlatform', ctx.identity),
      });
      // A demand for a link is a gap the zone states: the cross-region gap analysis lists it.
      if (chainCode && linkCode) {
        await addScopeGap(em, { scopeId: projectId(REGION, 'zone', zone.key), chainCode, linkCode, note: `${title}(${CHAIN_LINKS[linkCode].nameZh})`, source: writeSource('yangtzePostToPlatform') });
      }
      return key;
    });
    const post = await ctx.em.fork().findOneOrFail(E.PlatformPost, { key: outcome.key });
    if (!outcome.replayed) await publishPlatform(ctx, PlatformChangeKind.POSTED, post, null);
    return Object.assign(new PostPayload(), { post, replayed: outcome.replayed });
  }

  @Mutation(() => AnswerDemandPayload, { description: '需求响应 — a zone, or a firm through its zone, answers another zone\'s open demand. Zone editors only.' })
  @RegionWrite(REGION, 'yangtze-zone-editor')
  async yangtzeAnswerDemand(@Arg('input', () => AnswerDemandInput, { description: '写入内容 — what to write.' }) input: AnswerDemandInput, @Ctx() ctx: SubgraphContext): Promise<AnswerDemandPayload> {
    const checks = new InputChecks();
    const firm = checks.check(() => (input.firm ? validFirm(input.firm, 'input.firm') : null));
    const message = checks.check(() => validText(input.message, 'input.message', 2000));
    const answered = checks.check(() => statedDate(input.answered, 'input.answered'));
    checks.done();

    const outcome = await runWrite(ctx, { operation: 'yangtzeAnswerDemand', idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const zone = await zoneOf(em, input.zoneKey, 'input.zoneKey');
      requireOwnUnit(ctx.identity, 'zone', zone.key, `An answer for zone ${zone.key}`);
      const demand = await em.findOne(E.PlatformPost, { key: input.demandKey });
      if (!demand || demand.kind !== 'DEMAND') throw CoopError.badInput('input.demandKey', `"${input.demandKey}" is not a demand on the platform.`, 'UNKNOWN_DEMAND');
      if (demand.status !== 'OPEN') throw CoopError.badInput('input.demandKey', 'The demand is closed.', 'DEMAND_CLOSED');
      const channel = await em.findOneOrFail(E.PlatformChannel, { key: demand.channelKey });
      if (channel.zoneKey === zone.key) throw CoopError.badInput('input.demandKey', 'A zone does not answer its own demand.', 'OWN_DEMAND');
      if (firm && !isWithin(firm.areaCode, zone.areaCode)) throw CoopError.badInput('input.firm.areaCode', `The firm is not registered in zone ${zone.key}'s area (${zone.areaCode}).`, 'FIRM_OUTSIDE_ZONE');
      const demandZone = await em.findOneOrFail(E.Zone, { key: channel.zoneKey });

      const key = `answer-${seed}`;
      const id = projectId(REGION, 'demand-answer', key);
      const source = writeSource('yangtzeAnswerDemand');
      const firmRow = firm ? await ensureDirectoryFirm(em, firm, { nativeKey: key, source, localChainName: demand.chainCode ? chainName(demand.chainCode) : null }) : null;
      recordDirectoryProject(
        em,
        REGION,
        {
          kind: 'demand-answer',
          nativeKey: key,
          originalTitle: `${firm?.name ?? zone.name}响应:${demand.title}`,
          localChainName: demand.chainCode ? chainName(demand.chainCode) : null,
          status: 'INTENT',
          date: answered,
          areaCode: demandZone.areaCode,
          source,
          parties: [
            { kind: 'ZONE', name: demandZone.name, areaCode: demandZone.areaCode, role: '需求方' },
            { kind: 'ZONE', name: zone.name, areaCode: zone.areaCode, role: '响应方' },
            ...(firm ? [{ kind: 'FIRM', name: firm.name, uscc: firm.uscc, areaCode: firm.areaCode, role: '响应企业' }] : []),
          ],
        },
        firmRow ? [firmRow] : [],
      );
      em.create(E.DemandAnswer, {
        key,
        demandKey: demand.key,
        zoneKey: zone.key,
        responderKind: firm ? 'FIRM' : 'ZONE',
        firmUscc: firm?.uscc ?? null,
        firmName: firm?.name ?? null,
        firmAreaCode: firm?.areaCode ?? null,
        message,
        answered: reportedDate(answered)!,
        projectId: id,
        provenance: writeProvenance('yangtzeAnswerDemand', ctx.identity),
      });
      return key;
    });
    const answer = await ctx.em.fork().findOneOrFail(E.DemandAnswer, { key: outcome.key });
    if (!outcome.replayed) await publishPlatform(ctx, PlatformChangeKind.ANSWERED, await ctx.em.fork().findOneOrFail(E.PlatformPost, { key: answer.demandKey }), answer.key);
    return Object.assign(new AnswerDemandPayload(), { answer, replayed: outcome.replayed });
  }

  @Mutation(() => RecordConferenceProjectsPayload, { description: '对接会成果 — records the projects a matchmaking conference docked and signed. Editors of an organising or host zone only.' })
  @RegionWrite(REGION, 'yangtze-zone-editor')
  async yangtzeRecordConferenceProjects(@Arg('input', () => RecordConferenceProjectsInput, { description: '写入内容 — what to write.' }) input: RecordConferenceProjectsInput, @Ctx() ctx: SubgraphContext): Promise<RecordConferenceProjectsPayload> {
    if (input.projects.length < 1 || input.projects.length > MAX_CONFERENCE_PROJECTS) throw CoopError.badInput('input.projects', `Record 1 to ${MAX_CONFERENCE_PROJECTS} projects at a time.`);
    const checks = new InputChecks();
    const projects = input.projects.map((p, i) => {
      const field = `input.projects[${i}]`;
      checks.check(() => {
        if (p.parties.length < 1 || p.parties.length > MAX_PARTIES) throw CoopError.badInput(`${field}.parties`, `A project names 1 to ${MAX_PARTIES} firms.`);
      });
      return {
        title: checks.check(() => validText(p.title, `${field}.title`, 300)),
        outcome: checks.check(() => oneOf(p.outcome, ['DOCKED', 'SIGNED'] as const, `${field}.outcome`)),
        chainCode: checks.check(() => (p.chainCode ? validChain(p.chainCode, `${field}.chainCode`).code : null)),
        amount: checks.check(() => (p.amount ? validAmount(p.amount, `${field}.amount`) : null)),
        parties: p.parties.map((f, j) => checks.check(() => validFirm(f, `${field}.parties[${j}]`))),
      };
    });
    checks.done();

    const outcome = await runWrite(ctx, { operation: 'yangtzeRecordConferenceProjects', idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const zone = await zoneOf(em, input.zoneKey, 'input.zoneKey');
      requireOwnUnit(ctx.identity, 'zone', zone.key, `A record for zone ${zone.key}`);
      const event = await em.findOne(E.AllianceEvent, { key: input.eventKey });
      if (!event || !event.kind.startsWith('matchmaking')) throw CoopError.badInput('input.eventKey', `"${input.eventKey}" is not a matchmaking conference of the alliance.`, 'UNKNOWN_CONFERENCE');
      if (event.status !== 'held') throw CoopError.badInput('input.eventKey', 'The conference has not been held yet.', 'CONFERENCE_NOT_HELD');
      // Data decides who may record: an organising zone, or the zone whose city hosted it.
      const hosts = event.areaCode && (isWithin(event.areaCode, zone.areaCode) || isWithin(zone.areaCode, event.areaCode));
      if (!event.organiserZoneKeys.includes(zone.key) && !hosts) throw CoopError.forbidden(`zone ${zone.key} neither organised conference ${event.key} nor hosts its city.`);

      const source = writeSource('yangtzeRecordConferenceProjects');
      for (const [i, p] of projects.entries()) {
        const key = `conference-project-${seed}-${String(i + 1).padStart(2, '0')}`;
        const localChainName = p.chainCode ? chainName(p.chainCode) : null;
        const firms = [];
        for (const party of p.parties) firms.push(await ensureDirectoryFirm(em, party, { nativeKey: key, source, localChainName }));
        const date = event.date?.year ? { text: event.date.text, year: event.date.year, month: event.date.month ?? undefined, day: event.date.day ?? undefined } : null;
        recordDirectoryProject(
          em,
          REGION,
          {
            kind: 'conference-project',
            nativeKey: key,
            originalTitle: p.title,
            localChainName,
            status: OUTCOME_STATUS[p.outcome]!,
            amount: p.amount,
            amountKind: p.amount ? 'contract' : null,
            date,
            areaCode: event.areaCode ?? zone.areaCode,
            source,
            parties: p.parties.map((f) => ({ kind: 'FIRM', name: f.name, uscc: f.uscc, areaCode: f.areaCode })),
          },
          firms,
        );
        em.create(E.ConferenceProject, {
          key,
          eventKey: event.key,
          title: p.title,
          outcome: p.outcome,
          chainCode: p.chainCode,
          amount: p.amount ? money(p.amount) : null,
          date: event.date ?? null,
          parties: p.parties.map((f) => Object.assign(new E.ProjectParty(), { uscc: f.uscc, name: f.name, areaCode: f.areaCode })),
          recordedByZoneKey: zone.key,
          projectId: projectId(REGION, 'conference-project', key),
          provenance: writeProvenance('yangtzeRecordConferenceProjects', ctx.identity),
        });
      }
      return `conference-project-${seed}`;
    });
    const rows = await ctx.em.fork().find(E.ConferenceProject, { key: { $like: `${outcome.key}-%` } }, { orderBy: { key: 'asc' } });
    return Object.assign(new RecordConferenceProjectsPayload(), { projects: rows, signedCount: rows.filter((r) => r.outcome === 'SIGNED').length, replayed: outcome.replayed });
  }
}

/** The canonical chain's own name, which the directory projection maps back to its code. */
function chainName(code: string): string {
  return validChain(code, 'chainCode').nameZh;
}
