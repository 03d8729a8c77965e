import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172754 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`write_idempotency\` (\`id\` text not null, \`operation\` text not null, \`input_hash\` text not null, \`result_key\` text not null, \`subject\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`alter table \`cooperation\` add column \`alliance_key\` text null;`);
    this.addSql(`alter table \`cooperation\` add column \`amount\` json null;`);
    this.addSql(`alter table \`cooperation\` add column \`date\` json null;`);
    this.addSql(`create index \`cooperation_alliance_key_index\` on \`cooperation\` (\`alliance_key\`);`);

    this.addSql(`alter table \`membership_application\` add column \`applicant_uscc\` text null;`);
    this.addSql(`alter table \`membership_application\` add column \`applicant_firm_key\` text null;`);
    this.addSql(`alter table \`membership_application\` add column \`statement\` text null;`);
    this.addSql(`alter table \`membership_application\` add column \`submitted\` json null;`);
    this.addSql(`alter table \`membership_application\` add column \`reviewed\` json null;`);
    this.addSql(`alter table \`membership_application\` add column \`decision_reason\` text null;`);
    this.addSql(`create index \`membership_application_applicant_uscc_index\` on \`membership_application\` (\`applicant_uscc\`);`);

    this.addSql(`alter table \`need\` add column \`alliance_key\` text null;`);
    this.addSql(`alter table \`need\` add column \`chain_code\` text null;`);
    this.addSql(`alter table \`need\` add column \`posted\` json null;`);
    this.addSql(`alter table \`need\` add column \`contact\` json null;`);
    this.addSql(`create index \`need_alliance_key_index\` on \`need\` (\`alliance_key\`);`);
  }

}
