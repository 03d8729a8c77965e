import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165935 } from './Migration20261122165935';
import { Migration20261122172817 } from './Migration20261122172817';
import { Migration20261122214554 } from './Migration20261122214554';
import { Migration20261207183129 } from './Migration20261207183129';
import { Migration20261207214510 } from './Migration20261207214510';
import { Migration20261207215022 } from './Migration20261207215022';
import { Migration20261207215521 } from './Migration20261207215521';
import { Migration20261207222146 } from './Migration20261207222146';
import { Migration20261207224424 } from './Migration20261207224424';

export const mysql: MigrationObject[] = [{ name: 'Migration20261122165935', class: Migration20261122165935 }, { name: 'Migration20261122172817', class: Migration20261122172817 }, { name: 'Migration20261122214554', class: Migration20261122214554 }, { name: 'Migration20261207183129', class: Migration20261207183129 }, { name: 'Migration20261207214510', class: Migration20261207214510 }, { name: 'Migration20261207215022', class: Migration20261207215022 }, { name: 'Migration20261207215521', class: Migration20261207215521 }, { name: 'Migration20261207222146', class: Migration20261207222146 }, { name: 'Migration20261207224424', class: Migration20261207224424 }];
