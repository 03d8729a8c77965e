import { Migration } from '@mikro-orm/migrations';

export class Migration20261207183106 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "dir_scope_link" ("id" varchar(160) not null, "scope_id" varchar(120) not null, "chain_code" varchar(40) not null, "link_code" varchar(20) not null, "note" text not null, "source" varchar(40) not null, constraint "dir_scope_link_pkey" primary key ("id"));`);
    this.addSql(`create index "dir_scope_link_scope_id_index" on "dir_scope_link" ("scope_id");`);

    this.addSql(`create table "dir_scope_parent" ("id" varchar(250) not null, "scope_id" varchar(120) not null, "parent_id" varchar(120) not null, "note" text not null, "source" varchar(40) not null, constraint "dir_scope_parent_pkey" primary key ("id"));`);
    this.addSql(`create index "dir_scope_parent_scope_id_index" on "dir_scope_parent" ("scope_id");`);
    this.addSql(`create index "dir_scope_parent_parent_id_index" on "dir_scope_parent" ("parent_id");`);

    this.addSql(`alter table "dir_firm_chain" add column "basis" varchar(20) not null default 'RECORDED', add column "evidence" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dir_scope_link" cascade;`);

    this.addSql(`drop table if exists "dir_scope_parent" cascade;`);

    this.addSql(`alter table "dir_firm_chain" drop column "basis", drop column "evidence";`);
  }

}
