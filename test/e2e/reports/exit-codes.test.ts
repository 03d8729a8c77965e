/**
 * Issue 7: the exporter's exit codes, as a scheduler sees them — 1 for a wrong command line, 2 for
 * a query the gateway refuses, 3 for a gateway that stays unreachable (4, a region missing, is in
 * reports.test.ts, which owns a system it can stop a region of).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../scripts/system';
import { runCli, scratchDir } from './cli';

const gateway = inject('gatewayUrl');
const dir = scratchDir('exit-codes');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli([...args, '--progress', 'log'], { COOPGRAPH_GATEWAY_URL: gateway });

function reportFile(name: string, text: string): string {
  const file = path.join(dir, `${name}.graphql`);
  fs.writeFileSync(file, text);
  return file;
}

describe('exit codes', () => {
  it('0: writes CSV to stdout by default, with its BOM', async () => {
    const result = await run(['report', 'chain-coverage']);
    expect(result.code).toBe(0);
    expect(result.stdout.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(result.stdout.toString('utf8')).toContain('TIANJIN,POWER_BATTERY,新能源电池,');
  });

  it('1: an unknown report, option or variable, or a missing one', async () => {
    const unknown = await run(['report', 'chain-coverge']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('built-in reports: chain-coverage, multi-region-firms, open-demands-by-zone');
    expect((await run(['report', 'chain-coverage', '--colour'])).code).toBe(1);
    expect((await run(['report', 'chain-coverage', '--format', 'xlsx'])).stderr).toContain('--format xlsx needs --out FILE');
    const chain = reportFile('chain-firms', '# @rows industryChain.firms.nodes\nquery($code: ID!, $after: String) { industryChain(code: $code) { firms(first: 50, after: $after) { nodes { name } } } }');
    const missing = await run(['report', chain]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the report needs --var code=<value>');
    expect((await run(['report', chain, '--var', 'cdoe=POWER_BATTERY'])).code).toBe(1);
    const html = await run(['report', chain, '--var', 'code=POWER_BATTERY', '--format', 'html', '--out', path.join(dir, 'x.html')]);
    expect(html.code).toBe(1);
    expect(html.stderr).toContain('declares none');
  });

  it('2: a report that does not validate, or input the gateway refuses — not retried, nothing left behind', async () => {
    const invalid = reportFile('invalid', '# @rows firms.nodes\nquery($after: String) { firms(after: $after) { nodes { name turnover } } }');
    const out = path.join(dir, 'invalid.csv');
    const result = await run(['report', invalid, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.logs.some((l) => l.msg === 'retrying')).toBe(false);
    expect(fs.existsSync(out)).toBe(false);

    const badInput = await run(['report', 'projects-by-chain-region', '--var', 'filter={"chainCode":"NO_SUCH_CHAIN"}']);
    expect(badInput.code).toBe(2);
    expect(badInput.stderr).toContain('BAD_USER_INPUT');

    const header = reportFile('bad-header', '# @rows aggregates.rows\n# @chart pie title="x" measure=count()\n{ aggregates(entity: FIRM, groupBy: [CHAIN]) { rows { count } } }');
    const parsed = await run(['report', header]);
    expect(parsed.code).toBe(2);
    expect(parsed.stderr).toContain('bad-header.graphql:2: unknown chart kind "pie"');
  });

  it('3: a gateway that does not answer, after every retry with growing delays', async () => {
    const port = await freePort();
    const result = await runCli(['report', 'chain-coverage', '--gateway', `http://127.0.0.1:${port}/graphql`, '--retries', '3', '--retry-delay-ms', '20', '--progress', 'log']);
    expect(result.code).toBe(3);
    const retries = result.logs.filter((l) => l.msg === 'retrying');
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(retries.every((r) => String(r.reason).includes('ECONNREFUSED'))).toBe(true);
    const delays = retries.map((r) => r.delayMs as number);
    expect(delays[0]).toBeLessThanOrEqual(20);
    expect(delays[2]).toBeGreaterThanOrEqual(40);
    expect(result.logs.at(-1)).toMatchObject({ level: 'error', exitCode: 3, msg: expect.stringContaining('after 4 attempts') });
  });
});
