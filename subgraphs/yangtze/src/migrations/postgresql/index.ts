import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165930 } from './Migration20261122165930';

export const postgresql: MigrationObject[] = [{ name: 'Migration20261122165930', class: Migration20261122165930 }];
