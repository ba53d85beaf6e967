import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const jobs = JSON.parse(process.argv[2]);
for (const [url, w, h, out] of jobs) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://127.0.0.1:4199/' + url); await p.waitForTimeout(2500);
  await p.screenshot({ path: out });
  await p.close();
}
await b.close();
