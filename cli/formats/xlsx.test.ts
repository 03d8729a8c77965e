import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportDefinition } from '../report-definition';
import { sheetName, xlsx } from './xlsx';

const report: ReportDefinition = { name: 'projects-by-chain-region', file: 'x.graphql', description: '合作项目 — projects', source: '', rows: null, explode: null, computed: [], where: [], hide: [], charts: [], headers: {} };

describe('XLSX', () => {
  it('renders the spool into a sheet whose numbers are numbers and whose Chinese reads back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-xlsx-'));
    const spool = path.join(dir, 'out.xlsx.rows.ndjson');
    const columns = ['title', 'amount.yuan', 'parties.name', 'sampleCode'];
    const rows = [
      { title: '环龙新材料项目', 'amount.yuan': 1_500_000_000, 'parties.name': ['义乌市', '莲都区'], sampleCode: true },
      { title: '金西盟干细胞项目', 'amount.yuan': null, 'parties.name': [], sampleCode: false },
    ];
    fs.writeFileSync(spool, xlsx.encoding.page(rows, columns, 0));
    const output = path.join(dir, 'out.xlsx');
    await xlsx.render!({ report, columns, spool, output, rows: 2, regionGaps: [{ code: 'REGION_TIMEOUT', region: 'yangtze', message: '' }], exportedAt: new Date('2025-01-02T03:04:05Z') });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet('projects-by-chain-region')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...columns]);
    expect(sheet.getRow(2).values).toEqual([undefined, '环龙新材料项目', 1_500_000_000, '义乌市; 莲都区', true]);
    expect(typeof sheet.getCell('B2').value).toBe('number');
    expect(sheet.getCell('B3').value).toBeNull();
    const about = workbook.getWorksheet('about')!;
    expect(about.getColumn(2).values).toContain('yangtze');
    expect(fs.existsSync(`${output}.tmp`)).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });

  it('names sheets as Excel allows', () => {
    expect(sheetName('a/b:c*d?[e]\\f-very-long-report-name-indeed')).toBe('a_b_c_d__e__f-very-long-report-');
  });
});
