/**
 * The matchmaking score of chain-gap analysis (补链): how well a firm could fill a missing link of a
 * scope's chain. Four parts, each 0..1, weighted into a total 0..1; pure, so it is tested alone.
 */
import { areaDistance } from '../../../schema/contract/areas';

export const SCORE_WEIGHTS = { chainMatch: 0.3, linkMatch: 0.4, cooperationHistory: 0.15, proximity: 0.15 } as const;

/** Steps between counties in different provinces: the largest areaDistance between GB/T 2260 areas. */
export const MAX_AREA_DISTANCE = 6;

export const SCORE_DESCRIPTION =
  `total = ${SCORE_WEIGHTS.chainMatch}·chainMatch + ${SCORE_WEIGHTS.linkMatch}·linkMatch + ${SCORE_WEIGHTS.cooperationHistory}·cooperationHistory + ${SCORE_WEIGHTS.proximity}·proximity. ` +
  'chainMatch: 1 when the firm serves the chain, else 0. linkMatch: 1 when it serves the missing link in this chain, 0.5 in another chain, ' +
  '0.25 when it is in the chain with its link unstated, else 0. cooperationHistory: 1 − 1/(1 + cooperation projects). ' +
  `proximity: 1 − (steps between the firm's nearest area and the scope's area in the GB/T 2260 tree) / ${MAX_AREA_DISTANCE}.`;

export interface CandidateFacts {
  /** Every (chain, link) the firm serves; link '' when a report names only the chain. */
  chains: ReadonlyArray<{ chainCode: string; linkCode: string }>;
  cooperationCount: number;
  /** Every area a region places the firm in. */
  areaCodes: readonly string[];
}

export interface ScoreTarget {
  chainCode: string;
  linkCode: string;
  areaCode: string;
}

export interface ScoreParts {
  chainMatch: number;
  linkMatch: number;
  cooperationHistory: number;
  proximity: number;
  total: number;
  /** Steps from the firm's nearest area to the scope's; null when the firm has no known area. */
  areaDistance: number | null;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function scoreCandidate(facts: CandidateFacts, target: ScoreTarget): ScoreParts {
  const inChain = facts.chains.filter((c) => c.chainCode === target.chainCode);
  const chainMatch = inChain.length ? 1 : 0;
  const linkMatch = inChain.some((c) => c.linkCode === target.linkCode)
    ? 1
    : facts.chains.some((c) => c.linkCode === target.linkCode)
      ? 0.5
      : inChain.some((c) => c.linkCode === '')
        ? 0.25
        : 0;
  const cooperationHistory = 1 - 1 / (1 + Math.max(0, facts.cooperationCount));
  const distances = facts.areaCodes.map((code) => areaDistance(code, target.areaCode));
  const distance = distances.length ? Math.min(...distances) : null;
  const proximity = distance === null ? 0 : Math.max(0, 1 - distance / MAX_AREA_DISTANCE);
  const total =
    SCORE_WEIGHTS.chainMatch * chainMatch +
    SCORE_WEIGHTS.linkMatch * linkMatch +
    SCORE_WEIGHTS.cooperationHistory * cooperationHistory +
    SCORE_WEIGHTS.proximity * proximity;
  return { chainMatch, linkMatch, cooperationHistory: round(cooperationHistory), proximity: round(proximity), total: round(total), areaDistance: distance };
}

/** Whether a firm is a candidate at all: it must serve the chain or the link. */
export function isCandidate(parts: ScoreParts): boolean {
  return parts.chainMatch > 0 || parts.linkMatch > 0;
}

export interface Ranked {
  score: ScoreParts;
  cooperationCount: number;
  sortKey: string;
  uscc: string;
}

/** Best first: total, then cooperation history, then name and code so equal scores list stably. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score.total - a.score.total || b.cooperationCount - a.cooperationCount || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0) || (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0);
}
