import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { tianjin } from '../../tianjin/src/region';
import { yangtze } from '../../yangtze/src/region';
import { zhejiang } from '../../zhejiang/src/region';
import { createScratchDatabase } from '../cli/scratch-database';
import type { Dialect } from '../database';
import { ormOptions } from '../orm';
import type { RegionDefinition } from '../region';
import { pinyinSortKey } from './pinyin-key';
import { projectFirm, projectProject } from './projection';

/** snake_case columns of an entity the projection built, without the pinyin key the older schema lacks. */
function olderRow(entity: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entity)
      .filter(([key]) => key !== 'pinyinKey')
      .map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), typeof value === 'boolean' ? Number(value) : value]),
  );
}

/** The migration that adds the pinyin key, found by what it does rather than its timestamp. */
function pinyinMigration(region: RegionDefinition, dialect: Dialect): number {
  const index = region.migrations[dialect].findIndex((m) => String(m.class).includes('fillPinyinKeys'));
  expect(index).toBeGreaterThan(0);
  return index;
}

// 1,203 firms: more than two batches of the backfill, and its last batch short.
const FIRMS = 1203;

// Every dialect on one region, and the other regions on SQLite: their directory tables are the kit's.
describe.each<[string, RegionDefinition, Dialect]>([
  ['tianjin', tianjin, 'sqlite'],
  ['tianjin', tianjin, 'postgresql'],
  ['tianjin', tianjin, 'mysql'],
  ['yangtze', yangtze, 'sqlite'],
  ['zhejiang', zhejiang, 'sqlite'],
])('the pinyin key migration of %s on %s', (_name, region, dialect) => {
  it('keys the firms and projects already in the directory', async () => {
    const scratch = await createScratchDatabase(dialect, `pinyin_${region.name}`);
    try {
      const orm = await MikroORM.init(await ormOptions(region, scratch.url));
      try {
        const migrator = orm.getMigrator();
        const before = region.migrations[dialect][pinyinMigration(region, dialect) - 1]!.name;
        await migrator.up({ to: before });

        const knex = (orm.em as unknown as EntityManager).getKnex();
        const names = Array.from({ length: FIRMS }, (_, i) => ['重庆长安汽车', '中国银行', 'ABB（中国）', '天津力神电池', '西安', '先导'][i % 6]! + String(i));
        const firms = names.map((name, i) => projectFirm({ nativeKey: `f${i}`, originalName: name, areaCode: '120116', kind: 'ENTERPRISE', source: 'test', chains: [] }).firm);
        for (let i = 0; i < firms.length; i += 200) await knex('dir_firm').insert(firms.slice(i, i + 200).map(olderRow));
        const { project } = projectProject(region.name, { kind: 'project', nativeKey: 'p1', originalTitle: '重慶銀行合作項目', status: 'PLANNED', areaCode: '120116', source: 'test', parties: [] });
        await knex('dir_project').insert(olderRow(project));

        await migrator.up();
        expect(await migrator.checkMigrationNeeded()).toBe(false);
        const keyed = (await knex('dir_firm').select('name', 'pinyin_key')) as Array<{ name: string; pinyin_key: string }>;
        expect(keyed).toHaveLength(FIRMS);
        for (const row of keyed) expect(row.pinyin_key).toBe(pinyinSortKey(row.name));
        const [projectRow] = (await knex('dir_project').select('title', 'pinyin_key')) as Array<{ title: string; pinyin_key: string }>;
        expect(projectRow!.pinyin_key).toBe(pinyinSortKey('重庆银行合作项目'));
        expect(projectRow!.pinyin_key).toMatch(/^chong3qing5yin3hang3/);
        // A row written afterwards must bring its own key: the column has no default left.
        await expect(knex('dir_project').insert({ ...olderRow(project), id: 'x', native_key: 'x' })).rejects.toThrow();
      } finally {
        await orm.close(true);
      }
    } finally {
      await scratch.drop();
    }
  }, 120_000);
});
