/**
 * Query.chainGapAnalysis (补链): which canonical links of a chain a scope covers, which are missing,
 * and for each missing link the firms of the candidate regions that could fill it, ranked by the
 * matchmaking score (scoring.ts). It uses everything the reports state about the scope, about the
 * scopes it lies in (an alliance's park, the park's development zone) and about the scopes inside it
 * (a pairing's counties), and the chain placements of the firms of all of them; each fact says
 * which scope it was stated about, and each placement the sentence it rests on.
 */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { CanonicalChain } from '../../../../schema/contract/chains';
import { CoopError, type RegionName } from '../../../../schema/contract/errors';
import type { DirectoryFirmPage } from '../../../kit/directory/types';
import { REGIONS } from '../config';
import { askRegions, type CrossRegionContext } from '../context';
import { completeFirms, firmLoader, scopeLoader } from '../loaders';
import { compareRanked, isCandidate, scoreCandidate, type Ranked } from '../scoring';
import { GapAnalysisArgs } from '../types/args';
import { chainLink, industryChain } from '../types/chain';
import type { Firm, FirmRecord } from '../types/firm';
import { CandidateScope, ChainGapAnalysis, LinkCoverage, LinkPlacement, MatchCandidate, MatchScore, MissingLink } from '../types/gap-analysis';
import { regionEnum } from '../types/region';
import { Scope, ScopeRelation, scopeFromRow, statedFacts, type StatedGap, type StatedLink } from '../types/scope';
import { pageSize, scopeRegion, validChain } from '../validate';

async function loadScope(ctx: CrossRegionContext, scopeId: string): Promise<Scope> {
  const region = scopeRegion(scopeId, 'scopeId');
  const answer = await ctx.clients[region].scopes([scopeId], null);
  // Without the scope there is nothing to analyse: this error is the field's own.
  if (answer.error) throw CoopError.regionUnavailable(region, answer.error.detail);
  const row = answer.rows[0];
  if (!row) throw CoopError.notFound('Scope', scopeId);
  return scopeFromRow(region, row);
}

/** Containment is a few levels deep (zone, park, wing, component): a bound keeps a cycle in the data harmless. */
const MAX_DEPTH = 8;

/** Every scope reachable from `scope` by `next` (its parents, or its children), nearest first, each once. */
async function reachable(ctx: CrossRegionContext, scope: Scope, next: (s: Scope) => string[]): Promise<Scope[]> {
  const seen = new Set([scope.id]);
  const found: Scope[] = [];
  let level = [scope];
  for (let depth = 0; depth < MAX_DEPTH && level.length; depth++) {
    const ids = [...new Set(level.flatMap(next))].filter((id) => !seen.has(id));
    ids.forEach((id) => seen.add(id));
    level = (await scopeLoader(ctx).loadMany(ids)).filter((s): s is Scope => !!s && !(s instanceof Error));
    found.push(...level);
  }
  return found;
}

const serves = (firm: Firm, chainCode: string, linkCode?: string) =>
  firm.records.some(({ row }) => row.chains.some((c) => c.chainCode === chainCode && (linkCode === undefined || c.linkCode === linkCode)));

/** Every firm of the candidate regions in the chain or on a missing link, by credit code. */
async function candidatePool(ctx: CrossRegionContext, regions: RegionName[], chain: CanonicalChain, linkCodes: string[]) {
  const { answers, missing } = await askRegions(ctx, regions, (client) => client.candidatePool(chain.code, linkCodes));
  const pool = new Map<string, FirmRecord[]>();
  const add = (region: RegionName, page: DirectoryFirmPage) => {
    if (page.totalCount > page.rows.length) ctx.log.warn('candidate pool truncated', { requestId: ctx.requestId, region, totalCount: page.totalCount });
    for (const row of page.rows) {
      const records = pool.get(row.uscc) ?? [];
      if (!records.some((r) => r.region === region)) pool.set(row.uscc, [...records, { region, row }]);
    }
  };
  for (const { region, rows } of answers) {
    add(region, rows.inChain);
    add(region, rows.onLinks);
  }
  return { pool, missing };
}

function rankFor(pool: Map<string, FirmRecord[]>, chainCode: string, linkCode: string, areaCode: string, first: number): Array<Ranked & { records: FirmRecord[] }> {
  const ranked = [...pool.values()].map((records) => {
    const facts = {
      chains: records.flatMap((r) => r.row.chains),
      cooperationCount: records.reduce((s, r) => s + r.row.cooperationCount, 0),
      areaCodes: records.map((r) => r.row.areaCode),
    };
    return { records, score: scoreCandidate(facts, { chainCode, linkCode, areaCode }), cooperationCount: facts.cooperationCount, sortKey: records[0]!.row.sortKey, uscc: records[0]!.row.uscc };
  });
  return ranked.filter((r) => isCandidate(r.score)).sort(compareRanked).slice(0, first);
}

@Resolver()
export class GapAnalysisResolver {
  @Query(() => ChainGapAnalysis, {
    description:
      '补链分析 — for a scope (Query.scopes) and a chain: the canonical links it covers (by its firms\' placements, or as a report states of it or of a scope inside it), the missing ones (uncovered, or a gap a report states of it or of a scope it lies in), and for each missing link candidate firms ranked by the MatchScore. Every stated fact names the scope it was stated about.',
  })
  async chainGapAnalysis(@Ctx() ctx: CrossRegionContext, @Args(() => GapAnalysisArgs) { scopeId, chainCode, candidates, first }: GapAnalysisArgs): Promise<ChainGapAnalysis> {
    const chain = validChain(chainCode, 'chainCode');
    const size = pageSize(first ?? 5);
    const scope = await loadScope(ctx, scopeId);
    const [containing, inside] = await Promise.all([
      reachable(ctx, scope, (s) => s.containedIn.map((p) => p.scopeId)),
      reachable(ctx, scope, (s) => s.contains.map((c) => c.scopeId)),
    ]);

    // The firms analysed: the scope's own, and those of the scopes inside it (each with the scope it came through).
    const memberOf = new Map<string, Scope>();
    for (const s of [scope, ...inside]) for (const uscc of s.memberUsccs) if (!memberOf.has(uscc)) memberOf.set(uscc, s);
    const members = (await firmLoader(ctx).loadMany([...memberOf.keys()])).filter((f): f is Firm => !!f && !(f instanceof Error));

    const facts = [
      statedFacts(scope, ScopeRelation.SELF),
      ...containing.map((s) => statedFacts(s, ScopeRelation.CONTAINING)),
      ...inside.map((s) => statedFacts(s, ScopeRelation.MEMBER)),
    ];
    const statedGaps: StatedGap[] = facts.flatMap((f) => f.gaps).filter((g) => g.chain.code === chain.code);
    const statedLinks: StatedLink[] = facts.flatMap((f) => f.links).filter((l) => l.chain.code === chain.code);
    // What is stated of the scope or of a scope inside it covers the scope; of a scope it lies in, not necessarily.
    const coversScope = (relation: ScopeRelation) => relation !== ScopeRelation.CONTAINING;
    // A gap stated of the scope or of a scope it lies in (the park's missing production land) is the scope's too.
    const binds = (relation: ScopeRelation) => relation !== ScopeRelation.MEMBER;

    const links = chain.links.map((code) => {
      const firms = members.filter((m) => serves(m, chain.code, code));
      const stated = statedLinks.filter((l) => l.link.code === code);
      const placements = firms.flatMap((firm) =>
        firm.chains
          .filter((c) => c.chain.code === chain.code && c.link?.code === code)
          .map((c) => Object.assign(new LinkPlacement(), { firm, region: c.region, basis: c.basis, evidence: c.evidence, source: c.source, via: memberOf.get(firm.uscc)!.id })),
      );
      return Object.assign(new LinkCoverage(), {
        link: chainLink(code)!,
        covered: firms.length > 0 || stated.some((l) => coversScope(l.relation)),
        servedByMembers: firms.length > 0,
        firms,
        placements,
        statedLinks: stated,
      });
    });
    const gapLinks = statedGaps.filter((g) => binds(g.relation)).map((g) => g.link?.code).filter((c): c is string => !!c);
    const missingCodes = [...new Set([...links.filter((l) => !l.covered).map((l) => l.link.code), ...gapLinks])];

    const candidateRegions = REGIONS.filter((r) => candidates === CandidateScope.ALL_REGIONS || r !== (scope.region as string));
    const { pool } = missingCodes.length ? await candidatePool(ctx, candidateRegions, chain, missingCodes) : { pool: new Map<string, FirmRecord[]>() };
    for (const uscc of memberOf.keys()) pool.delete(uscc);
    const rankings = missingCodes.map((code) => rankFor(pool, chain.code, code, scope.areaCode, size));
    // One completion for every proposed firm: each region's full record of it.
    const proposed = [...new Map(rankings.flat().map((r) => [r.uscc, r.records])).values()];
    const completed = new Map((await completeFirms(ctx, proposed)).map((f) => [f.uscc, f]));

    const missingLinks = missingCodes.map((code, i) =>
      Object.assign(new MissingLink(), {
        link: chainLink(code)!,
        unserved: !members.some((m) => serves(m, chain.code, code)),
        statedGaps: statedGaps.filter((g) => g.link?.code === code),
        statedLinks: statedLinks.filter((l) => l.link.code === code),
        candidates: rankings[i]!.map((r) =>
          Object.assign(new MatchCandidate(), { firm: completed.get(r.uscc)!, score: Object.assign(new MatchScore(), r.score) }),
        ),
      }),
    );
    return Object.assign(new ChainGapAnalysis(), {
      scope,
      chain: industryChain(chain),
      memberCount: members.length,
      containingScopes: containing,
      memberScopes: inside,
      chainMembers: members.filter((m) => serves(m, chain.code)),
      links,
      missingLinks,
      statedGaps,
      statedLinks,
      coverage: links.length ? Math.round((links.filter((l) => l.covered).length / links.length) * 10_000) / 10_000 : 0,
      candidateRegions: candidateRegions.map(regionEnum),
      // Members (firm loader) and candidates are asked of several regions: any that failed this request.
      missingRegions: ctx.failures.regions.map(regionEnum),
    });
  }
}
