import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_URL, parseCommandLine } from './command-line';
import { EXIT_CODE_MEANINGS } from './exit-codes';
import { helpText } from './help';

describe('command line', () => {
  it('reads a report run with every option', () => {
    const command = parseCommandLine(
      ['report', 'projects-by-chain-region', '--var', 'filter={"chainCode":"NEW_MATERIALS"}', '--var', 'x=a=b', '--out', 'p.xlsx', '--resume', '--page-size', '5', '--retries', '2', '--retry-delay-ms', '10', '--page-delay-ms', '50', '--progress', 'log'],
      { COOPGRAPH_TOKEN: 'env-token', COOPGRAPH_GATEWAY_URL: 'http://gw:4000/graphql' },
    );
    expect(command).toEqual({
      run: {
        report: 'projects-by-chain-region',
        vars: [['filter', '{"chainCode":"NEW_MATERIALS"}'], ['x', 'a=b']],
        format: 'xlsx',
        output: 'p.xlsx',
        resume: true,
        paged: false,
        token: 'env-token',
        gatewayUrl: 'http://gw:4000/graphql',
        pageSize: 5,
        retries: 2,
        retryDelayMs: 10,
        timeoutMs: 60_000,
        pageDelayMs: 50,
        progress: 'log',
      },
    });
  });

  it('defaults to CSV on stdout through the local gateway; --token wins over the environment', () => {
    expect(parseCommandLine(['report', 'chain-coverage', '--token', 'flag'], { COOPGRAPH_TOKEN: 'env' })).toMatchObject({
      run: { format: 'csv', output: null, token: 'flag', gatewayUrl: DEFAULT_GATEWAY_URL, resume: false, paged: false, pageSize: null, retries: 5 },
    });
  });

  it('answers help and list', () => {
    expect(parseCommandLine(['--help'], {})).toEqual({ help: true });
    expect(parseCommandLine([], {})).toEqual({ help: true });
    expect(parseCommandLine(['reports'], {})).toEqual({ list: true });
  });

  it('explains a wrong command line', () => {
    expect(parseCommandLine(['report'], {})).toEqual({ usage: expect.stringContaining('which report?') });
    expect(parseCommandLine(['export', 'x'], {})).toEqual({ usage: expect.stringContaining('unknown command "export"') });
    expect(parseCommandLine(['report', 'x', '--format', 'pdf'], {})).toEqual({ usage: '--format pdf: use one of csv, ndjson, json, xlsx, html' });
    expect(parseCommandLine(['report', 'x', '--page-size', '500'], {})).toEqual({ usage: '--page-size must be a whole number from 1 to 200, got "500"' });
    expect(parseCommandLine(['report', 'x', '--var', 'novalue'], {})).toEqual({ usage: '--var novalue: write --var name=value' });
    expect(parseCommandLine(['report', 'x', '--colour'], {})).toEqual({ usage: expect.stringContaining("Unknown option '--colour'") });
  });

  it('documents every exit code in docs/reporting.md as in the help', () => {
    const section = fs.readFileSync(path.join(__dirname, '../docs/reporting.md'), 'utf8');
    const rows = [...section.matchAll(/^\| (\d) \| (.+) \|$/gm)].map((m) => ({ code: Number(m[1]), meaning: m[2]!.replace(/`/g, '') }));
    expect(rows).toEqual(EXIT_CODE_MEANINGS);
  });

  it('documents every exit code in the help', () => {
    const help = helpText([{ name: 'chain-coverage', description: '产业链覆盖' }]);
    for (const { code, meaning } of EXIT_CODE_MEANINGS) expect(help).toContain(`${code}  ${meaning}`);
    expect(help).toContain('chain-coverage');
  });
});
