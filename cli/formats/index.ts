/** Every output format by name. */
import { csv } from './csv';
import type { Format, FormatName } from './format';
import { html } from './html';
import { json } from './json';
import { ndjson } from './ndjson';
import { xlsx } from './xlsx';

export const FORMATS: Record<FormatName, Format> = { csv, ndjson, json, xlsx, html };

/** The format an output file's extension names, if any. */
export function formatOfPath(path: string): FormatName | null {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  const byExtension: Record<string, FormatName> = { csv: 'csv', ndjson: 'ndjson', jsonl: 'ndjson', json: 'json', xlsx: 'xlsx', html: 'html', htm: 'html' };
  return extension ? (byExtension[extension] ?? null) : null;
}
