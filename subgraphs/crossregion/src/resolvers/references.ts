/**
 * Entity references: how the gateway asks this subgraph for the common fields of a Firm,
 * CooperationProject, IndustryChain, AdminArea or Scope another subgraph returned. Firms, projects
 * and scopes are batched by their loaders: one directory call per region per batch.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReferenceResolvers } from '../../../kit/schema';
import type { CrossRegionContext } from '../context';
import { firmLoader, projectLoader, scopeLoader } from '../loaders';
import { adminArea } from '../types/area';
import { industryChainByCode } from '../types/chain';
import { Firm } from '../types/firm';

export const REFERENCE_RESOLVERS: ReferenceResolvers = {
  Firm: { __resolveReference: (ref: { uscc: string }, ctx: CrossRegionContext) => firmLoader(ctx).load(ref.uscc) },
  CooperationProject: { __resolveReference: (ref: { id: string }, ctx: CrossRegionContext) => projectLoader(ctx).load(ref.id) },
  IndustryChain: { __resolveReference: (ref: { code: string }) => industryChainByCode(ref.code) },
  AdminArea: { __resolveReference: (ref: { code: string }) => adminArea(ref.code) },
  Scope: { __resolveReference: (ref: { id: string }, ctx: CrossRegionContext) => scopeLoader(ctx).load(ref.id) },
};

@Resolver(() => Firm)
export class FirmFieldsResolver {
  @FieldResolver(() => Firm, { nullable: true, description: '母公司 — the parent firm, where a report names one.' })
  parent(@Root() firm: Firm, @Ctx() ctx: CrossRegionContext): Promise<Firm | null> | null {
    return firm.parentUscc ? firmLoader(ctx).load(firm.parentUscc) : null;
  }
}
