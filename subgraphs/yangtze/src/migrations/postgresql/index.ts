import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165930 } from './Migration20261122165930';
import { Migration20261122172808 } from './Migration20261122172808';
import { Migration20261122184749 } from './Migration20261122184749';
import { Migration20261122214547 } from './Migration20261122214547';
import { Migration20261207183114 } from './Migration20261207183114';
import { Migration20261207214442 } from './Migration20261207214442';
import { Migration20261207214949 } from './Migration20261207214949';
import { Migration20261207215444 } from './Migration20261207215444';
import { Migration20261207222102 } from './Migration20261207222102';
import { Migration20261207224338 } from './Migration20261207224338';

export const postgresql: MigrationObject[] = [{ name: 'Migration20261122165930', class: Migration20261122165930 }, { name: 'Migration20261122172808', class: Migration20261122172808 }, { name: 'Migration20261122184749', class: Migration20261122184749 }, { name: 'Migration20261122214547', class: Migration20261122214547 }, { name: 'Migration20261207183114', class: Migration20261207183114 }, { name: 'Migration20261207214442', class: Migration20261207214442 }, { name: 'Migration20261207214949', class: Migration20261207214949 }, { name: 'Migration20261207215444', class: Migration20261207215444 }, { name: 'Migration20261207222102', class: Migration20261207222102 }, { name: 'Migration20261207224338', class: Migration20261207224338 }];
