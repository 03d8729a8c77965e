/**
 * The @defer directive as the public API describes it: the same directive graphql-js and
 * @apollo/federation-internals define, with the descriptions every element of the API carries
 * ("中文 — English"). Used by the composed API schema (schema/compose.ts) and by the schema the
 * gateway serves (introspection, the explorer's documentation panel).
 */
import { GraphQLDirective, GraphQLSchema } from 'graphql';

export const DEFER_DESCRIPTIONS = {
  directive:
    '延迟交付 — Sends the fragment\'s fields in a later part of the answer, once they are fetched, so that the rest does not wait for them. ' +
    'Parts are sent to clients that accept `multipart/mixed;deferSpec=20220824` (Apollo Client does); any other client gets the whole answer at once.',
  label: '标签 — Names the deferred part in the answer (`incremental[].label`), for the client to tell its parts apart.',
  if: '条件 — Defers only when true (the default); when false the fragment\'s fields come with the rest.',
} as const;

/** `schema` with its @defer directive described (unchanged when it has none). */
export function withDescribedDefer(schema: GraphQLSchema): GraphQLSchema {
  const defer = schema.getDirective('defer');
  if (!defer) return schema;
  const config = defer.toConfig();
  const described = new GraphQLDirective({
    ...config,
    description: DEFER_DESCRIPTIONS.directive,
    args: {
      ...config.args,
      ...(config.args.label ? { label: { ...config.args.label, description: DEFER_DESCRIPTIONS.label } } : {}),
      ...(config.args.if ? { if: { ...config.args.if, description: DEFER_DESCRIPTIONS.if } } : {}),
    },
  });
  return new GraphQLSchema({ ...schema.toConfig(), directives: schema.getDirectives().map((d) => (d === defer ? described : d)) });
}
