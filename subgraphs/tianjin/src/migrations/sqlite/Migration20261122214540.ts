import { Migration } from '@mikro-orm/migrations';

export class Migration20261122214540 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`dir_firm_chain_uscc_index\`;`);

    this.addSql(`create index \`dir_firm_chain_uscc_chain_code_link_code_index\` on \`dir_firm_chain\` (\`uscc\`, \`chain_code\`, \`link_code\`);`);
  }

}
