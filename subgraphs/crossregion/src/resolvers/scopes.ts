/** Query.scopes: parks, alliances, zones, counties and pairings of every region. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { askRegions, type CrossRegionContext } from '../context';
import { ScopesArgs } from '../types/args';
import { regionNames } from '../types/region';
import { Scope, scopeFromRow } from '../types/scope';
import { isWithin } from '../../../../schema/contract/areas';
import { selectedRegions, validArea, validKeyword } from '../validate';

@Resolver()
export class ScopesResolver {
  @Query(() => [Scope], {
    description: '范围 — parks, alliances, zones, counties and pairings of every region, by region then id; found by name or by the area they are in. A region that does not answer is named in the errors.',
  })
  async scopes(@Ctx() ctx: CrossRegionContext, @Args(() => ScopesArgs) { keyword, regions, kinds, areaCode }: ScopesArgs): Promise<Scope[]> {
    const text = validKeyword(keyword, 'keyword') ?? null;
    const area = areaCode == null ? null : validArea(areaCode, 'areaCode');
    const wanted = kinds ? new Set(kinds.map((k) => k.trim().toUpperCase())) : null;
    const { answers } = await askRegions(ctx, selectedRegions(regionNames(regions), 'regions'), (client) => client.scopes(null, text));
    return answers.flatMap(({ region, rows }) =>
      rows.filter((row) => (!wanted || wanted.has(row.kind.toUpperCase())) && (!area || isWithin(row.areaCode, area))).map((row) => scopeFromRow(region, row)),
    );
  }
}
