/**
 * A region that is down costs only its own part of the answer: when the gateway cannot fetch from a
 * subgraph, the error it reports is replaced by REGION_UNAVAILABLE naming the region, without the
 * internal URL or socket error. Errors a subgraph returned itself keep their code.
 */
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, regionOnWire } from '../../../schema/contract/errors';
import { isRegionName } from '../../../schema/contract/regions';
import type { GatewayPlugin } from '../plugin';


export function regionError(error: GraphQLFormattedError): GraphQLFormattedError {
  const serviceName = error.extensions?.serviceName;
  const code = error.extensions?.code;
  if (typeof serviceName !== 'string') return error;
  const { serviceName: _service, ...rest } = error.extensions ?? {};
  const known = typeof code === 'string' && code in ERROR_CODES && code !== 'INTERNAL_SERVER_ERROR';
  if (known) return { ...error, extensions: { ...rest, ...(isRegionName(serviceName) ? { region: regionOnWire(serviceName) } : {}) } };
  // A fetch failure or an unmasked subgraph failure: name the region, hide the detail.
  const region = isRegionName(serviceName) ? serviceName : undefined;
  return {
    message: region ? `The ${region} region is unavailable; the answer holds the other regions' data only.` : 'The cross-region service is unavailable.',
    ...(error.path ? { path: error.path } : {}),
    extensions: { code: 'REGION_UNAVAILABLE', ...(region ? { region: regionOnWire(region) } : { service: serviceName }) },
  };
}

/** The errors of one answer or part with regions named, each distinct error once (two fetches from one dead region give the same error twice). */
export function regionErrors(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const seen = new Set<string>();
  return errors.map(regionError).filter((e) => {
    const key = JSON.stringify([e.message, e.extensions?.code, e.extensions?.region, e.path]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function useRegionErrors(): GatewayPlugin {
  return {
    name: 'region-errors',
    apollo: {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
            response.body.singleResult.errors = regionErrors(response.body.singleResult.errors);
          },
        };
      },
    },
    // A region failing inside a deferred part is named on that part.
    willSendSubsequentPart(part) {
      for (const item of part.incremental ?? []) if (item.errors) item.errors = regionErrors(item.errors);
    },
    // And on each event of a subscription.
    willSendEvent(event) {
      if (event.errors) event.errors = regionErrors(event.errors);
    },
  };
}
