/**
 * The areas a name in a file means: its full name (天津市西青区), its own name (西青区, 鼓楼区 — which
 * several cities have), or the beginning of one (西青), tried in that order. A municipality's
 * province and its 市辖区 city share a full name; the outermost is meant.
 */
import { allAreas, areaFullName, areaLineage } from '../../schema/contract/areas';
import { areasNamed } from '../../schema/contract/area-names';
import { searchForm } from '../../schema/contract/script';

let byFullName: Map<string, string[]> | null = null;
let byName: Map<string, string[]> | null = null;

function add(map: Map<string, string[]>, key: string, code: string): void {
  const list = map.get(key);
  if (list) list.push(code);
  else map.set(key, [code]);
}

function indexes(): { full: Map<string, string[]>; own: Map<string, string[]> } {
  if (!byFullName || !byName) {
    byFullName = new Map();
    byName = new Map();
    for (const area of allAreas()) {
      add(byFullName, searchForm(areaFullName(area.code)), area.code);
      add(byName, searchForm(area.name), area.code);
    }
  }
  return { full: byFullName, own: byName };
}

/** Candidates with those inside another candidate left out. */
function outermost(codes: readonly string[]): string[] {
  return codes.filter((code) => !areaLineage(code).slice(1).some((a) => codes.includes(a.code)));
}

/** GB/T 2260 codes the name may mean: one when it is clear, several when it is ambiguous, none when unknown. */
export function areasByName(name: string): string[] {
  const form = searchForm(name.trim());
  const { full, own } = indexes();
  for (const tier of [full.get(form), own.get(form)]) if (tier?.length) return outermost(tier);
  return outermost(areasNamed(form));
}
