import { Migration } from '@mikro-orm/migrations';

export class Migration20261207222043 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_firm_shared\` (\`uscc\` varchar(18) not null, \`peers\` varchar(60) not null, primary key (\`uscc\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_firm_shared\` add index \`dir_firm_shared_peers_uscc_index\`(\`peers\`, \`uscc\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`dir_firm_shared\`;`);
  }

}
