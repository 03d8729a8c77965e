import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172817 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`write_idempotency\` (\`id\` varchar(64) not null, \`operation\` varchar(80) not null, \`input_hash\` varchar(64) not null, \`result_key\` varchar(160) not null, \`subject\` varchar(200) not null, \`created_at\` datetime not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`alter table \`assessment\` add \`county_results\` json null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`write_idempotency\`;`);

    this.addSql(`alter table \`assessment\` drop column \`county_results\`;`);
  }

}
