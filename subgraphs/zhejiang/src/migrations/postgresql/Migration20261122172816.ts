import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172816 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "write_idempotency" ("id" varchar(64) not null, "operation" varchar(80) not null, "input_hash" varchar(64) not null, "result_key" varchar(160) not null, "subject" varchar(200) not null, "created_at" timestamptz not null, constraint "write_idempotency_pkey" primary key ("id"));`);

    this.addSql(`alter table "assessment" add column "county_results" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "write_idempotency" cascade;`);

    this.addSql(`alter table "assessment" drop column "county_results";`);
  }

}
