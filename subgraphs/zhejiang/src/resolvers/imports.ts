/**
 * Zhejiang's imports (kit/writes/import-batch.ts): a county's firm registry, a batch of rows at a
 * time, each row an upsert of the firm by its credit code. A county editor imports firms of its own
 * county only; the firm's record carries the file and row as its provenance, and the directory is
 * kept current in the same transaction.
 */
import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { CoopError } from '../../../../schema/contract/errors';
import { RegionWrite } from '../../../kit/auth/decorators';
import type { SubgraphContext } from '../../../kit/context';
import { chainPlacementView } from '../../../kit/value-types';
import { attach, ImportBatchResult, ImportSourceInput, importProvenance, runImportBatch, sameProvenance } from '../../../kit/writes/import-batch';
import { checkFirmRow, ImportFirmRowBase, loadFirms, localChainName, syncImportedDirectoryFirm } from '../../../kit/writes/import-firms';
import { InputChecks, optionalText } from '../../../kit/writes/validate';
import * as E from '../entities';

const REGION = 'zhejiang';

@InputType('ZhejiangImportFirmRow', { description: '企业行 — one row of a firm registry.' })
export class ImportFirmRow extends ImportFirmRowBase {
  @Field(() => String, { nullable: true, description: '描述 — what the firm does, at most 500 characters.' }) description?: string | null;
}

@InputType('ZhejiangImportFirmsInput', { description: '企业导入 — a batch of a firm registry\'s rows.' })
export class ImportFirmsInput {
  @Field(() => ImportSourceInput, { description: '来源 — the file and whether to write.' }) source!: ImportSourceInput;
  @Field(() => [ImportFirmRow], { description: '行 — at most 1000 rows.' }) rows!: ImportFirmRow[];
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
}
