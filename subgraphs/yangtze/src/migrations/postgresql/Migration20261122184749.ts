import { Migration } from '@mikro-orm/migrations';

export class Migration20261122184749 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "organisation_uscc_index" on "organisation" ("uscc");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "organisation_uscc_index";`);
  }

}
