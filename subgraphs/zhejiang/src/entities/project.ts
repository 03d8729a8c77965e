import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, StatedFigure } from '../../../kit/value-types';
import { Firm } from './firm';
import { Milestone } from './values';

@ObjectType('ZhejiangProject', { description: '合作项目 — a cooperation under a pairing: a production base or plant moved to a mountain county, supply-chain or matchmaking work, fund investment, firm exchange, roadshow or supplier test.' })
@Entity({ tableName: 'project' })
export class Project {
  [PrimaryKeyProp]?: 'key';
  @KeyColumn('项目编号 — stable key; the directory id is zhejiang:project:<key>.') key!: string;
  @TextColumn('类型 — production-base, plant-relocation, supply-chain-matching, matchmaking-meeting, fund-investment, enterprise-exchange, contest-roadshow or supplier-test.') kind!: string;
  @TextColumn('名称 — name as the report writes it, where the project has one.', { nullable: true }) name?: string | null;
  @TextColumn('概要 — one-line summary, verbatim.', { length: 1000 }) summary!: string;
  @TextColumn('所在地 — GB/T 2260 code of where it takes place (the mountain county unless stated otherwise).', { length: 6 }) @Index() hostAreaCode!: string;
  @TextColumn('乡镇 — nine-digit town code, where the report names a town.', { length: 9, nullable: true }) townCode?: string | null;
  @TextColumn('产业链 — local chain name, where stated.', { nullable: true }) localChainName?: string | null;
  @TextColumn('产业链代码 — canonical chain code.', { length: 40, nullable: true }) @Index() chainCode?: string | null;
  @JsonColumn(() => [String], '环节 — chain links as stated (上下游).') localLinkNames!: string[];
  @JsonColumn(() => [String], '产品 — products named.') products!: string[];
  @TextColumn('现状 — the state the reporter found, where stated.', { nullable: true }) status?: string | null;
  @TextColumn('阶段 — INTENT, NEGOTIATING, SIGNED, IN_PROGRESS, OPERATING, COMPLETED or PLANNED, as read from the report.', { length: 20 }) stage!: string;
  @JsonColumn(() => [String], '未具名参与方 — participants mentioned without a name.') unnamedParticipants!: string[];
  @JsonColumn(() => [Milestone], '进展 — dated steps.') milestones!: Milestone[];
  @JsonColumn(() => [StatedFigure], '数据 — capacities, output value, tax, amounts (with yuan), counts.') figures!: StatedFigure[];
  @JsonColumn(() => [String], '成效 — effects or purposes the report attributes to it.') outcomes!: string[];
  @HiddenColumn('string') @Index() pairingKey!: string;
  @HiddenColumn('json') orgKeys!: string[];
  @HiddenColumn('json') personKeys!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

/** A named firm taking part in a project: the many-to-many link both directions resolve through in one statement. */
@Entity({ tableName: 'project_firm' })
export class ProjectFirm {
  @PrimaryKey({ type: 'string', length: 240 }) key!: string;
  @ManyToOne({ entity: () => Project, fieldName: 'project_key' }) project!: Project;
  @ManyToOne({ entity: () => Firm, fieldName: 'firm_key' }) firm!: Firm;
}
