/**
 * A misspelt name in a document says how to fix it. graphql-js names the unknown field, argument,
 * type, enum value or input field and, when a known one is close, suggests it ("Did you mean
 * "firm"?"). With suggestions on (development) they stay, and a name with no close match gets a
 * pointer to where the names are listed. With suggestions off (production: they would reveal the
 * schema that introspection hides) the suggestion is cut and the pointer given instead.
 * GraphQL Armor's block-field-suggestions is not used for the cutting: it leaves a stray "?" and
 * misses "Did you mean the enum value …".
 */
import type { GatewayPlugin } from '../plugin';

export interface HintOptions {
  /** Keep graphql-js's "Did you mean …?" suggestions. */
  suggestions: boolean;
  /** The gateway serves the explorer at /, whose documentation panel lists every name. */
  explorer: boolean;
}

/** graphql-js's messages about a name the schema does not have, and what lists the right names. */
const UNKNOWN_NAMES: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/Cannot query field "[^"]+" on type "([^"]+)"/, (m) => `the fields of ${m[1]}`],
  [/Unknown argument "[^"]+" on (?:field|directive) "([^"]+)"/, (m) => `the arguments of ${m[1]}`],
  [/Unknown type "[^"]+"/, () => 'every type'],
  [/Value "[^"]*" does not exist in "([^"]+)" enum/, (m) => `the values of ${m[1]}`],
  [/Field "[^"]+" is not defined by type "([^"]+)"/, (m) => `the fields of ${m[1]}`],
];

const SUGGESTION = ' Did you mean ';

export function withHint(message: string, options: HintOptions): string {
  const at = message.lastIndexOf(SUGGESTION);
  const suggested = at >= 0 && message.endsWith('?');
  if (suggested && options.suggestions) return message;
  const base = suggested ? message.slice(0, at) : message;
  const unknown = UNKNOWN_NAMES.map(([pattern, what]) => [pattern.exec(base), what] as const).find(([match]) => match);
  if (!unknown) return base;
  const what = unknown[1](unknown[0]!);
  const where = options.explorer
    ? `the documentation panel of the explorer (open / on this gateway) lists ${what}`
    : `the API schema (schema/api-schema.graphql in the Coopgraph repository) lists ${what}`;
  return `${base} Check the spelling (names are case-sensitive): ${where}.`;
}

export function useErrorHints(options: HintOptions): GatewayPlugin {
  return {
    name: 'error-hints',
    apollo: {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors }) {
            for (const error of errors) error.message = withHint(error.message, options);
          },
        };
      },
    },
  };
}
