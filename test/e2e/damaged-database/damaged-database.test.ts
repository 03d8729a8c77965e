/**
 * Issue 25, point 6: a region whose SQLite file is damaged must not say it is ready. The pages of
 * one of Tianjin's tables are overwritten while it is stopped (as a failing disk or a bad copy
 * would); restarted, it opens, but its /ready answers 503 with the reason, its log has one clear
 * error line, and the gateway's /ready names Tianjin and why. The other regions still answer.
 */
import fs from 'node:fs';
import Database from 'libsql';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, startTestSystem, type TestSystem } from '../../support/system';

async function ready(url: string) {
  const response = await fetch(url.replace(/\/graphql$/, '/ready'));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Overwrites the pages of one table of a SQLite file — the directory's firms, which the region does
 * not read to start — as a failing disk or a bad copy would: the file opens, some statements fail.
 */
function damage(file: string, table: string): number {
  const db = new Database(file);
  const pages = (db.prepare('select pageno from dbstat where name = ? order by pageno').all(table) as Array<{ pageno: number }>).map((r) => r.pageno);
  const pageSize = (db.prepare('pragma page_size').get() as { page_size: number }).page_size;
  db.close();
  const fd = fs.openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize, 0xa5);
    for (const page of pages) fs.writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
  return pages.length;
}

describe('a damaged region database', () => {
  let system: TestSystem;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-e2e-damaged-'));
  const file = path.join(dir, 'tianjin.sqlite');
  beforeAll(async () => {
    // SQLite for Tianjin whatever the backends: its file is what gets damaged.
    system = await startTestSystem({ TIANJIN_DATABASE_URL: `sqlite:${file}`, RESPONSE_CACHE: 'false' });
  });
  afterAll(async () => {
    await system?.stopAll();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is ready while the file is whole', async () => {
    expect(await ready(system.urls.tianjin)).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect(await ready(system.gatewayUrl)).toMatchObject({ status: 200, body: { unavailable: [] } });
  });

  it('says it is not ready, and why, after its pages were overwritten', async () => {
    expect(await system.stop('tianjin')).toBe(0);
    expect(damage(file, 'dir_firm')).toBeGreaterThan(0);
    await system.start('tianjin');

    const region = await ready(system.urls.tianjin);
    expect(region.status).toBe(503);
    expect(region.body.reason).toMatch(/^database damaged: /);
    const damagedLines = system.logs('tianjin').split('\n').filter((line) => line.includes('"database damaged"'));
    expect(damagedLines).toHaveLength(1);
    expect(JSON.parse(damagedLines[0]!)).toMatchObject({ level: 'error', fix: expect.stringContaining('backup') });

    const gateway = await ready(system.gatewayUrl);
    expect(gateway.status).toBe(503);
    expect(gateway.body.unavailable).toEqual(['tianjin']);
    expect((gateway.body.reasons as Record<string, string>).tianjin).toMatch(/^database damaged: /);

    // The other regions still answer.
    expect((await data<{ zhejiang: { counties: unknown[] } }>(system.gatewayUrl, '{ zhejiang { counties { name } } }')).zhejiang.counties.length).toBeGreaterThan(0);
  });
});
