/**
 * The exact total of a merged firm list — a firm several regions record counted once — from each
 * region's count and what it says of its matches other regions may record (kit/directory/overlap.ts),
 * never from every matching key.
 *
 * A region that records a firm with known peers, and finds it matching, is an extra count when:
 * - without a filter (every record matches): one of its peers answered before it, in canonical
 *   order; the region's groups say how many firms that is, by their peers;
 * - with a filter: several regions listed the firm among their matching shared firms (all but one
 *   are extra).
 * Firms whose peers are unknown (sample data, written firms) are looked up in every answering
 * region (`lookUp`): each counts once, less what the rules above already took off for it.
 */
import type { RegionName } from '../../../schema/contract/errors';
import type { FirmOverlap, SharedKey } from '../../kit/directory/overlap';
import { UNKNOWN_PEERS } from '../../kit/directory/shared-firms';
import { REGIONS } from './config';

export interface RegionTotal {
  region: RegionName;
  count: number;
  overlap: FirmOverlap;
}

const peersOf = (peers: string | null): RegionName[] | null => (peers == null || peers === UNKNOWN_PEERS ? null : (peers.split(',') as RegionName[]));

export async function distinctTotal(
  parts: readonly RegionTotal[],
  unfiltered: boolean,
  lookUp: (usccs: string[]) => Promise<Array<{ region: RegionName; keys: SharedKey[] }>>,
): Promise<number> {
  const answered = REGIONS.filter((r) => parts.some((p) => p.region === r));
  const earlier = (region: RegionName) => new Set(answered.slice(0, answered.indexOf(region)));
  /** Whether a region that finds a firm with these peers matching counted it already as an extra, without a filter. */
  const counted = (region: RegionName, peers: string | null) => peersOf(peers)?.some((p) => earlier(region).has(p)) ?? false;

  let total = parts.reduce((sum, p) => sum + p.count, 0);
  const listed = new Map<string, number>();
  const unknown = new Set<string>();
  for (const part of parts) {
    for (const group of part.overlap.groups) if (counted(part.region, group.peers)) total -= group.count;
    for (const key of part.overlap.keys) {
      if (!peersOf(key.peers)) unknown.add(key.uscc);
      else if (!unfiltered) listed.set(key.uscc, (listed.get(key.uscc) ?? 0) + 1);
    }
  }
  for (const n of listed.values()) total -= n - 1;
  if (!unknown.size || answered.length < 2) return total;

  const found = new Map<string, Array<{ region: RegionName; peers: string | null }>>();
  for (const { region, keys } of await lookUp([...unknown])) {
    for (const key of keys) found.set(key.uscc, [...(found.get(key.uscc) ?? []), { region, peers: key.peers }]);
  }
  for (const [, matches] of found) {
    const known = matches.filter((m) => peersOf(m.peers));
    const already = unfiltered ? known.filter((m) => counted(m.region, m.peers)).length : Math.max(0, known.length - 1);
    total -= matches.length - 1 - already;
  }
  return total;
}
