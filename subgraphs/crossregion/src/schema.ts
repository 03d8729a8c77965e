/** The cross-region subgraph's schema: Federation 2, built from type-graphql classes by the kit. */
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../kit/schema';
import { AggregatesResolver } from './resolvers/aggregates';
import { AreasResolver } from './resolvers/areas';
import { ChainsResolver } from './resolvers/chains';
import { FirmsResolver } from './resolvers/firms';
import { PageInfoFreshnessResolver } from './resolvers/freshness';
import { GapAnalysisResolver } from './resolvers/gap-analysis';
import { ProjectPartyResolver, ProjectsResolver } from './resolvers/projects';
import { FirmFieldsResolver, REFERENCE_RESOLVERS } from './resolvers/references';
import { ScopesResolver } from './resolvers/scopes';
import { AdminArea } from './types/area';
import { IndustryChain } from './types/chain';
import { Firm } from './types/firm';
import { CooperationProject } from './types/project';
import { Scope } from './types/scope';

export const CROSSREGION_RESOLVERS = [
  FirmsResolver,
  FirmFieldsResolver,
  ProjectsResolver,
  ProjectPartyResolver,
  ChainsResolver,
  AreasResolver,
  ScopesResolver,
  GapAnalysisResolver,
  AggregatesResolver,
  PageInfoFreshnessResolver,
] as const;

/** Composition prints this schema's SDL with printSubgraphSchema (kit/schema.ts). */
export function buildCrossRegionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema([...CROSSREGION_RESOLVERS], REFERENCE_RESOLVERS, [Firm, CooperationProject, IndustryChain, AdminArea, Scope]);
}
