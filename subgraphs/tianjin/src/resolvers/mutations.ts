/**
 * Tianjin's writes, as its reports describe the work: a firm from another district applies to join
 * an alliance (filed by its district); the alliance reviews the application, approving it or
 * rejecting it with a reason; members post needs ("looking for a design partner"); the alliance
 * records a cooperation. Each is limited to the editors of the district or alliance concerned,
 * validated first, idempotent (kit/writes/idempotency.ts), and written with its directory rows in
 * one transaction.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { isWithin } from '../../../../schema/contract/areas';
import { CHAIN_LINKS, type CanonicalChain } from '../../../../schema/contract/chains';
import { CoopError } from '../../../../schema/contract/errors';
import { RegionWrite } from '../../../kit/auth/decorators';
import { requireOwnUnit } from '../../../kit/auth/policies';
import type { SubgraphContext } from '../../../kit/context';
import { projectId } from '../../../kit/directory/projection';
import { money, reportedDate, type Provenance } from '../../../kit/value-types';
import { validChain, validLink, validUscc } from '../../../kit/validate';
import { addScopeGap, addScopeMember, ensureDirectoryFirm, recordDirectoryProject, writeProvenance, writeSource } from '../../../kit/writes/directory';
import { runWrite } from '../../../kit/writes/idempotency';
import { AmountInput, ContactInput, FirmInput, IDEMPOTENCY_KEY_DESCRIPTION, REPLAYED_DESCRIPTION } from '../../../kit/writes/inputs';
import { InputChecks, oneOf, optionalText, statedDate, validAmount, validContact, validFirm, validText, type ValidFirm } from '../../../kit/writes/validate';
import * as E from '../entities';
import { MEMBERSHIP_TOPIC, MembershipChangeKind, type MembershipChange } from './subscriptions';

const REGION = 'tianjin';

// ---- inputs and payloads ------------------------------------------------------------------------

@InputType('TianjinApplyToAllianceInput', { description: '入盟申请 — a firm of the editor\'s district asking to join an alliance.' })
export class ApplyToAllianceInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '联盟编号 — the alliance applied to.' }) allianceKey!: string;
  @Field(() => FirmInput, { description: '申请企业 — the firm, registered in the editor\'s district.' }) applicant!: FirmInput;
  @Field(() => String, { description: '产业链代码 — the chain the firm is in.' }) chainCode!: string;
  @Field(() => String, { description: '申请说明 — what the firm brings, at most 1000 characters.' }) statement!: string;
  @Field(() => String, { description: '申请时间 — YYYY-MM-DD.' }) submitted!: string;
}

@InputType('TianjinReviewApplicationInput', { description: '入盟审核 — the alliance\'s decision on an application; a rejection states its reason.' })
export class ReviewApplicationInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '申请编号 — the application.' }) applicationKey!: string;
  @Field(() => String, { description: '决定 — APPROVE or REJECT.' }) decision!: string;
  @Field(() => String, { nullable: true, description: '理由 — required when rejecting, at most 1000 characters.' }) reason?: string | null;
  @Field(() => String, { description: '审核时间 — YYYY-MM-DD.' }) reviewed!: string;
}

@ObjectType('TianjinApplicationPayload', { description: '入盟申请结果 — the application as stored, and the membership an approval created.' })
export class ApplicationPayload {
  @Field(() => E.MembershipApplication, { description: '申请 — the application.' }) application!: E.MembershipApplication;
  @Field(() => E.AllianceMember, { nullable: true, description: '成员 — the membership, once approved.' }) membership!: E.AllianceMember | null;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

@InputType('TianjinPostNeedInput', { description: '需求发布 — a need a member of the alliance posts (a partner, financing or production land).' })
export class PostNeedInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '联盟编号 — the alliance (the editor\'s own).' }) allianceKey!: string;
  @Field(() => String, { description: '需求方信用代码 — the member posting it.' }) seekerUscc!: string;
  @Field(() => String, { description: '类型 — partner, financing or production-land.' }) kind!: string;
  @Field(() => String, { description: '所需 — what is sought, at most 500 characters ("寻找设计合作伙伴").' }) sought!: string;
  @Field(() => String, { nullable: true, description: '产业链代码 — the chain it is in.' }) chainCode?: string | null;
  @Field(() => String, { nullable: true, description: '环节代码 — the link sought (DESIGN, RND…).' }) linkCode?: string | null;
  @Field(() => String, { description: '发布时间 — YYYY-MM-DD.' }) posted!: string;
  @Field(() => ContactInput, { nullable: true, description: '联系人 — not public.' }) contact?: ContactInput | null;
}

@ObjectType('TianjinNeedPayload', { description: '需求发布结果 — the need as stored.' })
export class NeedPayload {
  @Field(() => E.Need, { description: '需求 — the need.' }) need!: E.Need;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

@InputType('TianjinRecordCooperationInput', { description: '合作记录 — a cooperation between two parties, at least one a member of the alliance.' })
export class RecordCooperationInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '联盟编号 — the alliance (the editor\'s own).' }) allianceKey!: string;
  @Field(() => [FirmInput], { description: '合作方 — the two parties.' }) parties!: FirmInput[];
  @Field(() => String, { description: '类型 — business-cooperation, strategic-cooperation, cooperation-intention, strategic-cooperation-agreement or research-cooperation.' }) kind!: string;
  @Field(() => String, { description: '阶段 — INTENT, NEGOTIATING, SIGNED or IN_PROGRESS.' }) status!: string;
  @Field(() => String, { description: '合作内容 — scope, at most 1000 characters.' }) scope!: string;
  @Field(() => String, { nullable: true, description: '产业链代码 — the chain it is in.' }) chainCode?: string | null;
  @Field(() => AmountInput, { nullable: true, description: '金额 — the amount agreed, with its unit.' }) amount?: AmountInput | null;
  @Field(() => String, { description: '时间 — YYYY-MM-DD.' }) date!: string;
  @Field(() => String, { nullable: true, description: '需求编号 — the need of the alliance it answers; the need is then matched.' }) needKey?: string | null;
}

@ObjectType('TianjinCooperationPayload', { description: '合作记录结果 — the cooperation as stored.' })
export class CooperationPayload {
  @Field(() => E.Cooperation, { description: '合作 — the cooperation.' }) cooperation!: E.Cooperation;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

// ---- shared steps ----------------------------------------------------------------------------------

const NEED_KINDS = ['partner', 'financing', 'production-land'] as const;
const COOPERATION_KINDS = ['business-cooperation', 'strategic-cooperation', 'cooperation-intention', 'strategic-cooperation-agreement', 'research-cooperation'] as const;
const COOPERATION_TITLES: Record<(typeof COOPERATION_KINDS)[number], string> = {
  'business-cooperation': '业务合作',
  'strategic-cooperation': '战略合作',
  'cooperation-intention': '合作意向',
  'strategic-cooperation-agreement': '全面战略合作协议',
  'research-cooperation': '务实合作',
};
/** The region's own status words for the statuses a write may record. */
const COOPERATION_STATUS = {
  INTENT: { status: 'intention-reached', text: '达成合作意向' },
  NEGOTIATING: { status: 'contact-established-in-negotiation', text: '已建立联系,正在洽谈' },
  SIGNED: { status: 'signed', text: '已签约' },
  IN_PROGRESS: { status: 'ongoing', text: '合作推进中' },
} as const;

async function allianceOf(em: EntityManager, key: string): Promise<E.Alliance> {
  const alliance = await em.findOne(E.Alliance, { key });
  if (!alliance) throw CoopError.badInput('input.allianceKey', `"${key}" is not an alliance of Tianjin.`, 'UNKNOWN_ALLIANCE');
  return alliance;
}

const recordRef = (kind: string, key: string, name: string, uscc: string) => Object.assign(new E.RecordRef(), { kind, key, name, uscc });

/** Tianjin's own record of a firm a write names: the firm or institute it has, else a new firm record. */
async function nativeFirm(em: EntityManager, firm: ValidFirm, chain: CanonicalChain | null, key: string, provenance: Provenance): Promise<E.RecordRef> {
  const known = await em.findOne(E.Firm, { uscc: firm.uscc });
  if (known) return recordRef('firm', known.key, known.name, firm.uscc);
  const organisation = await em.findOne(E.Organisation, { uscc: firm.uscc });
  if (organisation) return recordRef('organisation', organisation.key, organisation.name, firm.uscc);
  em.create(E.Firm, {
    key,
    uscc: firm.uscc,
    name: firm.simplifiedName,
    originalName: firm.name,
    legalNameStated: true,
    kind: 'enterprise',
    areaCode: firm.areaCode,
    areaStated: true,
    areaBasis: 'stated',
    localChainNames: chain ? [chain.nameZh] : [],
    localLinkNames: [],
    chainLinks: chain ? [Object.assign(new E.ChainLink(), { localChainName: chain.nameZh, localLinkName: null, chainCode: chain.code, linkCode: null })] : [],
    fields: [],
    labels: [],
    figures: [],
    achievements: [],
    notes: [],
    provenance,
  });
  return recordRef('firm', key, firm.simplifiedName, firm.uscc);
}

async function isMember(em: EntityManager, allianceKey: string, uscc: string): Promise<boolean> {
  return (await em.count(E.AllianceMember, { allianceKey, memberUscc: uscc })) > 0;
}

@Resolver()
export class TianjinMutationResolver {
  @Mutation(() => ApplicationPayload, { description: '入盟申请 — files a firm\'s application to join an alliance. Editors of the firm\'s district only.' })
  @RegionWrite(REGION, 'tianjin-district-editor')
  async tianjinApplyToAlliance(@Arg('input', () => ApplyToAllianceInput, { description: '写入内容 — what to write.' }) input: ApplyToAllianceInput, @Ctx() ctx: SubgraphContext): Promise<ApplicationPayload> {
    const checks = new InputChecks();
    const applicant = checks.check(() => validFirm(input.applicant, 'input.applicant'));
    const chain = checks.check(() => validChain(input.chainCode, 'input.chainCode'));
    const statement = checks.check(() => validText(input.statement, 'input.statement', 1000));
    const submitted = checks.check(() => statedDate(input.submitted, 'input.submitted'));
    checks.done();
    const district = ctx.identity.role === 'editor' ? ctx.identity.unit.key : '';
    if (!isWithin(applicant.areaCode, district)) throw CoopError.forbidden(`the applicant is registered in ${applicant.areaCode}, outside the editor's district ${district}.`);

    const operation = 'tianjinApplyToAlliance';
    const outcome = await runWrite(ctx, { operation, idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const alliance = await allianceOf(em, input.allianceKey);
      if (await isMember(em, alliance.key, applicant.uscc)) throw CoopError.badInput('input.applicant.uscc', 'The firm is already a member of the alliance.', 'ALREADY_MEMBER');
      if (await em.count(E.MembershipApplication, { allianceKey: alliance.key, applicantUscc: applicant.uscc, status: 'under-review' })) {
        throw CoopError.badInput('input.applicant.uscc', 'The firm already has an application under review.', 'APPLICATION_PENDING');
      }
      const provenance = writeProvenance(operation, ctx.identity);
      const firm = await nativeFirm(em, applicant, chain, `firm-${seed}`, provenance);
      await ensureDirectoryFirm(em, applicant, { nativeKey: firm.key, source: writeSource(operation), localChainName: chain.nameZh });
      const key = `application-${seed}`;
      em.create(E.MembershipApplication, {
        key,
        allianceKey: alliance.key,
        applicantDescription: applicant.simplifiedName,
        applicantAreaCode: applicant.areaCode,
        localChainName: chain.nameZh,
        chainCode: chain.code,
        status: 'under-review',
        reviewSteps: [],
        applicantUscc: applicant.uscc,
        applicantFirmKey: firm.key,
        statement,
        submitted: reportedDate(submitted),
        provenance,
      });
      return key;
    });
    return this.applicationPayload(ctx, outcome.key, outcome.replayed, MembershipChangeKind.APPLIED);
  }

  @Mutation(() => ApplicationPayload, { description: '入盟审核 — approves an application (the firm becomes a member) or rejects it with a reason. Editors of the alliance only.' })
  @RegionWrite(REGION, 'tianjin-alliance-editor')
  async tianjinReviewApplication(@Arg('input', () => ReviewApplicationInput, { description: '写入内容 — what to write.' }) input: ReviewApplicationInput, @Ctx() ctx: SubgraphContext): Promise<ApplicationPayload> {
    const checks = new InputChecks();
    const decision = checks.check(() => oneOf(input.decision, ['APPROVE', 'REJECT'] as const, 'input.decision'));
    const reason = checks.check(() => optionalText(input.reason, 'input.reason', 1000));
    checks.check(() => {
      if (decision === 'REJECT' && !input.reason?.trim()) throw CoopError.badInput('input.reason', 'A rejection states its reason.', 'REASON_REQUIRED');
    });
    const reviewed = checks.check(() => statedDate(input.reviewed, 'input.reviewed'));
    checks.done();

    const operation = 'tianjinReviewApplication';
    const outcome = await runWrite(ctx, { operation, idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const application = await em.findOne(E.MembershipApplication, { key: input.applicationKey });
      if (!application) throw CoopError.badInput('input.applicationKey', `"${input.applicationKey}" is not an application.`, 'UNKNOWN_APPLICATION');
      requireOwnUnit(ctx.identity, 'alliance', application.allianceKey, `Application ${application.key}`);
      if (!application.applicantUscc || !application.applicantFirmKey) throw CoopError.badInput('input.applicationKey', 'The application names no firm; only applications filed here can be decided here.', 'NO_NAMED_APPLICANT');
      if (application.status !== 'under-review') throw CoopError.badInput('input.applicationKey', `The application was already ${application.status}.`, 'ALREADY_REVIEWED');
      application.status = decision === 'APPROVE' ? 'approved' : 'rejected';
      application.decisionReason = reason;
      application.reviewed = reportedDate(reviewed);
      if (decision === 'APPROVE') {
        const firm = await em.findOneOrFail(E.Firm, { key: application.applicantFirmKey });
        em.create(E.AllianceMember, {
          key: `member-${seed}`,
          allianceKey: application.allianceKey,
          member: recordRef('firm', firm.key, firm.name, application.applicantUscc),
          memberUscc: application.applicantUscc,
          basis: ['approved-application'],
          provenance: writeProvenance(operation, ctx.identity),
        });
        await addScopeMember(em, projectId(REGION, 'alliance', application.allianceKey), application.applicantUscc);
      }
      return application.key;
    });
    return this.applicationPayload(ctx, outcome.key, outcome.replayed, MembershipChangeKind.DECIDED);
  }

  @Mutation(() => NeedPayload, { description: '需求发布 — a member posts a need through its alliance ("looking for a design partner"). Editors of the alliance only.' })
  @RegionWrite(REGION, 'tianjin-alliance-editor')
  async tianjinPostNeed(@Arg('input', () => PostNeedInput, { description: '写入内容 — what to write.' }) input: PostNeedInput, @Ctx() ctx: SubgraphContext): Promise<NeedPayload> {
    const checks = new InputChecks();
    const kind = checks.check(() => oneOf(input.kind, NEED_KINDS, 'input.kind'));
    const sought = checks.check(() => validText(input.sought, 'input.sought', 500));
    const chain = checks.check(() => (input.chainCode ? validChain(input.chainCode, 'input.chainCode') : null));
    const link = checks.check(() => (input.linkCode ? validLink(input.linkCode, 'input.linkCode') : null));
    checks.check(() => {
      if (input.linkCode && !input.chainCode) throw CoopError.badInput('input.chainCode', 'A need that names a link must name its chain too.');
    });
    const posted = checks.check(() => statedDate(input.posted, 'input.posted'));
    const contact = checks.check(() => validContact(input.contact, 'input.contact'));
    const seekerUscc = checks.check(() => validUscc(input.seekerUscc, 'input.seekerUscc'));
    checks.done();

    const operation = 'tianjinPostNeed';
    const outcome = await runWrite(ctx, { operation, idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const alliance = await allianceOf(em, input.allianceKey);
      requireOwnUnit(ctx.identity, 'alliance', alliance.key, `Alliance ${alliance.key}`);
      const membership = await em.findOne(E.AllianceMember, { allianceKey: alliance.key, memberUscc: seekerUscc });
      if (!membership) throw CoopError.badInput('input.seekerUscc', 'Only members of the alliance post needs through it.', 'NOT_A_MEMBER');
      const key = `need-${seed}`;
      em.create(E.Need, {
        key,
        seeker: membership.member,
        seekerUscc,
        kind,
        sought,
        localLinkNames: link ? [CHAIN_LINKS[link].nameZh] : [],
        status: 'unmatched',
        statusText: '待对接',
        allianceKey: alliance.key,
        chainCode: chain?.code ?? null,
        posted: reportedDate(posted),
        contact,
        provenance: writeProvenance(operation, ctx.identity),
      });
      // A member seeking a link is a gap of the alliance: the cross-region gap analysis lists it.
      if (chain && link) await addScopeGap(em, { scopeId: projectId(REGION, 'alliance', alliance.key), chainCode: chain.code, linkCode: link, note: sought, source: writeSource(operation) });
      return key;
    });
    return Object.assign(new NeedPayload(), { need: await ctx.em.fork().findOneOrFail(E.Need, { key: outcome.key }), replayed: outcome.replayed });
  }

  @Mutation(() => CooperationPayload, { description: '合作记录 — records a cooperation between two parties, at least one a member. Editors of the alliance only.' })
  @RegionWrite(REGION, 'tianjin-alliance-editor')
  async tianjinRecordCooperation(@Arg('input', () => RecordCooperationInput, { description: '写入内容 — what to write.' }) input: RecordCooperationInput, @Ctx() ctx: SubgraphContext): Promise<CooperationPayload> {
    const checks = new InputChecks();
    if (input.parties.length !== 2) throw CoopError.badInput('input.parties', 'A cooperation has exactly two parties.');
    const parties = input.parties.map((p, i) => checks.check(() => validFirm(p, `input.parties[${i}]`))) as [ValidFirm, ValidFirm];
    checks.check(() => {
      if (checks.ok && parties[0].uscc === parties[1].uscc) throw CoopError.badInput('input.parties', 'The two parties must be different firms.');
    });
    const kind = checks.check(() => oneOf(input.kind, COOPERATION_KINDS, 'input.kind'));
    const status = checks.check(() => oneOf(input.status, Object.keys(COOPERATION_STATUS) as Array<keyof typeof COOPERATION_STATUS>, 'input.status'));
    const scope = checks.check(() => validText(input.scope, 'input.scope', 1000));
    const chain = checks.check(() => (input.chainCode ? validChain(input.chainCode, 'input.chainCode') : null));
    const amount = checks.check(() => (input.amount ? validAmount(input.amount, 'input.amount') : null));
    const date = checks.check(() => statedDate(input.date, 'input.date'));
    checks.done();

    const operation = 'tianjinRecordCooperation';
    const outcome = await runWrite(ctx, { operation, idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const alliance = await allianceOf(em, input.allianceKey);
      requireOwnUnit(ctx.identity, 'alliance', alliance.key, `Alliance ${alliance.key}`);
      const members = await Promise.all(parties.map((p) => isMember(em, alliance.key, p.uscc)));
      if (!members.some(Boolean)) throw CoopError.badInput('input.parties', 'At least one party must be a member of the alliance.', 'NO_MEMBER_PARTY');
      const need = input.needKey ? await em.findOne(E.Need, { key: input.needKey }) : null;
      if (input.needKey && (!need || need.allianceKey !== alliance.key)) throw CoopError.badInput('input.needKey', `"${input.needKey}" is not a need posted through this alliance.`, 'UNKNOWN_NEED');

      const key = `cooperation-${seed}`;
      const id = projectId(REGION, 'cooperation', key);
      const provenance = writeProvenance(operation, ctx.identity);
      const source = writeSource(operation);
      const refs = [await nativeFirm(em, parties[0], chain, `firm-${seed}-1`, provenance), await nativeFirm(em, parties[1], chain, `firm-${seed}-2`, provenance)];
      const firms = [];
      for (const [i, p] of parties.entries()) firms.push(await ensureDirectoryFirm(em, p, { nativeKey: refs[i]!.key, source, localChainName: chain?.nameZh ?? null }));
      const title = `${parties[0].simplifiedName}与${parties[1].simplifiedName}${COOPERATION_TITLES[kind]}`;
      recordDirectoryProject(
        em,
        REGION,
        {
          kind: 'cooperation',
          nativeKey: key,
          originalTitle: title,
          localChainName: chain?.nameZh ?? null,
          status,
          amount,
          amountKind: amount ? 'contract' : null,
          date,
          areaCode: parties[0].areaCode,
          source,
          parties: [...parties.map((p) => ({ kind: 'FIRM', name: p.name, uscc: p.uscc, areaCode: p.areaCode })), { kind: 'ALLIANCE', name: alliance.originalName, areaCode: alliance.areaCode, role: 'recorder' }],
        },
        firms,
      );
      em.create(E.Cooperation, {
        key,
        projectId: id,
        title,
        originalTitle: title,
        kind,
        status: COOPERATION_STATUS[status].status,
        statusText: COOPERATION_STATUS[status].text,
        directoryStatus: status,
        parties: refs,
        firstPartyUscc: parties[0].uscc,
        secondPartyUscc: parties[1].uscc,
        areaCode: parties[0].areaCode,
        localChainName: chain?.nameZh ?? null,
        needKey: need?.key ?? null,
        scope,
        localLinkNames: [],
        allianceKey: alliance.key,
        amount: amount ? money(amount) : null,
        date: reportedDate(date),
        provenance,
      });
      if (need) {
        need.status = 'matched';
        need.statusText = '已对接';
      }
      return key;
    });
    return Object.assign(new CooperationPayload(), { cooperation: await ctx.em.fork().findOneOrFail(E.Cooperation, { key: outcome.key }), replayed: outcome.replayed });
  }

  /** The application as committed, announced to subscribers (a replayed write changed nothing: no event). */
  private async applicationPayload(ctx: SubgraphContext, key: string, replayed: boolean, kind: MembershipChangeKind): Promise<ApplicationPayload> {
    const em = ctx.em.fork();
    const application = await em.findOneOrFail(E.MembershipApplication, { key });
    if (!replayed) ctx.events.publish(MEMBERSHIP_TOPIC, { kind, applicationKey: key, allianceKey: application.allianceKey } satisfies MembershipChange);
    const membership = application.status === 'approved' ? await em.findOne(E.AllianceMember, { allianceKey: application.allianceKey, memberUscc: application.applicantUscc }) : null;
    return Object.assign(new ApplicationPayload(), { application, membership, replayed });
  }
}
