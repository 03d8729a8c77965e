import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172815 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`write_idempotency\` (\`id\` text not null, \`operation\` text not null, \`input_hash\` text not null, \`result_key\` text not null, \`subject\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`alter table \`assessment\` add column \`county_results\` json null;`);
  }

}
