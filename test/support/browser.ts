/**
 * Headless Chromium from Debian (installed by .ci/run; never downloaded by a test tool), driven by
 * playwright-core, with the flags this sandboxed, offline machine needs. playwright gives each launch a
 * fresh, empty profile of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}
