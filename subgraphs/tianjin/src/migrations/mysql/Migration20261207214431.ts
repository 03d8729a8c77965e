import { Migration } from '@mikro-orm/migrations';
import { fillPinyinKeys } from '../../../../kit/directory/pinyin-backfill';

export class Migration20261207214431 extends Migration {

  override async up(): Promise<void> {
    // Added at once with a default, so that rows already there are allowed; then each is given its key.
    await this.execute(`alter table \`dir_firm\` add \`pinyin_key\` varchar(640) not null default '';`);
    await this.execute(`alter table \`dir_project\` add \`pinyin_key\` varchar(640) not null default '';`);
    await fillPinyinKeys((sql, params) => this.execute(sql, params));
    this.addSql(`alter table \`dir_firm\` add index \`dir_firm_pinyin_key_uscc_index\`(\`pinyin_key\`, \`uscc\`);`);

    this.addSql(`alter table \`dir_project\` add index \`dir_project_pinyin_key_id_index\`(\`pinyin_key\`, \`id\`);`);

    // The key is always written: the default only served the rows above.
    this.addSql(`alter table \`dir_firm\` alter \`pinyin_key\` drop default;`);
    this.addSql(`alter table \`dir_project\` alter \`pinyin_key\` drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`dir_project\` drop index \`dir_project_pinyin_key_id_index\`;`);
    this.addSql(`alter table \`dir_project\` drop column \`pinyin_key\`;`);

    this.addSql(`alter table \`dir_firm\` drop index \`dir_firm_pinyin_key_uscc_index\`;`);
    this.addSql(`alter table \`dir_firm\` drop column \`pinyin_key\`;`);
  }

}
