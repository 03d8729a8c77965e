/**
 * Issue 23: a region's data owner imports a spreadsheet through the gateway with the real CLI
 * (dist/cli/main.js, its own process). An XLSX workbook of Xiqing district's firms (Tianjin) and a
 * GB18030 CSV of Tiantai county's firms (Zhejiang), each with good and bad rows, written here with
 * exceljs and iconv-lite as Excel would write them.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../schema/contract/uscc';
import { data, startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, analystToken, editorToken } from '../../support/tokens';
import { readCsvHeaders, runCli, scratchDir, startCli, type CliRun } from '../reports/cli';

let system: TestSystem;
let dir: string;

const code = (name: string, area: string) => sampleUscc(name, area);
/** The same code with its check character wrong, and the right one. */
function mistyped(name: string, area: string): { code: string; expected: string } {
  const right = code(name, area);
  const wrong = right.endsWith('0') ? '1' : '0';
  return { code: `${right.slice(0, 17)}${wrong}`, expected: right[17]! };
}

// ---- Xiqing district's workbook (Tianjin) ---------------------------------------------------------

const XIQING = '120111';
const xiqingGood = [
  { uscc: code('天津西青导入甲材料有限公司', XIQING), name: '天津西青導入甲材料有限公司', area: '天津市西青区', chains: 'POWER_BATTERY', founded: new Date(Date.UTC(2019, 4, 1)) },
  { uscc: code('天津西青导入乙科技有限公司', XIQING), name: '天津西青导入乙科技有限公司', area: XIQING, chains: '集成電路、新能源汽车', founded: '2021年3月' },
  { uscc: code('天津西青导入丙装备有限公司', XIQING), name: '天津西青导入丙装备有限公司', area: '西青区', chains: '', founded: '2018/7/15' },
];
const badCheck = mistyped('天津西青导入丁有限公司', XIQING);
/** Row number → the columns the report must name for it. */
const xiqingBad: Record<number, string[]> = {
  5: ['统一社会信用代码 — Credit code'], // check character
  6: ['所在地 — Area'], // 鼓楼区: four candidates
  7: ['企业名称 — Name', '成立时间 — Founded'], // empty name, no such date
  8: ['统一社会信用代码 — Credit code'], // the same code as row 2
  9: ['所在地 — Area'], // Binhai: outside the editor's district, refused by Tianjin itself
};

async function writeXiqingWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名录');
  // Headers in Chinese only, as a data owner's own sheet has them.
  sheet.addRow(['统一社会信用代码', '企业名称', '所在地', '产业链', '成立时间']);
  for (const g of xiqingGood) sheet.addRow([g.uscc, g.name, g.area, g.chains, g.founded]);
  sheet.addRow([badCheck.code, '天津西青导入丁有限公司', XIQING, '', '']);
  sheet.addRow([code('天津西青导入戊有限公司', XIQING), '天津西青导入戊有限公司', '鼓楼区', '', '']);
  sheet.addRow([code('天津西青导入己有限公司', XIQING), '', XIQING, '', '2023-02-30']);
  sheet.addRow([xiqingGood[0]!.uscc, '天津西青导入甲材料有限公司', XIQING, '', '']);
  sheet.addRow([code('天津滨海导入庚有限公司', '120116'), '天津滨海导入庚有限公司', '120116', '', '']);
  await workbook.xlsx.writeFile(file);
}

// ---- Tiantai county's CSV (Zhejiang), GB18030 ------------------------------------------------------

const TIANTAI = '331023';
const tiantaiGood = [
  { uscc: code('天台导入甲橡塑有限公司', TIANTAI), name: '天台导入甲橡塑有限公司', area: '天台县', chains: '橡塑制品', description: '汽车橡胶密封件' },
  { uscc: code('天台导入乙机电有限公司', TIANTAI), name: '天台导入乙机电有限公司', area: TIANTAI, chains: '', description: '' },
];
const tiantaiBadCheck = mistyped('天台导入丙有限公司', TIANTAI);

function writeTiantaiCsv(file: string): void {
  const lines = [
    ['统一社会信用代码 — Credit code', '企业名称 — Name', 'Area', 'Chains', '描述 — Description'],
    ...tiantaiGood.map((g) => [g.uscc, g.name, g.area, g.chains, g.description]),
    [tiantaiBadCheck.code, '天台导入丙有限公司', TIANTAI, '', ''],
    [code('天台导入丁有限公司', TIANTAI), '天台导入丁有限公司', TIANTAI, '不存在的链', ''],
  ];
  fs.writeFileSync(file, iconv.encode(`${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'gb18030'));
}

// ---- queries ---------------------------------------------------------------------------------------

interface FirmSeen {
  uscc: string;
  name: string;
  area: { code: string };
  tianjin: { firm: { provenance: { source: string; evidence: string } } | null } | null;
  zhejiang: { firm: { provenance: { source: string; evidence: string } } | null } | null;
}

async function firmsSeen(usccs: string[]): Promise<Array<FirmSeen | null>> {
  const token = await analystToken();
  const query = `query($u: ID!) { firm(uscc: $u) { uscc name area { code } tianjin { firm { provenance { source evidence } } } zhejiang { firm { provenance { source evidence } } } } }`;
  return Promise.all(usccs.map(async (u) => (await data<{ firm: FirmSeen | null }>(system.gatewayUrl, query, { u }, { authorization: `Bearer ${token}` })).firm));
}

/** The firms a keyword finds in the cross-region list (search sees an import at once). */
async function listed(keyword: string): Promise<string[]> {
  const result = await data<{ firms: { nodes: Array<{ uscc: string }> } }>(system.gatewayUrl, `query($k: String!) { firms(filter: { keyword: $k }, first: 50) { nodes { uscc } } }`, { k: keyword });
  return result.firms.nodes.map((n) => n.uscc).sort();
}

const importArgs = (file: string, region: string, token: string, ...more: string[]) => ['import', file, '--region', region, '--kind', 'firms', '--gateway', system.gatewayUrl, '--token', token, '--progress', 'log', ...more];

/** The report's lines: row → the columns named. */
function reportedColumns(file: string): Record<number, string[]> {
  const named: Record<number, string[]> = {};
  for (const line of readCsvHeaders(file)) (named[Number(line['行 — Row'])] ??= []).push(line['列 — Column']!);
  return named;
}

const summaryOf = (run: CliRun) => run.stdout.toString().trim();

beforeAll(async () => {
  system = await startTestSystem({ ...TEST_AUTH_ENV });
  dir = scratchDir('import');
}, 180_000);

afterAll(async () => {
  await system?.stopAll();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing Xiqing district\'s XLSX firm registry through the gateway', () => {
  let workbook: string;
  let xiqing: string;
  beforeAll(async () => {
    workbook = path.join(dir, 'xiqing-firms.xlsx');
    await writeXiqingWorkbook(workbook);
    xiqing = await editorToken('tianjin', `county:${XIQING}`);
  });

  it('a dry run checks every row, names every bad row and column, and writes nothing', async () => {
    const report = path.join(dir, 'xiqing-dry-rejects.csv');
    const run = await runCli(importArgs(workbook, 'tianjin', xiqing, '--dry-run', '--report', report));
    expect(run.code, run.stderr).toBe(1);
    expect(summaryOf(run)).toBe('dry run (nothing written): 8 rows read, 3 created, 0 updated, 0 unchanged, 5 rejected (see ' + report + ')');
    expect(reportedColumns(report)).toEqual(xiqingBad);
    expect(await firmsSeen(xiqingGood.map((g) => g.uscc))).toEqual([null, null, null]);
  });

  it('writes the good rows with their file, sheet and row, and the report says how to fix each bad one', async () => {
    const report = path.join(dir, 'xiqing-rejects.xlsx');
    const run = await runCli(importArgs(workbook, 'tianjin', xiqing, '--report', report));
    expect(run.code, run.stderr).toBe(1);
    expect(summaryOf(run)).toMatch(/^imported: 8 rows read, 3 created, 0 updated, 0 unchanged, 5 rejected/);

    const seen = await firmsSeen(xiqingGood.map((g) => g.uscc));
    expect(seen.map((f) => [f?.name, f?.area.code, f?.tianjin?.firm?.provenance])).toEqual([
      ['天津西青导入甲材料有限公司', XIQING, { source: 'import:xiqing-firms.xlsx', evidence: 'xiqing-firms.xlsx · 企业名录 · row 2' }],
      ['天津西青导入乙科技有限公司', XIQING, { source: 'import:xiqing-firms.xlsx', evidence: 'xiqing-firms.xlsx · 企业名录 · row 3' }],
      ['天津西青导入丙装备有限公司', XIQING, { source: 'import:xiqing-firms.xlsx', evidence: 'xiqing-firms.xlsx · 企业名录 · row 4' }],
    ]);
    expect(await listed('西青导入')).toEqual(xiqingGood.map((g) => g.uscc).sort());

    // The XLSX report: every bad row and column, the expected check character, the candidates of 鼓楼区.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    const lines = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    const byRow = (row: number) => lines.filter((l) => Number(l[1]) === row).map((l) => ({ column: l[2], reason: String(l[4]), fix: String(l[5]) }));
    expect(byRow(5)[0]!.reason).toContain(`the first 17 characters give ${badCheck.expected}`);
    expect(byRow(5)[0]!.fix).toContain(`${badCheck.code.slice(0, 17)}${badCheck.expected}`);
    expect(byRow(6)[0]!.reason).toMatch(/AMBIGUOUS_AREA: "鼓楼区" names 4 areas: 江苏省南京市鼓楼区 320106, /);
    expect(byRow(8)[0]!.reason).toBe('DUPLICATE_IN_FILE: row 8 has the same uscc'.replace('row 8', 'row 2'));
    expect(byRow(9)[0]!.reason).toMatch(/^OUTSIDE_SCOPE: 120116 lies outside/);
    expect(Object.fromEntries([5, 6, 7, 8, 9].map((r) => [r, byRow(r).map((x) => x.column)]))).toEqual(xiqingBad);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await firmsSeen(xiqingGood.map((g) => g.uscc));
    const run = await runCli(importArgs(workbook, 'tianjin', xiqing));
    expect(run.code).toBe(1);
    expect(summaryOf(run)).toBe('imported: 8 rows read, 0 created, 0 updated, 3 unchanged, 5 rejected');
    expect(await firmsSeen(xiqingGood.map((g) => g.uscc))).toEqual(before);
  });

  it('imports the corrected report: the rejected rows, fixed in the report file itself', async () => {
    const report = path.join(dir, 'xiqing-fix.csv');
    await runCli(importArgs(workbook, 'tianjin', xiqing, '--dry-run', '--report', report));
    // The data owner corrects the check character and the area in the report and imports it as it is.
    const text = fs.readFileSync(report, 'utf8').replace(new RegExp(badCheck.code, 'g'), `${badCheck.code.slice(0, 17)}${badCheck.expected}`).replace(/,鼓楼区,/g, ',西青区,');
    fs.writeFileSync(report, text);
    const run = await runCli(importArgs(report, 'tianjin', xiqing));
    // Rows 5 and 6 now go in; row 8, alone in the report, updates the firm of row 2 (its name as row 8 writes it); 7 and 9 stay refused.
    expect(summaryOf(run)).toMatch(/^imported: 5 rows read, 2 created, 1 updated, 0 unchanged, 2 rejected/);
  });
});

describe('importing Tiantai county\'s GB18030 CSV through the gateway', () => {
  it('reads the GB18030 file, imports the good rows and names the bad ones', async () => {
    const file = path.join(dir, 'tiantai-firms.csv');
    writeTiantaiCsv(file);
    const report = path.join(dir, 'tiantai-rejects.csv');
    const run = await runCli(importArgs(file, 'zhejiang', await editorToken('zhejiang', 'county:tiantai'), '--report', report));
    expect(run.code, run.stderr).toBe(1);
    expect(summaryOf(run)).toMatch(/^imported: 4 rows read, 2 created, 0 updated, 0 unchanged, 2 rejected/);
    expect(reportedColumns(report)).toEqual({ 4: ['统一社会信用代码 — Credit code'], 5: ['产业链 — Chains'] });
    const seen = await firmsSeen(tiantaiGood.map((g) => g.uscc));
    expect(seen.map((f) => [f?.name, f?.area.code, f?.zhejiang?.firm?.provenance.evidence])).toEqual([
      ['天台导入甲橡塑有限公司', TIANTAI, 'tiantai-firms.csv · row 2'],
      ['天台导入乙机电有限公司', TIANTAI, 'tiantai-firms.csv · row 3'],
    ]);
  });
});

describe('importing Tiantai county\'s GB18030 project list through the gateway', () => {
  it('lists the good projects in cooperationProjects with their provenance, names the bad rows, and a second run changes nothing', async () => {
    const file = path.join(dir, 'tiantai-projects.csv');
    const header = ['项目编号', '结对', '类型', '项目名称', '概要', '所在地', '产业链', '阶段', '金额', '金额指标', '进展', '进展时间', '参与企业'];
    const lines = [
      header,
      ['TT-IMP-001', 'tongxiang-tiantai', '生产基地', '天台导入密封件生产基地', '桐乡企业在天台建设密封件生产基地', '天台县', '橡塑制品', '签约', '1.2亿元', '计划投资', '签订投资协议', '2024/5/1', tiantaiGood[0]!.uscc],
      ['TT-IMP-002', 'tongxiang-tiantai', 'supply-chain-matching', '天台导入供应链对接', '两县企业供应链对接', TIANTAI, '', '洽谈', '', '', '首次对接会', '2024年6月', ''],
      ['TT-IMP-003', 'yueqing-jingning', '生产基地', '越权项目', '不属于天台的结对', '天台县', '', '签约', '', '', '签约', '2024-05-01', ''],
      ['TT-IMP-004', 'tongxiang-tiantai', '生产基地', '坏数据项目', '阶段与金额有误', '天台县', '', '开工', '3000', '', '签约', '2024-13-01', ''],
    ];
    fs.writeFileSync(file, iconv.encode(`${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'gb18030'));
    const token = await editorToken('zhejiang', 'county:tiantai');
    const report = path.join(dir, 'tiantai-projects-rejects.csv');
    const args = ['import', file, '--region', 'zhejiang', '--kind', 'projects', '--gateway', system.gatewayUrl, '--token', token, '--progress', 'none'];
    const run = await runCli([...args, '--report', report]);
    expect(run.code, run.stderr).toBe(1);
    expect(summaryOf(run)).toMatch(/^imported: 4 rows read, 2 created, 0 updated, 0 unchanged, 2 rejected/);
    expect(reportedColumns(report)).toEqual({ 4: ['结对 — Pairing'], 5: ['阶段 — Stage', '金额 — Amount', '进展时间 — Progress date'] });

    const listedProjects = await data<{ cooperationProjects: { nodes: Array<{ id: string; status: string; amount: { yuan: number } | null; zhejiang: { project: { provenance: { evidence: string } } | null } | null }> } }>(
      system.gatewayUrl,
      `{ cooperationProjects(filter: { keyword: "天台导入", regions: [ZHEJIANG] }, first: 10) { nodes { id status amount { yuan } zhejiang { project { provenance { evidence } } } } } }`,
    );
    expect(listedProjects.cooperationProjects.nodes.map((n) => [n.id, n.status, n.amount?.yuan ?? null, n.zhejiang?.project?.provenance.evidence]).sort()).toEqual([
      ['zhejiang:project:TT-IMP-001', 'SIGNED', 120_000_000, 'tiantai-projects.csv · row 2'],
      ['zhejiang:project:TT-IMP-002', 'NEGOTIATING', null, 'tiantai-projects.csv · row 3'],
    ]);
    expect(summaryOf(await runCli(args))).toMatch(/^imported: 4 rows read, 0 created, 0 updated, 2 unchanged, 2 rejected/);
  });
});

describe('an import killed midway', () => {
  const ROWS = 1200;
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const name = `天津西青续传测试${String(i).padStart(4, '0')}有限公司`;
    return { uscc: code(name, XIQING), name };
  });
  const write = (file: string) => fs.writeFileSync(file, `\uFEFF统一社会信用代码,企业名称,所在地\r\n${rows.map((r) => `${r.uscc},${r.name},${XIQING}`).join('\r\n')}\r\n`);

  it('continues with --resume and ends as an uninterrupted import does', async () => {
    const file = path.join(dir, 'xiqing-resume.csv');
    write(file);
    const token = await editorToken('tianjin', `county:${XIQING}`);
    const checkpoint = `${file}.import-checkpoint.json`;
    const args = importArgs(file, 'tianjin', token, '--batch-size', '50');

    const { child, done } = startCli(args);
    // Killed as soon as the first batch is committed and checkpointed.
    while (!fs.existsSync(checkpoint)) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const after = JSON.parse(fs.readFileSync(checkpoint, 'utf8')) as { lastRow: number };
    expect(after.lastRow).toBeLessThan(ROWS + 1);

    const resumed = await runCli([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(fs.existsSync(checkpoint)).toBe(false);
    const created = Number(/(\d+) created/.exec(summaryOf(resumed))![1]);
    const unchanged = Number(/(\d+) unchanged/.exec(summaryOf(resumed))![1]);
    expect(created + unchanged).toBe(ROWS);

    // An uninterrupted import of the same file over the result finds every record as it would write it.
    const sample = [0, 1, 49, 50, 51, 600, ROWS - 1].map((i) => rows[i]!.uscc);
    const before = await firmsSeen(sample);
    const again = await runCli(args);
    expect(summaryOf(again)).toBe(`imported: ${ROWS} rows read, 0 created, 0 updated, ${ROWS} unchanged, 0 rejected`);
    expect(await firmsSeen(sample)).toEqual(before);
    expect(before.map((f) => f?.tianjin?.firm?.provenance.evidence)).toEqual([2, 3, 51, 52, 53, 602, ROWS + 1].map((r) => `xiqing-resume.csv · row ${r}`));
  });
});

describe('an editor of another region', () => {
  it('is refused, and nothing is written', async () => {
    const file = path.join(dir, 'xiqing-other.csv');
    const uscc = code('天津西青越权测试有限公司', XIQING);
    fs.writeFileSync(file, `统一社会信用代码,企业名称,所在地\n${uscc},天津西青越权测试有限公司,${XIQING}\n`);
    const run = await runCli(importArgs(file, 'tianjin', await editorToken('zhejiang', 'county:tiantai')));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FORBIDDEN');
    expect(await firmsSeen([uscc])).toEqual([null]);
  });
});
