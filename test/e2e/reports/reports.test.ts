/**
 * Issue 7: every built-in report exported through the running gateway, by the built CLI, as a
 * reporting job with its token — and its rows checked against the regions' own data, worked out
 * from each region's directory and native API (expected.ts), not by the report's query again.
 *
 * The sample reports name no platform post and no firm in two regions, so this system's databases
 * get some before it starts: demands posted on two zones' channels, and two Tianjin battery firms
 * recorded by Zhejiang (one by the Yangtze alliance too).
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../support/system';
import { mintToken, reportingToken, TEST_AUTH_ENV } from '../../support/tokens';
import { readCsv, readCsvHeaders, runCli, scratchDir, startCli } from './cli';
import { scrapeMetrics } from '../../support/observe';
import { allProjects, chainCoverage, firmsInSeveralRegions, pairingScorecard } from './expected';
import { databaseEnv, postDemands, recordFirmsIn, regionDatabase, type Demand, type RegionDatabase } from '../../support/region-data';

const DEMANDS: Demand[] = [
  { key: 'hefei-battery-recycling', zoneKey: 'hefei', title: '寻找"电池回收"合作伙伴,长期合作', chainCode: 'POWER_BATTERY', status: 'OPEN' },
  { key: 'hefei-robot-integrator', zoneKey: 'hefei', title: '征集工业机器人系统集成商', chainCode: 'ROBOTICS', status: 'OPEN' },
  { key: 'hefei-closed', zoneKey: 'hefei', title: '已完成对接的需求', chainCode: 'ROBOTICS', status: 'CLOSED' },
  { key: 'nanjing-materials', zoneKey: 'nanjing', title: '新材料中试平台共建', chainCode: 'NEW_MATERIALS', status: 'OPEN' },
  { key: 'nanjing-policy', zoneKey: 'nanjing', title: '南京高新区创新政策十条', chainCode: null, status: 'OPEN', kind: 'POLICY' },
];

let system: TestSystem;
let databases: RegionDatabase[];
let token: string;
let dir: string;

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli([...args, '--progress', 'log'], { COOPGRAPH_GATEWAY_URL: system.gatewayUrl, COOPGRAPH_TOKEN: token, ...env });

beforeAll(async () => {
  databases = await Promise.all((['tianjin', 'yangtze', 'zhejiang'] as const).map(regionDatabase));
  const [tianjin, yangtze, zhejiang] = databases as [RegionDatabase, RegionDatabase, RegionDatabase];
  await postDemands(yangtze, DEMANDS);
  await recordFirmsIn(tianjin, zhejiang, ['天津力神电池股份有限公司', '天津巴莫科技有限责任公司'], 'POWER_BATTERY');
  await recordFirmsIn(tianjin, yangtze, ['天津力神电池股份有限公司'], 'POWER_BATTERY');
  system = await startTestSystem({ ...databaseEnv(databases), ...TEST_AUTH_ENV });
  token = await reportingToken();
  dir = scratchDir('reports');
});

afterAll(async () => {
  await system?.stopAll();
  await Promise.all((databases ?? []).map((d) => d.drop()));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('built-in reports through the gateway', () => {
  it('chain-coverage: firms per chain per region, as the regions\' directories count them', async () => {
    const out = path.join(dir, 'chain-coverage.csv');
    const result = await run(['report', 'chain-coverage', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    // Headers as a person opening the file in Excel reads them.
    expect(Object.keys(readCsvHeaders(out)[0]!)).toEqual(expect.arrayContaining(['区域 — region', '产业链 — chain', '企业数 — firms']));
    const rows = readCsv(out);
    const expected = await chainCoverage(system.urls);
    expect(new Map(rows.map((r) => [`${r.region}|${r.chainCode}`, Number(r.count)]))).toEqual(expected);
    expect(rows).toHaveLength(expected.size);
    // The firms recorded by Zhejiang as well count there: one before, three now.
    expect(rows.find((r) => r.region === 'ZHEJIANG' && r.chainCode === 'POWER_BATTERY')).toMatchObject({ 'chain.nameZh': '新能源电池', count: '3' });
    expect(rows.find((r) => r.region === 'YANGTZE' && r.chainCode === 'POWER_BATTERY')).toMatchObject({ count: '1' });
    expect(fs.existsSync(`${out}.checkpoint.json`)).toBe(false);
  });

  it('projects-by-chain-region: every project of every region once, across pages, in every format', async () => {
    const expected = await allProjects(system.urls);
    const outputs = Object.fromEntries(['csv', 'ndjson', 'json', 'xlsx'].map((f) => [f, path.join(dir, `projects.${f}`)]));
    for (const [format, out] of Object.entries(outputs)) {
      const result = await run(['report', 'projects-by-chain-region', '--page-size', '5', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      const done = result.logs.find((l) => l.msg === 'export finished')!;
      expect(done).toMatchObject({ rows: expected.size, pages: Math.ceil(expected.size / 5) });
      expect(format === 'xlsx' || !fs.existsSync(`${out}.rows.ndjson`)).toBe(true);
    }

    const csv = readCsv(outputs.csv!);
    expect(csv.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
    for (const row of csv) {
      const project = expected.get(row.id!)!;
      expect(row).toMatchObject({ region: project.region, title: project.title, status: project.status, 'chain.code': project.chainCode ?? '', 'amount.yuan': project.amountYuan === null ? '' : String(project.amountYuan) });
    }
    const amounts = csv.map((r) => (r['amount.yuan'] ? Number(r['amount.yuan']) : -1));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(csv[0]).toMatchObject({ title: '环龙新材料项目', 'amount.yuan': '1500000000', 'amount.stated': '15亿元', 'chain.nameZh': '新材料', 'area.fullName': '浙江省丽水市莲都区' });
    // A title with a comma survives the quoting.
    expect(csv.map((r) => r.title)).toContain('南湖和遂昌两地经信部门联合遂昌经开区,组织了10家化工企业开展产业链上下游洽谈对接会');

    // The same rows, in the same order, in the other formats; numbers stay numbers.
    const ndjson = fs.readFileSync(outputs.ndjson!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const json = JSON.parse(fs.readFileSync(outputs.json!, 'utf8')) as Array<Record<string, unknown>>;
    expect(ndjson).toEqual(json);
    expect(json.map((r) => r.id)).toEqual(csv.map((r) => r.id));
    expect(json[0]).toMatchObject({ 'amount.yuan': 1_500_000_000, 'parties.name': expect.arrayContaining(['义乌市', '莲都区']) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(outputs.xlsx!);
    const sheet = workbook.getWorksheet('projects-by-chain-region')!;
    expect(sheet.rowCount).toBe(expected.size + 1);
    expect(sheet.getRow(2).getCell(5).value).toBe('环龙新材料项目');
    expect(sheet.getRow(2).getCell(7).value).toBe(1_500_000_000);
  });

  it('zhejiang-pairing-scorecard: projects, amounts and assessment per pairing', async () => {
    const out = path.join(dir, 'scorecard.json');
    const result = await run(['report', 'zhejiang-pairing-scorecard', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const rows = JSON.parse(fs.readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
    const expected = await pairingScorecard(system.urls);
    expect(rows.map((r) => r.key).sort()).toEqual([...expected.keys()].sort());
    for (const row of rows) {
      const pairing = expected.get(row.key as string)!;
      expect([...(row['projects.key'] as string[])].sort()).toEqual(pairing.projects);
      expect(row.projectCount).toBe(pairing.projects.length);
      expect(row.projectAmountYuan).toBe(pairing.amountYuan);
      expect(row['assessments.resultText']).toEqual(pairing.assessments);
    }
    expect(rows.find((r) => r.key === 'yiwu-liandu')).toMatchObject({ name: '义乌市—莲都区', 'industrialCounty.name': '义乌市', 'mountainCounty.name': '莲都区', projectAmountYuan: 1_500_000_000 });
  });

  it('open-demands-by-zone: one row per open demand, with its zone and chain', async () => {
    const out = path.join(dir, 'demands.csv');
    const result = await run(['report', 'open-demands-by-zone', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const rows = readCsv(out);
    const zoneNames: Record<string, string> = { hefei: '合肥高新区', nanjing: '南京高新区' };
    const chainNames: Record<string, string> = { POWER_BATTERY: '新能源电池', ROBOTICS: '机器人', NEW_MATERIALS: '新材料' };
    const open = DEMANDS.filter((d) => d.status === 'OPEN' && (d.kind ?? 'DEMAND') === 'DEMAND');
    expect(rows.map((r) => [r.key, r['channel.posts.key'], r['channel.posts.title'], r['channel.posts.industryChain.nameZh']]).sort()).toEqual(
      open.map((d) => [d.zoneKey, d.key, d.title, chainNames[d.chainCode!]]).sort(),
    );
    for (const row of rows) expect(row.name).toBe(zoneNames[row.key!]);
  });

  it('multi-region-firms: firms more than one region records, with each region\'s name', async () => {
    const out = path.join(dir, 'multi.ndjson');
    const result = await run(['report', 'multi-region-firms', '--paged', '--page-size', '7', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const rows = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const expected = await firmsInSeveralRegions(system.urls);
    expect(new Map(rows.map((r) => [r.uscc as string, [...(r.regions as string[])].sort()]))).toEqual(new Map([...expected].map(([k, v]) => [k, v.sort()])));
    expect(expected.size).toBe(2);
    const lishen = rows.find((r) => r.name === '天津力神电池股份有限公司')!;
    expect(lishen['presence.originalName']).toEqual(expect.arrayContaining(['天津力神電池股份有限公司', '天津力神电池股份有限公司']));
    // Many pages, few rows: the filter runs on every page.
    expect(result.logs.find((l) => l.msg === 'export finished')).toMatchObject({ rows: 2, pages: expect.any(Number) });
    expect((result.logs.find((l) => l.msg === 'export finished')!.pages as number)).toBeGreaterThan(5);
  });

  it('multi-region-firms takes the streamed firm export, and writes the same file as paging', async () => {
    const exports = async () => (await scrapeMetrics(system.gatewayUrl)).get('coopgraph_gateway_exports_total{status="200",outcome="ended"}') ?? 0;
    const before = await exports();
    const streamedOut = path.join(dir, 'multi-streamed.csv');
    const streamed = await run(['report', 'multi-region-firms', '--out', streamedOut]);
    expect(streamed.code, streamed.stderr).toBe(0);
    expect(streamed.logs.find((l) => l.msg === 'export started')).toMatchObject({ route: 'streamed', export: expect.stringContaining('/export/firms') });
    expect(streamed.logs.find((l) => l.msg === 'export finished')).toMatchObject({ route: 'streamed', rows: 2 });
    // The gateway answered one whole export, and no GraphQL page of firms.
    expect(await exports()).toBe(before + 1);

    const pagedOut = path.join(dir, 'multi-paged.csv');
    const paged = await run(['report', 'multi-region-firms', '--paged', '--page-size', '7', '--out', pagedOut]);
    expect(paged.code, paged.stderr).toBe(0);
    expect(paged.logs.find((l) => l.msg === 'export started')).toMatchObject({ route: 'paged', why: '--paged' });
    expect(await exports()).toBe(before + 1);
    // Same rows, same order, same bytes.
    expect(fs.readFileSync(streamedOut, 'utf8')).toBe(fs.readFileSync(pagedOut, 'utf8'));
    expect(readCsv(streamedOut).map((r) => r.uscc)).toHaveLength(2);
  });

  it('a report of every firm reads the same whichever route it takes, in name order', async () => {
    const report = path.join(dir, 'every-firm.graphql');
    fs.writeFileSync(report, 'query EveryFirm($first: Int = 200, $after: String) { firms(first: $first, after: $after) { nodes { uscc name regions area { code fullName } presence { region originalName area { fullName } } chains { chain { code } link { code } region basis } cooperationCount } } }\n');
    const [streamedOut, pagedOut] = [path.join(dir, 'every-streamed.ndjson'), path.join(dir, 'every-paged.ndjson')];
    const streamed = await run(['report', report, '--out', streamedOut]);
    const paged = await run(['report', report, '--paged', '--page-size', '13', '--out', pagedOut]);
    expect(streamed.code, streamed.stderr).toBe(0);
    expect(paged.code, paged.stderr).toBe(0);
    expect(streamed.logs.find((l) => l.msg === 'export started')).toMatchObject({ route: 'streamed' });
    const lines = fs.readFileSync(pagedOut, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(50);
    expect(fs.readFileSync(streamedOut, 'utf8')).toBe(fs.readFileSync(pagedOut, 'utf8'));
  });

  it('refuses a forged token: UNAUTHENTICATED, exit code 2, no output left', async () => {
    const forged = await mintToken({ role: 'reporting', sub: 'intruder' }, { key: new TextEncoder().encode('not-the-gateway-secret-but-32-characters-long') });
    const out = path.join(dir, 'forged.csv');
    const result = await run(['report', 'chain-coverage', '--out', out], { COOPGRAPH_TOKEN: forged });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('UNAUTHENTICATED');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.checkpoint.json`)).toBe(false);
  });

  it('exits 3 when the gateway goes away mid-export, and --resume finishes it once it is back', async () => {
    const out = path.join(dir, 'outage.csv');
    const { done } = startCli(
      ['report', 'projects-by-chain-region', '--page-size', '3', '--page-delay-ms', '300', '--retries', '2', '--retry-delay-ms', '50', '--out', out, '--progress', 'log'],
      { COOPGRAPH_GATEWAY_URL: system.gatewayUrl, COOPGRAPH_TOKEN: token },
    );
    const pages = () => (fs.existsSync(`${out}.checkpoint.json`) ? (JSON.parse(fs.readFileSync(`${out}.checkpoint.json`, 'utf8')) as { pages: number }).pages : 0);
    while (pages() < 2) await new Promise((r) => setTimeout(r, 10));
    await system.stop('gateway');
    const failed = await done;
    expect(failed.code, failed.stderr).toBe(3);
    expect(failed.logs.at(-1)).toMatchObject({ exitCode: 3, msg: expect.stringContaining('run again with --resume') });

    await system.start('gateway');
    const resumed = await run(['report', 'projects-by-chain-region', '--page-size', '3', '--out', out, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const ids = readCsv(out).map((r) => r.id);
    expect(ids.sort()).toEqual([...(await allProjects(system.urls)).keys()].sort());
  });

  it('exits 4 with the other regions\' rows when a region stays down', async () => {
    await system.stop('yangtze');
    const out = path.join(dir, 'partial.csv');
    const result = await run(['report', 'chain-coverage', '--out', out, '--retries', '2', '--retry-delay-ms', '50']);
    expect(result.code, result.stderr).toBe(4);
    expect(result.logs.filter((l) => l.msg === 'retrying')).toHaveLength(2);
    expect(result.logs.find((l) => l.msg === 'export finished')).toMatchObject({ missingRegions: ['YANGTZE'] });
    const rows = readCsv(out);
    expect(new Map(rows.map((r) => [`${r.region}|${r.chainCode}`, Number(r.count)]))).toEqual(await chainCoverage(system.urls, ['tianjin', 'zhejiang']));
  });
});
