import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165932 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assessment\` (\`key\` text not null, \`assessment_year\` integer not null, \`result\` text not null, \`all_passed\` integer not null, \`result_text\` text not null, \`finding\` text not null, \`industrial_county_count\` json not null, \`mountain_county_count\` json not null, \`results_received\` json not null, \`programme_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`assessment_programme_key_index\` on \`assessment\` (\`programme_key\`);`);

    this.addSql(`create table \`cooperation_park\` (\`key\` text not null, \`name\` text not null, \`area_code\` text not null, \`build_mode\` text not null, \`local_chain_name\` text not null, \`chain_code\` text not null, \`basis\` text null, \`pairing_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`cooperation_park_area_code_index\` on \`cooperation_park\` (\`area_code\`);`);
    this.addSql(`create index \`cooperation_park_chain_code_index\` on \`cooperation_park\` (\`chain_code\`);`);
    this.addSql(`create index \`cooperation_park_pairing_key_index\` on \`cooperation_park\` (\`pairing_key\`);`);

    this.addSql(`create table \`county\` (\`key\` text not null, \`name\` text not null, \`kind\` text not null, \`kind_statement\` text not null, \`kind_evidence\` text not null, \`area_code\` text not null, \`city_area_code\` text null, \`characteristics\` json not null, \`honours\` json not null, \`strategy\` json null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`county_area_code_index\` on \`county\` (\`area_code\`);`);

    this.addSql(`create table \`county_statistic\` (\`key\` text not null, \`metric\` text not null, \`nature\` text not null, \`figure_kind\` text not null, \`figure\` json null, \`qualifier\` text null, \`stated_text\` text not null, \`area_code\` text not null, \`local_chain_name\` text null, \`chain_code\` text null, \`share_of_area_code\` text null, \`as_of\` json null, \`subset_of_key\` text null, \`county_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`county_statistic_chain_code_index\` on \`county_statistic\` (\`chain_code\`);`);
    this.addSql(`create index \`county_statistic_county_key_index\` on \`county_statistic\` (\`county_key\`);`);

    this.addSql(`create table \`diagnostic_campaign\` (\`key\` text not null, \`method\` text not null, \`provider\` text not null, \`target_area_code\` text not null, \`since\` json not null, \`as_of\` json not null, \`diagnosed_firms\` json not null, \`pre_diagnosed_firms\` json not null, \`benchmark_project_firms\` json not null, \`benchmark_project_name\` text not null, \`reported_gains\` json not null, \`pairing_key\` text not null, \`funding_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`diagnostic_campaign_pairing_key_index\` on \`diagnostic_campaign\` (\`pairing_key\`);`);

    this.addSql(`create table \`diagnostic_outcome\` (\`key\` text not null, \`project_name\` text not null, \`condition\` text not null, \`sales_volume_increase\` json not null, \`output_increase\` json not null, \`pass_rate_before\` json not null, \`pass_rate_after\` json not null, \`result\` text not null, \`campaign_key\` text not null, \`firm_key\` text not null, \`spokesperson_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`diagnostic_outcome_campaign_key_index\` on \`diagnostic_outcome\` (\`campaign_key\`);`);

    this.addSql(`create table \`dir_firm\` (\`uscc\` text not null, \`name\` text not null, \`original_name\` text not null, \`short_name\` text null, \`name_key\` text not null, \`search_text\` text not null, \`area_code\` text not null, \`parent_uscc\` text null, \`sample_code\` integer not null, \`native_key\` text not null, \`kind\` text not null, \`cooperation_count\` integer not null, \`source\` text not null, primary key (\`uscc\`));`);
    this.addSql(`create index \`dir_firm_area_code_index\` on \`dir_firm\` (\`area_code\`);`);
    this.addSql(`create index \`dir_firm_name_key_uscc_index\` on \`dir_firm\` (\`name_key\`, \`uscc\`);`);

    this.addSql(`create table \`dir_firm_chain\` (\`id\` text not null, \`uscc\` text not null, \`chain_code\` text not null, \`link_code\` text not null, \`local_chain_name\` text not null, \`local_link_name\` text null, \`source\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`dir_firm_chain_uscc_index\` on \`dir_firm_chain\` (\`uscc\`);`);
    this.addSql(`create index \`dir_firm_chain_chain_code_link_code_index\` on \`dir_firm_chain\` (\`chain_code\`, \`link_code\`);`);

    this.addSql(`create table \`dir_project\` (\`id\` text not null, \`title\` text not null, \`original_title\` text not null, \`name_key\` text not null, \`search_text\` text not null, \`chain_code\` text null, \`local_chain_name\` text null, \`status\` text not null, \`amount_yuan\` double null, \`amount_key\` double not null, \`amount_kind\` text null, \`amount_stated\` text null, \`date_key\` text not null, \`date_text\` text null, \`area_code\` text not null, \`native_key\` text not null, \`source\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`dir_project_chain_code_index\` on \`dir_project\` (\`chain_code\`);`);
    this.addSql(`create index \`dir_project_area_code_index\` on \`dir_project\` (\`area_code\`);`);
    this.addSql(`create index \`dir_project_date_key_id_index\` on \`dir_project\` (\`date_key\`, \`id\`);`);
    this.addSql(`create index \`dir_project_amount_key_id_index\` on \`dir_project\` (\`amount_key\`, \`id\`);`);
    this.addSql(`create index \`dir_project_name_key_id_index\` on \`dir_project\` (\`name_key\`, \`id\`);`);

    this.addSql(`create table \`dir_project_party\` (\`id\` text not null, \`project_id\` text not null, \`kind\` text not null, \`name\` text not null, \`uscc\` text null, \`area_code\` text null, \`role\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`dir_project_party_project_id_index\` on \`dir_project_party\` (\`project_id\`);`);
    this.addSql(`create index \`dir_project_party_uscc_index\` on \`dir_project_party\` (\`uscc\`);`);

    this.addSql(`create table \`dir_scope\` (\`id\` text not null, \`kind\` text not null, \`name\` text not null, \`original_name\` text not null, \`search_text\` text not null, \`area_code\` text not null, \`source\` text not null, primary key (\`id\`));`);

    this.addSql(`create table \`dir_scope_gap\` (\`id\` text not null, \`scope_id\` text not null, \`chain_code\` text not null, \`link_code\` text not null, \`note\` text not null, \`source\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`dir_scope_gap_scope_id_index\` on \`dir_scope_gap\` (\`scope_id\`);`);

    this.addSql(`create table \`dir_scope_member\` (\`id\` text not null, \`scope_id\` text not null, \`uscc\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`dir_scope_member_scope_id_index\` on \`dir_scope_member\` (\`scope_id\`);`);
    this.addSql(`create index \`dir_scope_member_uscc_index\` on \`dir_scope_member\` (\`uscc\`);`);

    this.addSql(`create table \`firm\` (\`key\` text not null, \`uscc\` text not null, \`name\` text not null, \`original_name\` text not null, \`name_form\` text not null, \`short_name\` text null, \`area_code\` text not null, \`local_chain_name\` text null, \`chain_basis\` text null, \`local_link_names\` json not null, \`chain_code\` text null, \`description\` text null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`firm_uscc_index\` on \`firm\` (\`uscc\`);`);
    this.addSql(`create index \`firm_area_code_index\` on \`firm\` (\`area_code\`);`);
    this.addSql(`create index \`firm_chain_code_index\` on \`firm\` (\`chain_code\`);`);

    this.addSql(`create table \`funding\` (\`key\` text not null, \`instrument\` text not null, \`amount\` json null, \`per_year\` integer not null, \`from_year\` integer null, \`to_year\` integer null, \`since\` json null, \`beneficiaries\` text not null, \`purpose\` text not null, \`programme_key\` text not null, \`pairing_key\` text null, \`funder_org_key\` text null, \`funder_county_key\` text null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`funding_programme_key_index\` on \`funding\` (\`programme_key\`);`);
    this.addSql(`create index \`funding_pairing_key_index\` on \`funding\` (\`pairing_key\`);`);

    this.addSql(`create table \`investment_arrangement\` (\`key\` text not null, \`kind\` text not null, \`name\` text not null, \`host_system\` text null, \`scope\` json not null, \`pairing_key\` text not null, \`party_county_keys\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`investment_arrangement_pairing_key_index\` on \`investment_arrangement\` (\`pairing_key\`);`);

    this.addSql(`create table \`organisation\` (\`key\` text not null, \`name\` text not null, \`full_name\` text not null, \`kind\` text not null, \`area_code\` text not null, \`roles\` json not null, \`parent_key\` text null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`pairing\` (\`key\` text not null, \`name\` text not null, \`year\` integer not null, \`pairing_statement\` text not null, \`reasons\` json not null, \`observations\` json not null, \`programme_key\` text not null, \`industrial_county_key\` text not null, \`mountain_county_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`pairing_programme_key_index\` on \`pairing\` (\`programme_key\`);`);
    this.addSql(`create index \`pairing_industrial_county_key_index\` on \`pairing\` (\`industrial_county_key\`);`);
    this.addSql(`create index \`pairing_mountain_county_key_index\` on \`pairing\` (\`mountain_county_key\`);`);

    this.addSql(`create table \`person\` (\`key\` text not null, \`name\` text not null, \`title\` text null, \`role_text\` text not null, \`area_code\` text not null, \`home_area_code\` text null, \`quotes\` json not null, \`org_key\` text null, \`firm_key\` text null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`person_org_key_index\` on \`person\` (\`org_key\`);`);

    this.addSql(`create table \`programme\` (\`key\` text not null, \`name\` text not null, \`area_code\` text not null, \`start_year\` integer not null, \`end_year\` integer not null, \`period_text\` text not null, \`funding_per_year\` json not null, \`funding_mode\` text not null, \`funding_text\` text not null, \`pairing_list\` json not null, \`industrial_county_count\` json not null, \`mountain_county_count\` json not null, \`pairing_count\` json not null, \`formation\` json not null, \`goals\` json not null, \`emphasis\` json not null, \`priority\` text not null, \`observations\` json not null, \`industrial_county_description\` text not null, \`mountain_county_description\` text not null, \`precedents\` json not null, \`figures\` json not null, \`park_coverage\` json not null, \`funder_org_key\` text not null, \`tracks_defined_by_org_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`project\` (\`key\` text not null, \`kind\` text not null, \`name\` text null, \`summary\` text not null, \`host_area_code\` text not null, \`town_code\` text null, \`local_chain_name\` text null, \`chain_code\` text null, \`local_link_names\` json not null, \`products\` json not null, \`status\` text null, \`stage\` text not null, \`unnamed_participants\` json not null, \`milestones\` json not null, \`figures\` json not null, \`outcomes\` json not null, \`pairing_key\` text not null, \`org_keys\` json not null, \`person_keys\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`project_host_area_code_index\` on \`project\` (\`host_area_code\`);`);
    this.addSql(`create index \`project_chain_code_index\` on \`project\` (\`chain_code\`);`);
    this.addSql(`create index \`project_pairing_key_index\` on \`project\` (\`pairing_key\`);`);

    this.addSql(`create table \`project_firm\` (\`key\` text not null, \`project_key\` text not null, \`firm_key\` text not null, constraint \`project_firm_project_key_foreign\` foreign key(\`project_key\`) references \`project\`(\`key\`) on update cascade, constraint \`project_firm_firm_key_foreign\` foreign key(\`firm_key\`) references \`firm\`(\`key\`) on update cascade, primary key (\`key\`));`);
    this.addSql(`create index \`project_firm_project_key_index\` on \`project_firm\` (\`project_key\`);`);
    this.addSql(`create index \`project_firm_firm_key_index\` on \`project_firm\` (\`firm_key\`);`);

    this.addSql(`create table \`track\` (\`key\` text not null, \`order\` integer not null, \`name\` text not null, \`programme_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`track_programme_key_index\` on \`track\` (\`programme_key\`);`);

    this.addSql(`create table \`training_event\` (\`key\` text not null, \`name\` text not null, \`organiser_text\` text not null, \`date\` json not null, \`visit_area_code\` text not null, \`participants\` json not null, \`participant_text\` text not null, \`trainers\` text not null, \`activities\` json not null, \`follow_up\` json not null, \`pairing_key\` text not null, \`organiser_county_keys\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`training_event_pairing_key_index\` on \`training_event\` (\`pairing_key\`);`);
  }

}
