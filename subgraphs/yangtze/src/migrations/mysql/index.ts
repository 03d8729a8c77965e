import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165931 } from './Migration20261122165931';

export const mysql: MigrationObject[] = [{ name: 'Migration20261122165931', class: Migration20261122165931 }];
