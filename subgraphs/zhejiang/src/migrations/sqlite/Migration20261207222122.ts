import { Migration } from '@mikro-orm/migrations';

export class Migration20261207222122 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_firm_shared\` (\`uscc\` text not null, \`peers\` text not null, primary key (\`uscc\`));`);
    this.addSql(`create index \`dir_firm_shared_peers_uscc_index\` on \`dir_firm_shared\` (\`peers\`, \`uscc\`);`);
  }

}
