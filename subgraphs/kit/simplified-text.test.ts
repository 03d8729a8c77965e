/**
 * Every text the sample dataset shows in Simplified script is unchanged by a Traditional→Simplified
 * conversion and free of English asides and code notes, in every table the seeders fill, and so is
 * every description of the API. The reports' own names are kept in their script on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { tianjin } from '../tianjin/src/region';
import { yangtze } from '../yangtze/src/region';
import { zhejiang } from '../zhejiang/src/region';
import { createScratchDatabase, type ScratchDatabase } from './cli/scratch-database';
import { openDatabase } from './orm';
import type { RegionDefinition } from './region';
import { textProblem, textProblems } from './simplified-text';

/**
 * Kept as the report writes it, on purpose (README, "names are exposed in Simplified script, with the
 * region's original kept"): originalName (and originalTitle) on every record, and the original name
 * a directory row or a reprint keeps beside its Simplified one. Nothing else.
 */
const ORIGINALS = new Set(['originalName', 'originalTitle']);

describe('Simplified text of the sample dataset', () => {
  const scratches: ScratchDatabase[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.drop();
  });

  for (const region of [tianjin, yangtze, zhejiang] as RegionDefinition[]) {
    describe(region.name, () => {
      let rows: Array<{ table: string; row: object }> = [];
      beforeAll(async () => {
        const scratch = await createScratchDatabase('sqlite', `text_${region.name}`);
        scratches.push(scratch);
        const orm = await openDatabase(region, scratch.url, { seed: true });
        try {
          const em = orm.em.fork() as unknown as EntityManager;
          for (const meta of Object.values(orm.getMetadata().getAll())) {
            if (meta.embeddable || meta.virtual || meta.abstract) continue;
            for (const row of await em.find(meta.className, {})) rows.push({ table: meta.tableName, row: row as object });
          }
        } finally {
          await orm.close();
        }
      }, 120_000);

      it('has no text a Traditional→Simplified conversion changes, and no English aside or code note', () => {
        expect(rows.length).toBeGreaterThan(50);
        const problems = rows.flatMap(({ table, row }) => textProblems({ ...row }, `${table}#${(row as { key?: string; id?: string; uscc?: string }).key ?? (row as { id?: string }).id ?? (row as { uscc?: string }).uscc}`, ORIGINALS));
        expect(problems).toEqual([]);
      });
    });
  }
});

/** Descriptions that show a Traditional keyword on purpose: search takes either script. */
const TRADITIONAL_EXAMPLES = new Set(['Query.industryChains(keyword)', 'Query.scopes(keyword)']);

describe('API descriptions', () => {
  const sdl = fs.readFileSync(path.resolve(__dirname, '../../schema/api-schema.graphql'), 'utf8');
  const schema: GraphQLSchema = buildSchema(sdl);

  it('are in Simplified script where they are Chinese', () => {
    const problems: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      // English prose is the descriptions' second language ("中文 — English"): only the script is checked.
      const problem = description ? textProblem(description.replace(/[A-Za-z]{2,}[ ,;:'’-]+[A-Za-z]{2,}/g, '')) : null;
      if (problem?.startsWith('changed') && !TRADITIONAL_EXAMPLES.has(where)) problems.push(`${where}: ${problem}`);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(problems).toEqual([]);
  });
});
