import { Migration } from '@mikro-orm/migrations';

export class Migration20261122184746 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`organisation_uscc_index\` on \`organisation\` (\`uscc\`);`);
  }

}
