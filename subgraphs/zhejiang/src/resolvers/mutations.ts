/**
 * Zhejiang's writes, as its report describes the work: a pairing registers a cooperation project
 * and updates its progress; the province records the annual assessment. Project writes are limited
 * to the editors of the pairing's two counties, the assessment to the provincial editor; each is
 * validated first, idempotent (kit/writes/idempotency.ts), and written with its directory rows in
 * one transaction.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, Field, Float, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { isWithin } from '../../../../schema/contract/areas';
import type { CanonicalChain } from '../../../../schema/contract/chains';
import { CoopError } from '../../../../schema/contract/errors';
import { RegionWrite } from '../../../kit/auth/decorators';
import { requireOwnUnit } from '../../../kit/auth/policies';
import type { SubgraphContext } from '../../../kit/context';
import { projectId } from '../../../kit/directory/projection';
import { amountFigure, countFigure } from '../../../kit/figures';
import { chainPlacementView, reportedDate, type Provenance } from '../../../kit/value-types';
import { validArea, validChain } from '../../../kit/validate';
import { addScopeMember, ensureDirectoryFirm, updateDirectoryProject, writeProvenance, writeSource } from '../../../kit/writes/directory';
import { runWrite } from '../../../kit/writes/idempotency';
import { AmountInput, FirmInput, IDEMPOTENCY_KEY_DESCRIPTION, REPLAYED_DESCRIPTION } from '../../../kit/writes/inputs';
import { InputChecks, oneOf, optionalText, statedDate, validAmount, validFirm, validText, type ValidFirm } from '../../../kit/writes/validate';
import * as E from '../entities';
import { createProject, recordProjectInDirectory, type NewProject } from './project-records';
import { CountyResult } from '../entities/values';
import { PROJECT_TOPIC, ProjectChangeKind, type ProjectChange } from './subscriptions';

const REGION = 'zhejiang';
const PROVINCE = '330000';
const MAX_FIRMS = 20;

export const PROJECT_KINDS = ['production-base', 'plant-relocation', 'supply-chain-matching', 'matchmaking-meeting', 'fund-investment', 'enterprise-exchange', 'contest-roadshow', 'supplier-test'] as const;
export const STAGES = ['PLANNED', 'INTENT', 'NEGOTIATING', 'SIGNED', 'IN_PROGRESS', 'OPERATING', 'COMPLETED'] as const;
const GRADES = ['优秀', '良好', '合格', '不合格'] as const;

// ---- inputs and payloads ------------------------------------------------------------------------

@InputType('ZhejiangMilestoneInput', { description: '进展 — a dated step of a project.' })
export class MilestoneInput {
  @Field(() => String, { description: '事件 — what happened, at most 300 characters.' }) event!: string;
  @Field(() => String, { description: '时间 — YYYY-MM-DD.' }) date!: string;
}

@InputType('ZhejiangRegisterProjectInput', { description: '项目登记 — a cooperation project a pairing registers.' })
export class RegisterProjectInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '联合体编号 — the pairing (one of whose counties is the editor\'s).' }) pairingKey!: string;
  @Field(() => String, { description: `类型 — ${PROJECT_KINDS.join(', ')}.` }) kind!: string;
  @Field(() => String, { description: '名称 — name, at most 300 characters.' }) name!: string;
  @Field(() => String, { description: '概要 — one-line summary, at most 1000 characters.' }) summary!: string;
  @Field(() => String, { description: '所在地 — GB/T 2260 code in Zhejiang of where it takes place.' }) hostAreaCode!: string;
  @Field(() => String, { nullable: true, description: '产业链代码 — canonical chain code.' }) chainCode?: string | null;
  @Field(() => String, { description: `阶段 — ${STAGES.join(', ')}.` }) stage!: string;
  @Field(() => AmountInput, { nullable: true, description: '金额 — the headline amount, with its unit.' }) amount?: AmountInput | null;
  @Field(() => String, { nullable: true, description: '金额指标 — what the amount measures (计划投资, 预计产值…).' }) amountMetric?: string | null;
  @Field(() => MilestoneInput, { description: '登记进展 — the first step, e.g. the signing.' }) milestone!: MilestoneInput;
  @Field(() => [FirmInput], { description: `企业 — up to ${MAX_FIRMS} firms taking part.` }) firms!: FirmInput[];
}

@InputType('ZhejiangUpdateProjectProgressInput', { description: '项目进展 — a new step of a pairing\'s project.' })
export class UpdateProjectProgressInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '项目编号 — the project.' }) projectKey!: string;
  @Field(() => String, { description: `阶段 — ${STAGES.join(', ')}.` }) stage!: string;
  @Field(() => MilestoneInput, { description: '进展 — the step.' }) milestone!: MilestoneInput;
  @Field(() => String, { nullable: true, description: '现状 — the state now, at most 300 characters.' }) status?: string | null;
  @Field(() => AmountInput, { nullable: true, description: '金额 — a new amount, with its unit.' }) amount?: AmountInput | null;
  @Field(() => String, { nullable: true, description: '金额指标 — what the amount measures.' }) amountMetric?: string | null;
}

@ObjectType('ZhejiangProjectPayload', { description: '项目 — the project as stored.' })
export class ProjectPayload {
  @Field(() => E.Project, { description: '项目 — the project.' }) project!: E.Project;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

@InputType('ZhejiangCountyResultInput', { description: '县考核结果 — one county\'s score and grade.' })
export class CountyResultInput {
  @Field(() => String, { description: '县编号 — the county.' }) countyKey!: string;
  @Field(() => Float, { description: '得分 — 0 to 100.' }) score!: number;
  @Field(() => String, { description: '等次 — 优秀, 良好, 合格 or 不合格.' }) grade!: string;
}

@InputType('ZhejiangRecordAssessmentInput', { description: '年度考核 — the province\'s annual assessment of the pairings.' })
export class RecordAssessmentInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey!: string;
  @Field(() => String, { description: '项目编号 — the programme.' }) programmeKey!: string;
  @Field(() => Int, { description: '考核年度 — a year of the programme.' }) assessmentYear!: number;
  @Field(() => String, { description: '评价 — the finding, at most 500 characters.' }) finding!: string;
  @Field(() => String, { description: '成绩单时间 — YYYY-MM-DD.' }) resultsReceived!: string;
  @Field(() => [CountyResultInput], { description: '各县结果 — each county assessed, once.' }) countyResults!: CountyResultInput[];
}

@ObjectType('ZhejiangAssessmentPayload', { description: '年度考核 — the assessment as stored.' })
export class AssessmentPayload {
  @Field(() => E.Assessment, { description: '考核 — the assessment.' }) assessment!: E.Assessment;
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed!: boolean;
}

// ---- shared steps ----------------------------------------------------------------------------------

export function validMilestone(input: MilestoneInput, field: string) {
  const checks = new InputChecks();
  const date = checks.check(() => statedDate(input.date, `${field}.date`));
  const event = checks.check(() => validText(input.event, `${field}.event`, 300));
  checks.done();
  return { event, date, reported: reportedDate(date)! };
}

/** The pairing's two counties: a project write must come from one of them. */
export async function pairingCounties(em: EntityManager, pairingKey: string, field: string): Promise<{ pairing: E.Pairing; counties: [E.County, E.County] }> {
  const pairing = await em.findOne(E.Pairing, { key: pairingKey });
  if (!pairing) throw CoopError.badInput(field, `"${pairingKey}" is not a pairing of the programme.`, 'UNKNOWN_PAIRING');
  const counties = await em.find(E.County, { key: { $in: [pairing.industrialCountyKey, pairing.mountainCountyKey] } }, { orderBy: { kind: 'asc' } });
  return { pairing, counties: counties as [E.County, E.County] };
}

/** Zhejiang's own record of a firm a write names: the one it has, else a new firm record. */
async function nativeFirm(em: EntityManager, firm: ValidFirm, chain: CanonicalChain | null, key: string, provenance: Provenance): Promise<E.Firm> {
  const known = await em.findOne(E.Firm, { uscc: firm.uscc });
  if (known) return known;
  return em.create(E.Firm, {
    key,
    uscc: firm.uscc,
    name: firm.simplifiedName,
    originalName: firm.name,
    nameForm: 'full-legal',
    areaCode: firm.areaCode,
    localChainName: chain?.nameZh ?? null,
    chainBasis: chain ? 'recorded' : null,
    localLinkNames: [],
    chainCode: chain?.code ?? null,
    chainPlacements: chain ? [chainPlacementView({ localChainName: chain.nameZh, basis: 'recorded', source: provenance.source })] : [],
    provenance,
  });
}

export function amountFigures(amount: AmountInput | null | undefined, metric: string | null | undefined, field: string) {
  if (!amount) return [];
  const stated = validAmount(amount, field);
  return [{ stated, figure: amountFigure(optionalText(metric, `${field}Metric`, 50) ?? '金额', stated) }];
}

/** The project as committed, announced to subscribers (a replayed write changed nothing: no event). */
async function projectWritten(ctx: SubgraphContext, outcome: { key: string; replayed: boolean }, kind: ProjectChangeKind): Promise<ProjectPayload> {
  const project = await ctx.em.fork().findOneOrFail(E.Project, { key: outcome.key });
  if (!outcome.replayed) ctx.events.publish(PROJECT_TOPIC, { kind, projectKey: project.key, pairingKey: project.pairingKey, chainCode: project.chainCode ?? null } satisfies ProjectChange);
  return Object.assign(new ProjectPayload(), { project, replayed: outcome.replayed });
}

@Resolver()
export class ZhejiangMutationResolver {
  @Mutation(() => ProjectPayload, { description: '项目登记 — a pairing registers a cooperation project. Editors of the pairing\'s counties only.' })
  @RegionWrite(REGION, 'zhejiang-county-editor')
  async zhejiangRegisterProject(@Arg('input', () => RegisterProjectInput, { description: '写入内容 — what to write.' }) input: RegisterProjectInput, @Ctx() ctx: SubgraphContext): Promise<ProjectPayload> {
    const checks = new InputChecks();
    const kind = checks.check(() => oneOf(input.kind, PROJECT_KINDS, 'input.kind'));
    const name = checks.check(() => validText(input.name, 'input.name', 300));
    const summary = checks.check(() => validText(input.summary, 'input.summary', 1000));
    const hostAreaCode = checks.check(() => {
      const code = validArea(input.hostAreaCode, 'input.hostAreaCode');
      if (!isWithin(code, PROVINCE)) throw CoopError.badInput('input.hostAreaCode', `${code} is outside Zhejiang (330000).`, 'OUTSIDE_REGION');
      return code;
    });
    const chain = checks.check(() => (input.chainCode ? validChain(input.chainCode, 'input.chainCode') : null));
    const stage = checks.check(() => oneOf(input.stage, STAGES, 'input.stage'));
    const [headline] = checks.check(() => amountFigures(input.amount, input.amountMetric, 'input.amount')) ?? [];
    const milestone = checks.check(() => validMilestone(input.milestone, 'input.milestone'));
    if (input.firms.length > MAX_FIRMS) throw CoopError.badInput('input.firms', `A project names at most ${MAX_FIRMS} firms.`);
    const firms = input.firms.map((f, i) => checks.check(() => validFirm(f, `input.firms[${i}]`)));
    checks.check(() => {
      if (checks.ok && new Set(firms.map((f) => f.uscc)).size !== firms.length) throw CoopError.badInput('input.firms', 'Each firm is named once.');
    });
    checks.done();

    const operation = 'zhejiangRegisterProject';
    const outcome = await runWrite(ctx, { operation, idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      const { pairing, counties } = await pairingCounties(em, input.pairingKey, 'input.pairingKey');
      requireOwnUnit(ctx.identity, 'county', counties.map((c) => c.key), `Pairing ${pairing.key}`);
      const key = `project-${seed}`;
      const provenance = writeProvenance(operation, ctx.identity);
      const source = writeSource(operation);
      const project: NewProject = { key, kind, name, summary, hostAreaCode, chain, stage, headline, milestone, pairingKey: pairing.key, provenance };
      const record = createProject(em, project);
      const rows = [];
      for (const [i, firm] of firms.entries()) {
        const native = await nativeFirm(em, firm, chain, `firm-${seed}-${i + 1}`, provenance);
        em.create(E.ProjectFirm, { key: `${key}#${native.key}`, project: record, firm: native });
        rows.push(await ensureDirectoryFirm(em, firm, { nativeKey: native.key, source, localChainName: chain?.nameZh ?? null }));
        await addScopeMember(em, projectId(REGION, 'pairing', pairing.key), firm.uscc);
      }
      recordProjectInDirectory(em, project, counties, firms, rows, source);
      return key;
    });
    return projectWritten(ctx, outcome, ProjectChangeKind.REGISTERED);
  }

  @Mutation(() => ProjectPayload, { description: '项目进展 — a new step of a pairing\'s project: its stage, a dated milestone, a new amount. Editors of the pairing\'s counties only.' })
  @RegionWrite(REGION, 'zhejiang-county-editor')
  async zhejiangUpdateProjectProgress(@Arg('input', () => UpdateProjectProgressInput, { description: '写入内容 — what to write.' }) input: UpdateProjectProgressInput, @Ctx() ctx: SubgraphContext): Promise<ProjectPayload> {
    const checks = new InputChecks();
    const stage = checks.check(() => oneOf(input.stage, STAGES, 'input.stage'));
    const milestone = checks.check(() => validMilestone(input.milestone, 'input.milestone'));
    const status = checks.check(() => optionalText(input.status, 'input.status', 300));
    const [figure] = checks.check(() => amountFigures(input.amount, input.amountMetric, 'input.amount')) ?? [];
    checks.done();

    const operation = 'zhejiangUpdateProjectProgress';
    const outcome = await runWrite(ctx, { operation, idempotencyKey: input.idempotencyKey, input }, async (em) => {
      const project = await em.findOne(E.Project, { key: input.projectKey });
      if (!project) throw CoopError.badInput('input.projectKey', `"${input.projectKey}" is not a project of the programme.`, 'UNKNOWN_PROJECT');
      const { counties } = await pairingCounties(em, project.pairingKey, 'input.projectKey');
      requireOwnUnit(ctx.identity, 'county', counties.map((c) => c.key), `Project ${project.key}`);
      project.stage = stage;
      project.milestones = [...project.milestones, { event: milestone.event, date: milestone.reported }];
      if (status) project.status = status;
      if (figure) project.figures = [...project.figures, figure.figure];
      await updateDirectoryProject(em, projectId(REGION, 'project', project.key), { status: stage, date: milestone.date, amount: figure?.stated ?? null });
      return project.key;
    });
    return projectWritten(ctx, outcome, ProjectChangeKind.PROGRESSED);
  }

  @Mutation(() => AssessmentPayload, { description: '年度考核 — the province records the annual assessment of the pairings, with each county\'s result (not public). The provincial editor only.' })
  @RegionWrite(REGION, 'zhejiang-province-editor')
  async zhejiangRecordAssessment(@Arg('input', () => RecordAssessmentInput, { description: '写入内容 — what to write.' }) input: RecordAssessmentInput, @Ctx() ctx: SubgraphContext): Promise<AssessmentPayload> {
    const checks = new InputChecks();
    const finding = checks.check(() => validText(input.finding, 'input.finding', 500));
    const received = checks.check(() => statedDate(input.resultsReceived, 'input.resultsReceived'));
    checks.check(() => {
      if (input.countyResults.length < 1) throw CoopError.badInput('input.countyResults', 'An assessment lists at least one county.');
    });
    const results = input.countyResults.map((r, i) => {
      const field = `input.countyResults[${i}]`;
      checks.check(() => {
        if (!Number.isFinite(r.score) || r.score < 0 || r.score > 100) throw CoopError.badInput(`${field}.score`, 'A score is from 0 to 100.', 'INVALID_SCORE');
      });
      return Object.assign(new CountyResult(), { countyKey: r.countyKey, score: r.score, grade: checks.check(() => oneOf(r.grade, GRADES, `${field}.grade`)) });
    });
    checks.check(() => {
      if (new Set(results.map((r) => r.countyKey)).size !== results.length) throw CoopError.badInput('input.countyResults', 'Each county is assessed once.');
    });
    checks.done();

    const operation = 'zhejiangRecordAssessment';
    const outcome = await runWrite(ctx, { operation, idempotencyKey: input.idempotencyKey, input }, async (em, seed) => {
      requireOwnUnit(ctx.identity, 'province', PROVINCE, 'The annual assessment');
      const programme = await em.findOne(E.Programme, { key: input.programmeKey });
      if (!programme) throw CoopError.badInput('input.programmeKey', `"${input.programmeKey}" is not a programme.`, 'UNKNOWN_PROGRAMME');
      if (input.assessmentYear < programme.startYear || input.assessmentYear > programme.endYear) {
        throw CoopError.badInput('input.assessmentYear', `The programme runs from ${programme.startYear} to ${programme.endYear}.`, 'OUTSIDE_PROGRAMME');
      }
      if (await em.count(E.Assessment, { programmeKey: programme.key, assessmentYear: input.assessmentYear })) {
        throw CoopError.badInput('input.assessmentYear', `The ${input.assessmentYear} assessment is already recorded.`, 'ALREADY_RECORDED');
      }
      const counties = await em.find(E.County, { key: { $in: results.map((r) => r.countyKey) } });
      const unknown = results.findIndex((r) => !counties.some((c) => c.key === r.countyKey));
      if (unknown >= 0) throw CoopError.badInput(`input.countyResults[${unknown}].countyKey`, `"${results[unknown]!.countyKey}" is not a county of the programme.`, 'UNKNOWN_COUNTY');
      const failed = results.filter((r) => r.grade === '不合格').length;
      const ofKind = (kind: string) => counties.filter((c) => c.kind === kind).length;
      const key = `assessment-${input.assessmentYear}-${seed}`;
      em.create(E.Assessment, {
        key,
        assessmentYear: input.assessmentYear,
        result: failed ? 'some-failed' : 'all-passed',
        allPassed: failed === 0,
        resultText: failed ? `${failed}个县不合格` : '全部合格',
        finding,
        industrialCountyCount: countFigure('工业大县', { value: ofKind('industrial') }, '个'),
        mountainCountyCount: countFigure('山区县', { value: ofKind('mountain') }, '个'),
        resultsReceived: reportedDate(received)!,
        countyResults: results,
        programmeKey: programme.key,
        provenance: writeProvenance(operation, ctx.identity),
      });
      return key;
    });
    return Object.assign(new AssessmentPayload(), { assessment: await ctx.em.fork().findOneOrFail(E.Assessment, { key: outcome.key }), replayed: outcome.replayed });
  }
}
