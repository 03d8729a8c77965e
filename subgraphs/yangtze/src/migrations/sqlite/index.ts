import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122163019 } from './Migration20261122163019';

export const sqlite: MigrationObject[] = [{ name: 'Migration20261122163019', class: Migration20261122163019 }];
