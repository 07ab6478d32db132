// One served dist/ and one Chromium per test file, started before its tests and closed after.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveDist } from './harness.ts';

export function siteUnderTest(): { readonly origin: string; readonly browser: BrowserContext } {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { get origin() { return server!.origin; }, get browser() { return browser!; } };
}
