import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as E from '../../zhejiang/src/entities';
import { zhejiang } from '../../zhejiang/src/region';
import { createScratchDatabase, type ScratchDatabase } from '../cli/scratch-database';
import type { Dialect } from '../database';
import { createContext } from '../context';
import { openDatabase } from '../orm';
import { runWrite } from '../writes/idempotency';
import { withChangeSource } from '../writes/change-source';
import { setWriteAuthor } from './author';
import { ChangeRecord, RecordFreshness } from './entities';

const provenance = { source: 'test', evidence: 'subscriber.test.ts' };
const track = (key: string) => ({ key, order: 7, name: '测试赛道', programmeKey: 'p', provenance });

describe.each<Dialect>(['sqlite', 'postgresql', 'mysql'])('the change history subscriber on %s', (dialect) => {
  let scratch: ScratchDatabase;
  let orm: MikroORM;
  const em = () => {
    const fork = orm.em.fork() as unknown as EntityManager;
    setWriteAuthor(fork, { role: 'editor', subject: 'li.wei', region: 'zhejiang', unit: { kind: 'province', key: '330000' } });
    return fork;
  };
  const history = (key: string) => (orm.em.fork() as unknown as EntityManager).find(ChangeRecord, { recordType: 'ZhejiangTrack', recordKey: key }, { orderBy: { id: 'asc' } });
  const freshness = async () => (await (orm.em.fork() as unknown as EntityManager).findOneOrFail(RecordFreshness, { kind: 'ZhejiangTrack' })).lastChangedAt;

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'history');
    orm = await openDatabase(zhejiang, scratch.url, { seed: false });
  }, 60_000);
  afterAll(async () => {
    await orm?.close(true);
    await scratch?.drop();
  });

  it('starts with a freshness row per record type, never changed', async () => {
    expect(await freshness()).toBeNull();
    const types = (await (orm.em.fork() as unknown as EntityManager).find(RecordFreshness, {})).map((f) => f.kind);
    expect(types).toEqual(expect.arrayContaining(['ZhejiangProject', 'ZhejiangCounty', 'ZhejiangProjectFirm']));
    expect(types).not.toContain('ZhejiangDirectoryFirm');
  });

  it('records who, when, what, the fields and the source of a created, changed and deleted record, and moves freshness', async () => {
    const before = Date.now();
    await withChangeSource({ kind: 'mutation', field: 'zhejiangTestWrite' }, () => em().transactional(async (tx) => {
      tx.create(E.Track, track('t-history'));
    }));
    await withChangeSource({ kind: 'import', file: 'tracks.xlsx', sheet: '赛道', row: 3 }, () => em().transactional(async (tx) => {
      (await tx.findOneOrFail(E.Track, { key: 't-history' })).name = '改名赛道';
    }));
    await withChangeSource({ kind: 'mutation', field: 'zhejiangTestDelete' }, () => em().transactional(async (tx) => {
      tx.remove(await tx.findOneOrFail(E.Track, { key: 't-history' }));
    }));
    const [created, changed, deleted] = await history('t-history');
    expect(created).toMatchObject({
      authorSubject: 'li.wei', authorRole: 'editor', action: 'CREATE', before: null,
      after: { key: 't-history', order: 7, name: '测试赛道', programmeKey: 'p', provenance },
      sourceKind: 'mutation', sourceField: 'zhejiangTestWrite', sourceFile: null, sourceRow: null,
    });
    expect(created!.changedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(changed).toMatchObject({ action: 'UPDATE', before: { name: '测试赛道' }, after: { name: '改名赛道' }, sourceKind: 'import', sourceFile: 'tracks.xlsx', sourceSheet: '赛道', sourceRow: 3, sourceField: null });
    expect(deleted).toMatchObject({ action: 'DELETE', after: null, before: { key: 't-history', name: '改名赛道' }, sourceField: 'zhejiangTestDelete' });
    expect((await freshness())!.getTime()).toBe(deleted!.changedAt.getTime());
  });

  it('leaves no history row, no freshness change and no record when the transaction fails', async () => {
    const fresh = await freshness();
    const failed = withChangeSource({ kind: 'mutation', field: 'zhejiangTestWrite' }, () => em().transactional(async (tx) => {
      tx.create(E.Track, track('t-rolled-back'));
      await tx.flush();
      throw new Error('the write fails after its flush');
    }));
    await expect(failed).rejects.toThrow('the write fails after its flush');
    expect(await history('t-rolled-back')).toEqual([]);
    expect(await (orm.em.fork() as unknown as EntityManager).count(E.Track, { key: 't-rolled-back' })).toBe(0);
    expect(await freshness()).toEqual(fresh);
  });

  it('records the history of a flush outside an explicit transaction in that flush, and nothing when it fails', async () => {
    await withChangeSource({ kind: 'mutation', field: 'zhejiangTestWrite' }, async () => {
      const fork = em();
      fork.create(E.Track, track('t-implicit'));
      await fork.flush();
      // The same key again: the insert fails, and its history with it.
      const again = em();
      again.create(E.Track, track('t-implicit'));
      await expect(again.flush()).rejects.toThrow();
    });
    expect((await history('t-implicit')).map((r) => r.action)).toEqual(['CREATE']);
  });

  it('keeps freshness but no history for a write that names no source (the seed)', async () => {
    const fresh = await freshness();
    const fork = orm.em.fork() as unknown as EntityManager;
    await fork.transactional(async (tx) => {
      tx.create(E.Track, track('t-seeded'));
    });
    expect(await history('t-seeded')).toEqual([]);
    expect((await freshness())!.getTime()).toBeGreaterThan(fresh!.getTime() - 1);
  });
});

describe('a write through runWrite', () => {
  let scratch: ScratchDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    scratch = await createScratchDatabase('sqlite', 'history_runwrite');
    orm = await openDatabase(zhejiang, scratch.url, { seed: false });
  }, 60_000);
  afterAll(async () => {
    await orm?.close(true);
    await scratch?.drop();
  });

  it('is recorded with the request\'s caller and its mutation, or the import row that made it', async () => {
    const ctx = createContext('zhejiang', orm.em as unknown as EntityManager, 'request-1', { role: 'editor', subject: 'wang.fang', region: 'zhejiang', unit: { kind: 'county', key: 'suichang' } });
    const write = (key: string) => runWrite(ctx, { operation: 'zhejiangTestWrite', idempotencyKey: `key-${key}`, input: { key } }, async (em) => {
      em.create(E.Track, track(key));
      return key;
    });
    await write('t-mutation');
    await withChangeSource({ kind: 'import', file: 'tracks.csv', row: 12 }, () => write('t-imported'));
    const rows = await (orm.em.fork() as unknown as EntityManager).find(ChangeRecord, { recordType: 'ZhejiangTrack' }, { orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.recordKey, r.authorSubject, r.authorRole, r.sourceKind, r.sourceField, r.sourceFile, r.sourceRow])).toEqual([
      ['t-mutation', 'wang.fang', 'editor', 'mutation', 'zhejiangTestWrite', null, null],
      ['t-imported', 'wang.fang', 'editor', 'import', null, 'tracks.csv', 12],
    ]);
  });
});
