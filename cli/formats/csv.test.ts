import { describe, expect, it } from 'vitest';
import { BOM, csv, csvField } from './csv';

describe('CSV', () => {
  it('quotes what RFC 4180 needs quoted, and nothing else', () => {
    expect(csvField('天津力神电池股份有限公司')).toBe('天津力神电池股份有限公司');
    expect(csvField('南湖和遂昌,组织了10家化工企业')).toBe('"南湖和遂昌,组织了10家化工企业"');
    expect(csvField('《长江联盟发布》"平台"')).toBe('"《长江联盟发布》""平台"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(' leading space')).toBe('" leading space"');
  });

  it('starts with a BOM and the header, and writes lists joined, numbers plain, nulls empty', () => {
    const columns = ['name', 'regions', 'amount.yuan', 'sampleCode', 'area.fullName'];
    const opening = csv.encoding.opening(columns);
    expect(opening.startsWith(BOM)).toBe(true);
    expect(Buffer.from(opening, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(opening).toBe(`${BOM}name,regions,amount.yuan,sampleCode,area.fullName\r\n`);
    const page = csv.encoding.page([{ name: '宇恒电池', regions: ['TIANJIN', 'ZHEJIANG'], 'amount.yuan': 1_500_000_000, sampleCode: true, 'area.fullName': null }], columns, 0);
    expect(page).toBe('宇恒电池,TIANJIN; ZHEJIANG,1500000000,true,\r\n');
  });
});
