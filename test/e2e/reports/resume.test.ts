/**
 * Issue 7: an export killed mid-way (SIGKILL, no chance to clean up) and resumed with --resume has
 * every row exactly once — also when the kill came in the middle of writing a page. Runs the
 * projects report three rows a page, so the sample data spans eight pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Checkpoint } from '../../../cli/checkpoint';
import { readCsv, runCli, scratchDir, startCli } from './cli';
import { allProjects } from './expected';

const gateway = inject('gatewayUrl');
const urls = inject('subgraphUrls');
const dir = scratchDir('resume');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAGE_SIZE = '3';
const args = (out: string, ...more: string[]) => ['report', 'projects-by-chain-region', '--page-size', PAGE_SIZE, '--out', out, '--progress', 'log', ...more];
const env = { COOPGRAPH_GATEWAY_URL: gateway };

function readCheckpointFile(out: string): Checkpoint | null {
  try {
    return JSON.parse(fs.readFileSync(`${out}.checkpoint.json`, 'utf8')) as Checkpoint;
  } catch {
    return null;
  }
}

/** Starts the export slowly (a pause between pages) and SIGKILLs it once two pages are checkpointed. */
async function killAfterTwoPages(out: string): Promise<Checkpoint> {
  const { child, done } = startCli(args(out, '--page-delay-ms', '200'), env);
  const deadline = Date.now() + 20_000;
  let checkpoint: Checkpoint | null = null;
  while (Date.now() < deadline) {
    checkpoint = readCheckpointFile(out);
    if (checkpoint && checkpoint.pages >= 2) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGKILL');
  const killed = await done;
  expect(killed.signal).toBe('SIGKILL');
  const last = readCheckpointFile(out)!;
  expect(last.complete).toBe(false);
  expect(last.pages).toBeGreaterThanOrEqual(2);
  return last;
}

describe('resuming a killed export', () => {
  it.each(['csv', 'json'])('%s: no row missing, none twice, byte for byte the uninterrupted file', async (format) => {
    const reference = path.join(dir, `reference.${format}`);
    expect((await runCli(args(reference), env)).code).toBe(0);

    const out = path.join(dir, `killed.${format}`);
    const checkpoint = await killAfterTwoPages(out);
    expect(checkpoint.target).toBe(out);
    // The kill may also land mid-page: a half-written row after the checkpointed offset.
    fs.appendFileSync(out, format === 'csv' ? 'zhejiang:project:half-writ' : ',\n{"id":"half');

    const resumed = await runCli(args(out, '--resume'), env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.logs.find((l) => l.msg === 'export started')).toMatchObject({ resumedAt: { page: checkpoint.pages, rows: checkpoint.rowsWritten } });
    expect(fs.readFileSync(out)).toEqual(fs.readFileSync(reference));
    expect(fs.existsSync(`${out}.checkpoint.json`)).toBe(false);

    const ids = format === 'csv' ? readCsv(out).map((r) => r.id) : (JSON.parse(fs.readFileSync(out, 'utf8')) as Array<{ id: string }>).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...(await allProjects(urls)).keys()].sort());
  });

  it('xlsx: the row spool resumes the same way, and the workbook is made once every page is in', async () => {
    const out = path.join(dir, 'killed.xlsx');
    const checkpoint = await killAfterTwoPages(out);
    expect(checkpoint.target).toBe(`${out}.rows.ndjson`);
    expect(fs.existsSync(out)).toBe(false);
    fs.appendFileSync(checkpoint.target, '{"id":"zhejiang:pro');

    const resumed = await runCli(args(out, '--resume'), env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(fs.existsSync(checkpoint.target)).toBe(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const ids = workbook.getWorksheet('projects-by-chain-region')!.getColumn(1).values.slice(2) as string[];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...(await allProjects(urls)).keys()].sort());
  });

  it('refuses to resume another export\'s checkpoint, and starts over when there is none', async () => {
    const out = path.join(dir, 'other.csv');
    await killAfterTwoPages(out);
    const other = await runCli(args(out, '--resume', '--var', 'filter={"regions":["TIANJIN"]}'), env);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('belongs to another export');

    const fresh = path.join(dir, 'fresh.csv');
    const started = await runCli(args(fresh, '--resume'), env);
    expect(started.code).toBe(0);
    expect(started.logs.find((l) => l.level === 'warn')).toMatchObject({ msg: 'no checkpoint to resume from; starting from the first page' });
    expect(readCsv(fresh)).toHaveLength((await allProjects(urls)).size);
  });
});
