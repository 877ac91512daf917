// Takes docs/dashboard.png: start `npm run demo`, wait until the publisher reaches its last phase (about a
// minute), then run `node scripts/dashboard-screenshot.mjs [URL]` (chromium at /usr/bin/chromium or $CHROMIUM).
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url, { waitUntil: 'load' });
await page.screenshot({ path: 'docs/dashboard.png' });
await browser.close();
console.log(`docs/dashboard.png: ${url}`);
