import { chromium } from 'playwright-core';
const [,, url, w, h, out, full] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto('http://127.0.0.1:4199/' + url); await p.waitForTimeout(2500);
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
