/**
 * Query.chainGapAnalysis (补链): which canonical links of a chain a scope's member firms cover,
 * which are missing (unserved, or stated as gaps by a report), and for each missing link the firms
 * of the candidate regions that could fill it, ranked by the matchmaking score (scoring.ts).
 */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { CanonicalChain } from '../../../../schema/contract/chains';
import { CoopError, type RegionName } from '../../../../schema/contract/errors';
import type { DirectoryFirmPage } from '../../../kit/directory/types';
import { REGIONS } from '../config';
import { askRegions, type CrossRegionContext } from '../context';
import { completeFirms, firmLoader } from '../loaders';
import { compareRanked, isCandidate, scoreCandidate, type Ranked } from '../scoring';
import { GapAnalysisArgs } from '../types/args';
import { chainLink, industryChain } from '../types/chain';
import type { Firm, FirmRecord } from '../types/firm';
import { CandidateScope, ChainGapAnalysis, LinkCoverage, MatchCandidate, MatchScore, MissingLink } from '../types/gap-analysis';
import { regionEnum } from '../types/region';
import { Scope, scopeFromRow } from '../types/scope';
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
      '补链分析 — for a scope (Query.scopes) and a chain: the canonical links its member firms cover, the missing ones (unserved, or a gap a report states), and for each missing link candidate firms ranked by the MatchScore.',
  })
  async chainGapAnalysis(@Ctx() ctx: CrossRegionContext, @Args(() => GapAnalysisArgs) { scopeId, chainCode, candidates, first }: GapAnalysisArgs): Promise<ChainGapAnalysis> {
    const chain = validChain(chainCode, 'chainCode');
    const size = pageSize(first ?? 5);
    const scope = await loadScope(ctx, scopeId);

    const members = (await firmLoader(ctx).loadMany(scope.memberUsccs)).filter((f): f is Firm => !!f && !(f instanceof Error));
    const links = chain.links.map((code) => {
      const firms = members.filter((m) => serves(m, chain.code, code));
      return Object.assign(new LinkCoverage(), { link: chainLink(code)!, covered: firms.length > 0, firms });
    });
    const statedGaps = scope.statedGaps.filter((g) => g.chain.code === chain.code);
    const gapLinks = statedGaps.map((g) => g.link?.code).filter((c): c is string => !!c);
    const missingCodes = [...new Set([...links.filter((l) => !l.covered).map((l) => l.link.code), ...gapLinks])];

    const candidateRegions = REGIONS.filter((r) => candidates === CandidateScope.ALL_REGIONS || r !== (scope.region as string));
    const { pool } = missingCodes.length ? await candidatePool(ctx, candidateRegions, chain, missingCodes) : { pool: new Map<string, FirmRecord[]>() };
    for (const uscc of scope.memberUsccs) pool.delete(uscc);
    const rankings = missingCodes.map((code) => rankFor(pool, chain.code, code, scope.areaCode, size));
    // One completion for every proposed firm: each region's full record of it.
    const proposed = [...new Map(rankings.flat().map((r) => [r.uscc, r.records])).values()];
    const completed = new Map((await completeFirms(ctx, proposed)).map((f) => [f.uscc, f]));

    const missingLinks = missingCodes.map((code, i) =>
      Object.assign(new MissingLink(), {
        link: chainLink(code)!,
        unserved: !members.some((m) => serves(m, chain.code, code)),
        statedGaps: statedGaps.filter((g) => g.link?.code === code),
        candidates: rankings[i]!.map((r) =>
          Object.assign(new MatchCandidate(), { firm: completed.get(r.uscc)!, score: Object.assign(new MatchScore(), r.score) }),
        ),
      }),
    );
    return Object.assign(new ChainGapAnalysis(), {
      scope,
      chain: industryChain(chain),
      memberCount: scope.memberCount,
      chainMembers: members.filter((m) => serves(m, chain.code)),
      links,
      missingLinks,
      statedGaps,
      coverage: links.length ? Math.round((links.filter((l) => l.covered).length / links.length) * 10_000) / 10_000 : 0,
      candidateRegions: candidateRegions.map(regionEnum),
      // Members (firm loader) and candidates are asked of several regions: any that failed this request.
      missingRegions: ctx.failures.regions.map(regionEnum),
    });
  }
}
