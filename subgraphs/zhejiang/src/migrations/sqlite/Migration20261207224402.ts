import { Migration } from '@mikro-orm/migrations';

export class Migration20261207224402 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_project_tally\` (\`id\` text not null, \`chain_code\` text not null, \`area_code\` text not null, \`status\` text not null, \`projects\` integer not null, \`amount_yuan\` double not null, primary key (\`id\`));`);
  }

}
