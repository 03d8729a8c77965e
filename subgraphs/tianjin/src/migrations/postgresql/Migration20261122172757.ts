import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172757 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "write_idempotency" ("id" varchar(64) not null, "operation" varchar(80) not null, "input_hash" varchar(64) not null, "result_key" varchar(160) not null, "subject" varchar(200) not null, "created_at" timestamptz not null, constraint "write_idempotency_pkey" primary key ("id"));`);

    this.addSql(`alter table "cooperation" add column "alliance_key" varchar(255) null, add column "amount" jsonb null, add column "date" jsonb null;`);
    this.addSql(`create index "cooperation_alliance_key_index" on "cooperation" ("alliance_key");`);

    this.addSql(`alter table "membership_application" add column "applicant_uscc" varchar(18) null, add column "applicant_firm_key" varchar(255) null, add column "statement" varchar(1000) null, add column "submitted" jsonb null, add column "reviewed" jsonb null, add column "decision_reason" varchar(1000) null;`);
    this.addSql(`create index "membership_application_applicant_uscc_index" on "membership_application" ("applicant_uscc");`);

    this.addSql(`alter table "need" add column "alliance_key" varchar(255) null, add column "chain_code" varchar(40) null, add column "posted" jsonb null, add column "contact" jsonb null;`);
    this.addSql(`create index "need_alliance_key_index" on "need" ("alliance_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "write_idempotency" cascade;`);

    this.addSql(`drop index "cooperation_alliance_key_index";`);
    this.addSql(`alter table "cooperation" drop column "alliance_key", drop column "amount", drop column "date";`);

    this.addSql(`drop index "membership_application_applicant_uscc_index";`);
    this.addSql(`alter table "membership_application" drop column "applicant_uscc", drop column "applicant_firm_key", drop column "statement", drop column "submitted", drop column "reviewed", drop column "decision_reason";`);

    this.addSql(`drop index "need_alliance_key_index";`);
    this.addSql(`alter table "need" drop column "alliance_key", drop column "chain_code", drop column "posted", drop column "contact";`);
  }

}
