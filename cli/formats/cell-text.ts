/** A cell as text, for the tabular formats (CSV, XLSX, HTML tables): lists joined with "; ". */
import type { Cell } from '../rows';

export const LIST_SEPARATOR = '; ';

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell)) return cell.map(String).join(LIST_SEPARATOR);
  return String(cell);
}
