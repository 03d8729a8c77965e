import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165928 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`alliance\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`short_name\` varchar(255) null, \`kind\` varchar(255) not null, \`area_code\` varchar(6) not null, \`park_key\` varchar(255) null, \`founded\` json null, \`founded_text\` varchar(500) null, \`host_keys\` json not null, \`partner_university_key\` varchar(255) null, \`nature\` varchar(500) null, \`vision\` varchar(255) null, \`goals\` json not null, \`figures\` json not null, \`member_kinds\` json not null, \`local_chain_names\` json not null, \`local_link_names\` json not null, \`services\` json not null, \`linked_alliance_keys\` json not null, \`served_industries\` json not null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`alliance\` add index \`alliance_park_key_index\`(\`park_key\`);`);

    this.addSql(`create table \`alliance_member\` (\`key\` varchar(120) not null, \`alliance_key\` varchar(255) not null, \`member\` json not null, \`member_uscc\` varchar(18) null, \`basis\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`alliance_member\` add index \`alliance_member_alliance_key_index\`(\`alliance_key\`);`);
    this.addSql(`alter table \`alliance_member\` add index \`alliance_member_member_uscc_index\`(\`member_uscc\`);`);

    this.addSql(`create table \`article\` (\`key\` varchar(120) not null, \`title\` varchar(255) null, \`original_title\` varchar(255) null, \`outlet\` varchar(255) null, \`published\` json null, \`summary\` text null, \`sections\` json not null, \`photo_captions\` json not null, \`credits\` json not null, \`reprint\` json null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`event\` (\`key\` varchar(120) not null, \`kind\` varchar(255) not null, \`name\` varchar(500) not null, \`original_name\` varchar(255) null, \`description\` varchar(1000) not null, \`organiser\` json null, \`alliance_key\` varchar(255) null, \`park_key\` varchar(255) null, \`area_code\` varchar(6) not null, \`date\` json null, \`period\` json null, \`recurring\` tinyint(1) not null, \`online\` tinyint(1) not null, \`figures\` json not null, \`local_chain_names\` json not null, \`participants\` json not null, \`outcomes\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`event\` add index \`event_alliance_key_index\`(\`alliance_key\`);`);
    this.addSql(`alter table \`event\` add index \`event_park_key_index\`(\`park_key\`);`);

    this.addSql(`create table \`chain_party_committee\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`alliance_key\` varchar(255) not null, \`chain_key\` varchar(255) not null, \`area_code\` varchar(6) not null, \`actions\` json not null, \`funds_disbursed\` json null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`chain_party_committee\` add index \`chain_party_committee_alliance_key_index\`(\`alliance_key\`);`);
    this.addSql(`alter table \`chain_party_committee\` add index \`chain_party_committee_chain_key_index\`(\`chain_key\`);`);

    this.addSql(`create table \`chain_statistic\` (\`key\` varchar(120) not null, \`chain_keys\` json not null, \`area_code\` varchar(6) not null, \`period\` json not null, \`metric\` varchar(255) not null, \`metric_text\` varchar(255) not null, \`figure\` json null, \`money\` json null, \`band\` varchar(255) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`cooperation\` (\`key\` varchar(120) not null, \`project_id\` varchar(120) not null, \`title\` varchar(300) not null, \`original_title\` varchar(300) not null, \`kind\` varchar(255) not null, \`status\` varchar(255) not null, \`status_text\` varchar(500) not null, \`directory_status\` varchar(20) not null, \`parties\` json not null, \`first_party_uscc\` varchar(18) null, \`second_party_uscc\` varchar(18) null, \`area_code\` varchar(6) not null, \`local_chain_name\` varchar(255) null, \`via_event_key\` varchar(255) null, \`need_key\` varchar(255) null, \`scope\` varchar(1000) null, \`local_link_names\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`cooperation\` add index \`cooperation_project_id_index\`(\`project_id\`);`);
    this.addSql(`alter table \`cooperation\` add index \`cooperation_first_party_uscc_index\`(\`first_party_uscc\`);`);
    this.addSql(`alter table \`cooperation\` add index \`cooperation_second_party_uscc_index\`(\`second_party_uscc\`);`);
    this.addSql(`alter table \`cooperation\` add index \`cooperation_need_key_index\`(\`need_key\`);`);

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

    this.addSql(`create table \`expert_adviser\` (\`key\` varchar(120) not null, \`kind\` varchar(255) not null, \`name\` varchar(255) not null, \`person_key\` varchar(255) not null, \`title\` varchar(255) not null, \`role\` varchar(255) not null, \`alliance_key\` varchar(255) null, \`affiliation\` json null, \`cooperates_with\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`expert_adviser\` add index \`expert_adviser_alliance_key_index\`(\`alliance_key\`);`);

    this.addSql(`create table \`firm\` (\`key\` varchar(120) not null, \`uscc\` varchar(18) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`legal_name_stated\` tinyint(1) not null, \`short_name\` varchar(255) null, \`kind\` varchar(255) not null, \`area_code\` varchar(6) not null, \`area_stated\` tinyint(1) not null, \`area_basis\` varchar(255) not null, \`location_evidence\` varchar(500) null, \`park_key\` varchar(255) null, \`parent_key\` varchar(255) null, \`parent_uscc\` varchar(18) null, \`local_chain_names\` json not null, \`local_link_names\` json not null, \`chain_links\` json not null, \`fields\` json not null, \`labels\` json not null, \`established\` json null, \`registered_in_park\` json null, \`opening\` json null, \`figures\` json not null, \`achievements\` json not null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`firm\` add index \`firm_uscc_index\`(\`uscc\`);`);
    this.addSql(`alter table \`firm\` add index \`firm_park_key_index\`(\`park_key\`);`);
    this.addSql(`alter table \`firm\` add index \`firm_parent_uscc_index\`(\`parent_uscc\`);`);

    this.addSql(`create table \`industry_chain\` (\`key\` varchar(120) not null, \`local_chain_name\` varchar(255) not null, \`chain_code\` varchar(255) not null, \`scope\` varchar(255) not null, \`area_code\` varchar(6) not null, \`park_key\` varchar(255) null, \`alliance_key\` varchar(255) null, \`party_committee_key\` varchar(255) null, \`local_link_names\` json not null, \`link_codes\` json not null, \`segments\` json not null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`industry_chain\` add index \`industry_chain_chain_code_index\`(\`chain_code\`);`);
    this.addSql(`alter table \`industry_chain\` add index \`industry_chain_park_key_index\`(\`park_key\`);`);
    this.addSql(`alter table \`industry_chain\` add index \`industry_chain_alliance_key_index\`(\`alliance_key\`);`);

    this.addSql(`create table \`membership_application\` (\`key\` varchar(120) not null, \`alliance_key\` varchar(255) not null, \`applicant_description\` varchar(255) not null, \`applicant_area_code\` varchar(6) not null, \`local_chain_name\` varchar(255) not null, \`chain_code\` varchar(255) not null, \`status\` varchar(255) not null, \`review_steps\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`membership_application\` add index \`membership_application_alliance_key_index\`(\`alliance_key\`);`);

    this.addSql(`create table \`need\` (\`key\` varchar(120) not null, \`seeker\` json null, \`seeker_uscc\` varchar(18) null, \`seeker_description\` varchar(255) null, \`kind\` varchar(255) not null, \`sought\` varchar(500) not null, \`local_link_names\` json not null, \`status\` varchar(255) not null, \`status_text\` varchar(500) not null, \`fitting_counterpart\` json null, \`counterpart_uscc\` varchar(18) null, \`fitting_counterpart_description\` varchar(255) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`need\` add index \`need_seeker_uscc_index\`(\`seeker_uscc\`);`);
    this.addSql(`alter table \`need\` add index \`need_counterpart_uscc_index\`(\`counterpart_uscc\`);`);

    this.addSql(`create table \`organisation\` (\`key\` varchar(120) not null, \`uscc\` varchar(18) null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`kind\` varchar(255) not null, \`area_code\` varchar(6) null, \`area_stated\` tinyint(1) not null, \`park_key\` varchar(255) null, \`parent_org_key\` varchar(255) null, \`notes\` json not null, \`also_stated_in\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`organisation\` add index \`organisation_uscc_index\`(\`uscc\`);`);
    this.addSql(`alter table \`organisation\` add index \`organisation_park_key_index\`(\`park_key\`);`);

    this.addSql(`create table \`park\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`short_name\` varchar(255) null, \`kind\` varchar(255) not null, \`area_code\` varchar(6) not null, \`parent_park_key\` varchar(255) null, \`role_in_parent\` varchar(255) null, \`structure\` varchar(255) null, \`blueprint\` varchar(255) null, \`figures\` json not null, \`leading_industries_text\` varchar(255) null, \`leading_industries\` json not null, \`industries\` json not null, \`projects_landed\` json null, \`policy_funds\` json not null, \`production_land\` json null, \`goals\` json not null, \`designations\` json not null, \`investment_targets\` json not null, \`transport\` json not null, \`notes\` json not null, \`university_keys\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`park\` add index \`park_parent_park_key_index\`(\`parent_park_key\`);`);

    this.addSql(`create table \`person\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`kind\` varchar(255) not null, \`role\` varchar(500) not null, \`organisation\` json null, \`organisation_key\` varchar(255) null, \`organisation_text\` varchar(255) null, \`quoted\` tinyint(1) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`person\` add index \`person_organisation_key_index\`(\`organisation_key\`);`);

    this.addSql(`create table \`project\` (\`key\` varchar(120) not null, \`project_id\` varchar(120) not null, \`name\` varchar(300) not null, \`original_name\` varchar(300) not null, \`kind\` varchar(255) not null, \`area_code\` varchar(6) not null, \`park_key\` varchar(255) null, \`local_chain_names\` json not null, \`sponsor\` json null, \`sponsor_uscc\` varchar(18) null, \`facilitator\` json null, \`total_investment\` json null, \`total_investment_text\` varchar(255) null, \`status\` varchar(255) not null, \`directory_status\` varchar(20) not null, \`status_date\` json null, \`effects\` json not null, \`travel_time\` json null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`project\` add index \`project_project_id_index\`(\`project_id\`);`);
    this.addSql(`alter table \`project\` add index \`project_park_key_index\`(\`park_key\`);`);
    this.addSql(`alter table \`project\` add index \`project_sponsor_uscc_index\`(\`sponsor_uscc\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`alliance\`;`);

    this.addSql(`drop table if exists \`alliance_member\`;`);

    this.addSql(`drop table if exists \`article\`;`);

    this.addSql(`drop table if exists \`event\`;`);

    this.addSql(`drop table if exists \`chain_party_committee\`;`);

    this.addSql(`drop table if exists \`chain_statistic\`;`);

    this.addSql(`drop table if exists \`cooperation\`;`);

    this.addSql(`drop table if exists \`dir_firm\`;`);

    this.addSql(`drop table if exists \`dir_firm_chain\`;`);

    this.addSql(`drop table if exists \`dir_project\`;`);

    this.addSql(`drop table if exists \`dir_project_party\`;`);

    this.addSql(`drop table if exists \`dir_scope\`;`);

    this.addSql(`drop table if exists \`dir_scope_gap\`;`);

    this.addSql(`drop table if exists \`dir_scope_member\`;`);

    this.addSql(`drop table if exists \`expert_adviser\`;`);

    this.addSql(`drop table if exists \`firm\`;`);

    this.addSql(`drop table if exists \`industry_chain\`;`);

    this.addSql(`drop table if exists \`membership_application\`;`);

    this.addSql(`drop table if exists \`need\`;`);

    this.addSql(`drop table if exists \`organisation\`;`);

    this.addSql(`drop table if exists \`park\`;`);

    this.addSql(`drop table if exists \`person\`;`);

    this.addSql(`drop table if exists \`project\`;`);
  }

}
