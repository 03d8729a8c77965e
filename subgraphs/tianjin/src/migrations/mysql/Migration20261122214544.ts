import { Migration } from '@mikro-orm/migrations';

export class Migration20261122214544 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`dir_firm_chain\` drop index \`dir_firm_chain_uscc_index\`;`);

    this.addSql(`alter table \`dir_firm_chain\` add index \`dir_firm_chain_uscc_chain_code_link_code_index\`(\`uscc\`, \`chain_code\`, \`link_code\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`dir_firm_chain\` drop index \`dir_firm_chain_uscc_chain_code_link_code_index\`;`);

    this.addSql(`alter table \`dir_firm_chain\` add index \`dir_firm_chain_uscc_index\`(\`uscc\`);`);
  }

}
