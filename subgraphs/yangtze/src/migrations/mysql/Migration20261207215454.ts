import { Migration } from '@mikro-orm/migrations';

export class Migration20261207215454 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`change_history\` (\`id\` int unsigned not null auto_increment primary key, \`changed_at\` datetime(3) not null, \`author_subject\` varchar(200) null, \`author_role\` varchar(20) not null, \`record_type\` varchar(80) not null, \`record_key\` varchar(240) not null, \`action\` varchar(10) not null, \`before\` json null, \`after\` json null, \`source_kind\` varchar(10) not null, \`source_field\` varchar(80) null, \`source_file\` varchar(500) null, \`source_sheet\` varchar(200) null, \`source_row\` int null) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`change_history\` add index \`change_history_changed_at_index\`(\`changed_at\`);`);
    this.addSql(`alter table \`change_history\` add index \`change_history_author_subject_id_index\`(\`author_subject\`, \`id\`);`);
    this.addSql(`alter table \`change_history\` add index \`change_history_record_type_record_key_id_index\`(\`record_type\`, \`record_key\`, \`id\`);`);

    this.addSql(`create table \`change_freshness\` (\`kind\` varchar(80) not null, \`last_changed_at\` datetime(3) null, primary key (\`kind\`)) default character set utf8mb4 engine = InnoDB;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`change_history\`;`);

    this.addSql(`drop table if exists \`change_freshness\`;`);
  }

}
