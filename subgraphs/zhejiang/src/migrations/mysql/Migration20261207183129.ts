import { Migration } from '@mikro-orm/migrations';

export class Migration20261207183129 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`dir_scope_link\` (\`id\` varchar(160) not null, \`scope_id\` varchar(120) not null, \`chain_code\` varchar(40) not null, \`link_code\` varchar(20) not null, \`note\` text not null, \`source\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_scope_link\` add index \`dir_scope_link_scope_id_index\`(\`scope_id\`);`);

    this.addSql(`create table \`dir_scope_parent\` (\`id\` varchar(250) not null, \`scope_id\` varchar(120) not null, \`parent_id\` varchar(120) not null, \`note\` text not null, \`source\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`);
    this.addSql(`alter table \`dir_scope_parent\` add index \`dir_scope_parent_scope_id_index\`(\`scope_id\`);`);
    this.addSql(`alter table \`dir_scope_parent\` add index \`dir_scope_parent_parent_id_index\`(\`parent_id\`);`);

    this.addSql(`alter table \`dir_firm_chain\` add \`basis\` varchar(20) not null default 'RECORDED', add \`evidence\` text null;`);

    this.addSql(`alter table \`firm\` add \`chain_placements\` json null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`dir_scope_link\`;`);

    this.addSql(`drop table if exists \`dir_scope_parent\`;`);

    this.addSql(`alter table \`firm\` drop column \`chain_placements\`;`);

    this.addSql(`alter table \`dir_firm_chain\` drop column \`basis\`, drop column \`evidence\`;`);
  }

}
