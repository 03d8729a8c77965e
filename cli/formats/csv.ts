/**
 * CSV as RFC 4180 writes it (CRLF, fields with a quote, comma or line break quoted, quotes doubled),
 * in UTF-8 with a byte-order mark so that Excel shows Chinese names instead of mojibake.
 */
import { cellText } from './cell-text';
import type { Format } from './format';

export const BOM = '\uFEFF';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csv: Format = {
  name: 'csv',
  encoding: {
    opening: (columns) => `${BOM}${columns.map(csvField).join(',')}\r\n`,
    page: (rows, columns) => rows.map((row) => `${columns.map((c) => csvField(cellText(row[c]))).join(',')}\r\n`).join(''),
    closing: () => '',
  },
};
