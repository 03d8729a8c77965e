/**
 * The same region seeded on SQLite and on PostgreSQL and MariaDB must answer the same query with
 * the same data: one describe block per server dialect, each on fresh databases. Test-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from './auth/identity';
import type { Dialect } from './database';
import type { RegionDefinition } from './region';
import { startTestSubgraph, type TestSubgraph } from './testing';

export function describeDialectParity(region: RegionDefinition, query: string, checkSqlite: (data: Record<string, unknown>) => void): void {
  describe.each<Dialect>(['postgresql', 'mysql'])(`${region.name} subgraph on %s`, (dialect) => {
    let sqlite: TestSubgraph;
    let other: TestSubgraph;
    beforeAll(async () => {
      [sqlite, other] = await Promise.all([startTestSubgraph(region), startTestSubgraph(region, dialect)]);
    }, 120_000);
    afterAll(async () => {
      await Promise.all([sqlite?.close(), other?.close()]);
    });

    it('seeds the same records and directory as SQLite', async () => {
      // Read as an analyst: non-public fields must agree too.
      const analyst: Identity = { role: 'analyst', subject: 'dialect-parity' };
      const [a, b] = await Promise.all([sqlite.query(query, {}, { as: analyst }), other.query(query, {}, { as: analyst })]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      checkSqlite(a.data!);
      expect(b.data).toEqual(a.data);
    });
  });
}
