import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "conference_project" ("key" varchar(120) not null, "event_key" varchar(255) not null, "title" varchar(300) not null, "outcome" varchar(10) not null, "chain_code" varchar(40) null, "amount" jsonb null, "date" jsonb null, "parties" jsonb not null, "recorded_by_zone_key" varchar(255) not null, "project_id" varchar(120) not null, "provenance" jsonb not null, constraint "conference_project_pkey" primary key ("key"));`);
    this.addSql(`create index "conference_project_event_key_index" on "conference_project" ("event_key");`);

    this.addSql(`create table "demand_answer" ("key" varchar(120) not null, "demand_key" varchar(255) not null, "zone_key" varchar(255) not null, "responder_kind" varchar(10) not null, "firm_uscc" varchar(18) null, "firm_name" varchar(200) null, "firm_area_code" varchar(6) null, "message" text not null, "answered" jsonb not null, "project_id" varchar(120) not null, "provenance" jsonb not null, constraint "demand_answer_pkey" primary key ("key"));`);
    this.addSql(`create index "demand_answer_demand_key_index" on "demand_answer" ("demand_key");`);
    this.addSql(`create index "demand_answer_firm_uscc_index" on "demand_answer" ("firm_uscc");`);

    this.addSql(`create table "write_idempotency" ("id" varchar(64) not null, "operation" varchar(80) not null, "input_hash" varchar(64) not null, "result_key" varchar(160) not null, "subject" varchar(200) not null, "created_at" timestamptz not null, constraint "write_idempotency_pkey" primary key ("id"));`);

    this.addSql(`alter table "platform_post" add column "link_code" varchar(20) null, add column "contact" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "conference_project" cascade;`);

    this.addSql(`drop table if exists "demand_answer" cascade;`);

    this.addSql(`drop table if exists "write_idempotency" cascade;`);

    this.addSql(`alter table "platform_post" drop column "link_code", drop column "contact";`);
  }

}
