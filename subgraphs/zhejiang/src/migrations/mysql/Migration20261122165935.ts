import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165935 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assessment\` (\`key\` varchar(120) not null, \`assessment_year\` int not null, \`result\` varchar(255) not null, \`all_passed\` tinyint(1) not null, \`result_text\` varchar(255) not null, \`finding\` varchar(500) not null, \`industrial_county_count\` json not null, \`mountain_county_count\` json not null, \`results_received\` json not null, \`programme_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`assessment\` add index \`assessment_programme_key_index\`(\`programme_key\`);`);

    this.addSql(`create table \`cooperation_park\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`area_code\` varchar(6) not null, \`build_mode\` varchar(255) not null, \`local_chain_name\` varchar(255) not null, \`chain_code\` varchar(40) not null, \`basis\` varchar(255) null, \`pairing_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`cooperation_park\` add index \`cooperation_park_area_code_index\`(\`area_code\`);`);
    this.addSql(`alter table \`cooperation_park\` add index \`cooperation_park_chain_code_index\`(\`chain_code\`);`);
    this.addSql(`alter table \`cooperation_park\` add index \`cooperation_park_pairing_key_index\`(\`pairing_key\`);`);

    this.addSql(`create table \`county\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`kind\` varchar(255) not null, \`kind_statement\` varchar(255) not null, \`kind_evidence\` varchar(1000) not null, \`area_code\` varchar(6) not null, \`city_area_code\` varchar(6) null, \`characteristics\` json not null, \`honours\` json not null, \`strategy\` json null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`county\` add index \`county_area_code_index\`(\`area_code\`);`);

    this.addSql(`create table \`county_statistic\` (\`key\` varchar(120) not null, \`metric\` varchar(255) not null, \`nature\` varchar(255) not null, \`figure_kind\` varchar(255) not null, \`figure\` json null, \`qualifier\` varchar(255) null, \`stated_text\` varchar(500) not null, \`area_code\` varchar(6) not null, \`local_chain_name\` varchar(255) null, \`chain_code\` varchar(40) null, \`share_of_area_code\` varchar(6) null, \`as_of\` json null, \`subset_of_key\` varchar(255) null, \`county_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`county_statistic\` add index \`county_statistic_chain_code_index\`(\`chain_code\`);`);
    this.addSql(`alter table \`county_statistic\` add index \`county_statistic_county_key_index\`(\`county_key\`);`);

    this.addSql(`create table \`diagnostic_campaign\` (\`key\` varchar(120) not null, \`method\` varchar(255) not null, \`provider\` varchar(255) not null, \`target_area_code\` varchar(6) not null, \`since\` json not null, \`as_of\` json not null, \`diagnosed_firms\` json not null, \`pre_diagnosed_firms\` json not null, \`benchmark_project_firms\` json not null, \`benchmark_project_name\` varchar(255) not null, \`reported_gains\` json not null, \`pairing_key\` varchar(255) not null, \`funding_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`diagnostic_campaign\` add index \`diagnostic_campaign_pairing_key_index\`(\`pairing_key\`);`);

    this.addSql(`create table \`diagnostic_outcome\` (\`key\` varchar(120) not null, \`project_name\` varchar(255) not null, \`condition\` varchar(255) not null, \`sales_volume_increase\` json not null, \`output_increase\` json not null, \`pass_rate_before\` json not null, \`pass_rate_after\` json not null, \`result\` varchar(500) not null, \`campaign_key\` varchar(255) not null, \`firm_key\` varchar(255) not null, \`spokesperson_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`diagnostic_outcome\` add index \`diagnostic_outcome_campaign_key_index\`(\`campaign_key\`);`);

    this.addSql(`create table \`dir_firm\` (\`uscc\` varchar(18) not null, \`name\` varchar(200) not null, \`original_name\` varchar(200) not null, \`short_name\` varchar(100) null, \`name_key\` varchar(640) not null, \`search_text\` text not null, \`area_code\` varchar(6) not null, \`parent_uscc\` varchar(18) null, \`sample_code\` tinyint(1) not null, \`native_key\` varchar(100) not null, \`kind\` varchar(30) not null, \`cooperation_count\` int not null, \`source\` varchar(40) not null, primary key (\`uscc\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_firm\` add index \`dir_firm_area_code_index\`(\`area_code\`);`);
    this.addSql(`alter table \`dir_firm\` add index \`dir_firm_name_key_uscc_index\`(\`name_key\`, \`uscc\`);`);

    this.addSql(`create table \`dir_firm_chain\` (\`id\` varchar(80) not null, \`uscc\` varchar(18) not null, \`chain_code\` varchar(40) not null, \`link_code\` varchar(20) not null, \`local_chain_name\` varchar(60) not null, \`local_link_name\` varchar(60) null, \`source\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_firm_chain\` add index \`dir_firm_chain_uscc_index\`(\`uscc\`);`);
    this.addSql(`alter table \`dir_firm_chain\` add index \`dir_firm_chain_chain_code_link_code_index\`(\`chain_code\`, \`link_code\`);`);

    this.addSql(`create table \`dir_project\` (\`id\` varchar(120) not null, \`title\` varchar(300) not null, \`original_title\` varchar(300) not null, \`name_key\` varchar(640) not null, \`search_text\` text not null, \`chain_code\` varchar(40) null, \`local_chain_name\` varchar(60) null, \`status\` varchar(20) not null, \`amount_yuan\` double null, \`amount_key\` double not null, \`amount_kind\` varchar(30) null, \`amount_stated\` varchar(60) null, \`date_key\` varchar(10) not null, \`date_text\` varchar(60) null, \`area_code\` varchar(6) not null, \`native_key\` varchar(100) not null, \`source\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_project\` add index \`dir_project_chain_code_index\`(\`chain_code\`);`);
    this.addSql(`alter table \`dir_project\` add index \`dir_project_area_code_index\`(\`area_code\`);`);
    this.addSql(`alter table \`dir_project\` add index \`dir_project_date_key_id_index\`(\`date_key\`, \`id\`);`);
    this.addSql(`alter table \`dir_project\` add index \`dir_project_amount_key_id_index\`(\`amount_key\`, \`id\`);`);
    this.addSql(`alter table \`dir_project\` add index \`dir_project_name_key_id_index\`(\`name_key\`, \`id\`);`);

    this.addSql(`create table \`dir_project_party\` (\`id\` varchar(160) not null, \`project_id\` varchar(120) not null, \`kind\` varchar(20) not null, \`name\` varchar(200) not null, \`uscc\` varchar(18) null, \`area_code\` varchar(6) null, \`role\` varchar(60) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_project_party\` add index \`dir_project_party_project_id_index\`(\`project_id\`);`);
    this.addSql(`alter table \`dir_project_party\` add index \`dir_project_party_uscc_index\`(\`uscc\`);`);

    this.addSql(`create table \`dir_scope\` (\`id\` varchar(120) not null, \`kind\` varchar(20) not null, \`name\` varchar(200) not null, \`original_name\` varchar(200) not null, \`search_text\` text not null, \`area_code\` varchar(6) not null, \`source\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`dir_scope_gap\` (\`id\` varchar(160) not null, \`scope_id\` varchar(120) not null, \`chain_code\` varchar(40) not null, \`link_code\` varchar(20) not null, \`note\` text not null, \`source\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_scope_gap\` add index \`dir_scope_gap_scope_id_index\`(\`scope_id\`);`);

    this.addSql(`create table \`dir_scope_member\` (\`id\` varchar(160) not null, \`scope_id\` varchar(120) not null, \`uscc\` varchar(18) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_scope_member\` add index \`dir_scope_member_scope_id_index\`(\`scope_id\`);`);
    this.addSql(`alter table \`dir_scope_member\` add index \`dir_scope_member_uscc_index\`(\`uscc\`);`);

    this.addSql(`create table \`firm\` (\`key\` varchar(120) not null, \`uscc\` varchar(18) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`name_form\` varchar(255) not null, \`short_name\` varchar(255) null, \`area_code\` varchar(6) not null, \`local_chain_name\` varchar(255) null, \`chain_basis\` varchar(255) null, \`local_link_names\` json not null, \`chain_code\` varchar(40) null, \`description\` varchar(500) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`firm\` add index \`firm_uscc_index\`(\`uscc\`);`);
    this.addSql(`alter table \`firm\` add index \`firm_area_code_index\`(\`area_code\`);`);
    this.addSql(`alter table \`firm\` add index \`firm_chain_code_index\`(\`chain_code\`);`);

    this.addSql(`create table \`funding\` (\`key\` varchar(120) not null, \`instrument\` varchar(255) not null, \`amount\` json null, \`per_year\` tinyint(1) not null, \`from_year\` int null, \`to_year\` int null, \`since\` json null, \`beneficiaries\` varchar(255) not null, \`purpose\` varchar(1000) not null, \`programme_key\` varchar(255) not null, \`pairing_key\` varchar(255) null, \`funder_org_key\` varchar(255) null, \`funder_county_key\` varchar(255) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`funding\` add index \`funding_programme_key_index\`(\`programme_key\`);`);
    this.addSql(`alter table \`funding\` add index \`funding_pairing_key_index\`(\`pairing_key\`);`);

    this.addSql(`create table \`investment_arrangement\` (\`key\` varchar(120) not null, \`kind\` varchar(255) not null, \`name\` varchar(255) not null, \`host_system\` varchar(255) null, \`scope\` json not null, \`pairing_key\` varchar(255) not null, \`party_county_keys\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`investment_arrangement\` add index \`investment_arrangement_pairing_key_index\`(\`pairing_key\`);`);

    this.addSql(`create table \`organisation\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`full_name\` varchar(255) not null, \`kind\` varchar(255) not null, \`area_code\` varchar(6) not null, \`roles\` json not null, \`parent_key\` varchar(255) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`pairing\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`year\` int not null, \`pairing_statement\` varchar(255) not null, \`reasons\` json not null, \`observations\` json not null, \`programme_key\` varchar(255) not null, \`industrial_county_key\` varchar(255) not null, \`mountain_county_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`pairing\` add index \`pairing_programme_key_index\`(\`programme_key\`);`);
    this.addSql(`alter table \`pairing\` add index \`pairing_industrial_county_key_index\`(\`industrial_county_key\`);`);
    this.addSql(`alter table \`pairing\` add index \`pairing_mountain_county_key_index\`(\`mountain_county_key\`);`);

    this.addSql(`create table \`person\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`title\` varchar(255) null, \`role_text\` varchar(500) not null, \`area_code\` varchar(6) not null, \`home_area_code\` varchar(6) null, \`quotes\` json not null, \`org_key\` varchar(255) null, \`firm_key\` varchar(255) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`person\` add index \`person_org_key_index\`(\`org_key\`);`);

    this.addSql(`create table \`programme\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`area_code\` varchar(6) not null, \`start_year\` int not null, \`end_year\` int not null, \`period_text\` varchar(255) not null, \`funding_per_year\` json not null, \`funding_mode\` varchar(255) not null, \`funding_text\` text not null, \`pairing_list\` json not null, \`industrial_county_count\` json not null, \`mountain_county_count\` json not null, \`pairing_count\` json not null, \`formation\` json not null, \`goals\` json not null, \`emphasis\` json not null, \`priority\` varchar(255) not null, \`observations\` json not null, \`industrial_county_description\` text not null, \`mountain_county_description\` text not null, \`precedents\` json not null, \`figures\` json not null, \`park_coverage\` json not null, \`funder_org_key\` varchar(255) not null, \`tracks_defined_by_org_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`project\` (\`key\` varchar(120) not null, \`kind\` varchar(255) not null, \`name\` varchar(255) null, \`summary\` varchar(1000) not null, \`host_area_code\` varchar(6) not null, \`town_code\` varchar(9) null, \`local_chain_name\` varchar(255) null, \`chain_code\` varchar(40) null, \`local_link_names\` json not null, \`products\` json not null, \`status\` varchar(255) null, \`stage\` varchar(20) not null, \`unnamed_participants\` json not null, \`milestones\` json not null, \`figures\` json not null, \`outcomes\` json not null, \`pairing_key\` varchar(255) not null, \`org_keys\` json not null, \`person_keys\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`project\` add index \`project_host_area_code_index\`(\`host_area_code\`);`);
    this.addSql(`alter table \`project\` add index \`project_chain_code_index\`(\`chain_code\`);`);
    this.addSql(`alter table \`project\` add index \`project_pairing_key_index\`(\`pairing_key\`);`);

    this.addSql(`create table \`project_firm\` (\`key\` varchar(240) not null, \`project_key\` varchar(120) not null, \`firm_key\` varchar(120) not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`project_firm\` add index \`project_firm_project_key_index\`(\`project_key\`);`);
    this.addSql(`alter table \`project_firm\` add index \`project_firm_firm_key_index\`(\`firm_key\`);`);

    this.addSql(`create table \`track\` (\`key\` varchar(120) not null, \`order\` int not null, \`name\` varchar(255) not null, \`programme_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`track\` add index \`track_programme_key_index\`(\`programme_key\`);`);

    this.addSql(`create table \`training_event\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`organiser_text\` varchar(255) not null, \`date\` json not null, \`visit_area_code\` varchar(6) not null, \`participants\` json not null, \`participant_text\` varchar(255) not null, \`trainers\` varchar(255) not null, \`activities\` json not null, \`follow_up\` json not null, \`pairing_key\` varchar(255) not null, \`organiser_county_keys\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`training_event\` add index \`training_event_pairing_key_index\`(\`pairing_key\`);`);

    this.addSql(`alter table \`project_firm\` add constraint \`project_firm_project_key_foreign\` foreign key (\`project_key\`) references \`project\` (\`key\`) on update cascade;`);
    this.addSql(`alter table \`project_firm\` add constraint \`project_firm_firm_key_foreign\` foreign key (\`firm_key\`) references \`firm\` (\`key\`) on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`project_firm\` drop foreign key \`project_firm_firm_key_foreign\`;`);

    this.addSql(`alter table \`project_firm\` drop foreign key \`project_firm_project_key_foreign\`;`);

    this.addSql(`drop table if exists \`assessment\`;`);

    this.addSql(`drop table if exists \`cooperation_park\`;`);

    this.addSql(`drop table if exists \`county\`;`);

    this.addSql(`drop table if exists \`county_statistic\`;`);

    this.addSql(`drop table if exists \`diagnostic_campaign\`;`);

    this.addSql(`drop table if exists \`diagnostic_outcome\`;`);

    this.addSql(`drop table if exists \`dir_firm\`;`);

    this.addSql(`drop table if exists \`dir_firm_chain\`;`);

    this.addSql(`drop table if exists \`dir_project\`;`);

    this.addSql(`drop table if exists \`dir_project_party\`;`);

    this.addSql(`drop table if exists \`dir_scope\`;`);

    this.addSql(`drop table if exists \`dir_scope_gap\`;`);

    this.addSql(`drop table if exists \`dir_scope_member\`;`);

    this.addSql(`drop table if exists \`firm\`;`);

    this.addSql(`drop table if exists \`funding\`;`);

    this.addSql(`drop table if exists \`investment_arrangement\`;`);

    this.addSql(`drop table if exists \`organisation\`;`);

    this.addSql(`drop table if exists \`pairing\`;`);

    this.addSql(`drop table if exists \`person\`;`);

    this.addSql(`drop table if exists \`programme\`;`);

    this.addSql(`drop table if exists \`project\`;`);

    this.addSql(`drop table if exists \`project_firm\`;`);

    this.addSql(`drop table if exists \`track\`;`);

    this.addSql(`drop table if exists \`training_event\`;`);
  }

}
