/**
 * Counts the SQL statements a subgraph sends, per process, so tests and /metrics can show that a
 * batch of 1,000 entity representations costs one statement per entity type, not one per entity.
 */
export class StatementCounter {
  private total = 0;
  private readonly byTable = new Map<string, number>();

  readonly onQuery = (sql: string): string => {
    this.total++;
    const table = /\bfrom\s+[`"]?(\w+)[`"]?/i.exec(sql)?.[1] ?? /^\s*(insert into|update|delete from)\s+[`"]?(\w+)/i.exec(sql)?.[2] ?? 'other';
    this.byTable.set(table, (this.byTable.get(table) ?? 0) + 1);
    return sql;
  };

  snapshot(): { total: number; byTable: Record<string, number> } {
    return { total: this.total, byTable: Object.fromEntries(this.byTable) };
  }
}
