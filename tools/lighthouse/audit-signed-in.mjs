// Lighthouse audit of a page as a signed-in visitor. Lighthouse's --extra-headers adds a Cookie header to the page
// request but not to the page's own fetch() calls, so the page would be audited half signed out. Here the cookies are
// set in the browser itself (the way Lighthouse's docs authenticate) and storage is not reset before the run.
// Usage: node audit-signed-in.mjs URL COOKIES_JSON OUTPUT_JSON [--desktop]
//   COOKIES_JSON: [{"name": "...", "value": "..."}] for the URL's host.
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [url, cookiesJson, outputPath, preset] = process.argv.slice(2);
if (!url || !cookiesJson || !outputPath) {
  console.error('usage: node audit-signed-in.mjs URL COOKIES_JSON OUTPUT_JSON [--desktop]');
  process.exit(2);
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  const page = await browser.newPage();
  const { hostname } = new URL(url);
  const cookies = JSON.parse(cookiesJson).map(({ name, value }) => ({ name, value, domain: hostname, path: '/' }));
  await (typeof browser.setCookie === 'function' ? browser.setCookie(...cookies) : page.setCookie(...cookies));
  const result = await lighthouse(
    url,
    {
      output: 'json',
      logLevel: 'error',
      disableStorageReset: true,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    preset === '--desktop' ? desktopConfig : undefined,
    page,
  );
  if (!result) {
    throw new Error(`Lighthouse returned no result for ${url}`);
  }
  fs.writeFileSync(outputPath, result.report);
  await browser.disconnect();
} finally {
  chrome.kill();
}
