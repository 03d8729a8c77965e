/**
 * Zhejiang's imports (kit/writes/import-batch.ts): a county's firm registry, a batch of rows at a
 * time, each row an upsert of the firm by its credit code. A county editor imports firms of its own
 * county only; the firm's record carries the file and row as its provenance, and the directory is
 * kept current in the same transaction.
 */
import { Arg, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { isWithin } from '../../../../schema/contract/areas';
import { CoopError } from '../../../../schema/contract/errors';
import { DirectoryFirm } from '../../../kit/directory/entities';
import { projectId } from '../../../kit/directory/projection';
import { validArea, validChain } from '../../../kit/validate';
import { addScopeMember, updateDirectoryProject } from '../../../kit/writes/directory';
import { AmountInput } from '../../../kit/writes/inputs';
import { RegionWrite } from '../../../kit/auth/decorators';
import type { SubgraphContext } from '../../../kit/context';
import { chainPlacementView, reportedDate } from '../../../kit/value-types';
import { attach, ImportBatchResult, ImportSourceInput, importProvenance, importSource, runImportBatch, sameProvenance } from '../../../kit/writes/import-batch';
import { checkFirmRow, ImportFirmRowBase, loadFirms, localChainName, syncImportedDirectoryFirm } from '../../../kit/writes/import-firms';
import { InputChecks, oneOf, optionalText, statedDate, validText } from '../../../kit/writes/validate';
import { validUscc } from '../../../kit/validate';
import * as E from '../entities';
import { amountFigures, pairingCounties, PROJECT_KINDS, STAGES } from './mutations';
import { createProject, recordProjectInDirectory, type NewProject } from './project-records';

const REGION = 'zhejiang';
const PROVINCE = '330000';
const PROJECT_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const MAX_FIRMS = 20;

@InputType('ZhejiangImportFirmRow', { description: '企业行 — one row of a firm registry.' })
export class ImportFirmRow extends ImportFirmRowBase {
  @Field(() => String, { nullable: true, description: '描述 — what the firm does, at most 500 characters.' }) description?: string | null;
}

@InputType('ZhejiangImportFirmsInput', { description: '企业导入 — a batch of a firm registry\'s rows.' })
export class ImportFirmsInput {
  @Field(() => ImportSourceInput, { description: '来源 — the file and whether to write.' }) source!: ImportSourceInput;
  @Field(() => [ImportFirmRow], { description: '行 — at most 1000 rows.' }) rows!: ImportFirmRow[];
}

@InputType('ZhejiangImportProjectRow', { description: '项目行 — one row of a pairing\'s project list: the project and its latest step.' })
export class ImportProjectRow {
  @Field(() => Int, { description: '行 — the row number in the file (the header is row 1).' }) row!: number;
  @Field(() => String, { description: '项目编号 — the project\'s key in the region (letters, digits, _ . -); a row with a known key updates that project.' }) key!: string;
  @Field(() => String, { description: '结对 — the pairing (one of whose counties is the editor\'s).' }) pairingKey!: string;
  @Field(() => String, { description: `类型 — ${PROJECT_KINDS.join(', ')}.` }) kind!: string;
  @Field(() => String, { description: '名称 — at most 300 characters.' }) name!: string;
  @Field(() => String, { description: '概要 — at most 1000 characters.' }) summary!: string;
  @Field(() => String, { description: '所在地 — GB/T 2260 code in Zhejiang.' }) hostAreaCode!: string;
  @Field(() => String, { nullable: true, description: '产业链代码 — canonical chain code.' }) chainCode?: string | null;
  @Field(() => String, { description: `阶段 — ${STAGES.join(', ')}.` }) stage!: string;
  @Field(() => AmountInput, { nullable: true, description: '金额 — with its unit.' }) amount?: AmountInput | null;
  @Field(() => String, { nullable: true, description: '金额指标 — what the amount measures (计划投资…).' }) amountMetric?: string | null;
  @Field(() => String, { description: '进展 — the latest step, at most 300 characters.' }) milestoneEvent!: string;
  @Field(() => String, { description: '进展时间 — YYYY, YYYY-MM or YYYY-MM-DD.' }) milestoneDate!: string;
  @Field(() => [String], { defaultValue: [], description: `企业 — credit codes of up to ${MAX_FIRMS} firms Zhejiang records (import them first).` }) firmUsccs!: string[];
}

@InputType('ZhejiangImportProjectsInput', { description: '项目导入 — a batch of a project list\'s rows.' })
export class ImportProjectsInput {
  @Field(() => ImportSourceInput, { description: '来源 — the file and whether to write.' }) source!: ImportSourceInput;
  @Field(() => [ImportProjectRow], { description: '行 — at most 1000 rows.' }) rows!: ImportProjectRow[];
}

@Resolver()
export class ZhejiangImportResolver {
  @Mutation(() => ImportBatchResult, { description: '企业导入 — imports a batch of firm rows (upsert by credit code), each bad row named in the answer. Editors of the firms\' county only.' })
  @RegionWrite(REGION, 'zhejiang-county-editor')
  async zhejiangImportFirms(@Arg('input', () => ImportFirmsInput, { description: '导入内容 — the rows and their file.' }) input: ImportFirmsInput, @Ctx() ctx: SubgraphContext): Promise<ImportBatchResult> {
    const countyKey = ctx.identity.role === 'editor' ? ctx.identity.unit.key : '';
    const county = await ctx.em.fork().findOne(E.County, { key: countyKey });
    if (!county) throw CoopError.forbidden(`"${countyKey}" is not a county of Zhejiang's records.`);
    return runImportBatch(
      ctx,
      input.source,
      input.rows,
      (em, rows) => loadFirms(em, E.Firm, rows.map((r) => r.uscc)),
      async (em, row, firms, origin) => {
        const checks = new InputChecks();
        const firm = checkFirmRow(checks, row, { code: county.areaCode, what: county.name });
        const description = checks.check(() => optionalText(row.description, 'description', 500));
        checks.done();

        const provenance = importProvenance(origin, row.row);
        const existing = firms.native.get(firm.uscc);
        const placements = [...(existing?.chainPlacements ?? [])];
        for (const chain of firm.chains) {
          if (!placements.some((p) => p.chainCode === chain.code)) placements.push(chainPlacementView({ localChainName: localChainName(REGION, chain), basis: 'recorded', source: provenance.source }));
        }
        const first = placements[0];
        const stated = {
          name: firm.simplifiedName,
          originalName: firm.name,
          areaCode: firm.areaCode,
          shortName: firm.shortName ?? existing?.shortName ?? null,
          description: description ?? existing?.description ?? null,
          localChainName: first?.localChainName ?? null,
          chainCode: first?.chainCode ?? null,
          chainBasis: first ? first.basis.toLowerCase() : null,
        };
        const directoryChanged = syncImportedDirectoryFirm(em, REGION, firms, firm, origin, existing?.key ?? `firm-import-${firm.uscc}`);
        if (!existing) {
          firms.native.set(firm.uscc, em.create(E.Firm, { key: `firm-import-${firm.uscc}`, uscc: firm.uscc, ...stated, nameForm: 'full-legal', localLinkNames: [], chainPlacements: placements, provenance }));
          return 'created';
        }
        const same =
          existing.name === stated.name &&
          existing.originalName === stated.originalName &&
          existing.areaCode === stated.areaCode &&
          (existing.shortName ?? null) === stated.shortName &&
          (existing.description ?? null) === stated.description &&
          (existing.chainPlacements?.length ?? 0) === placements.length &&
          sameProvenance(existing.provenance, provenance);
        if (same && !directoryChanged) return 'unchanged';
        Object.assign(attach(em, existing), stated, { chainPlacements: placements, provenance });
        return 'updated';
      },
    );
  }

  @Mutation(() => ImportBatchResult, { description: '项目导入 — imports a batch of a pairing\'s projects with their latest step (upsert by project key), each bad row named in the answer. Editors of the pairing\'s counties only.' })
  @RegionWrite(REGION, 'zhejiang-county-editor')
  async zhejiangImportProjects(@Arg('input', () => ImportProjectsInput, { description: '导入内容 — the rows and their file.' }) input: ImportProjectsInput, @Ctx() ctx: SubgraphContext): Promise<ImportBatchResult> {
    const countyKey = ctx.identity.role === 'editor' ? ctx.identity.unit.key : '';
    return runImportBatch(
      ctx,
      input.source,
      input.rows,
      async (em, rows) => new Map((await em.find(E.Project, { key: { $in: rows.map((r) => r.key.trim()) } })).map((p) => [p.key, p])),
      async (em, row, projects, origin) => {
        const checks = new InputChecks();
        const key = checks.check(() => {
          if (!PROJECT_KEY.test(row.key.trim())) throw CoopError.badInput('key', 'A project key is letters, digits, "_", "." or "-", at most 80 characters.', 'INVALID_KEY');
          return row.key.trim();
        });
        const kind = checks.check(() => oneOf(row.kind.trim(), PROJECT_KINDS, 'kind'));
        const name = checks.check(() => validText(row.name, 'name', 300));
        const summary = checks.check(() => validText(row.summary, 'summary', 1000));
        const hostAreaCode = checks.check(() => {
          const code = validArea(row.hostAreaCode, 'hostAreaCode');
          if (!isWithin(code, PROVINCE)) throw CoopError.badInput('hostAreaCode', `${code} is outside Zhejiang (330000).`, 'OUTSIDE_REGION');
          return code;
        });
        const chain = checks.check(() => (row.chainCode?.trim() ? validChain(row.chainCode.trim(), 'chainCode') : null));
        const stage = checks.check(() => oneOf(row.stage.trim(), STAGES, 'stage'));
        const [headline] = checks.check(() => amountFigures(row.amount, row.amountMetric, 'amount')) ?? [];
        const event = checks.check(() => validText(row.milestoneEvent, 'milestoneEvent', 300));
        const date = checks.check(() => statedDate(row.milestoneDate, 'milestoneDate'));
        const usccs = checks.check(() => {
          if (row.firmUsccs.length > MAX_FIRMS) throw CoopError.badInput('firmUsccs', `A project names at most ${MAX_FIRMS} firms.`);
          return [...new Set(row.firmUsccs.map((u) => validUscc(u, 'firmUsccs')))];
        });
        checks.done();
        const { pairing, counties } = await pairingCounties(em, row.pairingKey.trim(), 'pairingKey');
        if (!counties.some((c) => c.key === countyKey)) throw CoopError.badInput('pairingKey', `Pairing ${pairing.key} is ${counties.map((c) => c.key).join(' and ')}'s; the editor answers for ${countyKey}.`, 'OUTSIDE_SCOPE');
        const natives = await em.find(E.Firm, { uscc: { $in: usccs } });
        const missing = usccs.filter((u) => !natives.some((f) => f.uscc === u));
        if (missing.length) throw CoopError.badInput('firmUsccs', `Zhejiang records no firm ${missing.join(', ')}: import it with --kind firms first.`, 'UNKNOWN_FIRM');

        const provenance = importProvenance(origin, row.row);
        const milestone = { event, date: reportedDate(date)! };
        const existing = projects.get(key);
        if (!existing) {
          const project: NewProject = { key, kind, name, summary, hostAreaCode, chain, stage, headline, milestone: { event, date, reported: milestone.date }, pairingKey: pairing.key, provenance };
          const record = createProject(em, project);
          for (const firm of natives) em.create(E.ProjectFirm, { key: `${key}#${firm.key}`, project: record, firm });
          for (const uscc of usccs) await addScopeMember(em, projectId(REGION, 'pairing', pairing.key), uscc);
          const directoryFirms = await em.find(DirectoryFirm, { uscc: { $in: usccs } });
          recordProjectInDirectory(em, project, counties, directoryFirms.map((f) => ({ name: f.originalName, uscc: f.uscc, areaCode: f.areaCode })), directoryFirms, importSource(origin.file));
          projects.set(key, record);
          return 'created';
        }
        if (existing.pairingKey !== pairing.key) throw CoopError.badInput('key', `Project ${key} belongs to pairing ${existing.pairingKey}, not ${pairing.key}.`, 'KEY_IN_USE');
        const hasStep = existing.milestones.some((m) => m.event === event && m.date.iso === milestone.date.iso);
        const hasAmount = !headline || existing.figures.some((f) => f.metric === headline.figure.metric && f.value === headline.figure.value && f.unit === headline.figure.unit);
        const same = existing.stage === stage && existing.name === name && existing.summary === summary && existing.kind === kind && hasStep && hasAmount && sameProvenance(existing.provenance, provenance);
        if (same) return 'unchanged';
        Object.assign(attach(em, existing), {
          kind,
          name,
          summary,
          stage,
          milestones: hasStep ? existing.milestones : [...existing.milestones, milestone],
          figures: hasAmount ? existing.figures : [...existing.figures, headline!.figure],
          provenance,
        });
        await updateDirectoryProject(em, projectId(REGION, 'project', key), { status: stage, date: hasStep ? null : date, amount: hasAmount ? null : headline!.stated });
        return 'updated';
      },
    );
  }
}
