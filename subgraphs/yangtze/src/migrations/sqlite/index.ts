import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165929 } from './Migration20261122165929';

export const sqlite: MigrationObject[] = [{ name: 'Migration20261122165929', class: Migration20261122165929 }];
