/** Relay-style connections over merged cross-region lists, with the regions a page lacks. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';
import { Region } from './region';

@ObjectType('PageInfo', { description: '分页信息 — where a page of a merged cross-region list ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: '还有下一页 — whether a region that answered still holds rows after this page.' })
  hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: '结束游标 — pass as `after` for the next page; on an empty page, the position it started from (null on an empty first page).' })
  endCursor!: string | null;
  @Field(() => [Region], {
    description: '缺失区域 — regions that did not answer; the page holds the others\' data and their cursor position is kept, so a later page can still include them.',
  })
  missingRegions!: Region[];
  /** The regions whose rows the page holds: whose freshness it shows (resolvers/freshness.ts). */
  answeredRegions!: RegionName[];
}

/** The parts of a connection the paging code builds; `totalCount` is computed only when selected. */
export interface ConnectionParts<T> {
  /** `cursor` may be a getter: encoded only when selected. */
  edges: Array<{ readonly cursor: string; node: T }>;
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

export interface Connection<T> extends ConnectionParts<T> {
  nodes: T[];
  totalCount(): Promise<number>;
}

/** The Edge and Connection object types of a node type, e.g. FirmEdge and FirmConnection. */
export function connectionType<T extends object>(Node: ClassType<T>, name: string, zh: string, counted: string) {
  @ObjectType(`${name}Edge`, { description: `${zh} — one ${name} of a merged list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: '游标 — pass as `after` to continue after this item.' })
    cursor!: string;
    @Field(() => Node, { description: '节点 — the item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `${zh} — a page of a merged cross-region list.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge], { description: '边 — the items with their cursors.' })
    edges!: Edge[];
    @Field(() => [Node], { description: '节点 — the items.' })
    nodes!: T[];
    @Field(() => PageInfo, { description: '分页信息 — page info.' })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: `总数 — ${counted}` })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return {
    Connection: ConnectionType,
    make(parts: ConnectionParts<T>): ConnectionType {
      return Object.assign(new ConnectionType(), { ...parts, nodes: parts.edges.map((e) => e.node) });
    },
  };
}
