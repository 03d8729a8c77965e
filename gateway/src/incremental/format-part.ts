/**
 * A deferred part's errors formatted as a whole answer's are: Apollo Server's defaults (a code,
 * INTERNAL_SERVER_ERROR when none; no `http` extension), then the server's `formatError` (masking),
 * then each plugin's `willSendSubsequentPart` (region errors, metrics, traces), as Apollo Server runs
 * `formatError` and then `willSendResponse` on the primary part.
 */
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import type { SubsequentPart } from '../executor/deferred-parts';
import type { GatewayPlugin } from '../plugin';
import type { FormattedSubsequentPart } from './multipart-response';

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export function formatPartError(error: GraphQLError, formatError: FormatError): GraphQLFormattedError {
  const json = error.toJSON();
  const { http: _http, ...extensions }: Record<string, unknown> = { ...json.extensions, code: json.extensions?.code ?? 'INTERNAL_SERVER_ERROR' };
  return formatError({ ...json, extensions }, error);
}

export function partFormatter(formatError: FormatError, plugins: readonly GatewayPlugin[], context: GatewayContext): (part: SubsequentPart) => FormattedSubsequentPart {
  return (part) => {
    const formatted: FormattedSubsequentPart = {
      hasNext: part.hasNext,
      ...(part.incremental
        ? { incremental: part.incremental.map(({ errors, ...item }) => ({ ...item, ...(errors?.length ? { errors: errors.map((e) => formatPartError(e, formatError)) } : {}) })) }
        : {}),
    };
    for (const plugin of plugins) plugin.willSendSubsequentPart?.(formatted, context);
    return formatted;
  };
}
