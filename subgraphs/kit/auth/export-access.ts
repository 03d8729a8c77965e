/**
 * Who may run a bulk export (every firm of a chain as one stream): reporting jobs, whose work it is.
 * The gateway, the cross-region layer and each region decide it with this one rule.
 */
import type { GraphQLError } from 'graphql';
import { CoopError } from '../../../schema/contract/errors';
import { describeIdentity, type Identity } from './identity';

/** null when the identity may export; otherwise the error and its HTTP status. */
export function exportRefusal(identity: Identity): { status: 401 | 403; error: GraphQLError } | null {
  if (identity.role === 'reporting') return null;
  if (identity.role === 'anonymous') return { status: 401, error: CoopError.unauthenticated('exports need a reporting job\'s bearer token.') };
  return { status: 403, error: CoopError.forbidden(`exports are for reporting jobs; the caller is ${describeIdentity(identity)}.`) };
}
