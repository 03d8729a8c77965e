/** Creating a region's database on its server when missing, on the local PostgreSQL and MariaDB. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ensureDatabase, splitDatabaseUrl } from './ensure-database';
import { SERVER_URLS, serverStatement } from './scratch-database';

describe('splitDatabaseUrl', () => {
  it('separates the server from the database name', () => {
    expect(splitDatabaseUrl('postgresql://postgres:pw@db.example:5433/coopgraph_tianjin?sslmode=require')).toEqual({ serverUrl: 'postgresql://postgres:pw@db.example:5433', name: 'coopgraph_tianjin' });
    expect(splitDatabaseUrl('mariadb://root@127.0.0.1:3306/coopgraph_yangtze')).toEqual({ serverUrl: 'mariadb://root@127.0.0.1:3306', name: 'coopgraph_yangtze' });
  });

  it('refuses a name it would have to quote, without echoing the password', () => {
    expect(() => splitDatabaseUrl('postgresql://u:secret@h/a"b')).toThrow(/letters, digits and _/);
    expect(() => splitDatabaseUrl('postgresql://u:secret@h/a"b')).not.toThrow(/secret/);
    expect(() => splitDatabaseUrl('postgresql://u@h/')).toThrow(/letters, digits and _/);
  });
});

describe.each([
  ['postgresql', SERVER_URLS.postgresql, `drop database if exists "%s" with (force)`],
  ['mysql', SERVER_URLS.mysql, 'drop database if exists `%s`'],
] as const)('ensureDatabase on %s', (dialect, server, drop) => {
  it('creates the database once, then finds it there', async () => {
    const name = `coopgraph_ensure_${randomBytes(4).toString('hex')}`;
    try {
      expect(await ensureDatabase(`${server}/${name}`)).toBe(true);
      expect(await ensureDatabase(`${server}/${name}`)).toBe(false);
    } finally {
      await serverStatement(dialect, server, drop.replace('%s', name));
    }
  });
});

describe('ensureDatabase on SQLite', () => {
  it('leaves the file to the driver', async () => {
    expect(await ensureDatabase('sqlite:/tmp/never-created.sqlite')).toBe(false);
  });
});
