import { Migration } from '@mikro-orm/migrations';
import { fillPinyinKeys } from '../../../../kit/directory/pinyin-backfill';

export class Migration20261207214414 extends Migration {

  override async up(): Promise<void> {
    // Added at once with a default, so that rows already there are allowed; then each is given its key.
    await this.execute(`alter table \`dir_firm\` add column \`pinyin_key\` text not null default '';`);
    await this.execute(`alter table \`dir_project\` add column \`pinyin_key\` text not null default '';`);
    await fillPinyinKeys((sql, params) => this.execute(sql, params));
    // SQLite cannot drop a column's default: the tables are rebuilt without it, as MikroORM rebuilds
    // a SQLite table (the statements are its own), their indexes with them.
    this.addSql(`create table \`dir_firm__temp_alter\` (\`uscc\` text not null, \`name\` text not null, \`original_name\` text not null, \`short_name\` text null, \`name_key\` text not null, \`pinyin_key\` text not null, \`search_text\` text not null, \`area_code\` text not null, \`parent_uscc\` text null, \`sample_code\` integer not null, \`native_key\` text not null, \`kind\` text not null, \`cooperation_count\` integer not null, \`source\` text not null, primary key (\`uscc\`));`);
    this.addSql(`insert into \`dir_firm__temp_alter\` select \`uscc\`, \`name\`, \`original_name\`, \`short_name\`, \`name_key\`, \`pinyin_key\`, \`search_text\`, \`area_code\`, \`parent_uscc\`, \`sample_code\`, \`native_key\`, \`kind\`, \`cooperation_count\`, \`source\` from \`dir_firm\`;`);
    this.addSql(`drop table \`dir_firm\`;`);
    this.addSql(`alter table \`dir_firm__temp_alter\` rename to \`dir_firm\`;`);
    this.addSql(`create index \`dir_firm_area_code_index\` on \`dir_firm\` (\`area_code\`);`);
    this.addSql(`create index \`dir_firm_pinyin_key_uscc_index\` on \`dir_firm\` (\`pinyin_key\`, \`uscc\`);`);
    this.addSql(`create index \`dir_firm_name_key_uscc_index\` on \`dir_firm\` (\`name_key\`, \`uscc\`);`);

    this.addSql(`create table \`dir_project__temp_alter\` (\`id\` text not null, \`title\` text not null, \`original_title\` text not null, \`name_key\` text not null, \`pinyin_key\` text not null, \`search_text\` text not null, \`chain_code\` text null, \`local_chain_name\` text null, \`status\` text not null, \`amount_yuan\` double null, \`amount_key\` double not null, \`amount_kind\` text null, \`amount_stated\` text null, \`date_key\` text not null, \`date_text\` text null, \`area_code\` text not null, \`native_key\` text not null, \`source\` text not null, primary key (\`id\`));`);
    this.addSql(`insert into \`dir_project__temp_alter\` select \`id\`, \`title\`, \`original_title\`, \`name_key\`, \`pinyin_key\`, \`search_text\`, \`chain_code\`, \`local_chain_name\`, \`status\`, \`amount_yuan\`, \`amount_key\`, \`amount_kind\`, \`amount_stated\`, \`date_key\`, \`date_text\`, \`area_code\`, \`native_key\`, \`source\` from \`dir_project\`;`);
    this.addSql(`drop table \`dir_project\`;`);
    this.addSql(`alter table \`dir_project__temp_alter\` rename to \`dir_project\`;`);
    this.addSql(`create index \`dir_project_chain_code_index\` on \`dir_project\` (\`chain_code\`);`);
    this.addSql(`create index \`dir_project_area_code_index\` on \`dir_project\` (\`area_code\`);`);
    this.addSql(`create index \`dir_project_date_key_id_index\` on \`dir_project\` (\`date_key\`, \`id\`);`);
    this.addSql(`create index \`dir_project_amount_key_id_index\` on \`dir_project\` (\`amount_key\`, \`id\`);`);
    this.addSql(`create index \`dir_project_pinyin_key_id_index\` on \`dir_project\` (\`pinyin_key\`, \`id\`);`);
    this.addSql(`create index \`dir_project_name_key_id_index\` on \`dir_project\` (\`name_key\`, \`id\`);`);
  }

}
