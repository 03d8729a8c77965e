import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122165931 } from './Migration20261122165931';
import { Migration20261122172813 } from './Migration20261122172813';
import { Migration20261122184753 } from './Migration20261122184753';
import { Migration20261122214549 } from './Migration20261122214549';
import { Migration20261207183117 } from './Migration20261207183117';
import { Migration20261207214449 } from './Migration20261207214449';
import { Migration20261207214959 } from './Migration20261207214959';
import { Migration20261207215454 } from './Migration20261207215454';
import { Migration20261207222114 } from './Migration20261207222114';
import { Migration20261207224352 } from './Migration20261207224352';

export const mysql: MigrationObject[] = [{ name: 'Migration20261122165931', class: Migration20261122165931 }, { name: 'Migration20261122172813', class: Migration20261122172813 }, { name: 'Migration20261122184753', class: Migration20261122184753 }, { name: 'Migration20261122214549', class: Migration20261122214549 }, { name: 'Migration20261207183117', class: Migration20261207183117 }, { name: 'Migration20261207214449', class: Migration20261207214449 }, { name: 'Migration20261207214959', class: Migration20261207214959 }, { name: 'Migration20261207215454', class: Migration20261207215454 }, { name: 'Migration20261207222114', class: Migration20261207222114 }, { name: 'Migration20261207224352', class: Migration20261207224352 }];
