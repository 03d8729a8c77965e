/**
 * Who makes a request's writes, carried on the request's EntityManager: MikroORM copies an
 * EntityManager's logger context into every fork and transaction made from it, so the change
 * history's subscriber reads the caller at flush whichever fork the write used.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Identity } from '../auth/identity';

export interface WriteAuthor {
  subject: string | null;
  role: string;
}

const KEY = 'coopgraphWriteAuthor';

export function authorOf(identity: Identity): WriteAuthor {
  return { subject: identity.role === 'anonymous' ? null : identity.subject, role: identity.role };
}

/** Marks `em` (a request's fork) as writing for `identity`. */
export function setWriteAuthor(em: EntityManager, identity: Identity): void {
  em.setLoggerContext({ ...em.getLoggerContext(), [KEY]: authorOf(identity) });
}

/** The caller `em` writes for, if one was set. */
export function writeAuthorOf(em: EntityManager): WriteAuthor | undefined {
  return em.getLoggerContext()[KEY] as WriteAuthor | undefined;
}
