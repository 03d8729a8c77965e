/**
 * Firm.tianjin: what Tianjin knows of a firm — its own record (a firm, or a university or institute),
 * the alliances that name it, the chains and links it serves, its cooperations and needs, and its
 * parent and subsidiaries. 1,000 representations cost one SQL statement per table.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { FirmRef } from '../../../kit/contract-types';
import * as E from '../entities';
import { manyBy, oneBy } from '../resolvers/loaders';
import { cooperationsOf, needsOf } from '../resolvers/region';

@ObjectType('TianjinFirmView', { description: '天津视角 — Tianjin\'s view of a firm.' })
export class TianjinFirmView {
  @Field(() => E.Firm, { nullable: true, description: '本区记录 — Tianjin\'s own record of the firm, if the reports name it.' }) firm!: E.Firm | null;
  @Field(() => E.Organisation, { nullable: true, description: '本区机构记录 — the record when the code is a university or institute.' }) organisation!: E.Organisation | null;
  @Field(() => [E.AllianceMember], { description: '联盟成员资格 — alliances that name it as a member.' }) memberships!: E.AllianceMember[];
  @Field(() => [E.ChainLink], { description: '链环节 — chains and links it serves.' }) chainLinks!: E.ChainLink[];
  @Field(() => [E.Cooperation], { description: '合作 — cooperations it is a party to.' }) cooperations!: E.Cooperation[];
  @Field(() => [E.Need], { description: '需求 — needs it states or meets.' }) needs!: E.Need[];
  @Field(() => E.Firm, { nullable: true, description: '母公司 — its parent firm.' }) parent!: E.Firm | null;
  @Field(() => [E.Firm], { description: '下属单位 — its subsidiaries, branches and units.' }) subsidiaries!: E.Firm[];
}

interface Family {
  firm: E.Firm | null;
  parent: E.Firm | null;
  subsidiaries: E.Firm[];
}

/** A firm with its parent and subsidiaries, for every code asked for, in one statement. */
function familyOf(ctx: SubgraphContext, uscc: string): Promise<Family> {
  return ctx
    .loader<string, Family>('tianjin:firmFamily', async (usccs) => {
      const parentsOfAsked = ctx.em.createQueryBuilder(E.Firm, 'asked').select('asked.parentUscc').where({ uscc: { $in: [...usccs] } });
      // Sorted here, not by the database: an ORDER BY makes SQLite walk the whole table in key order
      // instead of using the three indexes (55,000 firms: 120 ms against 1 ms, bench/).
      const rows = (
        await ctx.em.find(E.Firm, { $or: [{ uscc: { $in: [...usccs] } }, { parentUscc: { $in: [...usccs] } }, { uscc: { $in: parentsOfAsked.getKnexQuery() as never } }] })
      ).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const byUscc = new Map(rows.map((r) => [r.uscc, r]));
      return usccs.map((u) => {
        const firm = byUscc.get(u) ?? null;
        return { firm, parent: firm?.parentUscc ? (byUscc.get(firm.parentUscc) ?? null) : null, subsidiaries: rows.filter((r) => r.parentUscc === u) };
      });
    })
    .load(uscc);
}

@Resolver(() => FirmRef)
export class FirmTianjinResolver {
  @FieldResolver(() => TianjinFirmView, { nullable: true, description: '天津 — what the Tianjin region knows of this firm.' })
  async tianjin(@Root() ref: FirmRef, @Ctx() ctx: SubgraphContext): Promise<TianjinFirmView> {
    const [family, organisation, memberships, cooperations, needs] = await Promise.all([
      familyOf(ctx, ref.uscc),
      oneBy(ctx, E.Organisation, 'uscc', ref.uscc),
      manyBy(ctx, E.AllianceMember, 'memberUscc', ref.uscc),
      cooperationsOf(ctx, ref.uscc),
      needsOf(ctx, ref.uscc),
    ]);
    return Object.assign(new TianjinFirmView(), { ...family, organisation, memberships, chainLinks: family.firm?.chainLinks ?? [], cooperations, needs });
  }
}
