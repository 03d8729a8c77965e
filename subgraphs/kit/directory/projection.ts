/**
 * Turns a region's native records into directory rows. The one place where names become Simplified,
 * sample credit codes are derived, local chain and link names meet the canonical taxonomy, and
 * stated amounts become yuan — so all three regions do it the same way.
 */
import { isAreaCode } from '../../../schema/contract/areas';
import { toYuan } from '../../../schema/contract/amount';
import { chainForLocalName, linkForLocalName } from '../../../schema/contract/chains';
import { invariant } from '../../../schema/contract/invariant';
import { searchForm, toSimplified } from '../../../schema/contract/script';
import type { PlacementBasis, StatedAmount, StatedDate } from '../../../schema/contract/source';
import { sampleUscc } from '../../../schema/contract/uscc';
import { nameSortKey } from './cursor';
import { pinyinSortKey } from './pinyin-key';
import {
  DirectoryFirm,
  DirectoryFirmChain,
  DirectoryProject,
  DirectoryProjectParty,
  DirectoryScope,
  DirectoryScopeGap,
  DirectoryScopeLink,
  DirectoryScopeMember,
  DirectoryScopeParent,
} from './entities';

export interface FirmInput {
  /** A credit code the firm gave itself (writes); without one a sample code is derived from name and area. */
  uscc?: string;
  nativeKey: string;
  originalName: string;
  shortName?: string | null;
  otherNames?: string[];
  areaCode: string;
  kind: string;
  parentUscc?: string | null;
  source: string;
  chains: Array<{ localChainName: string; localLinkNames?: readonly string[]; source?: string; basis?: PlacementBasis; evidence?: string | null }>;
}

export interface ProjectInput {
  kind: string;
  nativeKey: string;
  originalTitle: string;
  localChainName?: string | null;
  status: string;
  amount?: StatedAmount | null;
  amountKind?: string | null;
  date?: StatedDate | null;
  areaCode: string;
  source: string;
  parties: Array<{ kind: string; name: string; uscc?: string | null; areaCode?: string | null; role?: string | null }>;
}

export interface ScopeInput {
  kind: string;
  nativeKey: string;
  originalName: string;
  areaCode: string;
  source: string;
  memberUsccs: string[];
  /** Gaps a report states; without a link, the gap is the chain as a whole (莲都's 半导体新材料 before 环龙). */
  statedGaps?: Array<{ localChainName: string; localLinkName?: string | null; note: string; source: string }>;
  /** Links a report states the scope's firms cover. */
  statedLinks?: Array<{ localChainName: string; localLinkName: string; note: string; source: string }>;
  /** The scopes this one lies in (ids in this region), with the sentence that says so. */
  parents?: Array<{ scopeId: string; note: string; source: string }>;
}

export function canonicalChainCode(localChainName: string): string {
  const chain = chainForLocalName(localChainName);
  invariant(chain, `local chain name "${localChainName}" is not mapped in schema/contract/chains.ts`);
  return chain.code;
}

export function canonicalLinkCode(localLinkName: string): string {
  const link = linkForLocalName(localLinkName);
  invariant(link, `local link name "${localLinkName}" is not mapped in schema/contract/chains.ts`);
  return link;
}

/** Simplified name and sample credit code of a firm as a region records it. */
export function firmIdentity(originalName: string, areaCode: string): { name: string; uscc: string } {
  invariant(isAreaCode(areaCode), `"${areaCode}" is not a GB/T 2260 code`);
  const name = toSimplified(originalName);
  return { name, uscc: sampleUscc(name, areaCode) };
}

export function isoDate(date: StatedDate | null | undefined): string {
  if (!date?.year) return '';
  const parts = [String(date.year)];
  if (date.month) parts.push(String(date.month).padStart(2, '0'));
  if (date.month && date.day) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

export function statedAmountText(amount: StatedAmount): string {
  return `${amount.value}${amount.unit}`;
}

export function projectFirm(input: FirmInput): { firm: DirectoryFirm; chains: DirectoryFirmChain[] } {
  const sample = firmIdentity(input.originalName, input.areaCode);
  const { name } = sample;
  const uscc = input.uscc ?? sample.uscc;
  const firm = Object.assign(new DirectoryFirm(), {
    uscc,
    name,
    originalName: input.originalName,
    shortName: input.shortName ? toSimplified(input.shortName) : null,
    nameKey: nameSortKey(name),
    pinyinKey: pinyinSortKey(name),
    searchText: [name, input.originalName, input.shortName ?? '', ...(input.otherNames ?? [])].map(searchForm).join('|'),
    areaCode: input.areaCode,
    parentUscc: input.parentUscc ?? null,
    sampleCode: !input.uscc,
    nativeKey: input.nativeKey,
    kind: input.kind,
    cooperationCount: 0,
    source: input.source,
  });
  const chains = new Map<string, DirectoryFirmChain>();
  for (const c of input.chains) {
    const chainCode = canonicalChainCode(c.localChainName);
    const links = c.localLinkNames?.length ? c.localLinkNames : [null];
    for (const localLink of links) {
      const linkCode = localLink ? canonicalLinkCode(localLink) : '';
      const id = `${uscc}:${chainCode}:${linkCode}`;
      if (chains.has(id)) continue;
      chains.set(id, Object.assign(new DirectoryFirmChain(), {
        id,
        uscc,
        chainCode,
        linkCode,
        localChainName: toSimplified(c.localChainName),
        localLinkName: localLink ? toSimplified(localLink) : null,
        source: c.source ?? input.source,
        basis: (c.basis ?? 'recorded').toUpperCase(),
        evidence: c.evidence ? toSimplified(c.evidence) : null,
      }));
    }
  }
  return { firm, chains: [...chains.values()] };
}

export function projectId(region: string, kind: string, nativeKey: string): string {
  return `${region}:${kind}:${nativeKey}`;
}

export function projectProject(region: string, input: ProjectInput): { project: DirectoryProject; parties: DirectoryProjectParty[] } {
  invariant(isAreaCode(input.areaCode), `"${input.areaCode}" is not a GB/T 2260 code`);
  const id = projectId(region, input.kind, input.nativeKey);
  const title = toSimplified(input.originalTitle);
  const amountYuan = input.amount ? toYuan(input.amount) : null;
  const project = Object.assign(new DirectoryProject(), {
    id,
    title,
    originalTitle: input.originalTitle,
    nameKey: nameSortKey(title),
    pinyinKey: pinyinSortKey(title),
    searchText: [title, ...input.parties.map((p) => p.name)].map(searchForm).join('|'),
    chainCode: input.localChainName ? canonicalChainCode(input.localChainName) : null,
    localChainName: input.localChainName ? toSimplified(input.localChainName) : null,
    status: input.status,
    amountYuan,
    amountKey: amountYuan ?? -1,
    amountKind: input.amountKind ?? null,
    amountStated: input.amount ? statedAmountText(input.amount) : null,
    dateKey: isoDate(input.date),
    dateText: input.date ? toSimplified(input.date.text) : null,
    areaCode: input.areaCode,
    nativeKey: input.nativeKey,
    source: input.source,
  });
  const parties = input.parties.map((p, i) =>
    Object.assign(new DirectoryProjectParty(), {
      id: `${id}#${i}`,
      projectId: id,
      kind: p.kind,
      name: toSimplified(p.name),
      uscc: p.uscc ?? null,
      areaCode: p.areaCode ?? null,
      role: p.role ?? null,
    }),
  );
  return { project, parties };
}

/** A scope's id: `<region>:<kind>:<key>`. */
export function scopeId(region: string, kind: string, nativeKey: string): string {
  return projectId(region, kind.toLowerCase(), nativeKey);
}

export function projectScope(
  region: string,
  input: ScopeInput,
): { scope: DirectoryScope; members: DirectoryScopeMember[]; gaps: DirectoryScopeGap[]; links: DirectoryScopeLink[]; parents: DirectoryScopeParent[] } {
  invariant(isAreaCode(input.areaCode), `"${input.areaCode}" is not a GB/T 2260 code`);
  const id = scopeId(region, input.kind, input.nativeKey);
  const name = toSimplified(input.originalName);
  const linkCode = (localLinkName: string | null | undefined) => (localLinkName ? canonicalLinkCode(localLinkName) : '');
  // A gap or a covered link a report states: the same columns.
  const fact = (f: { localChainName: string; localLinkName?: string | null; note: string; source: string }) => ({
    id: `${id}#${canonicalChainCode(f.localChainName)}:${linkCode(f.localLinkName)}`,
    scopeId: id,
    chainCode: canonicalChainCode(f.localChainName),
    linkCode: linkCode(f.localLinkName),
    note: toSimplified(f.note),
    source: f.source,
  });
  return {
    scope: Object.assign(new DirectoryScope(), {
      id,
      kind: input.kind,
      name,
      originalName: input.originalName,
      searchText: [name, input.originalName].map(searchForm).join('|'),
      areaCode: input.areaCode,
      source: input.source,
    }),
    members: [...new Set(input.memberUsccs)].map((uscc) => Object.assign(new DirectoryScopeMember(), { id: `${id}#${uscc}`, scopeId: id, uscc })),
    gaps: (input.statedGaps ?? []).map((g) => Object.assign(new DirectoryScopeGap(), fact(g))),
    links: (input.statedLinks ?? []).map((l) => Object.assign(new DirectoryScopeLink(), fact(l))),
    parents: (input.parents ?? []).map((p) =>
      Object.assign(new DirectoryScopeParent(), { id: `${id}>${p.scopeId}`, scopeId: id, parentId: p.scopeId, note: toSimplified(p.note), source: p.source }),
    ),
  };
}
