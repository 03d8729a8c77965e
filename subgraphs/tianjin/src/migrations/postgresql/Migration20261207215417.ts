import { Migration } from '@mikro-orm/migrations';

export class Migration20261207215417 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "change_history" ("id" serial primary key, "changed_at" timestamptz(3) not null, "author_subject" varchar(200) null, "author_role" varchar(20) not null, "record_type" varchar(80) not null, "record_key" varchar(240) not null, "action" varchar(10) not null, "before" jsonb null, "after" jsonb null, "source_kind" varchar(10) not null, "source_field" varchar(80) null, "source_file" varchar(500) null, "source_sheet" varchar(200) null, "source_row" int null);`);
    this.addSql(`create index "change_history_changed_at_index" on "change_history" ("changed_at");`);
    this.addSql(`create index "change_history_author_subject_id_index" on "change_history" ("author_subject", "id");`);
    this.addSql(`create index "change_history_record_type_record_key_id_index" on "change_history" ("record_type", "record_key", "id");`);

    this.addSql(`create table "change_freshness" ("kind" varchar(80) not null, "last_changed_at" timestamptz(3) null, constraint "change_freshness_pkey" primary key ("kind"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "change_history" cascade;`);

    this.addSql(`drop table if exists "change_freshness" cascade;`);
  }

}
