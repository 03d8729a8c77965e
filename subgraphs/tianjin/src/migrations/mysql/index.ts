import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165928 } from './Migration20261122165928';
import { Migration20261122172802 } from './Migration20261122172802';
import { Migration20261122214544 } from './Migration20261122214544';
import { Migration20261207183110 } from './Migration20261207183110';
import { Migration20261207214431 } from './Migration20261207214431';
import { Migration20261207214935 } from './Migration20261207214935';
import { Migration20261207215429 } from './Migration20261207215429';
import { Migration20261207222043 } from './Migration20261207222043';
import { Migration20261207224320 } from './Migration20261207224320';

export const mysql: MigrationObject[] = [{ name: 'Migration20261122165928', class: Migration20261122165928 }, { name: 'Migration20261122172802', class: Migration20261122172802 }, { name: 'Migration20261122214544', class: Migration20261122214544 }, { name: 'Migration20261207183110', class: Migration20261207183110 }, { name: 'Migration20261207214431', class: Migration20261207214431 }, { name: 'Migration20261207214935', class: Migration20261207214935 }, { name: 'Migration20261207215429', class: Migration20261207215429 }, { name: 'Migration20261207222043', class: Migration20261207222043 }, { name: 'Migration20261207224320', class: Migration20261207224320 }];
