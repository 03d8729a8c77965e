import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165926 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`alliance\` (\`key\` text not null, \`name\` text not null, \`original_name\` text not null, \`short_name\` text null, \`kind\` text not null, \`area_code\` text not null, \`park_key\` text null, \`founded\` json null, \`founded_text\` text null, \`host_keys\` json not null, \`partner_university_key\` text null, \`nature\` text null, \`vision\` text null, \`goals\` json not null, \`figures\` json not null, \`member_kinds\` json not null, \`local_chain_names\` json not null, \`local_link_names\` json not null, \`services\` json not null, \`linked_alliance_keys\` json not null, \`served_industries\` json not null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`alliance_park_key_index\` on \`alliance\` (\`park_key\`);`);

    this.addSql(`create table \`alliance_member\` (\`key\` text not null, \`alliance_key\` text not null, \`member\` json not null, \`member_uscc\` text null, \`basis\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`alliance_member_alliance_key_index\` on \`alliance_member\` (\`alliance_key\`);`);
    this.addSql(`create index \`alliance_member_member_uscc_index\` on \`alliance_member\` (\`member_uscc\`);`);

    this.addSql(`create table \`article\` (\`key\` text not null, \`title\` text null, \`original_title\` text null, \`outlet\` text null, \`published\` json null, \`summary\` text null, \`sections\` json not null, \`photo_captions\` json not null, \`credits\` json not null, \`reprint\` json null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`event\` (\`key\` text not null, \`kind\` text not null, \`name\` text not null, \`original_name\` text null, \`description\` text not null, \`organiser\` json null, \`alliance_key\` text null, \`park_key\` text null, \`area_code\` text not null, \`date\` json null, \`period\` json null, \`recurring\` integer not null, \`online\` integer not null, \`figures\` json not null, \`local_chain_names\` json not null, \`participants\` json not null, \`outcomes\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`event_alliance_key_index\` on \`event\` (\`alliance_key\`);`);
    this.addSql(`create index \`event_park_key_index\` on \`event\` (\`park_key\`);`);

    this.addSql(`create table \`chain_party_committee\` (\`key\` text not null, \`name\` text not null, \`original_name\` text not null, \`alliance_key\` text not null, \`chain_key\` text not null, \`area_code\` text not null, \`actions\` json not null, \`funds_disbursed\` json null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`chain_party_committee_alliance_key_index\` on \`chain_party_committee\` (\`alliance_key\`);`);
    this.addSql(`create index \`chain_party_committee_chain_key_index\` on \`chain_party_committee\` (\`chain_key\`);`);

    this.addSql(`create table \`chain_statistic\` (\`key\` text not null, \`chain_keys\` json not null, \`area_code\` text not null, \`period\` json not null, \`metric\` text not null, \`metric_text\` text not null, \`figure\` json null, \`money\` json null, \`band\` text null, \`provenance\` json not null, primary key (\`key\`));`);

    this.addSql(`create table \`cooperation\` (\`key\` text not null, \`project_id\` text not null, \`title\` text not null, \`original_title\` text not null, \`kind\` text not null, \`status\` text not null, \`status_text\` text not null, \`directory_status\` text not null, \`parties\` json not null, \`first_party_uscc\` text null, \`second_party_uscc\` text null, \`area_code\` text not null, \`local_chain_name\` text null, \`via_event_key\` text null, \`need_key\` text null, \`scope\` text null, \`local_link_names\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`cooperation_project_id_index\` on \`cooperation\` (\`project_id\`);`);
    this.addSql(`create index \`cooperation_first_party_uscc_index\` on \`cooperation\` (\`first_party_uscc\`);`);
    this.addSql(`create index \`cooperation_second_party_uscc_index\` on \`cooperation\` (\`second_party_uscc\`);`);
    this.addSql(`create index \`cooperation_need_key_index\` on \`cooperation\` (\`need_key\`);`);

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

    this.addSql(`create table \`expert_adviser\` (\`key\` text not null, \`kind\` text not null, \`name\` text not null, \`person_key\` text not null, \`title\` text not null, \`role\` text not null, \`alliance_key\` text null, \`affiliation\` json null, \`cooperates_with\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`expert_adviser_alliance_key_index\` on \`expert_adviser\` (\`alliance_key\`);`);

    this.addSql(`create table \`firm\` (\`key\` text not null, \`uscc\` text not null, \`name\` text not null, \`original_name\` text not null, \`legal_name_stated\` integer not null, \`short_name\` text null, \`kind\` text not null, \`area_code\` text not null, \`area_stated\` integer not null, \`area_basis\` text not null, \`location_evidence\` text null, \`park_key\` text null, \`parent_key\` text null, \`parent_uscc\` text null, \`local_chain_names\` json not null, \`local_link_names\` json not null, \`chain_links\` json not null, \`fields\` json not null, \`labels\` json not null, \`established\` json null, \`registered_in_park\` json null, \`opening\` json null, \`figures\` json not null, \`achievements\` json not null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`firm_uscc_index\` on \`firm\` (\`uscc\`);`);
    this.addSql(`create index \`firm_park_key_index\` on \`firm\` (\`park_key\`);`);
    this.addSql(`create index \`firm_parent_uscc_index\` on \`firm\` (\`parent_uscc\`);`);

    this.addSql(`create table \`industry_chain\` (\`key\` text not null, \`local_chain_name\` text not null, \`chain_code\` text not null, \`scope\` text not null, \`area_code\` text not null, \`park_key\` text null, \`alliance_key\` text null, \`party_committee_key\` text null, \`local_link_names\` json not null, \`link_codes\` json not null, \`segments\` json not null, \`notes\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`industry_chain_chain_code_index\` on \`industry_chain\` (\`chain_code\`);`);
    this.addSql(`create index \`industry_chain_park_key_index\` on \`industry_chain\` (\`park_key\`);`);
    this.addSql(`create index \`industry_chain_alliance_key_index\` on \`industry_chain\` (\`alliance_key\`);`);

    this.addSql(`create table \`membership_application\` (\`key\` text not null, \`alliance_key\` text not null, \`applicant_description\` text not null, \`applicant_area_code\` text not null, \`local_chain_name\` text not null, \`chain_code\` text not null, \`status\` text not null, \`review_steps\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`membership_application_alliance_key_index\` on \`membership_application\` (\`alliance_key\`);`);

    this.addSql(`create table \`need\` (\`key\` text not null, \`seeker\` json null, \`seeker_uscc\` text null, \`seeker_description\` text null, \`kind\` text not null, \`sought\` text not null, \`local_link_names\` json not null, \`status\` text not null, \`status_text\` text not null, \`fitting_counterpart\` json null, \`counterpart_uscc\` text null, \`fitting_counterpart_description\` text null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`need_seeker_uscc_index\` on \`need\` (\`seeker_uscc\`);`);
    this.addSql(`create index \`need_counterpart_uscc_index\` on \`need\` (\`counterpart_uscc\`);`);

    this.addSql(`create table \`organisation\` (\`key\` text not null, \`uscc\` text null, \`name\` text not null, \`original_name\` text not null, \`kind\` text not null, \`area_code\` text null, \`area_stated\` integer not null, \`park_key\` text null, \`parent_org_key\` text null, \`notes\` json not null, \`also_stated_in\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`organisation_uscc_index\` on \`organisation\` (\`uscc\`);`);
    this.addSql(`create index \`organisation_park_key_index\` on \`organisation\` (\`park_key\`);`);

    this.addSql(`create table \`park\` (\`key\` text not null, \`name\` text not null, \`original_name\` text not null, \`short_name\` text null, \`kind\` text not null, \`area_code\` text not null, \`parent_park_key\` text null, \`role_in_parent\` text null, \`structure\` text null, \`blueprint\` text null, \`figures\` json not null, \`leading_industries_text\` text null, \`leading_industries\` json not null, \`industries\` json not null, \`projects_landed\` json null, \`policy_funds\` json not null, \`production_land\` json null, \`goals\` json not null, \`designations\` json not null, \`investment_targets\` json not null, \`transport\` json not null, \`notes\` json not null, \`university_keys\` json not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`park_parent_park_key_index\` on \`park\` (\`parent_park_key\`);`);

    this.addSql(`create table \`person\` (\`key\` text not null, \`name\` text not null, \`original_name\` text not null, \`kind\` text not null, \`role\` text not null, \`organisation\` json null, \`organisation_key\` text null, \`organisation_text\` text null, \`quoted\` integer not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`person_organisation_key_index\` on \`person\` (\`organisation_key\`);`);

    this.addSql(`create table \`project\` (\`key\` text not null, \`project_id\` text not null, \`name\` text not null, \`original_name\` text not null, \`kind\` text not null, \`area_code\` text not null, \`park_key\` text null, \`local_chain_names\` json not null, \`sponsor\` json null, \`sponsor_uscc\` text null, \`facilitator\` json null, \`total_investment\` json null, \`total_investment_text\` text null, \`status\` text not null, \`directory_status\` text not null, \`status_date\` json null, \`effects\` json not null, \`travel_time\` json null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`project_project_id_index\` on \`project\` (\`project_id\`);`);
    this.addSql(`create index \`project_park_key_index\` on \`project\` (\`park_key\`);`);
    this.addSql(`create index \`project_sponsor_uscc_index\` on \`project\` (\`sponsor_uscc\`);`);
  }

}
