/**
 * What every region's firm import shares: the columns of a firm row (credit code, legal name, area,
 * chains, short name), their checks, the batch's existing records loaded in one statement each, and
 * the directory kept current. Each region adds its own columns and its own native record.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { Field, InputType, Int } from 'type-graphql';
import { isWithin } from '../../../schema/contract/areas';
import type { CanonicalChain } from '../../../schema/contract/chains';
import { CoopError, type RegionName } from '../../../schema/contract/errors';
import { toSimplified } from '../../../schema/contract/script';
import { DirectoryFirm, DirectoryFirmChain } from '../directory/entities';
import { validArea, validChain, validUscc } from '../validate';
import { syncDirectoryFirm } from './directory';
import { attach, importSource, type ImportOrigin } from './import-batch';
import { InputChecks, optionalText, validText } from './validate';

/** The shared columns; each region's row type extends it (type-graphql inherits the fields; this type itself is in no schema). */
@InputType('ImportFirmRowBase')
export class ImportFirmRowBase {
  @Field(() => Int, { description: '行 — the row number in the file (the header is row 1).' }) row!: number;
  @Field(() => String, { description: '统一社会信用代码 — 18 characters, checksum-validated; the firm\'s key: a row with a known code updates that firm.' }) uscc!: string;
  @Field(() => String, { description: '名称 — full legal name, in either script.' }) name!: string;
  @Field(() => String, { description: '所在地 — GB/T 2260 six-digit code, within the editor\'s own unit.' }) areaCode!: string;
  @Field(() => [String], { defaultValue: [], description: '产业链代码 — canonical chain codes (IndustryChain.code) the firm is in; added to those already known.' }) chainCodes!: string[];
  @Field(() => String, { nullable: true, description: '简称 — short name.' }) shortName?: string | null;
}

export interface CheckedFirmRow {
  uscc: string;
  /** The legal name as given, and in Simplified script. */
  name: string;
  simplifiedName: string;
  areaCode: string;
  chains: CanonicalChain[];
  shortName: string | null;
}

/**
 * The shared columns checked, into `checks` (the region adds its own before `done`): a column's
 * failure names the column's key as its field. `withinArea`: the editor's unit, which the firm must lie in.
 */
export function checkFirmRow(checks: InputChecks, row: ImportFirmRowBase, withinArea: { code: string; what: string }): CheckedFirmRow {
  const uscc = checks.check(() => validUscc(row.uscc, 'uscc'));
  const name = checks.check(() => validText(row.name, 'name', 200));
  const areaCode = checks.check(() => {
    const code = validArea(row.areaCode, 'areaCode');
    if (!isWithin(code, withinArea.code)) throw CoopError.badInput('areaCode', `${code} lies outside ${withinArea.what} (${withinArea.code}), the only area this editor imports into.`, 'OUTSIDE_SCOPE');
    return code;
  });
  const chains = checks.check(() => {
    const inner = new InputChecks();
    const found = (row.chainCodes ?? []).map((code) => inner.check(() => validChain(code.trim(), 'chainCodes')));
    inner.done();
    return [...new Set(found)];
  });
  const shortName = checks.check(() => optionalText(row.shortName, 'shortName', 100));
  return { uscc, name, simplifiedName: name === undefined ? '' : toSimplified(name), areaCode, chains, shortName };
}

/** The region's own name for a canonical chain (its first local name), else the chain's Chinese name. */
export function localChainName(region: RegionName, chain: CanonicalChain): string {
  return chain.localNames[region]?.[0] ?? chain.nameZh;
}

export interface LoadedFirms<F> {
  native: Map<string, F>;
  directory: Map<string, DirectoryFirm>;
  chainIds: Set<string>;
}

/** The batch's firms as stored: the region's native records (by credit code), directory rows and chain rows. */
export async function loadFirms<F extends { uscc: string }>(em: EntityManager, entity: new () => F, usccs: readonly string[]): Promise<LoadedFirms<F>> {
  const codes = [...new Set(usccs.map((u) => u.trim().toUpperCase()))];
  // One after another: the transaction holds one connection.
  const native = await em.find(entity, { uscc: { $in: codes } } as never);
  const directory = await em.find(DirectoryFirm, { uscc: { $in: codes } });
  const chains = await em.find(DirectoryFirmChain, { uscc: { $in: codes } }, { fields: ['id'] });
  return { native: new Map(native.map((f) => [f.uscc, f])), directory: new Map(directory.map((f) => [f.uscc, f])), chainIds: new Set(chains.map((c) => c.id)) };
}

/** The firm's directory rows brought in line with its imported row; whether anything changed. */
export function syncImportedDirectoryFirm(em: EntityManager, region: RegionName, firms: LoadedFirms<unknown>, firm: CheckedFirmRow, origin: ImportOrigin, nativeKey: string): boolean {
  const existing = firms.directory.get(firm.uscc);
  const { row, changed } = syncDirectoryFirm(em, existing && attach(em, existing), firms.chainIds, {
    uscc: firm.uscc,
    nativeKey,
    originalName: firm.name,
    shortName: firm.shortName,
    areaCode: firm.areaCode,
    kind: 'ENTERPRISE',
    source: importSource(origin.file),
    chains: firm.chains.map((c) => ({ localChainName: localChainName(region, c) })),
  });
  firms.directory.set(firm.uscc, row);
  return changed;
}
