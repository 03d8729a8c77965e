import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165927 } from './Migration20261122165927';
import { Migration20261122172757 } from './Migration20261122172757';
import { Migration20261122214542 } from './Migration20261122214542';
import { Migration20261207183106 } from './Migration20261207183106';
import { Migration20261207214420 } from './Migration20261207214420';
import { Migration20261207214921 } from './Migration20261207214921';
import { Migration20261207215417 } from './Migration20261207215417';
import { Migration20261207222031 } from './Migration20261207222031';
import { Migration20261207224305 } from './Migration20261207224305';

export const postgresql: MigrationObject[] = [{ name: 'Migration20261122165927', class: Migration20261122165927 }, { name: 'Migration20261122172757', class: Migration20261122172757 }, { name: 'Migration20261122214542', class: Migration20261122214542 }, { name: 'Migration20261207183106', class: Migration20261207183106 }, { name: 'Migration20261207214420', class: Migration20261207214420 }, { name: 'Migration20261207214921', class: Migration20261207214921 }, { name: 'Migration20261207215417', class: Migration20261207215417 }, { name: 'Migration20261207222031', class: Migration20261207222031 }, { name: 'Migration20261207224305', class: Migration20261207224305 }];
