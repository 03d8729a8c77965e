/**
 * What a region provides to the template: its native entities, resolvers, migrations per dialect
 * and seeder. Everything else (server, directory, database, health) the kit supplies identically.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { MigrationObject } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import type { RegionName } from '../../schema/contract/errors';
import type { Dialect } from './database';
import type { ReferenceResolvers } from './schema';

export interface RegionDefinition {
  name: RegionName;
  /** e.g. 天津 — used in logs and the explorer. */
  titleZh: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Reference resolvers for entity types the region owns beyond the shared contract. */
  references?: ReferenceResolvers;
  migrations: Record<Dialect, MigrationObject[]>;
  /** Fills the native tables and the directory from the sample dataset, in one transaction. */
  seed(em: EntityManager): Promise<void>;
}
