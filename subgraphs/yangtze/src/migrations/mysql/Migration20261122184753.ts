import { Migration } from '@mikro-orm/migrations';

export class Migration20261122184753 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`organisation\` add index \`organisation_uscc_index\`(\`uscc\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`organisation\` drop index \`organisation_uscc_index\`;`);
  }

}
