/**
 * AdminArea.zhejiang: the counties, pairings, cooperation parks and projects in an area at any level
 * (province, city or county). A pairing is in the area when either of its counties is; a project
 * when it takes place there or its pairing is.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { areaPrefix, isWithin } from '../../../../schema/contract/areas';
import type { SubgraphContext } from '../../../kit/context';
import { AdminAreaRef } from '../../../kit/contract-types';
import * as E from '../entities';

@ObjectType('ZhejiangAreaView', { description: '浙江视角 — the Zhejiang programme\'s view of an area.' })
export class ZhejiangAreaView {
  @Field(() => [E.County], { description: '县(市、区) — named industrial and mountain counties in the area.' }) counties!: E.County[];
  @Field(() => [E.Pairing], { description: '结对联合体 — pairings with a county in the area.' }) pairings!: E.Pairing[];
  @Field(() => [E.CooperationPark], { description: '产业合作园区 — cooperation parks in the area.' }) parks!: E.CooperationPark[];
  @Field(() => [E.Project], { description: '合作项目 — projects that take place in the area or belong to one of its pairings.' }) projects!: E.Project[];
}

/** Rows whose `column` lies within any of the areas: one IN list per prefix length (province, city, county). */
function withinAny<T>(codes: readonly string[], column: string): FilterQuery<T> {
  const byLength = new Map<number, Set<string>>();
  for (const prefix of codes.map(areaPrefix)) byLength.set(prefix.length, (byLength.get(prefix.length) ?? new Set()).add(prefix));
  return { $or: [...byLength].map(([n, prefixes]) => ({ [raw((alias) => `substr(${alias}.${column}, 1, ${n})`)]: { $in: [...prefixes] } })) } as FilterQuery<T>;
}

@Resolver(() => AdminAreaRef)
export class AreaZhejiangResolver {
  @FieldResolver(() => ZhejiangAreaView, { nullable: true, description: '浙江 — the Zhejiang programme in this area.' })
  zhejiang(@Root() area: AdminAreaRef, @Ctx() ctx: SubgraphContext): Promise<ZhejiangAreaView> {
    return ctx.loader<string, ZhejiangAreaView>('areaView', async (codes) => {
      const counties = await ctx.em.find(E.County, withinAny<E.County>(codes, 'area_code'), { orderBy: { key: 'asc' } });
      const countyKeys = counties.map((c) => c.key);
      const pairings = countyKeys.length
        ? await ctx.em.find(E.Pairing, { $or: [{ industrialCountyKey: { $in: countyKeys } }, { mountainCountyKey: { $in: countyKeys } }] }, { orderBy: { key: 'asc' } })
        : [];
      const [parks, projects] = await Promise.all([
        ctx.em.find(E.CooperationPark, withinAny<E.CooperationPark>(codes, 'area_code'), { orderBy: { key: 'asc' } }),
        ctx.em.find(E.Project, { $or: [withinAny<E.Project>(codes, 'host_area_code'), { pairingKey: { $in: pairings.map((p) => p.key) } }] }, { orderBy: { key: 'asc' } }),
      ]);
      return codes.map((code) => {
        const here = new Set(counties.filter((c) => isWithin(c.areaCode, code)).map((c) => c.key));
        const pairingsHere = pairings.filter((p) => here.has(p.industrialCountyKey) || here.has(p.mountainCountyKey));
        const pairingKeys = new Set(pairingsHere.map((p) => p.key));
        return Object.assign(new ZhejiangAreaView(), {
          counties: counties.filter((c) => here.has(c.key)),
          pairings: pairingsHere,
          parks: parks.filter((p) => isWithin(p.areaCode, code)),
          projects: projects.filter((p) => isWithin(p.hostAreaCode, code) || pairingKeys.has(p.pairingKey)),
        });
      });
    }).load(area.code);
  }
}
