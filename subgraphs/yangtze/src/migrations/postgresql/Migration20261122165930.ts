import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165930 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event" ("key" varchar(120) not null, "name" varchar(500) not null, "description" text not null, "kind" varchar(255) not null, "status" varchar(255) not null, "date" jsonb null, "sequence" varchar(255) null, "area_code" varchar(6) null, "host_occasion" varchar(255) null, "figures" jsonb not null, "components" jsonb not null, "organiser_zone_keys" jsonb not null, "alliance_keys" jsonb not null, "announced_by_zone_keys" jsonb null, "provenance" jsonb not null, constraint "event_pkey" primary key ("key"));`);

    this.addSql(`create table "article" ("key" varchar(120) not null, "title" varchar(255) not null, "published" jsonb not null, "outlets" jsonb not null, "sections" jsonb not null, "photo_caption" varchar(1000) null, "provenance" jsonb not null, constraint "article_pkey" primary key ("key"));`);

    this.addSql(`create table "cooperation_fund" ("key" varchar(120) not null, "name" varchar(255) not null, "status" varchar(255) not null, "alliance_relation" varchar(255) not null, "purpose" varchar(1000) not null, "programme_name" varchar(255) not null, "provenance" jsonb not null, constraint "cooperation_fund_pkey" primary key ("key"));`);

    this.addSql(`create table "dir_firm" ("uscc" varchar(18) not null, "name" varchar(200) not null, "original_name" varchar(200) not null, "short_name" varchar(100) null, "name_key" varchar(640) not null, "search_text" text not null, "area_code" varchar(6) not null, "parent_uscc" varchar(18) null, "sample_code" boolean not null, "native_key" varchar(100) not null, "kind" varchar(30) not null, "cooperation_count" int not null, "source" varchar(40) not null, constraint "dir_firm_pkey" primary key ("uscc"));`);
    this.addSql(`create index "dir_firm_area_code_index" on "dir_firm" ("area_code");`);
    this.addSql(`create index "dir_firm_name_key_uscc_index" on "dir_firm" ("name_key", "uscc");`);

    this.addSql(`create table "dir_firm_chain" ("id" varchar(80) not null, "uscc" varchar(18) not null, "chain_code" varchar(40) not null, "link_code" varchar(20) not null, "local_chain_name" varchar(60) not null, "local_link_name" varchar(60) null, "source" varchar(40) not null, constraint "dir_firm_chain_pkey" primary key ("id"));`);
    this.addSql(`create index "dir_firm_chain_uscc_index" on "dir_firm_chain" ("uscc");`);
    this.addSql(`create index "dir_firm_chain_chain_code_link_code_index" on "dir_firm_chain" ("chain_code", "link_code");`);

    this.addSql(`create table "dir_project" ("id" varchar(120) not null, "title" varchar(300) not null, "original_title" varchar(300) not null, "name_key" varchar(640) not null, "search_text" text not null, "chain_code" varchar(40) null, "local_chain_name" varchar(60) null, "status" varchar(20) not null, "amount_yuan" double precision null, "amount_key" double precision not null, "amount_kind" varchar(30) null, "amount_stated" varchar(60) null, "date_key" varchar(10) not null, "date_text" varchar(60) null, "area_code" varchar(6) not null, "native_key" varchar(100) not null, "source" varchar(40) not null, constraint "dir_project_pkey" primary key ("id"));`);
    this.addSql(`create index "dir_project_chain_code_index" on "dir_project" ("chain_code");`);
    this.addSql(`create index "dir_project_area_code_index" on "dir_project" ("area_code");`);
    this.addSql(`create index "dir_project_date_key_id_index" on "dir_project" ("date_key", "id");`);
    this.addSql(`create index "dir_project_amount_key_id_index" on "dir_project" ("amount_key", "id");`);
    this.addSql(`create index "dir_project_name_key_id_index" on "dir_project" ("name_key", "id");`);

    this.addSql(`create table "dir_project_party" ("id" varchar(160) not null, "project_id" varchar(120) not null, "kind" varchar(20) not null, "name" varchar(200) not null, "uscc" varchar(18) null, "area_code" varchar(6) null, "role" varchar(60) null, constraint "dir_project_party_pkey" primary key ("id"));`);
    this.addSql(`create index "dir_project_party_project_id_index" on "dir_project_party" ("project_id");`);
    this.addSql(`create index "dir_project_party_uscc_index" on "dir_project_party" ("uscc");`);

    this.addSql(`create table "dir_scope" ("id" varchar(120) not null, "kind" varchar(20) not null, "name" varchar(200) not null, "original_name" varchar(200) not null, "search_text" text not null, "area_code" varchar(6) not null, "source" varchar(40) not null, constraint "dir_scope_pkey" primary key ("id"));`);

    this.addSql(`create table "dir_scope_gap" ("id" varchar(160) not null, "scope_id" varchar(120) not null, "chain_code" varchar(40) not null, "link_code" varchar(20) not null, "note" text not null, "source" varchar(40) not null, constraint "dir_scope_gap_pkey" primary key ("id"));`);
    this.addSql(`create index "dir_scope_gap_scope_id_index" on "dir_scope_gap" ("scope_id");`);

    this.addSql(`create table "dir_scope_member" ("id" varchar(160) not null, "scope_id" varchar(120) not null, "uscc" varchar(18) not null, constraint "dir_scope_member_pkey" primary key ("id"));`);
    this.addSql(`create index "dir_scope_member_scope_id_index" on "dir_scope_member" ("scope_id");`);
    this.addSql(`create index "dir_scope_member_uscc_index" on "dir_scope_member" ("uscc");`);

    this.addSql(`create table "guiding_body" ("key" varchar(120) not null, "name" varchar(255) not null, "level" varchar(255) not null, "area_code" varchar(6) null, "relation" varchar(255) not null, "scope" varchar(255) null, "provenance" jsonb not null, constraint "guiding_body_pkey" primary key ("key"));`);

    this.addSql(`create table "index_survey" ("key" varchar(120) not null, "description" varchar(1000) not null, "programme_name" varchar(255) not null, "status" varchar(255) not null, "date" jsonb null, "figures" jsonb not null, "topics" jsonb not null, "purpose" varchar(1000) not null, "provenance" jsonb not null, constraint "index_survey_pkey" primary key ("key"));`);

    this.addSql(`create table "industry_alliance" ("key" varchar(120) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "nature" varchar(255) not null, "organisation_type" varchar(255) not null, "first_to_join" boolean not null, "founded" jsonb not null, "founded_area_code" varchar(6) not null, "figures" jsonb not null, "initiator_kinds" jsonb not null, "local_chain_names" jsonb not null, "local_link_names" jsonb not null, "goal" text not null, "parent_alliance_key" varchar(255) not null, "initiator_person_keys" jsonb not null, "provenance" jsonb not null, constraint "industry_alliance_pkey" primary key ("key"));`);

    this.addSql(`create table "liaison_training" ("key" varchar(120) not null, "description" varchar(1000) not null, "sequence" varchar(255) not null, "format" varchar(255) not null, "completed" jsonb not null, "figures" jsonb not null, "team_goal" varchar(1000) not null, "mechanism_key" varchar(255) not null, "provenance" jsonb not null, constraint "liaison_training_pkey" primary key ("key"));`);

    this.addSql(`create table "mechanism" ("key" varchar(120) not null, "name" varchar(255) not null, "kind" varchar(255) not null, "status" jsonb not null, "alliance_key" varchar(255) not null, "provenance" jsonb not null, constraint "mechanism_pkey" primary key ("key"));`);

    this.addSql(`create table "organisation" ("key" varchar(120) not null, "uscc" varchar(18) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "org_type" varchar(255) not null, "area_code" varchar(6) not null, "area_basis" varchar(255) null, "local_chain_names" jsonb not null, "activity" varchar(1000) null, "provenance" jsonb not null, constraint "organisation_pkey" primary key ("key"));`);

    this.addSql(`create table "park_alliance" ("key" varchar(120) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "short_name" varchar(255) null, "founded" jsonb not null, "founded_area_code" varchar(6) not null, "nature" jsonb not null, "figures" jsonb not null, "covered_region_name" varchar(255) not null, "national_share_metrics" jsonb not null, "achievements" jsonb not null, "plans" jsonb not null, "founder_zone_keys" jsonb not null, "lead_founder_zone_key" varchar(255) not null, "guiding_body_keys" jsonb not null, "provenance" jsonb not null, constraint "park_alliance_pkey" primary key ("key"));`);

    this.addSql(`create table "person" ("key" varchar(120) not null, "name" varchar(255) not null, "roles" jsonb not null, "quote" text null, "provenance" jsonb not null, constraint "person_pkey" primary key ("key"));`);

    this.addSql(`create table "platform" ("key" varchar(120) not null, "name" varchar(255) not null, "short_name" varchar(255) null, "carrier_name" varchar(255) not null, "opened" jsonb not null, "opened_area_code" varchar(6) not null, "governance" varchar(255) not null, "figures" jsonb not null, "roles" jsonb not null, "post_kinds" jsonb not null, "firm_use" varchar(255) not null, "alliance_key" varchar(255) not null, "provenance" jsonb not null, constraint "platform_pkey" primary key ("key"));`);

    this.addSql(`create table "platform_channel" ("key" varchar(120) not null, "platform_key" varchar(255) not null, "zone_key" varchar(255) not null, "post_kinds" jsonb not null, "provenance" jsonb not null, constraint "platform_channel_pkey" primary key ("key"));`);

    this.addSql(`create table "platform_post" ("key" varchar(120) not null, "channel_key" varchar(255) not null, "kind" varchar(255) not null, "title" varchar(500) not null, "body" text null, "chain_code" varchar(255) null, "status" varchar(255) not null, "posted" jsonb null, "provenance" jsonb not null, constraint "platform_post_pkey" primary key ("key"));`);

    this.addSql(`create table "policy_reference" ("key" varchar(120) not null, "name" varchar(255) not null, "kind" varchar(255) not null, "provenance" jsonb not null, constraint "policy_reference_pkey" primary key ("key"));`);

    this.addSql(`create table "zone" ("key" varchar(120) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "short_name" varchar(255) null, "zone_type" varchar(255) not null, "area_code" varchar(6) not null, "is_founder" boolean not null, "is_lead_founder" boolean not null, "admin_body_name" varchar(255) null, "alliance_key" varchar(255) not null, "provenance" jsonb not null, constraint "zone_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "article" cascade;`);

    this.addSql(`drop table if exists "cooperation_fund" cascade;`);

    this.addSql(`drop table if exists "dir_firm" cascade;`);

    this.addSql(`drop table if exists "dir_firm_chain" cascade;`);

    this.addSql(`drop table if exists "dir_project" cascade;`);

    this.addSql(`drop table if exists "dir_project_party" cascade;`);

    this.addSql(`drop table if exists "dir_scope" cascade;`);

    this.addSql(`drop table if exists "dir_scope_gap" cascade;`);

    this.addSql(`drop table if exists "dir_scope_member" cascade;`);

    this.addSql(`drop table if exists "guiding_body" cascade;`);

    this.addSql(`drop table if exists "index_survey" cascade;`);

    this.addSql(`drop table if exists "industry_alliance" cascade;`);

    this.addSql(`drop table if exists "liaison_training" cascade;`);

    this.addSql(`drop table if exists "mechanism" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "park_alliance" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "platform" cascade;`);

    this.addSql(`drop table if exists "platform_channel" cascade;`);

    this.addSql(`drop table if exists "platform_post" cascade;`);

    this.addSql(`drop table if exists "policy_reference" cascade;`);

    this.addSql(`drop table if exists "zone" cascade;`);
  }

}
