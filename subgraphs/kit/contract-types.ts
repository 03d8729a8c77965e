/**
 * The shared entity contract as each region sees it: the entities every region contributes to,
 * declared by key only. A region adds its own namespaced field to each (Firm.tianjin,
 * IndustryChain.zhejiang, …) with a field resolver; the cross-region subgraph owns the common fields.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Firm', { description: '企业 — a firm, identified by its unified social credit code (统一社会信用代码, GB 32100-2015).' })
@Directive('@key(fields: "uscc")')
export class FirmRef {
  @Field(() => ID, { description: '统一社会信用代码 — unified social credit code, 18 characters.' })
  uscc!: string;
}

@ObjectType('AdminArea', { description: '行政区划 — a province, city or county by its GB/T 2260 six-digit code.' })
@Directive('@key(fields: "code")')
export class AdminAreaRef {
  @Field(() => ID, { description: '行政区划代码 — GB/T 2260 six-digit code.' })
  code!: string;
}

@ObjectType('IndustryChain', { description: '产业链 — an industry chain of the canonical taxonomy every region maps its own chain names onto.' })
@Directive('@key(fields: "code")')
export class IndustryChainRef {
  @Field(() => ID, { description: '产业链代码 — canonical chain code, e.g. POWER_BATTERY.' })
  code!: string;
}

@ObjectType('CooperationProject', { description: '合作项目 — a cooperation between firms, parks, zones or counties.' })
@Directive('@key(fields: "id")')
export class CooperationProjectRef {
  @Field(() => ID, { description: '项目编号 — globally unique id, `<region>:<kind>:<key>`.' })
  id!: string;
}

@ObjectType('Scope', { description: '范围 — a park, alliance, zone, county or pairing of a region, with member firms.' })
@Directive('@key(fields: "id")')
export class ScopeRef {
  @Field(() => ID, { description: '编号 — `<region>:<kind>:<key>`; pass it to chainGapAnalysis or FirmFilter.scopeId.' })
  id!: string;
}

/** Reference resolvers for the key-only stubs: the representation is all a region needs. */
export const CONTRACT_REFERENCE_RESOLVERS = {
  Firm: { __resolveReference: (ref: { uscc: string }) => Object.assign(new FirmRef(), { uscc: ref.uscc }) },
  AdminArea: { __resolveReference: (ref: { code: string }) => Object.assign(new AdminAreaRef(), { code: ref.code }) },
  IndustryChain: { __resolveReference: (ref: { code: string }) => Object.assign(new IndustryChainRef(), { code: ref.code }) },
  CooperationProject: { __resolveReference: (ref: { id: string }) => Object.assign(new CooperationProjectRef(), { id: ref.id }) },
  Scope: { __resolveReference: (ref: { id: string }) => Object.assign(new ScopeRef(), { id: ref.id }) },
};

// Each region's view on a contract entity (Firm.tianjin, IndustryChain.zhejiang…) is nullable on
// purpose: when that region is down, the gateway nulls only its field instead of the whole answer.
