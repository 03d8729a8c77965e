/** JSON: one array of row objects, written as a stream — "[", the rows separated by commas, "]". */
import type { Format } from './format';
import { orderedRow } from './ndjson';

export const json: Format = {
  name: 'json',
  encoding: {
    opening: () => '[',
    page: (rows, columns, rowsBefore) => rows.map((row, i) => `${rowsBefore + i === 0 ? '\n' : ',\n'}${JSON.stringify(orderedRow(row, columns))}`).join(''),
    closing: (rowsTotal) => `${rowsTotal ? '\n' : ''}]\n`,
  },
};
