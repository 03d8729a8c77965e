/** The text of `coopgraph --help`: the command, its options, the built-in reports and the exit codes. */
import { EXIT_CODE_MEANINGS } from './exit-codes';
import { FORMAT_NAMES } from './formats/format';
import { DEFAULT_GATEWAY_URL } from './command-line';

export function helpText(reports: Array<{ name: string; description: string }>): string {
  return `coopgraph report — export a report from the Coopgraph gateway, every page of it

Usage:
  coopgraph report <name|file.graphql> [options]
  coopgraph reports                     list the built-in reports
  coopgraph token --role ROLE …         a development token for the gateway \`npm start\` runs (coopgraph token --help)
  npm run report -- <name|file.graphql> [options]
  coopgraph import <file> --region R --kind K [options]   import a region's file (coopgraph import --help)

Options:
  --var name=value     a variable of the report's operation (repeatable)
  --format FORMAT      ${FORMAT_NAMES.join(' | ')} (default: from --out's extension, else csv)
  --out FILE           write to FILE (default: stdout); needed for xlsx, html and --resume
  --resume             continue an interrupted export from its checkpoint (FILE.checkpoint.json)
  --paged              page through GraphQL even where the streamed firm export (/export/firms) could serve the report
  --token TOKEN        reporting-job token, sent as Authorization: Bearer (default: $COOPGRAPH_TOKEN)
  --gateway URL        the gateway's GraphQL URL (default: $COOPGRAPH_GATEWAY_URL or ${DEFAULT_GATEWAY_URL})
  --page-size N        rows per page of the paginated field, 1 to 200 (default: the report's)
  --retries N          retries of a page on a transient failure (default 5), with exponential backoff
  --retry-delay-ms N   first backoff delay (default 500), doubling up to 30 s
  --timeout-ms N       timeout of one request (default 60000)
  --page-delay-ms N    pause between pages, to go easy on a shared gateway (default 0)
  --progress MODE      auto | bar | log | none (default auto: a bar on a terminal, JSON lines otherwise)
  -h, --help           this text

Rows: the report's rows (# @rows, or the paginated field's nodes) flattened — a nested object becomes
dotted columns, a list is joined with "; " in CSV and XLSX and kept as a list in JSON.

Built-in reports:
${reports.map((r) => `  ${r.name.padEnd(28)} ${r.description}`).join('\n')}

Exit codes:
${EXIT_CODE_MEANINGS.map((e) => `  ${e.code}  ${e.meaning}`).join('\n')}
`;
}
