import { Migration } from '@mikro-orm/migrations';

export class Migration20261207214935 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_firm_gram\` (\`gram\` varchar(12) not null, \`uscc\` varchar(18) not null, primary key (\`gram\`, \`uscc\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_firm_gram\` add index \`dir_firm_gram_uscc_index\`(\`uscc\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`dir_firm_gram\`;`);
  }

}
