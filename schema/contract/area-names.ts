/**
 * Areas found by name. Apart from areas.ts because it reads names in either script (script.ts loads
 * opencc-js, ~30 MB of heap) — a process that only names areas by code does not pay for it.
 */
import { allAreas, PLACEHOLDER_NAMES } from './areas';
import { searchForm } from './script';

/**
 * The areas a keyword names: those whose name begins with it, in either script (南开 → 南开区,
 * 西青 → 西青区, 天津 → 天津市). Under two characters a keyword names no area: one character
 * begins too many names to mean a place.
 */
export function areasNamed(keyword: string): string[] {
  const text = searchForm(keyword);
  if ([...text].length < 2) return [];
  const codes: string[] = [];
  for (const area of allAreas()) if (!PLACEHOLDER_NAMES.has(area.name) && area.name.startsWith(text)) codes.push(area.code);
  return codes;
}
