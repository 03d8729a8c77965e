import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165935 } from './Migration20261122165935';

export const mysql: MigrationObject[] = [{ name: 'Migration20261122165935', class: Migration20261122165935 }];
