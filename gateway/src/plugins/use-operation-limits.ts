/**
 * What an operation may cost before it runs. GraphQL Armor's rules measure depth, aliases,
 * directives and cost; they run here, after Apollo Server resolved the operation, rather than as
 * Apollo validation rules, because Apollo caches a validated document for every caller (a cost
 * budget depends on the caller's role) and reports any validation-rule error as
 * GRAPHQL_VALIDATION_FAILED. Tokens are counted with graphql-js's lexer before anything is parsed.
 * Page sizes (`first`) are bounded here too. Field suggestions are masked with Armor's plugin.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { GraphQLError, Kind, Lexer, Source, TokenKind, getVariableValues, validate, visit, type GraphQLSchema, type DocumentNode, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { CoopError } from '../../../schema/contract/errors';
import type { OperationLimits } from '../config';
import { rejectEarly, withStatus } from '../early-rejection';
import type { GatewayPlugin } from '../plugin';

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

const LIMIT_NAMES: Array<[RegExp, string]> = [
  [/^Query depth/, 'depth'],
  [/^Aliases/, 'aliases'],
  [/^Directives/, 'directives'],
  [/^Query Cost/, 'cost'],
];

/** Armor reports "Syntax Error: <limit> limit of N exceeded, found M."; the client gets QUERY_TOO_COMPLEX naming the limit. */
function tooComplex(armorError: GraphQLError): GraphQLError {
  const text = armorError.message.replace(/^Syntax Error: /, '');
  const match = /limit of (\d+) exceeded, found (\d+)/.exec(text);
  const limit = LIMIT_NAMES.find(([pattern]) => pattern.test(text))?.[1] ?? 'complexity';
  return CoopError.queryTooComplex(limit, Number(match?.[2] ?? 0), Number(match?.[1] ?? 0));
}

function armorRules(config: GraphQLArmorConfig): readonly ValidationRule[] {
  const report = { onReject: [(ctx: { reportError(e: GraphQLError): void } | null, error: GraphQLError) => ctx?.reportError(error)], propagateOnRejection: false };
  const off = { enabled: false };
  const all: GraphQLArmorConfig = { maxDepth: off, maxAliases: off, maxDirectives: off, costLimit: off, maxTokens: off, blockFieldSuggestion: off };
  const parts = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, { ...v, ...report }]));
  return new ApolloArmor({ ...all, ...parts }).protect().validationRules;
}

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/** The largest page any list field of the operation asks for, literal or by variable. */
function pageSizes(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).coerced ?? {};
  const sizes: number[] = [];
  visit(document, {
    Argument(argument) {
      if (!PAGE_ARGUMENTS.has(argument.name.value)) return;
      const value = argument.value;
      if (value.kind === Kind.INT) sizes.push(Number(value.value));
      if (value.kind === Kind.VARIABLE && typeof coerced[value.name.value] === 'number') sizes.push(coerced[value.name.value] as number);
    },
  });
  return sizes;
}

export function useOperationLimits(options: { limits: OperationLimits; fieldSuggestions: boolean }): GatewayPlugin {
  const { limits } = options;
  const shape = armorRules({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
  });
  const cost = (maxCost: number) => armorRules({ costLimit: { maxCost, flattenFragments: true } });
  const costFor = { standard: cost(limits.costLimit), reporting: cost(limits.reportingCostLimit) };
  // The same documents come again and again: their token count and their verdict under each
  // budget are computed once (Apollo hands the same parsed document for the same query text).
  const tokenCounts = new Map<string, number>();
  const verdicts = new WeakMap<DocumentNode, Map<keyof typeof costFor, GraphQLError | null>>();
  const verdict = (schema: GraphQLSchema, document: DocumentNode, budget: keyof typeof costFor): GraphQLError | null => {
    let byBudget = verdicts.get(document);
    if (!byBudget) verdicts.set(document, (byBudget = new Map()));
    let found = byBudget.get(budget);
    if (found === undefined) byBudget.set(budget, (found = validate(schema, document, [...shape, ...costFor[budget]])[0] ?? null));
    return found;
  };
  const suggestions = options.fieldSuggestions ? [] : new ApolloArmor({ blockFieldSuggestion: { enabled: true }, maxDepth: { enabled: false }, maxAliases: { enabled: false }, maxDirectives: { enabled: false }, costLimit: { enabled: false }, maxTokens: { enabled: false } }).protect().plugins;

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
          if (tokens > limits.maxTokens) rejectEarly(requestContext, withStatus(CoopError.queryTooComplex('tokens', tokens, limits.maxTokens), 400));
        }
        const masking = await Promise.all(suggestions.map((p) => p.requestDidStart?.(requestContext as never)));
        return {
          async didResolveOperation({ contextValue, schema, document, operation, request }) {
            if (contextValue.earlyRejection || !operation) return;
            const first = verdict(schema, document, contextValue.identity.role === 'reporting' ? 'reporting' : 'standard');
            if (first) throw withStatus(tooComplex(first), 400);
            const largest = Math.max(0, ...pageSizes(schema, document, operation, request.variables));
            if (largest > limits.maxPageSize) throw withStatus(CoopError.badInput('first', `A page may hold at most ${limits.maxPageSize} items; ask for the next page with \`after\`.`, 'PAGE_TOO_LARGE'), 400);
          },
          async didEncounterErrors(context) {
            for (const listener of masking) await listener?.didEncounterErrors?.(context as never);
          },
        };
      },
    },
  };
}
