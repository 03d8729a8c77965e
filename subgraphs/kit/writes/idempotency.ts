/**
 * Idempotent writes. Every write names an idempotency key; the first request with a key claims it
 * by inserting its row — the primary key is (caller, key) hashed — in the same transaction as the
 * write itself, so concurrent retries wait on that row and then fail on the primary key, and read
 * the first result instead. A retry returns the first result and writes nothing; the same key with
 * a different input is IDEMPOTENCY_KEY_REUSED. The table is the same in every region and dialect.
 */
import { createHash } from 'node:crypto';
import { DeadlockException, Entity, LockWaitTimeoutException, PrimaryKey, Property, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { CoopError } from '../../../schema/contract/errors';
import type { SubgraphContext } from '../context';
import { currentChangeSource, withChangeSource } from './change-source';
import { keepIndexes } from '../directory/upkeep';
import { validIdempotencyKey } from './validate';

@Entity({ tableName: 'write_idempotency' })
export class IdempotencyRecord {
  /** sha256 of the caller's subject and the key: one caller's keys never meet another's. */
  @PrimaryKey({ type: 'string', length: 64 }) id!: string;
  @Property({ type: 'string', length: 80 }) operation!: string;
  /** sha256 of the operation and its input, keys sorted. */
  @Property({ type: 'string', length: 64 }) inputHash!: string;
  /** The key of the record the write created or changed. */
  @Property({ type: 'string', length: 160 }) resultKey!: string;
  @Property({ type: 'string', length: 200 }) subject!: string;
  @Property({ type: 'datetime' }) createdAt!: Date;
}

export const WRITE_ENTITIES = [IdempotencyRecord];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted and null/undefined members dropped, so equal inputs hash equally however they were sent. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface WriteRequest {
  /** The mutation, e.g. tianjinApplyToAlliance. */
  operation: string;
  idempotencyKey: string;
  /** The whole input (the key itself is left out of the hash). */
  input: object;
}

export interface WriteOutcome {
  /** The record the write created or changed. */
  key: string;
  replayed: boolean;
}

/** What a write does inside its transaction: `seed` is stable per (caller, key), for deterministic record keys. */
export type WriteBody = (em: EntityManager, seed: string) => Promise<string>;

const ATTEMPTS = 3;

/**
 * Runs a write once per (caller, key). Every single write comes through here, so this is where it
 * is named the source of its changes (the mutation field) for the change history, unless the
 * caller set one (an import's row).
 */
export function runWrite(ctx: SubgraphContext, request: WriteRequest, body: WriteBody): Promise<WriteOutcome> {
  return withChangeSource(currentChangeSource() ?? { kind: 'mutation', field: request.operation }, () => runWriteOnce(ctx, request, body));
}

async function runWriteOnce(ctx: SubgraphContext, request: WriteRequest, body: WriteBody): Promise<WriteOutcome> {
  const key = validIdempotencyKey(request.idempotencyKey);
  const subject = ctx.identity.role === 'anonymous' ? 'anonymous' : ctx.identity.subject;
  const id = sha256(`${subject}\u0000${key}`);
  const { idempotencyKey: _key, ...input } = request.input as Record<string, unknown>;
  const inputHash = sha256(canonicalJson({ operation: request.operation, input }));

  const replay = (record: IdempotencyRecord): WriteOutcome => {
    if (record.operation !== request.operation || record.inputHash !== inputHash) throw CoopError.idempotencyKeyReused('input.idempotencyKey');
    return { key: record.resultKey, replayed: true };
  };

  for (let attempt = 1; ; attempt++) {
    const earlier = await ctx.em.fork().findOne(IdempotencyRecord, { id });
    if (earlier) return replay(earlier);
    try {
      const resultKey = await ctx.em.fork().transactional(async (em) => {
        const claim = em.create(IdempotencyRecord, { id, operation: request.operation, inputHash, resultKey: '', subject, createdAt: new Date() });
        // Claim the key first: a concurrent retry blocks here until this transaction ends.
        await em.flush();
        claim.resultKey = await body(em, id.slice(0, 16));
        await em.flush();
        await keepIndexes(em);
        return claim.resultKey;
      });
      return { key: resultKey, replayed: false };
    } catch (error) {
      // Another request claimed the key first: answer with its result.
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await ctx.em.fork().findOne(IdempotencyRecord, { id });
        if (winner) return replay(winner);
      }
      // MariaDB can deadlock two waiters when the first claim rolls back: try again.
      const retryable = error instanceof DeadlockException || error instanceof LockWaitTimeoutException;
      if (!retryable || attempt >= ATTEMPTS) throw error;
    }
  }
}
