import { Migration } from '@mikro-orm/migrations';

export class Migration20261207215408 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`change_history\` (\`id\` integer not null primary key autoincrement, \`changed_at\` datetime not null, \`author_subject\` text null, \`author_role\` text not null, \`record_type\` text not null, \`record_key\` text not null, \`action\` text not null, \`before\` json null, \`after\` json null, \`source_kind\` text not null, \`source_field\` text null, \`source_file\` text null, \`source_sheet\` text null, \`source_row\` integer null);`);
    this.addSql(`create index \`change_history_changed_at_index\` on \`change_history\` (\`changed_at\`);`);
    this.addSql(`create index \`change_history_author_subject_id_index\` on \`change_history\` (\`author_subject\`, \`id\`);`);
    this.addSql(`create index \`change_history_record_type_record_key_id_index\` on \`change_history\` (\`record_type\`, \`record_key\`, \`id\`);`);

    this.addSql(`create table \`change_freshness\` (\`kind\` text not null, \`last_changed_at\` datetime null, primary key (\`kind\`));`);
  }

}
