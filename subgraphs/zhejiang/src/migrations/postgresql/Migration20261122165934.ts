import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165934 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment" ("key" varchar(120) not null, "assessment_year" int not null, "result" varchar(255) not null, "all_passed" boolean not null, "result_text" varchar(255) not null, "finding" varchar(500) not null, "industrial_county_count" jsonb not null, "mountain_county_count" jsonb not null, "results_received" jsonb not null, "programme_key" varchar(255) not null, "provenance" jsonb not null, constraint "assessment_pkey" primary key ("key"));`);
    this.addSql(`create index "assessment_programme_key_index" on "assessment" ("programme_key");`);

    this.addSql(`create table "cooperation_park" ("key" varchar(120) not null, "name" varchar(255) not null, "area_code" varchar(6) not null, "build_mode" varchar(255) not null, "local_chain_name" varchar(255) not null, "chain_code" varchar(40) not null, "basis" varchar(255) null, "pairing_key" varchar(255) not null, "provenance" jsonb not null, constraint "cooperation_park_pkey" primary key ("key"));`);
    this.addSql(`create index "cooperation_park_area_code_index" on "cooperation_park" ("area_code");`);
    this.addSql(`create index "cooperation_park_chain_code_index" on "cooperation_park" ("chain_code");`);
    this.addSql(`create index "cooperation_park_pairing_key_index" on "cooperation_park" ("pairing_key");`);

    this.addSql(`create table "county" ("key" varchar(120) not null, "name" varchar(255) not null, "kind" varchar(255) not null, "kind_statement" varchar(255) not null, "kind_evidence" varchar(1000) not null, "area_code" varchar(6) not null, "city_area_code" varchar(6) null, "characteristics" jsonb not null, "honours" jsonb not null, "strategy" jsonb null, "provenance" jsonb not null, constraint "county_pkey" primary key ("key"));`);
    this.addSql(`create index "county_area_code_index" on "county" ("area_code");`);

    this.addSql(`create table "county_statistic" ("key" varchar(120) not null, "metric" varchar(255) not null, "nature" varchar(255) not null, "figure_kind" varchar(255) not null, "figure" jsonb null, "qualifier" varchar(255) null, "stated_text" varchar(500) not null, "area_code" varchar(6) not null, "local_chain_name" varchar(255) null, "chain_code" varchar(40) null, "share_of_area_code" varchar(6) null, "as_of" jsonb null, "subset_of_key" varchar(255) null, "county_key" varchar(255) not null, "provenance" jsonb not null, constraint "county_statistic_pkey" primary key ("key"));`);
    this.addSql(`create index "county_statistic_chain_code_index" on "county_statistic" ("chain_code");`);
    this.addSql(`create index "county_statistic_county_key_index" on "county_statistic" ("county_key");`);

    this.addSql(`create table "diagnostic_campaign" ("key" varchar(120) not null, "method" varchar(255) not null, "provider" varchar(255) not null, "target_area_code" varchar(6) not null, "since" jsonb not null, "as_of" jsonb not null, "diagnosed_firms" jsonb not null, "pre_diagnosed_firms" jsonb not null, "benchmark_project_firms" jsonb not null, "benchmark_project_name" varchar(255) not null, "reported_gains" jsonb not null, "pairing_key" varchar(255) not null, "funding_key" varchar(255) not null, "provenance" jsonb not null, constraint "diagnostic_campaign_pkey" primary key ("key"));`);
    this.addSql(`create index "diagnostic_campaign_pairing_key_index" on "diagnostic_campaign" ("pairing_key");`);

    this.addSql(`create table "diagnostic_outcome" ("key" varchar(120) not null, "project_name" varchar(255) not null, "condition" varchar(255) not null, "sales_volume_increase" jsonb not null, "output_increase" jsonb not null, "pass_rate_before" jsonb not null, "pass_rate_after" jsonb not null, "result" varchar(500) not null, "campaign_key" varchar(255) not null, "firm_key" varchar(255) not null, "spokesperson_key" varchar(255) not null, "provenance" jsonb not null, constraint "diagnostic_outcome_pkey" primary key ("key"));`);
    this.addSql(`create index "diagnostic_outcome_campaign_key_index" on "diagnostic_outcome" ("campaign_key");`);

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

    this.addSql(`create table "firm" ("key" varchar(120) not null, "uscc" varchar(18) not null, "name" varchar(255) not null, "original_name" varchar(255) not null, "name_form" varchar(255) not null, "short_name" varchar(255) null, "area_code" varchar(6) not null, "local_chain_name" varchar(255) null, "chain_basis" varchar(255) null, "local_link_names" jsonb not null, "chain_code" varchar(40) null, "description" varchar(500) null, "provenance" jsonb not null, constraint "firm_pkey" primary key ("key"));`);
    this.addSql(`create index "firm_uscc_index" on "firm" ("uscc");`);
    this.addSql(`create index "firm_area_code_index" on "firm" ("area_code");`);
    this.addSql(`create index "firm_chain_code_index" on "firm" ("chain_code");`);

    this.addSql(`create table "funding" ("key" varchar(120) not null, "instrument" varchar(255) not null, "amount" jsonb null, "per_year" boolean not null, "from_year" int null, "to_year" int null, "since" jsonb null, "beneficiaries" varchar(255) not null, "purpose" varchar(1000) not null, "programme_key" varchar(255) not null, "pairing_key" varchar(255) null, "funder_org_key" varchar(255) null, "funder_county_key" varchar(255) null, "provenance" jsonb not null, constraint "funding_pkey" primary key ("key"));`);
    this.addSql(`create index "funding_programme_key_index" on "funding" ("programme_key");`);
    this.addSql(`create index "funding_pairing_key_index" on "funding" ("pairing_key");`);

    this.addSql(`create table "investment_arrangement" ("key" varchar(120) not null, "kind" varchar(255) not null, "name" varchar(255) not null, "host_system" varchar(255) null, "scope" jsonb not null, "pairing_key" varchar(255) not null, "party_county_keys" jsonb not null, "provenance" jsonb not null, constraint "investment_arrangement_pkey" primary key ("key"));`);
    this.addSql(`create index "investment_arrangement_pairing_key_index" on "investment_arrangement" ("pairing_key");`);

    this.addSql(`create table "organisation" ("key" varchar(120) not null, "name" varchar(255) not null, "full_name" varchar(255) not null, "kind" varchar(255) not null, "area_code" varchar(6) not null, "roles" jsonb not null, "parent_key" varchar(255) null, "provenance" jsonb not null, constraint "organisation_pkey" primary key ("key"));`);

    this.addSql(`create table "pairing" ("key" varchar(120) not null, "name" varchar(255) not null, "year" int not null, "pairing_statement" varchar(255) not null, "reasons" jsonb not null, "observations" jsonb not null, "programme_key" varchar(255) not null, "industrial_county_key" varchar(255) not null, "mountain_county_key" varchar(255) not null, "provenance" jsonb not null, constraint "pairing_pkey" primary key ("key"));`);
    this.addSql(`create index "pairing_programme_key_index" on "pairing" ("programme_key");`);
    this.addSql(`create index "pairing_industrial_county_key_index" on "pairing" ("industrial_county_key");`);
    this.addSql(`create index "pairing_mountain_county_key_index" on "pairing" ("mountain_county_key");`);

    this.addSql(`create table "person" ("key" varchar(120) not null, "name" varchar(255) not null, "title" varchar(255) null, "role_text" varchar(500) not null, "area_code" varchar(6) not null, "home_area_code" varchar(6) null, "quotes" jsonb not null, "org_key" varchar(255) null, "firm_key" varchar(255) null, "provenance" jsonb not null, constraint "person_pkey" primary key ("key"));`);
    this.addSql(`create index "person_org_key_index" on "person" ("org_key");`);

    this.addSql(`create table "programme" ("key" varchar(120) not null, "name" varchar(255) not null, "area_code" varchar(6) not null, "start_year" int not null, "end_year" int not null, "period_text" varchar(255) not null, "funding_per_year" jsonb not null, "funding_mode" varchar(255) not null, "funding_text" text not null, "pairing_list" jsonb not null, "industrial_county_count" jsonb not null, "mountain_county_count" jsonb not null, "pairing_count" jsonb not null, "formation" jsonb not null, "goals" jsonb not null, "emphasis" jsonb not null, "priority" varchar(255) not null, "observations" jsonb not null, "industrial_county_description" text not null, "mountain_county_description" text not null, "precedents" jsonb not null, "figures" jsonb not null, "park_coverage" jsonb not null, "funder_org_key" varchar(255) not null, "tracks_defined_by_org_key" varchar(255) not null, "provenance" jsonb not null, constraint "programme_pkey" primary key ("key"));`);

    this.addSql(`create table "project" ("key" varchar(120) not null, "kind" varchar(255) not null, "name" varchar(255) null, "summary" varchar(1000) not null, "host_area_code" varchar(6) not null, "town_code" varchar(9) null, "local_chain_name" varchar(255) null, "chain_code" varchar(40) null, "local_link_names" jsonb not null, "products" jsonb not null, "status" varchar(255) null, "stage" varchar(20) not null, "unnamed_participants" jsonb not null, "milestones" jsonb not null, "figures" jsonb not null, "outcomes" jsonb not null, "pairing_key" varchar(255) not null, "org_keys" jsonb not null, "person_keys" jsonb not null, "provenance" jsonb not null, constraint "project_pkey" primary key ("key"));`);
    this.addSql(`create index "project_host_area_code_index" on "project" ("host_area_code");`);
    this.addSql(`create index "project_chain_code_index" on "project" ("chain_code");`);
    this.addSql(`create index "project_pairing_key_index" on "project" ("pairing_key");`);

    this.addSql(`create table "project_firm" ("key" varchar(240) not null, "project_key" varchar(120) not null, "firm_key" varchar(120) not null, constraint "project_firm_pkey" primary key ("key"));`);

    this.addSql(`create table "track" ("key" varchar(120) not null, "order" int not null, "name" varchar(255) not null, "programme_key" varchar(255) not null, "provenance" jsonb not null, constraint "track_pkey" primary key ("key"));`);
    this.addSql(`create index "track_programme_key_index" on "track" ("programme_key");`);

    this.addSql(`create table "training_event" ("key" varchar(120) not null, "name" varchar(255) not null, "organiser_text" varchar(255) not null, "date" jsonb not null, "visit_area_code" varchar(6) not null, "participants" jsonb not null, "participant_text" varchar(255) not null, "trainers" varchar(255) not null, "activities" jsonb not null, "follow_up" jsonb not null, "pairing_key" varchar(255) not null, "organiser_county_keys" jsonb not null, "provenance" jsonb not null, constraint "training_event_pkey" primary key ("key"));`);
    this.addSql(`create index "training_event_pairing_key_index" on "training_event" ("pairing_key");`);

    this.addSql(`alter table "project_firm" add constraint "project_firm_project_key_foreign" foreign key ("project_key") references "project" ("key") on update cascade;`);
    this.addSql(`alter table "project_firm" add constraint "project_firm_firm_key_foreign" foreign key ("firm_key") references "firm" ("key") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project_firm" drop constraint "project_firm_firm_key_foreign";`);

    this.addSql(`alter table "project_firm" drop constraint "project_firm_project_key_foreign";`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "cooperation_park" cascade;`);

    this.addSql(`drop table if exists "county" cascade;`);

    this.addSql(`drop table if exists "county_statistic" cascade;`);

    this.addSql(`drop table if exists "diagnostic_campaign" cascade;`);

    this.addSql(`drop table if exists "diagnostic_outcome" cascade;`);

    this.addSql(`drop table if exists "dir_firm" cascade;`);

    this.addSql(`drop table if exists "dir_firm_chain" cascade;`);

    this.addSql(`drop table if exists "dir_project" cascade;`);

    this.addSql(`drop table if exists "dir_project_party" cascade;`);

    this.addSql(`drop table if exists "dir_scope" cascade;`);

    this.addSql(`drop table if exists "dir_scope_gap" cascade;`);

    this.addSql(`drop table if exists "dir_scope_member" cascade;`);

    this.addSql(`drop table if exists "firm" cascade;`);

    this.addSql(`drop table if exists "funding" cascade;`);

    this.addSql(`drop table if exists "investment_arrangement" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "pairing" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "project_firm" cascade;`);

    this.addSql(`drop table if exists "track" cascade;`);

    this.addSql(`drop table if exists "training_event" cascade;`);
  }

}
