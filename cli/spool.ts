/** The row spool of an XLSX or HTML export (NDJSON beside the output), read back one row at a time. */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Row } from './rows';

export function spoolPath(output: string): string {
  return `${output}.rows.ndjson`;
}

export async function* readSpool(path: string): AsyncGenerator<Row> {
  const lines = readline.createInterface({ input: fs.createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== '') yield JSON.parse(line) as Row;
  }
}
