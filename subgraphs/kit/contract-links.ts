/**
 * Links from a region's native records to the shared entities, so one query can walk from a
 * Zhejiang project to its IndustryChain and on to Tianjin's firms in that chain; the gateway resolves
 * the rest of each entity from whichever subgraph owns the fields asked for. Each link is a resolver
 * class adding one field to a native type from the record's own key; no query is run.
 */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { AdminAreaRef, CooperationProjectRef, FirmRef, IndustryChainRef, ScopeRef } from './contract-types';

export const firmRef = (uscc: string) => Object.assign(new FirmRef(), { uscc });
export const areaRef = (code: string) => Object.assign(new AdminAreaRef(), { code });
export const chainRef = (code: string) => Object.assign(new IndustryChainRef(), { code });
export const projectRef = (id: string) => Object.assign(new CooperationProjectRef(), { id });
export const scopeRef = (id: string) => Object.assign(new ScopeRef(), { id });

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type NativeType<T> = Function & { prototype: T };
type Key<T> = (record: T) => string | null | undefined;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function named(resolver: Function, type: Function, field: string): Function {
  Object.defineProperty(resolver, 'name', { value: `${type.name}${field[0]!.toUpperCase()}${field.slice(1)}Link` });
  return resolver;
}

/** `profile: Firm` — the firm this record describes, across every region (firm 360). */
export function linkProfile<T extends object>(type: NativeType<T>, uscc: Key<T>) {
  @Resolver(() => type)
  class Link {
    @FieldResolver(() => FirmRef, { nullable: true, description: '跨区域企业 — this firm across every region (Firm, firm 360).' })
    profile(@Root() record: T) {
      const key = uscc(record);
      return key ? firmRef(key) : null;
    }
  }
  return named(Link, type, 'profile');
}

/** `industryChain: IndustryChain` — the canonical chain the record belongs to. */
export function linkIndustryChain<T extends object>(type: NativeType<T>, code: Key<T>, deprecationReason?: string) {
  @Resolver(() => type)
  class Link {
    @FieldResolver(() => IndustryChainRef, { nullable: true, description: '标准产业链 — the canonical industry chain, shared by every region.', deprecationReason })
    industryChain(@Root() record: T) {
      const key = code(record);
      return key ? chainRef(key) : null;
    }
  }
  return named(Link, type, 'industryChain');
}

/** `industryChains: [IndustryChain!]!` — for records spanning several chains. */
export function linkIndustryChains<T extends object>(type: NativeType<T>, codes: (record: T) => string[]) {
  @Resolver(() => type)
  class Link {
    @FieldResolver(() => [IndustryChainRef], { description: '标准产业链 — the canonical industry chains, shared by every region.' })
    industryChains(@Root() record: T) {
      return [...new Set(codes(record))].map(chainRef);
    }
  }
  return named(Link, type, 'industryChains');
}

/**
 * `adminArea: AdminArea` — the GB/T 2260 area of the record, with its name; `field` and
 * `description` name another area code of the record (`foundedArea` for `foundedAreaCode`…).
 */
export function linkAdminArea<T extends object>(type: NativeType<T>, code: Key<T>, field = 'adminArea', description = '行政区划 — the GB/T 2260 area, shared by every region.') {
  @Resolver(() => type)
  class Link {
    @FieldResolver(() => AdminAreaRef, { nullable: true, description, name: field })
    area(@Root() record: T) {
      const key = code(record);
      return key ? areaRef(key) : null;
    }
  }
  return named(Link, type, field);
}

/** `cooperationProject: CooperationProject` — the record as a cross-region cooperation project. */
export function linkCooperationProject<T extends object>(type: NativeType<T>, id: Key<T>) {
  @Resolver(() => type)
  class Link {
    @FieldResolver(() => CooperationProjectRef, { nullable: true, description: '合作项目 — this record as a cooperation project across regions.' })
    cooperationProject(@Root() record: T) {
      const key = id(record);
      return key ? projectRef(key) : null;
    }
  }
  return named(Link, type, 'cooperationProject');
}

/** `scope: Scope` — the record as a scope of the cross-region layer (its gap analysis, its members). */
export function linkScope<T extends object>(type: NativeType<T>, id: Key<T>) {
  @Resolver(() => type)
  class Link {
    @FieldResolver(() => ScopeRef, { nullable: true, description: '范围 — this record as a scope: pass its id to chainGapAnalysis or FirmFilter.scopeId.' })
    scope(@Root() record: T) {
      const key = id(record);
      return key ? scopeRef(key) : null;
    }
  }
  return named(Link, type, 'scope');
}
