/**
 * What an export will do, decided before anything is sent: the report's operation and row shape,
 * the variables from --var, and the hash a checkpoint must match. Every mistake here is the
 * command line's (exit 1) or the report's (exit 2), found without touching the gateway.
 */
import { operationHash } from './checkpoint';
import { EXIT, type ExitCode } from './exit-codes';
import { FORMATS } from './formats';
import type { FormatName } from './formats/format';
import { prepareOperation, type PreparedOperation } from './operation';
import type { Progress } from './progress';
import { chartColumns, type ReportDefinition } from './report-definition';
import { rowShape, type RowShape } from './rows';
import { buildVariables } from './variables';

export interface PlanRequest {
  report: ReportDefinition;
  format: FormatName;
  /** null: stdout. */
  output: string | null;
  resume: boolean;
  vars: ReadonlyArray<readonly [string, string]>;
  pageSize: number | null;
  progress: Progress;
}

export interface ExportPlan {
  operation: PreparedOperation;
  shape: RowShape;
  variables: Record<string, unknown>;
  hash: string;
}

type Failure = { failure: { exit: ExitCode; message: string } };
const failure = (exit: ExitCode, message: string): Failure => ({ failure: { exit, message } });

export function planExport(request: PlanRequest): { plan: ExportPlan } | Failure {
  const { report, format, progress } = request;
  const prepared = prepareOperation(report);
  if ('errors' in prepared) return failure(EXIT.GRAPHQL, prepared.errors.join('\n'));
  const { operation } = prepared;
  const shaped = rowShape(report, operation);
  if ('errors' in shaped) return failure(EXIT.GRAPHQL, shaped.errors.join('\n'));
  const { shape } = shaped;

  if (format === 'html') {
    if (!report.charts.length) return failure(EXIT.USAGE, `--format html draws the charts a report declares (# @chart …), and ${report.name} declares none; use csv, ndjson, json or xlsx`);
    const unknown = report.charts.flatMap(chartColumns).filter((c) => !shape.columns.includes(c));
    if (unknown.length) return failure(EXIT.GRAPHQL, `${report.file}: @chart reads columns the report does not have: ${unknown.join(', ')}`);
  }
  if (request.pageSize !== null && !operation.pagination?.firstVariable) {
    // A scheduler may pass the same options to every report: say so, but export anyway.
    progress.warn(operation.pagination ? `--page-size ignored: the paginated field's first: is not a variable in ${report.name}` : `--page-size ignored: ${report.name} has no paginated field`);
  }
  // XLSX and HTML are rendered from a spool, which needs a file to sit beside.
  const spooled = Boolean(FORMATS[format].render);
  if (!request.output && (spooled || request.resume)) return failure(EXIT.USAGE, `${spooled ? `--format ${format}` : '--resume'} needs --out FILE`);

  const reserved = new Map<string, string>();
  if (operation.pagination) reserved.set(operation.pagination.afterVariable, 'the cursor of the next page');
  if (operation.pagination?.firstVariable && request.pageSize !== null) reserved.set(operation.pagination.firstVariable, 'by --page-size');
  const built = buildVariables(operation.variableDefinitions, request.vars, { reserved });
  if ('errors' in built) return failure(EXIT.USAGE, built.errors.join('\n'));

  const hash = operationHash({
    query: operation.firstPageQuery,
    variables: built.variables,
    format,
    rows: shape.rowsPath,
    explode: shape.explode,
    columns: shape.columns,
    computed: report.computed,
    where: report.where,
  });
  return { plan: { operation, shape, variables: built.variables, hash } };
}
