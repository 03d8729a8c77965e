import { Migration } from '@mikro-orm/migrations';

export class Migration20261207215005 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_firm_gram\` (\`gram\` text not null, \`uscc\` text not null, primary key (\`gram\`, \`uscc\`));`);
    this.addSql(`create index \`dir_firm_gram_uscc_index\` on \`dir_firm_gram\` (\`uscc\`);`);
  }

}
