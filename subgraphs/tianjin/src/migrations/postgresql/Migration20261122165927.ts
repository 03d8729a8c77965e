import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "alliance" ("key" varchar(120) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "short_name" varchar(255) null, "kind" varchar(255) not null, "area_code" varchar(6) not null, "park_key" varchar(255) null, "founded" jsonb null, "founded_text" varchar(500) null, "host_keys" jsonb not null, "partner_university_key" varchar(255) null, "nature" varchar(500) null, "vision" varchar(255) null, "goals" jsonb not null, "figures" jsonb not null, "member_kinds" jsonb not null, "local_chain_names" jsonb not null, "local_link_names" jsonb not null, "services" jsonb not null, "linked_alliance_keys" jsonb not null, "served_industries" jsonb not null, "notes" jsonb not null, "provenance" jsonb not null, constraint "alliance_pkey" primary key ("key"));`);
    this.addSql(`create index "alliance_park_key_index" on "alliance" ("park_key");`);

    this.addSql(`create table "alliance_member" ("key" varchar(120) not null, "alliance_key" varchar(255) not null, "member" jsonb not null, "member_uscc" varchar(18) null, "basis" jsonb not null, "provenance" jsonb not null, constraint "alliance_member_pkey" primary key ("key"));`);
    this.addSql(`create index "alliance_member_alliance_key_index" on "alliance_member" ("alliance_key");`);
    this.addSql(`create index "alliance_member_member_uscc_index" on "alliance_member" ("member_uscc");`);

    this.addSql(`create table "article" ("key" varchar(120) not null, "title" varchar(255) null, "original_title" varchar(255) null, "outlet" varchar(255) null, "published" jsonb null, "summary" text null, "sections" jsonb not null, "photo_captions" jsonb not null, "credits" jsonb not null, "reprint" jsonb null, "notes" jsonb not null, "provenance" jsonb not null, constraint "article_pkey" primary key ("key"));`);

    this.addSql(`create table "event" ("key" varchar(120) not null, "kind" varchar(255) not null, "name" varchar(500) not null, "original_name" varchar(255) null, "description" varchar(1000) not null, "organiser" jsonb null, "alliance_key" varchar(255) null, "park_key" varchar(255) null, "area_code" varchar(6) not null, "date" jsonb null, "period" jsonb null, "recurring" boolean not null, "online" boolean not null, "figures" jsonb not null, "local_chain_names" jsonb not null, "participants" jsonb not null, "outcomes" jsonb not null, "provenance" jsonb not null, constraint "event_pkey" primary key ("key"));`);
    this.addSql(`create index "event_alliance_key_index" on "event" ("alliance_key");`);
    this.addSql(`create index "event_park_key_index" on "event" ("park_key");`);

    this.addSql(`create table "chain_party_committee" ("key" varchar(120) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "alliance_key" varchar(255) not null, "chain_key" varchar(255) not null, "area_code" varchar(6) not null, "actions" jsonb not null, "funds_disbursed" jsonb null, "provenance" jsonb not null, constraint "chain_party_committee_pkey" primary key ("key"));`);
    this.addSql(`create index "chain_party_committee_alliance_key_index" on "chain_party_committee" ("alliance_key");`);
    this.addSql(`create index "chain_party_committee_chain_key_index" on "chain_party_committee" ("chain_key");`);

    this.addSql(`create table "chain_statistic" ("key" varchar(120) not null, "chain_keys" jsonb not null, "area_code" varchar(6) not null, "period" jsonb not null, "metric" varchar(255) not null, "metric_text" varchar(255) not null, "figure" jsonb null, "money" jsonb null, "band" varchar(255) null, "provenance" jsonb not null, constraint "chain_statistic_pkey" primary key ("key"));`);

    this.addSql(`create table "cooperation" ("key" varchar(120) not null, "project_id" varchar(120) not null, "title" varchar(300) not null, "original_title" varchar(300) not null, "kind" varchar(255) not null, "status" varchar(255) not null, "status_text" varchar(500) not null, "directory_status" varchar(20) not null, "parties" jsonb not null, "first_party_uscc" varchar(18) null, "second_party_uscc" varchar(18) null, "area_code" varchar(6) not null, "local_chain_name" varchar(255) null, "via_event_key" varchar(255) null, "need_key" varchar(255) null, "scope" varchar(1000) null, "local_link_names" jsonb not null, "provenance" jsonb not null, constraint "cooperation_pkey" primary key ("key"));`);
    this.addSql(`create index "cooperation_project_id_index" on "cooperation" ("project_id");`);
    this.addSql(`create index "cooperation_first_party_uscc_index" on "cooperation" ("first_party_uscc");`);
    this.addSql(`create index "cooperation_second_party_uscc_index" on "cooperation" ("second_party_uscc");`);
    this.addSql(`create index "cooperation_need_key_index" on "cooperation" ("need_key");`);

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

    this.addSql(`create table "expert_adviser" ("key" varchar(120) not null, "kind" varchar(255) not null, "name" varchar(255) not null, "person_key" varchar(255) not null, "title" varchar(255) not null, "role" varchar(255) not null, "alliance_key" varchar(255) null, "affiliation" jsonb null, "cooperates_with" jsonb not null, "provenance" jsonb not null, constraint "expert_adviser_pkey" primary key ("key"));`);
    this.addSql(`create index "expert_adviser_alliance_key_index" on "expert_adviser" ("alliance_key");`);

    this.addSql(`create table "firm" ("key" varchar(120) not null, "uscc" varchar(18) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "legal_name_stated" boolean not null, "short_name" varchar(255) null, "kind" varchar(255) not null, "area_code" varchar(6) not null, "area_stated" boolean not null, "area_basis" varchar(255) not null, "location_evidence" varchar(500) null, "park_key" varchar(255) null, "parent_key" varchar(255) null, "parent_uscc" varchar(18) null, "local_chain_names" jsonb not null, "local_link_names" jsonb not null, "chain_links" jsonb not null, "fields" jsonb not null, "labels" jsonb not null, "established" jsonb null, "registered_in_park" jsonb null, "opening" jsonb null, "figures" jsonb not null, "achievements" jsonb not null, "notes" jsonb not null, "provenance" jsonb not null, constraint "firm_pkey" primary key ("key"));`);
    this.addSql(`create index "firm_uscc_index" on "firm" ("uscc");`);
    this.addSql(`create index "firm_park_key_index" on "firm" ("park_key");`);
    this.addSql(`create index "firm_parent_uscc_index" on "firm" ("parent_uscc");`);

    this.addSql(`create table "industry_chain" ("key" varchar(120) not null, "local_chain_name" varchar(255) not null, "chain_code" varchar(255) not null, "scope" varchar(255) not null, "area_code" varchar(6) not null, "park_key" varchar(255) null, "alliance_key" varchar(255) null, "party_committee_key" varchar(255) null, "local_link_names" jsonb not null, "link_codes" jsonb not null, "segments" jsonb not null, "notes" jsonb not null, "provenance" jsonb not null, constraint "industry_chain_pkey" primary key ("key"));`);
    this.addSql(`create index "industry_chain_chain_code_index" on "industry_chain" ("chain_code");`);
    this.addSql(`create index "industry_chain_park_key_index" on "industry_chain" ("park_key");`);
    this.addSql(`create index "industry_chain_alliance_key_index" on "industry_chain" ("alliance_key");`);

    this.addSql(`create table "membership_application" ("key" varchar(120) not null, "alliance_key" varchar(255) not null, "applicant_description" varchar(255) not null, "applicant_area_code" varchar(6) not null, "local_chain_name" varchar(255) not null, "chain_code" varchar(255) not null, "status" varchar(255) not null, "review_steps" jsonb not null, "provenance" jsonb not null, constraint "membership_application_pkey" primary key ("key"));`);
    this.addSql(`create index "membership_application_alliance_key_index" on "membership_application" ("alliance_key");`);

    this.addSql(`create table "need" ("key" varchar(120) not null, "seeker" jsonb null, "seeker_uscc" varchar(18) null, "seeker_description" varchar(255) null, "kind" varchar(255) not null, "sought" varchar(500) not null, "local_link_names" jsonb not null, "status" varchar(255) not null, "status_text" varchar(500) not null, "fitting_counterpart" jsonb null, "counterpart_uscc" varchar(18) null, "fitting_counterpart_description" varchar(255) null, "provenance" jsonb not null, constraint "need_pkey" primary key ("key"));`);
    this.addSql(`create index "need_seeker_uscc_index" on "need" ("seeker_uscc");`);
    this.addSql(`create index "need_counterpart_uscc_index" on "need" ("counterpart_uscc");`);

    this.addSql(`create table "organisation" ("key" varchar(120) not null, "uscc" varchar(18) null, "name" varchar(255) not null, "original_name" varchar(255) not null, "kind" varchar(255) not null, "area_code" varchar(6) null, "area_stated" boolean not null, "park_key" varchar(255) null, "parent_org_key" varchar(255) null, "notes" jsonb not null, "also_stated_in" jsonb not null, "provenance" jsonb not null, constraint "organisation_pkey" primary key ("key"));`);
    this.addSql(`create index "organisation_uscc_index" on "organisation" ("uscc");`);
    this.addSql(`create index "organisation_park_key_index" on "organisation" ("park_key");`);

    this.addSql(`create table "park" ("key" varchar(120) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "short_name" varchar(255) null, "kind" varchar(255) not null, "area_code" varchar(6) not null, "parent_park_key" varchar(255) null, "role_in_parent" varchar(255) null, "structure" varchar(255) null, "blueprint" varchar(255) null, "figures" jsonb not null, "leading_industries_text" varchar(255) null, "leading_industries" jsonb not null, "industries" jsonb not null, "projects_landed" jsonb null, "policy_funds" jsonb not null, "production_land" jsonb null, "goals" jsonb not null, "designations" jsonb not null, "investment_targets" jsonb not null, "transport" jsonb not null, "notes" jsonb not null, "university_keys" jsonb not null, "provenance" jsonb not null, constraint "park_pkey" primary key ("key"));`);
    this.addSql(`create index "park_parent_park_key_index" on "park" ("parent_park_key");`);

    this.addSql(`create table "person" ("key" varchar(120) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "kind" varchar(255) not null, "role" varchar(500) not null, "organisation" jsonb null, "organisation_key" varchar(255) null, "organisation_text" varchar(255) null, "quoted" boolean not null, "provenance" jsonb not null, constraint "person_pkey" primary key ("key"));`);
    this.addSql(`create index "person_organisation_key_index" on "person" ("organisation_key");`);

    this.addSql(`create table "project" ("key" varchar(120) not null, "project_id" varchar(120) not null, "name" varchar(300) not null, "original_name" varchar(300) not null, "kind" varchar(255) not null, "area_code" varchar(6) not null, "park_key" varchar(255) null, "local_chain_names" jsonb not null, "sponsor" jsonb null, "sponsor_uscc" varchar(18) null, "facilitator" jsonb null, "total_investment" jsonb null, "total_investment_text" varchar(255) null, "status" varchar(255) not null, "directory_status" varchar(20) not null, "status_date" jsonb null, "effects" jsonb not null, "travel_time" jsonb null, "provenance" jsonb not null, constraint "project_pkey" primary key ("key"));`);
    this.addSql(`create index "project_project_id_index" on "project" ("project_id");`);
    this.addSql(`create index "project_park_key_index" on "project" ("park_key");`);
    this.addSql(`create index "project_sponsor_uscc_index" on "project" ("sponsor_uscc");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alliance" cascade;`);

    this.addSql(`drop table if exists "alliance_member" cascade;`);

    this.addSql(`drop table if exists "article" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "chain_party_committee" cascade;`);

    this.addSql(`drop table if exists "chain_statistic" cascade;`);

    this.addSql(`drop table if exists "cooperation" cascade;`);

    this.addSql(`drop table if exists "dir_firm" cascade;`);

    this.addSql(`drop table if exists "dir_firm_chain" cascade;`);

    this.addSql(`drop table if exists "dir_project" cascade;`);

    this.addSql(`drop table if exists "dir_project_party" cascade;`);

    this.addSql(`drop table if exists "dir_scope" cascade;`);

    this.addSql(`drop table if exists "dir_scope_gap" cascade;`);

    this.addSql(`drop table if exists "dir_scope_member" cascade;`);

    this.addSql(`drop table if exists "expert_adviser" cascade;`);

    this.addSql(`drop table if exists "firm" cascade;`);

    this.addSql(`drop table if exists "industry_chain" cascade;`);

    this.addSql(`drop table if exists "membership_application" cascade;`);

    this.addSql(`drop table if exists "need" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "park" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);
  }

}
