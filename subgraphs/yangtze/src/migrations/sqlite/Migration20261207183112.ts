import { Migration } from '@mikro-orm/migrations';

export class Migration20261207183112 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_scope_link\` (\`id\` text not null, \`scope_id\` text not null, \`chain_code\` text not null, \`link_code\` text not null, \`note\` text not null, \`source\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`dir_scope_link_scope_id_index\` on \`dir_scope_link\` (\`scope_id\`);`);

    this.addSql(`create table \`dir_scope_parent\` (\`id\` text not null, \`scope_id\` text not null, \`parent_id\` text not null, \`note\` text not null, \`source\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`dir_scope_parent_scope_id_index\` on \`dir_scope_parent\` (\`scope_id\`);`);
    this.addSql(`create index \`dir_scope_parent_parent_id_index\` on \`dir_scope_parent\` (\`parent_id\`);`);

    this.addSql(`alter table \`dir_firm_chain\` add column \`basis\` text not null default 'RECORDED';`);
    this.addSql(`alter table \`dir_firm_chain\` add column \`evidence\` text null;`);

    this.addSql(`alter table \`organisation\` add column \`chain_placements\` json null;`);
  }

}
