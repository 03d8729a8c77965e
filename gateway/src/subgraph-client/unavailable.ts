/**
 * The error a subgraph fetch ends with when no answer came: REGION_TIMEOUT or REGION_UNAVAILABLE
 * naming the region (or the cross-region service), never the URL or the socket error, which go to
 * the log. `serviceName` lets the region-errors plugin treat it like any subgraph error.
 */
import { GraphQLError } from 'graphql';
import { CoopError, regionFailureCode, type WriteOutcome } from '../../../schema/contract/errors';
import { isRegionName } from '../../../schema/contract/regions';


export type UnavailableReason = 'timeout' | 'unreachable' | 'breaker-open' | 'error';

/**
 * `write`: the fetch carried a mutation. Unless it was never sent (the breaker refused it), it may
 * have been committed with its answer lost: the error says so (`extensions.writeOutcome`).
 */
export function subgraphUnavailable(subgraph: string, reason: UnavailableReason, write = false): GraphQLError {
  const detail = reason === 'timeout' ? 'timeout' : reason === 'error' ? 'error' : 'unreachable';
  const writeOutcome: WriteOutcome | undefined = write ? (reason === 'breaker-open' ? 'NOT_APPLIED' : 'UNKNOWN') : undefined;
  if (isRegionName(subgraph)) {
    const error = CoopError.regionUnavailable(subgraph, detail, writeOutcome);
    return new GraphQLError(error.message, { extensions: { ...error.extensions, serviceName: subgraph } });
  }
  return new GraphQLError(reason === 'timeout' ? 'The cross-region service did not answer in time.' : 'The cross-region service is unavailable.', {
    extensions: { code: regionFailureCode(detail), service: subgraph, serviceName: subgraph, ...(writeOutcome ? { writeOutcome } : {}) },
  });
}
