import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165928 } from './Migration20261122165928';

export const mysql: MigrationObject[] = [{ name: 'Migration20261122165928', class: Migration20261122165928 }];
