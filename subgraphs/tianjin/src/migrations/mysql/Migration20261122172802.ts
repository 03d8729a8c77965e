import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172802 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`write_idempotency\` (\`id\` varchar(64) not null, \`operation\` varchar(80) not null, \`input_hash\` varchar(64) not null, \`result_key\` varchar(160) not null, \`subject\` varchar(200) not null, \`created_at\` datetime not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);

    this.addSql(`alter table \`cooperation\` add \`alliance_key\` varchar(255) null, add \`amount\` json null, add \`date\` json null;`);
    this.addSql(`alter table \`cooperation\` add index \`cooperation_alliance_key_index\`(\`alliance_key\`);`);

    this.addSql(`alter table \`membership_application\` add \`applicant_uscc\` varchar(18) null, add \`applicant_firm_key\` varchar(255) null, add \`statement\` varchar(1000) null, add \`submitted\` json null, add \`reviewed\` json null, add \`decision_reason\` varchar(1000) null;`);
    this.addSql(`alter table \`membership_application\` add index \`membership_application_applicant_uscc_index\`(\`applicant_uscc\`);`);

    this.addSql(`alter table \`need\` add \`alliance_key\` varchar(255) null, add \`chain_code\` varchar(40) null, add \`posted\` json null, add \`contact\` json null;`);
    this.addSql(`alter table \`need\` add index \`need_alliance_key_index\`(\`alliance_key\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`write_idempotency\`;`);

    this.addSql(`alter table \`cooperation\` drop index \`cooperation_alliance_key_index\`;`);
    this.addSql(`alter table \`cooperation\` drop column \`alliance_key\`, drop column \`amount\`, drop column \`date\`;`);

    this.addSql(`alter table \`need\` drop index \`need_alliance_key_index\`;`);
    this.addSql(`alter table \`need\` drop column \`alliance_key\`, drop column \`chain_code\`, drop column \`posted\`, drop column \`contact\`;`);

    this.addSql(`alter table \`membership_application\` drop index \`membership_application_applicant_uscc_index\`;`);
    this.addSql(`alter table \`membership_application\` drop column \`applicant_uscc\`, drop column \`applicant_firm_key\`, drop column \`statement\`, drop column \`submitted\`, drop column \`reviewed\`, drop column \`decision_reason\`;`);
  }

}
