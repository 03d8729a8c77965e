/**
 * What an operation may cost before it runs. GraphQL Armor's rules measure depth, aliases,
 * directives and cost (subgraphs/kit/limits/operation-limits.ts, which the subgraphs apply too);
 * they run here, after Apollo Server resolved the operation, rather than as Apollo validation rules, because Apollo caches a validated document for every caller (a cost
 * budget depends on the caller's role) and reports any validation-rule error as
 * GRAPHQL_VALIDATION_FAILED. Tokens are counted with graphql-js's lexer before anything is parsed.
 * Page sizes (`first`) are bounded here too. Every refusal says how to bring the operation under
 * the limit.
 */
import { Kind, visit, type DocumentNode, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { CoopError } from '../../../schema/contract/errors';
import type { Role } from '../../../subgraphs/kit/auth/identity';
import { countTokens, limitCheck, type LimitExceeded } from '../../../subgraphs/kit/limits/operation-limits';
import type { OperationLimits } from '../config';
import { rejectEarly, withStatus } from '../early-rejection';
import type { GatewayPlugin } from '../plugin';

/** How to bring an operation under each limit. Only callers with the smaller cost budget are told of the larger one. */
export function fixFor(limit: string, role: Role, limits: OperationLimits): string {
  switch (limit) {
    case 'cost':
      return (
        'Ask for fewer fields or fewer nested levels, a smaller `first` (a list costs its selection times `first`), or split the operation into several queries' +
        (role === 'reporting' ? '.' : `; reporting jobs (role reporting, \`coopgraph report\`) have a budget of ${limits.reportingCostLimit}.`)
      );
    case 'depth':
      return 'Nest fewer levels: fetch what sits deep in a second query from its own root field (firm(uscc:), industryChain(code:), adminArea(code:)…).';
    case 'aliases':
      return 'Use fewer aliases: one list field with a filter answers for many keys at once, or split the operation into several queries.';
    case 'directives':
      return 'Use fewer directives: one @include or @skip on a fragment or a parent field covers everything under it.';
    case 'tokens':
      return 'Send a shorter document: pass values as variables, reuse a fragment instead of repeating a selection, or split it into several queries.';
    default:
      return 'Split the operation into several smaller queries.';
  }
}

/** The client's QUERY_TOO_COMPLEX, naming the limit and how to get under it. */
function tooComplex(over: LimitExceeded, role: Role, limits: OperationLimits): GraphQLError {
  return CoopError.queryTooComplex(over.limit, over.found, over.max, fixFor(over.limit, role, limits));
}

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/** Where a document states page sizes: literals, and variables with their defaults. */
interface PageArguments {
  literals: number[];
  variables: Array<{ name: string; defaultValue: unknown }>;
}

// Walked once per document (Apollo hands the same parsed document for the same query text).
const pageArgumentsOf = new WeakMap<OperationDefinitionNode, PageArguments>();

function pageArguments(document: DocumentNode, operation: OperationDefinitionNode): PageArguments {
  const cached = pageArgumentsOf.get(operation);
  if (cached) return cached;
  const literals: number[] = [];
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (!PAGE_ARGUMENTS.has(argument.name.value)) return;
      const value = argument.value;
      if (value.kind === Kind.INT) literals.push(Number(value.value));
      if (value.kind === Kind.VARIABLE) names.add(value.name.value);
    },
  });
  const defaults = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue?.kind === Kind.INT ? Number(d.defaultValue.value) : undefined]));
  const found = { literals, variables: [...names].map((name) => ({ name, defaultValue: defaults.get(name) })) };
  pageArgumentsOf.set(operation, found);
  return found;
}

/**
 * The largest page any list field of the operation asks for, literal or by variable. A variable
 * that is not a number is not a page size here: execution refuses it as an Int anyway.
 */
function pageSizes(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number[] {
  const { literals, variables: named } = pageArguments(document, operation);
  const sizes = [...literals];
  for (const { name, defaultValue } of named) {
    const value = variables && name in variables ? variables[name] : defaultValue;
    if (typeof value === 'number') sizes.push(value);
  }
  return sizes;
}

export function useOperationLimits(options: { limits: OperationLimits }): GatewayPlugin {
  const { limits } = options;
  const shape = { maxDepth: limits.maxDepth, maxAliases: limits.maxAliases, maxDirectives: limits.maxDirectives };
  // The verdict of a document under each budget is computed once; so is its token count (the same documents come again and again).
  const verdict = limitCheck({ standard: { ...shape, maxCost: limits.costLimit }, reporting: { ...shape, maxCost: limits.reportingCostLimit } });
  const tokenCounts = new Map<string, number>();

  return {
    name: 'operation-limits',
    apollo: {
      async requestDidStart(requestContext) {
        const query = requestContext.request.query;
        if (query) {
          let tokens = tokenCounts.get(query);
          if (tokens === undefined) {
            tokens = countTokens(query, limits.maxTokens);
            if (tokenCounts.size >= 1000) tokenCounts.delete(tokenCounts.keys().next().value!);
            tokenCounts.set(query, tokens);
          }
          if (tokens > limits.maxTokens) rejectEarly(requestContext, withStatus(CoopError.queryTooComplex('tokens', tokens, limits.maxTokens, fixFor('tokens', requestContext.contextValue.identity.role, limits)), 400));
        }
        return {
          async didResolveOperation({ contextValue, schema, document, operation, request }) {
            if (contextValue.earlyRejection || !operation) return;
            const role = contextValue.identity.role;
            const first = verdict(schema, document, role === 'reporting' ? 'reporting' : 'standard');
            if (first) throw withStatus(tooComplex(first, role, limits), 400);
            const largest = Math.max(0, ...pageSizes(document, operation, request.variables));
            if (largest > limits.maxPageSize) throw withStatus(CoopError.badInput('first', `A page may hold at most ${limits.maxPageSize} items; ask for the next page with \`after\`.`, 'PAGE_TOO_LARGE'), 400);
          },
        };
      },
    },
  };
}
