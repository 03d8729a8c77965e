import { Migration } from '@mikro-orm/migrations';

export class Migration20261207222134 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dir_firm_shared" ("uscc" varchar(18) not null, "peers" varchar(60) not null, constraint "dir_firm_shared_pkey" primary key ("uscc"));`);
    this.addSql(`create index "dir_firm_shared_peers_uscc_index" on "dir_firm_shared" ("peers", "uscc");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dir_firm_shared" cascade;`);
  }

}
