import { Migration } from '@mikro-orm/migrations';

export class Migration20261207214921 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dir_firm_gram" ("gram" varchar(12) not null, "uscc" varchar(18) not null, constraint "dir_firm_gram_pkey" primary key ("gram", "uscc"));`);
    this.addSql(`create index "dir_firm_gram_uscc_index" on "dir_firm_gram" ("uscc");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dir_firm_gram" cascade;`);
  }

}
