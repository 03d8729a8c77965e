/**
 * The column each directory order reads, and that its rows' `sortKey` carries: the region pages by
 * it and the cross-region merge compares the same values, so the two orders agree.
 */
import { DirectoryOrderField } from './types';

export type FirmSortColumn = 'name_key' | 'pinyin_key';
export type ProjectSortColumn = FirmSortColumn | 'amount_key' | 'date_key';

/** Firms have no amount or date: NAME_PINYIN reads the pinyin key, every other order the name. */
export function firmSortColumn(field: DirectoryOrderField): FirmSortColumn {
  return field === DirectoryOrderField.NAME_PINYIN ? 'pinyin_key' : 'name_key';
}

export function projectSortColumn(field: DirectoryOrderField): ProjectSortColumn {
  switch (field) {
    case DirectoryOrderField.AMOUNT:
      return 'amount_key';
    case DirectoryOrderField.DATE:
      return 'date_key';
    default:
      return firmSortColumn(field);
  }
}
