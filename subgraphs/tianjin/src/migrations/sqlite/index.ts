import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165926 } from './Migration20261122165926';
import { Migration20261122172754 } from './Migration20261122172754';
import { Migration20261122214540 } from './Migration20261122214540';
import { Migration20261207183103 } from './Migration20261207183103';
import { Migration20261207214414 } from './Migration20261207214414';
import { Migration20261207214913 } from './Migration20261207214913';
import { Migration20261207215408 } from './Migration20261207215408';
import { Migration20261207222022 } from './Migration20261207222022';
import { Migration20261207224256 } from './Migration20261207224256';

export const sqlite: MigrationObject[] = [{ name: 'Migration20261122165926', class: Migration20261122165926 }, { name: 'Migration20261122172754', class: Migration20261122172754 }, { name: 'Migration20261122214540', class: Migration20261122214540 }, { name: 'Migration20261207183103', class: Migration20261207183103 }, { name: 'Migration20261207214414', class: Migration20261207214414 }, { name: 'Migration20261207214913', class: Migration20261207214913 }, { name: 'Migration20261207215408', class: Migration20261207215408 }, { name: 'Migration20261207222022', class: Migration20261207222022 }, { name: 'Migration20261207224256', class: Migration20261207224256 }];
