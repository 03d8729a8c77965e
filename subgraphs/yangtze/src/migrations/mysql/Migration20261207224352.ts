import { Migration } from '@mikro-orm/migrations';

export class Migration20261207224352 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_project_tally\` (\`id\` varchar(80) not null, \`chain_code\` varchar(40) not null, \`area_code\` varchar(6) not null, \`status\` varchar(20) not null, \`projects\` int not null, \`amount_yuan\` double not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`dir_project_tally\`;`);
  }

}
