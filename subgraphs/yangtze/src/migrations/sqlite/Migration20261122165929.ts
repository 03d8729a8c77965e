import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165929 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`event\` (\`key\` text not null, \`name\` text not null, \`description\` text not null, \`kind\` text not null, \`status\` text not null, \`date\` json null, \`sequence\` text null, \`area_code\` text null, \`host_occasion\` text null, \`figures\` json not null, \`components\` json not null, \`organiser_zone_keys\` json not null, \`alliance_keys\` json not null, \`announced_by_zone_keys\` json null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`article\` (\`key\` text not null, \`title\` text not null, \`published\` json not null, \`outlets\` json not null, \`sections\` json not null, \`photo_caption\` text null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`cooperation_fund\` (\`key\` text not null, \`name\` text not null, \`status\` text not null, \`alliance_relation\` text not null, \`purpose\` text not null, \`programme_name\` text not null, \`provenance\` json not null, primary key (\`key\`));`);

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

    this.addSql(`create table \`guiding_body\` (\`key\` text not null, \`name\` text not null, \`level\` text not null, \`area_code\` text null, \`relation\` text not null, \`scope\` text null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`index_survey\` (\`key\` text not null, \`description\` text not null, \`programme_name\` text not null, \`status\` text not null, \`date\` json null, \`figures\` json not null, \`topics\` json not null, \`purpose\` text not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`industry_alliance\` (\`key\` text not null, \`name\` text not null, \`original_name\` text not null, \`nature\` text not null, \`organisation_type\` text not null, \`first_to_join\` integer not null, \`founded\` json not null, \`founded_area_code\` text not null, \`figures\` json not null, \`initiator_kinds\` json not null, \`local_chain_names\` json not null, \`local_link_names\` json not null, \`goal\` text not null, \`parent_alliance_key\` text not null, \`initiator_person_keys\` json not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`liaison_training\` (\`key\` text not null, \`description\` text not null, \`sequence\` text not null, \`format\` text not null, \`completed\` json not null, \`figures\` json not null, \`team_goal\` text not null, \`mechanism_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`mechanism\` (\`key\` text not null, \`name\` text not null, \`kind\` text not null, \`status\` json not null, \`alliance_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`organisation\` (\`key\` text not null, \`uscc\` text not null, \`name\` text not null, \`original_name\` text not null, \`org_type\` text not null, \`area_code\` text not null, \`area_basis\` text null, \`local_chain_names\` json not null, \`activity\` text null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`park_alliance\` (\`key\` text not null, \`name\` text not null, \`original_name\` text not null, \`short_name\` text null, \`founded\` json not null, \`founded_area_code\` text not null, \`nature\` json not null, \`figures\` json not null, \`covered_region_name\` text not null, \`national_share_metrics\` json not null, \`achievements\` json not null, \`plans\` json not null, \`founder_zone_keys\` json not null, \`lead_founder_zone_key\` text not null, \`guiding_body_keys\` json not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`person\` (\`key\` text not null, \`name\` text not null, \`roles\` json not null, \`quote\` text null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`platform\` (\`key\` text not null, \`name\` text not null, \`short_name\` text null, \`carrier_name\` text not null, \`opened\` json not null, \`opened_area_code\` text not null, \`governance\` text not null, \`figures\` json not null, \`roles\` json not null, \`post_kinds\` json not null, \`firm_use\` text not null, \`alliance_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`platform_channel\` (\`key\` text not null, \`platform_key\` text not null, \`zone_key\` text not null, \`post_kinds\` json not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`platform_post\` (\`key\` text not null, \`channel_key\` text not null, \`kind\` text not null, \`title\` text not null, \`body\` text null, \`chain_code\` text null, \`status\` text not null, \`posted\` json null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`policy_reference\` (\`key\` text not null, \`name\` text not null, \`kind\` text not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`zone\` (\`key\` text not null, \`name\` text not null, \`original_name\` text not null, \`short_name\` text null, \`zone_type\` text not null, \`area_code\` text not null, \`is_founder\` integer not null, \`is_lead_founder\` integer not null, \`admin_body_name\` text null, \`alliance_key\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
  }

}
