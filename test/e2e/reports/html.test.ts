/**
 * Issue 7: `--format html` pages opened in headless Chromium (Debian's, driven by playwright-core):
 * the charts drawn at export time are there as SVG with their marks and Chinese labels, the page
 * asks for nothing over the network and logs no error. Screenshots go to test-results/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from '../../support/browser';
import { runCli, scratchDir } from './cli';

const gateway = inject('gatewayUrl');
const dir = scratchDir('html');
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const CASES = [
  { report: 'chain-coverage', marks: 'rect mark', texts: ['新能源电池', '天津', '浙江', '长江流域', '企业数 — firms'] },
  { report: 'projects-by-chain-region', marks: 'bar', texts: ['新材料', '化工', '1,500,000,000', '金额（元） — amount in yuan'] },
  { report: 'zhejiang-pairing-scorecard', marks: 'bar', texts: ['义乌市—莲都区', '南湖区—遂昌县'] },
];

describe('HTML report in Chromium', () => {
  it.each(CASES)('$report: charts render as SVG, offline, without console errors', async ({ report, marks, texts }) => {
    const out = path.join(dir, `${report}.html`);
    const result = await runCli(['report', report, '--format', 'html', '--out', out, '--progress', 'log', '--page-size', '5'], { COOPGRAPH_GATEWAY_URL: gateway });
    expect(result.code, result.stderr).toBe(0);

    const page = await browser.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });

    expect(await page.title()).toBe(`${report} — coopgraph`);
    const charts = page.locator('section.chart figure > svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(`svg [aria-roledescription="${marks}"]`).count()).toBeGreaterThan(0);
    const svgText = await charts.evaluateAll((svgs) => svgs.map((s) => s.textContent ?? '').join(' '));
    for (const text of texts) expect(svgText).toContain(text);
    // Each chart has a size the browser lays out, not a 0×0 box.
    for (const box of await charts.evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().toJSON() as { width: number; height: number }))) {
      expect(box.width).toBeGreaterThan(100);
      expect(box.height).toBeGreaterThan(50);
    }
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(out).href]);

    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `report-${report}.png`), fullPage: true });
    await page.close();
  });
});
