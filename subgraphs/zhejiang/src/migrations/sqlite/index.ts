import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165932 } from './Migration20261122165932';
import { Migration20261122172815 } from './Migration20261122172815';
import { Migration20261122214551 } from './Migration20261122214551';
import { Migration20261207183121 } from './Migration20261207183121';
import { Migration20261207214455 } from './Migration20261207214455';
import { Migration20261207215005 } from './Migration20261207215005';
import { Migration20261207215500 } from './Migration20261207215500';
import { Migration20261207222122 } from './Migration20261207222122';
import { Migration20261207224402 } from './Migration20261207224402';

export const sqlite: MigrationObject[] = [{ name: 'Migration20261122165932', class: Migration20261122165932 }, { name: 'Migration20261122172815', class: Migration20261122172815 }, { name: 'Migration20261122214551', class: Migration20261122214551 }, { name: 'Migration20261207183121', class: Migration20261207183121 }, { name: 'Migration20261207214455', class: Migration20261207214455 }, { name: 'Migration20261207215005', class: Migration20261207215005 }, { name: 'Migration20261207215500', class: Migration20261207215500 }, { name: 'Migration20261207222122', class: Migration20261207222122 }, { name: 'Migration20261207224402', class: Migration20261207224402 }];
