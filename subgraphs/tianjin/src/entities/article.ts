import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate } from '../../../kit/value-types';
import { ArticleCredit, ArticleReprint } from './values';

@ObjectType('TianjinArticle', { description: '报道 — a source report itself: title, outlet, date, headings and credits as stated.' })
@Entity({ tableName: 'article' })
export class Article {
  @KeyColumn('报道编号 — stable key.') key!: string;
  @TextColumn('标题 — title (Simplified), where stated.', { nullable: true }) title?: string | null;
  @TextColumn('原标题 — title as written.', { nullable: true }) originalTitle?: string | null;
  @TextColumn('媒体 — outlet as stated.', { nullable: true }) outlet?: string | null;
  @JsonColumn(() => ReportedDate, '发布日期 — publication date, where stated.', { nullable: true }) published?: ReportedDate | null;
  @TextColumn('摘要 — summary as stated.', { length: 2000, nullable: true }) summary?: string | null;
  @JsonColumn(() => [String], '小标题 — section headings.') sections!: string[];
  @JsonColumn(() => [String], '图片说明 — photo captions.') photoCaptions!: string[];
  @JsonColumn(() => [ArticleCredit], '署名 — credits.') credits!: ArticleCredit[];
  @JsonColumn(() => ArticleReprint, '转载 — the article it reprints.', { nullable: true }) reprint?: ArticleReprint | null;
  @JsonColumn(() => [String], '其他 — notes on the text.') notes!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
