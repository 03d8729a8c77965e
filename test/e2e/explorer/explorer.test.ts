/**
 * Issue 8: the analyst's explorer in a real browser. GraphiQL is served by the gateway from npm (no
 * CDN); every example operation opens as a tab, runs, and shows data and no error; a query built by
 * clicking in the explorer plugin runs; the documentation panel shows the schema's Chinese and
 * English descriptions; the mistakes an analyst makes answer with how to fix them. Screenshots go
 * to test-results/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadExamples } from '../../../gateway/src/plugins/use-explorer';
import { launchBrowser, mouseClick, SCREENSHOT_DIR } from '../../support/browser';
import { graphql } from '../../support/system';

const gateway = inject('gatewayUrl');
const examples = loadExamples(path.resolve(__dirname, '../../../gateway/examples'));
const apiSchema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema/api-schema.graphql'), 'utf8'));

/** Text without whitespace: Monaco wraps long lines and indents JSON as it likes. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('the explorer in headless Chromium', () => {
  let close: () => Promise<void>;
  let page: Page;
  const consoleErrors: string[] = [];
  const offsiteRequests: string[] = [];

  const screenshot = (name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `explorer-${name}.png`) });
  /** The operation in the editor, without Monaco's line numbers and with its non-breaking spaces as spaces. */
  const editorText = async () => (await page.locator('.graphiql-query-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
  const resultText = async () => squeezed(await page.locator('.result-window').innerText());

  /** Runs the tab's operation; resolves to the result panel once it shows an answer that passes `until`. */
  const run = async (until: (text: string) => boolean) => {
    // GraphiQL sometimes runs before it has re-read the operation name of a tab it just switched to
    // and answers "Cannot infer operation" itself, without a request: run again in that case.
    await page.locator('.graphiql-execute-button').click();
    let shown = '';
    await expect
      .poll(
        async () => {
          shown = await resultText();
          if (!shown.includes('Cannotinferoperation')) return until(shown);
          await page.locator('.graphiql-execute-button').click();
          return false;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    return shown;
  };

  const newTab = async () => {
    const tabs = await page.locator('.graphiql-tab').count();
    await page.locator('.graphiql-tab-add').click();
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(tabs + 1);
    // The result panel switches with the tab a moment later: the previous tab's answer must be gone.
    await expect.poll(resultText).toBe('');
  };

  /** A new tab holding `operation`, typed as an analyst would. */
  const newTabWith = async (operation: string) => {
    await newTab();
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    // One line: Monaco closes brackets and indents after a typed newline.
    await page.keyboard.insertText(operation);
    await expect.poll(editorText).toBe(operation);
    // Laid out on lines for the screenshot, as the analyst would.
    await page.locator('button[aria-label^="Prettify"]').click();
    await expect.poll(async () => (await editorText()).split('\n').length).toBeGreaterThan(1);
  };

  beforeAll(async () => {
    const launched = await launchBrowser();
    close = launched.close;
    page = await launched.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('console', (message) => {
      // Chromium logs every HTTP 400 as a failed load; the mistakes below are answered with 400 on purpose.
      if (message.type() === 'error' && !/status of 400 \(Bad Request\)/.test(message.text())) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) offsiteRequests.push(request.url());
    });
    await page.goto(gateway.replace(/\/graphql$/, '/'), { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  it('opens with one tab per example operation', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(examples.length);
  });

  // Subscription tabs show data only when a write happens: test/e2e/subscriptions/explorer.test.ts runs one with a write.
  const operations = examples.map((e, i) => [e.file, i] as const).filter(([, i]) => !/^subscription /m.test(examples[i]!.query));
  it.each(operations)('runs %s and shows data, no error', async (file, index) => {
    // With the mouse, as an analyst switches tabs (issue 24: a pointer press used to make the tab
    // jump away from under the pointer, so the release missed it and the first tab stayed active).
    await mouseClick(page, page.locator(`#graphiql-session-tab-${index}`));
    await expect.poll(() => page.locator('.graphiql-tab').nth(index).getAttribute('aria-selected')).toBe('true');
    // Run only once the editor shows this tab's operation: GraphiQL swaps editor contents asynchronously.
    const operation = /^(?:query|mutation) (\w+)/m.exec(examples[index]!.query)![1]!;
    await expect.poll(editorText, { timeout: 10_000 }).toContain(operation);
    const text = await run((t) => t.includes('"data":'));
    expect(text).not.toContain('"errors":');
    await screenshot(file.replace(/\.graphql$/, ''));
  });

  it('still reorders a tab dragged with the mouse', async () => {
    const titles = () => page.locator('.graphiql-tab .graphiql-tab-button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('title')));
    const before = await titles();
    const dragged = page.locator('#graphiql-session-tab-1');
    await dragged.scrollIntoViewIfNeeded();
    const box = (await dragged.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    // Past the next tab, in steps as a hand moves.
    for (let step = 1; step <= 20; step++) await page.mouse.move(box.x + box.width / 2 + step * box.width * 0.1, y);
    await page.mouse.up();
    await expect.poll(async () => (await titles()).indexOf(before[1]!), { timeout: 5_000 }).toBeGreaterThan(1);
    expect([...(await titles())].sort()).toEqual([...before].sort());
  });

  it('builds a query by clicking in the explorer plugin, and runs it', async () => {
    await newTab();
    await page.locator('.graphiql-sidebar button[aria-label="Show GraphiQL Explorer"]').click();
    const explorer = page.locator('.graphiql-explorer-root');
    // Tick firms, its `first` argument (set to 3), then nodes › name and totalCount.
    await explorer.locator('[data-field-name="firms"]').first().click();
    const firms = explorer.locator('.graphiql-explorer-firms').first();
    await firms.locator('[data-arg-name="first"] > span').first().click();
    await firms.locator('[data-arg-name="first"] input').fill('3');
    await firms.locator('[data-field-name="nodes"]').first().click();
    await firms.locator('.graphiql-explorer-nodes [data-field-name="name"]').first().click();
    await firms.locator('[data-field-name="totalCount"]').first().click();
    const built = 'query MyQuery { firms(first: 3) { nodes { name } totalCount } }';
    await expect.poll(async () => (await editorText()).replace(/\s+/g, ' ').trim()).toBe(built);

    const text = await run((t) => t.includes('"data":'));
    expect(text).not.toContain('"errors":');
    // The panel shows what the gateway answers to the same query.
    const answer = await graphql(gateway, built);
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { firms: { nodes: unknown[] } }).firms.nodes).toHaveLength(3);
    expect(text).toBe(squeezed(JSON.stringify({ data: answer.data })));
    await screenshot('plugin-built-query');
  });

  it('shows the documentation panel with Chinese and English descriptions', async () => {
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    // The schema's descriptions are "中文 — English"; the panel must show both halves.
    const halves = (description: string | null | undefined) => description!.split(' — ').map((half) => half.trim());
    const query = apiSchema.getQueryType()!;
    const firmsField = query.getFields().firms!;
    const connection = firmsField.type.toString().replace(/!$/, '');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('firms', { exact: true }).first().click();
    for (const half of halves(firmsField.description)) await expect.poll(() => docs.innerText(), { timeout: 10_000 }).toContain(half);
    await screenshot('docs');
    await docs.getByText(connection, { exact: true }).first().click();
    for (const half of halves((apiSchema.getType(connection) as GraphQLObjectType).description)) await expect.poll(() => docs.innerText(), { timeout: 10_000 }).toContain(half);
    await screenshot('docs-type');
  });

  describe('the mistakes an analyst makes say how to fix them', () => {
    it('a misspelt field: the suggestion', async () => {
      await newTabWith('query Typo { firmz(uscc: "91350100M000100Y43") { name } }');
      const text = await run((t) => t.includes('"errors":'));
      expect(text).toContain(squeezed('Cannot query field \\"firmz\\" on type \\"Query\\". Did you mean \\"firm\\" or \\"firms\\"?'));
      expect(text).toContain('"code":"GRAPHQL_VALIDATION_FAILED"');
      await screenshot('error-misspelt-field');
    });

    it('a misspelt field with nothing close: where the names are listed', async () => {
      await newTabWith('query Typo { firms(first: 1) { totalNumber } }');
      const text = await run((t) => t.includes('"errors":'));
      expect(text).toContain(squeezed('Check the spelling (names are case-sensitive): the documentation panel of the explorer (open / on this gateway) lists the fields of FirmConnection.'));
      await screenshot('error-unknown-field');
    });

    it('a credit code with a wrong check character: which character, and where to copy the code from', async () => {
      await newTabWith('query WrongCode { firm(uscc: "91350100M000100Y44") { name } }');
      const text = await run((t) => t.includes('"errors":'));
      expect(text).toContain(squeezed('its check character (the 18th) is 4, but the first 17 characters give 3, so one of the 18 is mistyped.'));
      expect(text).toContain(squeezed('the digits 0-9 and the letters A-Y except I, O, S, V and Z'));
      expect(text).toContain(squeezed('Copy the code from the business licence (营业执照)'));
      expect(text).toContain('"code":"BAD_USER_INPUT"');
      await screenshot('error-credit-code');
    });

    it('a query over the cost limit: its cost, the limit and what to trim', async () => {
      await newTabWith('query TooCostly { firms(first: 200) { totalCount nodes { uscc name originalNames regions area { code name fullName level } } } }');
      const text = await run((t) => t.includes('"errors":'));
      expect(text).toMatch(/Theoperationexceedsthecostlimit\(cost\d+,limit5000\)\.Askforfewerfieldsorfewernestedlevels,asmaller`first`/);
      expect(text).toContain(squeezed('have a budget of 50000.'));
      expect(text).toContain('"code":"QUERY_TOO_COMPLEX"');
      await screenshot('error-cost-limit');
    });
  });

  it('loaded nothing from outside this machine and logged no console error', () => {
    expect(offsiteRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}, 120_000);
