/**
 * What an operation may cost before it runs, measured once for the gateway and every subgraph:
 * GraphQL Armor's rules for depth, aliases, directives and cost, run as one validation of the
 * document per budget and remembered per parsed document (Apollo hands the same parsed document for
 * the same query text), and graphql-js's lexer for tokens. The gateway applies the limits of its
 * callers (gateway/src/plugins/use-operation-limits.ts); a subgraph applies the room its gateway's
 * plans need beyond them (subgraphLimitsOf, kit/limits/subgraph-limits-plugin.ts).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { GraphQLError, Lexer, Source, TokenKind, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { wholeNumber } from '../whole-number';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxPageSize: number;
  /** GraphQL Armor cost budget per operation; reporting jobs get reportingCostLimit. */
  costLimit: number;
  reportingCostLimit: number;
}

/** The gateway's limits on its callers' operations, GATEWAY_MAX_DEPTH… (docs/configuration.md). */
export function operationLimitsOf(env: NodeJS.ProcessEnv, errors: string[]): OperationLimits {
  return {
    maxDepth: wholeNumber(env, 'GATEWAY_MAX_DEPTH', 12, errors),
    maxAliases: wholeNumber(env, 'GATEWAY_MAX_ALIASES', 30, errors),
    maxDirectives: wholeNumber(env, 'GATEWAY_MAX_DIRECTIVES', 10, errors),
    maxTokens: wholeNumber(env, 'GATEWAY_MAX_TOKENS', 4000, errors),
    maxPageSize: wholeNumber(env, 'GATEWAY_MAX_PAGE_SIZE', 200, errors),
    costLimit: wholeNumber(env, 'GATEWAY_COST_LIMIT', 5000, errors),
    reportingCostLimit: wholeNumber(env, 'GATEWAY_REPORTING_COST_LIMIT', 50_000, errors),
  };
}

/** The shape limits and the cost budget one check applies. */
export interface LimitBudget {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

/**
 * A subgraph's limits: the gateway's, with the room its query plans add to what a caller sent — an
 * entity fetch nests a selection under `_entities` and a type condition, and the cross-region layer
 * asks a region for up to MAX_BATCHED_PAGES lists in one operation, one alias each. Anything beyond
 * this did not come from a plan of an operation the gateway admitted.
 */
export const MAX_BATCHED_PAGES = 100;
export function subgraphLimitsOf(limits: OperationLimits): LimitBudget {
  return {
    maxDepth: limits.maxDepth + 4,
    maxAliases: limits.maxAliases + MAX_BATCHED_PAGES,
    // A fragment the caller spread twice is written out twice in a plan, directives and all.
    maxDirectives: limits.maxDirectives * 4,
    maxCost: Math.max(limits.costLimit, limits.reportingCostLimit) * 2,
  };
}

/** Tokens in a document, counting stops just past `max` (a syntax error ends the count: parsing reports it). */
export function countTokens(document: string, max: number): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) break;
  } catch {
    // not lexable: GRAPHQL_PARSE_FAILED follows
  }
  return count;
}

/** Which limit an operation went over, by how much. */
export interface LimitExceeded {
  limit: 'depth' | 'aliases' | 'directives' | 'cost' | 'complexity';
  found: number;
  max: number;
}

const LIMIT_NAMES: Array<[RegExp, LimitExceeded['limit']]> = [
  [/^Query depth/, 'depth'],
  [/^Aliases/, 'aliases'],
  [/^Directives/, 'directives'],
  [/^Query Cost/, 'cost'],
];

/** Armor reports "Syntax Error: <limit> limit of N exceeded, found M." */
function exceeded(armorError: GraphQLError): LimitExceeded {
  const text = armorError.message.replace(/^Syntax Error: /, '');
  const match = /limit of (\d+) exceeded, found (\d+)/.exec(text);
  return { limit: LIMIT_NAMES.find(([pattern]) => pattern.test(text))?.[1] ?? 'complexity', found: Number(match?.[2] ?? 0), max: Number(match?.[1] ?? 0) };
}

function armorRules(config: GraphQLArmorConfig): readonly ValidationRule[] {
  const report = { onReject: [(ctx: { reportError(e: GraphQLError): void } | null, error: GraphQLError) => ctx?.reportError(error)], propagateOnRejection: false };
  const off = { enabled: false };
  // Field suggestions are the gateway's plugins/use-error-hints.ts's.
  const all: GraphQLArmorConfig = { maxDepth: off, maxAliases: off, maxDirectives: off, costLimit: off, maxTokens: off, blockFieldSuggestion: off };
  const parts = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, { ...v, ...report }]));
  return new ApolloArmor({ ...all, ...parts }).protect().validationRules;
}

/**
 * A check of documents against named budgets: the first limit a document goes over under that
 * budget, or null. Each verdict is computed once per parsed document and budget.
 */
export function limitCheck<B extends string>(budgets: Record<B, LimitBudget>): (schema: GraphQLSchema, document: DocumentNode, budget: B) => LimitExceeded | null {
  const rules = Object.fromEntries(
    Object.entries<LimitBudget>(budgets).map(([name, b]) => [
      name,
      // Shape first: an operation both too deep and too costly is told of its depth.
      [...armorRules({ maxDepth: { n: b.maxDepth, flattenFragments: true }, maxAliases: { n: b.maxAliases }, maxDirectives: { n: b.maxDirectives } }), ...armorRules({ costLimit: { maxCost: b.maxCost, flattenFragments: true } })],
    ]),
  ) as unknown as Record<B, readonly ValidationRule[]>;
  const verdicts = new WeakMap<DocumentNode, Map<B, LimitExceeded | null>>();
  return (schema, document, budget) => {
    let byBudget = verdicts.get(document);
    if (!byBudget) verdicts.set(document, (byBudget = new Map()));
    let found = byBudget.get(budget);
    if (found === undefined) {
      const error = validate(schema, document, rules[budget])[0];
      byBudget.set(budget, (found = error ? exceeded(error) : null));
    }
    return found;
  };
}
