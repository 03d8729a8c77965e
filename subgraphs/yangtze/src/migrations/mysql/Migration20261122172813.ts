import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172813 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`conference_project\` (\`key\` varchar(120) not null, \`event_key\` varchar(255) not null, \`title\` varchar(300) not null, \`outcome\` varchar(10) not null, \`chain_code\` varchar(40) null, \`amount\` json null, \`date\` json null, \`parties\` json not null, \`recorded_by_zone_key\` varchar(255) not null, \`project_id\` varchar(120) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`conference_project\` add index \`conference_project_event_key_index\`(\`event_key\`);`);

    this.addSql(`create table \`demand_answer\` (\`key\` varchar(120) not null, \`demand_key\` varchar(255) not null, \`zone_key\` varchar(255) not null, \`responder_kind\` varchar(10) not null, \`firm_uscc\` varchar(18) null, \`firm_name\` varchar(200) null, \`firm_area_code\` varchar(6) null, \`message\` text not null, \`answered\` json not null, \`project_id\` varchar(120) not null, \`provenance\` json not null, primary key (\`key\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`demand_answer\` add index \`demand_answer_demand_key_index\`(\`demand_key\`);`);
    this.addSql(`alter table \`demand_answer\` add index \`demand_answer_firm_uscc_index\`(\`firm_uscc\`);`);

    this.addSql(`create table \`write_idempotency\` (\`id\` varchar(64) not null, \`operation\` varchar(80) not null, \`input_hash\` varchar(64) not null, \`result_key\` varchar(160) not null, \`subject\` varchar(200) not null, \`created_at\` datetime not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`alter table \`platform_post\` add \`link_code\` varchar(20) null, add \`contact\` json null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`conference_project\`;`);

    this.addSql(`drop table if exists \`demand_answer\`;`);

    this.addSql(`drop table if exists \`write_idempotency\`;`);

    this.addSql(`alter table \`platform_post\` drop column \`link_code\`, drop column \`contact\`;`);
  }

}
