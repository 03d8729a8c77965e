/**
 * Tianjin's imports (kit/writes/import-batch.ts): a district's firm registry, a batch of rows at a
 * time, each row an upsert of the firm by its credit code. A district editor imports firms of its
 * own district only; the firm's record carries the file and row as its provenance, and the
 * directory is kept current in the same transaction.
 */
import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { areaFullName } from '../../../../schema/contract/areas';
import { RegionWrite } from '../../../kit/auth/decorators';
import type { SubgraphContext } from '../../../kit/context';
import { reportedDate } from '../../../kit/value-types';
import { attach, ImportBatchResult, ImportSourceInput, importProvenance, runImportBatch, sameProvenance } from '../../../kit/writes/import-batch';
import { checkFirmRow, ImportFirmRowBase, loadFirms, localChainName, syncImportedDirectoryFirm } from '../../../kit/writes/import-firms';
import { InputChecks, oneOf, statedDate } from '../../../kit/writes/validate';
import { CoopError } from '../../../../schema/contract/errors';
import * as E from '../entities';

const REGION = 'tianjin';
const FIRM_KINDS = ['enterprise', 'group', 'subsidiary', 'branch', 'rnd-centre', 'research-unit'] as const;

@InputType('TianjinImportFirmRow', { description: '企业行 — one row of a firm registry.' })
export class ImportFirmRow extends ImportFirmRowBase {
  @Field(() => String, { nullable: true, description: `类型 — ${FIRM_KINDS.join(', ')}; enterprise when empty.` }) kind?: string | null;
  @Field(() => String, { nullable: true, description: '成立时间 — YYYY, YYYY-MM or YYYY-MM-DD.' }) established?: string | null;
}

@InputType('TianjinImportFirmsInput', { description: '企业导入 — a batch of a firm registry\'s rows.' })
export class ImportFirmsInput {
  @Field(() => ImportSourceInput, { description: '来源 — the file and whether to write.' }) source!: ImportSourceInput;
  @Field(() => [ImportFirmRow], { description: '行 — at most 1000 rows.' }) rows!: ImportFirmRow[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

@Resolver()
export class TianjinImportResolver {
  @Mutation(() => ImportBatchResult, { description: '企业导入 — imports a batch of firm rows (upsert by credit code), each bad row named in the answer. Editors of the firms\' district only.' })
  @RegionWrite(REGION, 'tianjin-district-editor')
  async tianjinImportFirms(@Arg('input', () => ImportFirmsInput, { description: '导入内容 — the rows and their file.' }) input: ImportFirmsInput, @Ctx() ctx: SubgraphContext): Promise<ImportBatchResult> {
    const district = ctx.identity.role === 'editor' ? ctx.identity.unit.key : '';
    return runImportBatch(
      ctx,
      input.source,
      input.rows,
      async (em, rows) => ({ firms: await loadFirms(em, E.Firm, rows.map((r) => r.uscc)), organisations: new Set((await em.find(E.Organisation, { uscc: { $in: rows.map((r) => r.uscc.trim().toUpperCase()) } })).map((o) => o.uscc)) }),
      async (em, row, { firms, organisations }, origin) => {
        const checks = new InputChecks();
        const firm = checkFirmRow(checks, row, { code: district, what: areaFullName(district) || district });
        const kind = checks.check(() => oneOf(row.kind?.trim() || 'enterprise', FIRM_KINDS, 'kind'));
        const established = checks.check(() => (row.established?.trim() ? statedDate(row.established, 'established') : null));
        checks.done();
        if (organisations.has(firm.uscc)) throw CoopError.badInput('uscc', `${firm.uscc} is a university or institute of Tianjin's records, not a firm; leave it out of the firm registry.`, 'NOT_A_FIRM');

        const provenance = importProvenance(origin, row.row);
        const existing = firms.native.get(firm.uscc);
        const chainNames = [...new Set([...(existing?.localChainNames ?? []), ...firm.chains.map((c) => localChainName(REGION, c))])];
        const chainLinks = [...(existing?.chainLinks ?? [])];
        for (const chain of firm.chains) {
          if (!chainLinks.some((l) => l.chainCode === chain.code)) chainLinks.push(Object.assign(new E.ChainLink(), { localChainName: localChainName(REGION, chain), localLinkName: null, chainCode: chain.code, linkCode: null, source: provenance.source }));
        }
        const stated = {
          name: firm.simplifiedName,
          originalName: firm.name,
          areaCode: firm.areaCode,
          kind,
          shortName: firm.shortName ?? existing?.shortName ?? null,
          established: established ? reportedDate(established) : (existing?.established ?? null),
        };
        const directoryChanged = syncImportedDirectoryFirm(em, REGION, firms, firm, origin, existing?.key ?? `firm-import-${firm.uscc}`);
        if (!existing) {
          firms.native.set(
            firm.uscc,
            em.create(E.Firm, {
              key: `firm-import-${firm.uscc}`,
              uscc: firm.uscc,
              ...stated,
              legalNameStated: true,
              areaStated: true,
              areaBasis: 'stated',
              localChainNames: chainNames,
              localLinkNames: [],
              chainLinks,
              fields: [],
              labels: [],
              figures: [],
              achievements: [],
              notes: [],
              provenance,
            }),
          );
          return 'created';
        }
        const same =
          existing.name === stated.name &&
          existing.originalName === stated.originalName &&
          existing.areaCode === stated.areaCode &&
          existing.kind === stated.kind &&
          (existing.shortName ?? null) === stated.shortName &&
          (existing.established?.iso ?? null) === (stated.established?.iso ?? null) &&
          sameList(existing.localChainNames, chainNames) &&
          existing.chainLinks.length === chainLinks.length &&
          sameProvenance(existing.provenance, provenance);
        if (same && !directoryChanged) return 'unchanged';
        Object.assign(attach(em, existing), stated, { localChainNames: chainNames, chainLinks, provenance });
        return 'updated';
      },
    );
  }
}
