import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165934 } from './Migration20261122165934';
import { Migration20261122172816 } from './Migration20261122172816';
import { Migration20261122214552 } from './Migration20261122214552';
import { Migration20261207183124 } from './Migration20261207183124';
import { Migration20261207214500 } from './Migration20261207214500';
import { Migration20261207215012 } from './Migration20261207215012';
import { Migration20261207215508 } from './Migration20261207215508';
import { Migration20261207222134 } from './Migration20261207222134';
import { Migration20261207224411 } from './Migration20261207224411';

export const postgresql: MigrationObject[] = [{ name: 'Migration20261122165934', class: Migration20261122165934 }, { name: 'Migration20261122172816', class: Migration20261122172816 }, { name: 'Migration20261122214552', class: Migration20261122214552 }, { name: 'Migration20261207183124', class: Migration20261207183124 }, { name: 'Migration20261207214500', class: Migration20261207214500 }, { name: 'Migration20261207215012', class: Migration20261207215012 }, { name: 'Migration20261207215508', class: Migration20261207215508 }, { name: 'Migration20261207222134', class: Migration20261207222134 }, { name: 'Migration20261207224411', class: Migration20261207224411 }];
