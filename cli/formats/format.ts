/**
 * An output format. Every format writes text page by page while the export runs — CSV, NDJSON and
 * JSON straight into the output; XLSX and HTML into a row spool (NDJSON beside the output) that
 * `render` turns into the output once every page is in, so all of them resume the same way.
 */
import type { RegionGap } from '../retry';
import type { ReportDefinition } from '../report-definition';
import type { Row } from '../rows';

export interface PageEncoding {
  /** The start of a new file (CSV: BOM and the columns' headers, report-definition.ts headerOf; JSON: "["). */
  opening(headers: string[]): string;
  /** One page of rows; `rowsBefore` rows are in the file already. */
  page(rows: Row[], columns: string[], rowsBefore: number): string;
  /** The end of the file. */
  closing(rowsTotal: number): string;
}

export interface RenderContext {
  report: ReportDefinition;
  columns: string[];
  spool: string;
  output: string;
  rows: number;
  regionGaps: RegionGap[];
  exportedAt: Date;
}

export interface Format {
  name: FormatName;
  encoding: PageEncoding;
  /** Turns the spool into the output; absent for formats written straight to the output. */
  render?: (context: RenderContext) => Promise<void>;
}

export const FORMAT_NAMES = ['csv', 'ndjson', 'json', 'xlsx', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
