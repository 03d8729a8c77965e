import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165935 } from './Migration20261122165935';
import { Migration20261122172817 } from './Migration20261122172817';

export const mysql: MigrationObject[] = [{ name: 'Migration20261122165935', class: Migration20261122165935 }, { name: 'Migration20261122172817', class: Migration20261122172817 }];
