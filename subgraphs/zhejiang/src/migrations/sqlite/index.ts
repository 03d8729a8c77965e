import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165932 } from './Migration20261122165932';

export const sqlite: MigrationObject[] = [{ name: 'Migration20261122165932', class: Migration20261122165932 }];
