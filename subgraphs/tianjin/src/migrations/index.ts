/** Migrations per dialect, listed explicitly so compiled and test runs load the same set. */
import type { MigrationObject } from '@mikro-orm/core';
import type { Dialect } from '../../../kit/database';
import { sqlite } from './sqlite';
import { postgresql } from './postgresql';
import { mysql } from './mysql';

export const migrations: Record<Dialect, MigrationObject[]> = { sqlite, postgresql, mysql };
