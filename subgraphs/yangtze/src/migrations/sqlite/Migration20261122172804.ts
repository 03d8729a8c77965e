import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172804 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`conference_project\` (\`key\` text not null, \`event_key\` text not null, \`title\` text not null, \`outcome\` text not null, \`chain_code\` text null, \`amount\` json null, \`date\` json null, \`parties\` json not null, \`recorded_by_zone_key\` text not null, \`project_id\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`conference_project_event_key_index\` on \`conference_project\` (\`event_key\`);`);

    this.addSql(`create table \`demand_answer\` (\`key\` text not null, \`demand_key\` text not null, \`zone_key\` text not null, \`responder_kind\` text not null, \`firm_uscc\` text null, \`firm_name\` text null, \`firm_area_code\` text null, \`message\` text not null, \`answered\` json not null, \`project_id\` text not null, \`provenance\` json not null, primary key (\`key\`));`);
    this.addSql(`create index \`demand_answer_demand_key_index\` on \`demand_answer\` (\`demand_key\`);`);
    this.addSql(`create index \`demand_answer_firm_uscc_index\` on \`demand_answer\` (\`firm_uscc\`);`);

    this.addSql(`create table \`write_idempotency\` (\`id\` text not null, \`operation\` text not null, \`input_hash\` text not null, \`result_key\` text not null, \`subject\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`alter table \`platform_post\` add column \`link_code\` text null;`);
    this.addSql(`alter table \`platform_post\` add column \`contact\` json null;`);
  }

}
