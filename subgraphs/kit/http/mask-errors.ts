/**
 * Error masking shared by every server: an error without a code we registered is internal, so the
 * client gets a fixed message and the request id, never a stack trace or SQL.
 */
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '../../../schema/contract/errors';

const CLIENT_CODES = new Set<string>([...Object.keys(ERROR_CODES), 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED']);

export function maskError(formatted: GraphQLFormattedError, original: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
