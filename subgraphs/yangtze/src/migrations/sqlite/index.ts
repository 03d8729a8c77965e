import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165929 } from './Migration20261122165929';
import { Migration20261122172804 } from './Migration20261122172804';
import { Migration20261122184746 } from './Migration20261122184746';
import { Migration20261122214545 } from './Migration20261122214545';
import { Migration20261207183112 } from './Migration20261207183112';
import { Migration20261207214437 } from './Migration20261207214437';
import { Migration20261207214942 } from './Migration20261207214942';
import { Migration20261207215436 } from './Migration20261207215436';
import { Migration20261207222052 } from './Migration20261207222052';
import { Migration20261207224328 } from './Migration20261207224328';

export const sqlite: MigrationObject[] = [{ name: 'Migration20261122165929', class: Migration20261122165929 }, { name: 'Migration20261122172804', class: Migration20261122172804 }, { name: 'Migration20261122184746', class: Migration20261122184746 }, { name: 'Migration20261122214545', class: Migration20261122214545 }, { name: 'Migration20261207183112', class: Migration20261207183112 }, { name: 'Migration20261207214437', class: Migration20261207214437 }, { name: 'Migration20261207214942', class: Migration20261207214942 }, { name: 'Migration20261207215436', class: Migration20261207215436 }, { name: 'Migration20261207222052', class: Migration20261207222052 }, { name: 'Migration20261207224328', class: Migration20261207224328 }];
