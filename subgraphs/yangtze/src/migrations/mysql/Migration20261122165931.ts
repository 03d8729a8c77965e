import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`event\` (\`key\` varchar(120) not null, \`name\` varchar(500) not null, \`description\` text not null, \`kind\` varchar(255) not null, \`status\` varchar(255) not null, \`date\` json null, \`sequence\` varchar(255) null, \`area_code\` varchar(6) null, \`host_occasion\` varchar(255) null, \`figures\` json not null, \`components\` json not null, \`organiser_zone_keys\` json not null, \`alliance_keys\` json not null, \`announced_by_zone_keys\` json null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`article\` (\`key\` varchar(120) not null, \`title\` varchar(255) not null, \`published\` json not null, \`outlets\` json not null, \`sections\` json not null, \`photo_caption\` varchar(1000) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`cooperation_fund\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`status\` varchar(255) not null, \`alliance_relation\` varchar(255) not null, \`purpose\` varchar(1000) not null, \`programme_name\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

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

    this.addSql(`create table \`guiding_body\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`level\` varchar(255) not null, \`area_code\` varchar(6) null, \`relation\` varchar(255) not null, \`scope\` varchar(255) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`index_survey\` (\`key\` varchar(120) not null, \`description\` varchar(1000) not null, \`programme_name\` varchar(255) not null, \`status\` varchar(255) not null, \`date\` json null, \`figures\` json not null, \`topics\` json not null, \`purpose\` varchar(1000) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`industry_alliance\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`nature\` varchar(255) not null, \`organisation_type\` varchar(255) not null, \`first_to_join\` tinyint(1) not null, \`founded\` json not null, \`founded_area_code\` varchar(6) not null, \`figures\` json not null, \`initiator_kinds\` json not null, \`local_chain_names\` json not null, \`local_link_names\` json not null, \`goal\` text not null, \`parent_alliance_key\` varchar(255) not null, \`initiator_person_keys\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`liaison_training\` (\`key\` varchar(120) not null, \`description\` varchar(1000) not null, \`sequence\` varchar(255) not null, \`format\` varchar(255) not null, \`completed\` json not null, \`figures\` json not null, \`team_goal\` varchar(1000) not null, \`mechanism_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`mechanism\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`kind\` varchar(255) not null, \`status\` json not null, \`alliance_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`organisation\` (\`key\` varchar(120) not null, \`uscc\` varchar(18) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`org_type\` varchar(255) not null, \`area_code\` varchar(6) not null, \`area_basis\` varchar(255) null, \`local_chain_names\` json not null, \`activity\` varchar(1000) null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`park_alliance\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`short_name\` varchar(255) null, \`founded\` json not null, \`founded_area_code\` varchar(6) not null, \`nature\` json not null, \`figures\` json not null, \`covered_region_name\` varchar(255) not null, \`national_share_metrics\` json not null, \`achievements\` json not null, \`plans\` json not null, \`founder_zone_keys\` json not null, \`lead_founder_zone_key\` varchar(255) not null, \`guiding_body_keys\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`person\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`roles\` json not null, \`quote\` text null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`platform\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`short_name\` varchar(255) null, \`carrier_name\` varchar(255) not null, \`opened\` json not null, \`opened_area_code\` varchar(6) not null, \`governance\` varchar(255) not null, \`figures\` json not null, \`roles\` json not null, \`post_kinds\` json not null, \`firm_use\` varchar(255) not null, \`alliance_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`platform_channel\` (\`key\` varchar(120) not null, \`platform_key\` varchar(255) not null, \`zone_key\` varchar(255) not null, \`post_kinds\` json not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`platform_post\` (\`key\` varchar(120) not null, \`channel_key\` varchar(255) not null, \`kind\` varchar(255) not null, \`title\` varchar(500) not null, \`body\` text null, \`chain_code\` varchar(255) null, \`status\` varchar(255) not null, \`posted\` json null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`policy_reference\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`kind\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`create table \`zone\` (\`key\` varchar(120) not null, \`name\` varchar(255) not null, \`original_name\` varchar(255) not null, \`short_name\` varchar(255) null, \`zone_type\` varchar(255) not null, \`area_code\` varchar(6) not null, \`is_founder\` tinyint(1) not null, \`is_lead_founder\` tinyint(1) not null, \`admin_body_name\` varchar(255) null, \`alliance_key\` varchar(255) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`event\`;`);

    this.addSql(`drop table if exists \`article\`;`);

    this.addSql(`drop table if exists \`cooperation_fund\`;`);

    this.addSql(`drop table if exists \`dir_firm\`;`);

    this.addSql(`drop table if exists \`dir_firm_chain\`;`);

    this.addSql(`drop table if exists \`dir_project\`;`);

    this.addSql(`drop table if exists \`dir_project_party\`;`);

    this.addSql(`drop table if exists \`dir_scope\`;`);

    this.addSql(`drop table if exists \`dir_scope_gap\`;`);

    this.addSql(`drop table if exists \`dir_scope_member\`;`);

    this.addSql(`drop table if exists \`guiding_body\`;`);

    this.addSql(`drop table if exists \`index_survey\`;`);

    this.addSql(`drop table if exists \`industry_alliance\`;`);

    this.addSql(`drop table if exists \`liaison_training\`;`);

    this.addSql(`drop table if exists \`mechanism\`;`);

    this.addSql(`drop table if exists \`organisation\`;`);

    this.addSql(`drop table if exists \`park_alliance\`;`);

    this.addSql(`drop table if exists \`person\`;`);

    this.addSql(`drop table if exists \`platform\`;`);

    this.addSql(`drop table if exists \`platform_channel\`;`);

    this.addSql(`drop table if exists \`platform_post\`;`);

    this.addSql(`drop table if exists \`policy_reference\`;`);

    this.addSql(`drop table if exists \`zone\`;`);
  }

}
