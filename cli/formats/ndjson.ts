/** NDJSON: one JSON object a line, its keys the report's columns in order; UTF-8, Chinese unescaped. */
import type { Row } from '../rows';
import type { Format } from './format';

export function orderedRow(row: Row, columns: string[]): Row {
  const ordered: Row = {};
  for (const column of columns) ordered[column] = row[column] ?? null;
  return ordered;
}

export const ndjson: Format = {
  name: 'ndjson',
  encoding: {
    opening: () => '',
    page: (rows, columns) => rows.map((row) => `${JSON.stringify(orderedRow(row, columns))}\n`).join(''),
    closing: () => '',
  },
};
