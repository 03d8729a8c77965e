import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../schema/contract/uscc';
import { dateUpperBound, pageSize, regionOfId, selectedRegions, validAmountRange, validArea, validChain, validDate, validDateRange, validKeyword, validUscc } from './validate';

function field(run: () => unknown): { field: unknown; reason: unknown; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return { field: e.extensions.field, reason: e.extensions.reason, message: e.message };
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('input validation', () => {
  it('bounds page sizes and says the bound', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(200)).toBe(200);
    for (const bad of [0, 201, -1, 1.5]) expect(field(() => pageSize(bad)).message).toMatch(/between 1 and 200/);
  });

  it('checks credit codes, area codes and chain codes', () => {
    const code = sampleUscc('天津力神电池股份有限公司', '120000');
    expect(validUscc(code.toLowerCase(), 'uscc')).toBe(code);
    expect(field(() => validUscc('12345', 'uscc'))).toMatchObject({ field: 'uscc', reason: 'INVALID_USCC' });
    expect(validArea('120116', 'filter.areaCode')).toBe('120116');
    expect(field(() => validArea('129999', 'filter.areaCode'))).toMatchObject({ field: 'filter.areaCode', reason: 'INVALID_AREA_CODE' });
    expect(validChain('POWER_BATTERY', 'chainCode').nameZh).toBe('新能源电池');
    expect(field(() => validChain('BATTERY', 'chainCode')).message).toMatch(/POWER_BATTERY/);
  });

  it('reads dates as YYYY, YYYY-MM or YYYY-MM-DD, real calendar dates only', () => {
    for (const ok of ['2023', '2023-07', '2024-02-29']) expect(validDate(ok, 'filter.dateFrom')).toBe(ok);
    for (const bad of ['23', '2023-13', '2023-02-29', '2023-7', '2023/07', '2023-07-00']) expect(field(() => validDate(bad, 'filter.dateFrom')).reason).toBe('INVALID_DATE');
  });

  it('makes dateTo inclusive of a partial date and refuses a reversed range', () => {
    expect(dateUpperBound('2023')).toBe('2023-12-31');
    expect(validDateRange('2023-05', '2023')).toEqual({ dateFrom: '2023-05', dateTo: '2023-12-31' });
    expect(field(() => validDateRange('2024', '2023')).field).toBe('filter.dateFrom');
  });

  it('wants non-negative amounts with min ≤ max', () => {
    expect(validAmountRange(0, 1e9)).toEqual({ amountMinYuan: 0, amountMaxYuan: 1e9 });
    expect(field(() => validAmountRange(-1, null)).field).toBe('filter.amountMinYuan');
    expect(field(() => validAmountRange(null, Number.NaN)).field).toBe('filter.amountMaxYuan');
    expect(field(() => validAmountRange(10, 5)).message).toMatch(/larger than/);
  });

  it('trims keywords and limits their length', () => {
    expect(validKeyword('  力神 ', 'keyword')).toBe('力神');
    expect(validKeyword('   ', 'keyword')).toBeUndefined();
    expect(field(() => validKeyword('x'.repeat(101), 'keyword')).field).toBe('keyword');
  });

  it('reads the region of a directory id and the regions of a filter', () => {
    expect(regionOfId('tianjin:park:binhai-zgc-science-park')).toBe('tianjin');
    expect(regionOfId('hubei:park:x')).toBeUndefined();
    expect(regionOfId('tianjin')).toBeUndefined();
    expect(selectedRegions(['zhejiang', 'tianjin'], 'filter.regions')).toEqual(['tianjin', 'zhejiang']);
    expect(selectedRegions(undefined, 'filter.regions')).toEqual(['tianjin', 'yangtze', 'zhejiang']);
    expect(field(() => selectedRegions([], 'filter.regions')).field).toBe('filter.regions');
  });
});
