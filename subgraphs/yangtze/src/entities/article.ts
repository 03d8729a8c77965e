import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate } from '../../../kit/value-types';

@ObjectType('YangtzeArticle', { description: '报道 — the press report the region\'s data comes from.' })
@Entity({ tableName: 'article' })
export class Article {
  @KeyColumn('报道编号 — stable key.') key!: string;
  @TextColumn('标题 — title.') title!: string;
  @JsonColumn(() => ReportedDate, '发布日期 — publication date.') published!: ReportedDate;
  @JsonColumn(() => [String], '媒体 — outlets.') outlets!: string[];
  @JsonColumn(() => [String], '小标题 — section headings.') sections!: string[];
  @TextColumn('图片说明 — photo caption.', { length: 1000, nullable: true }) photoCaption?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
