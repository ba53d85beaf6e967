// Runs the browser tests against the production build in Debian's Chromium (driven by playwright-core;
// browser downloads do not work here). Installs Chromium with apt when it is missing and we are root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const find = () => CANDIDATES.find((p) => existsSync(p));

let chromium = find();
if (!chromium) {
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian\'s chromium package (apt-get) …');
    const sh = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    sh('apt-get update -qq');
    sh('apt-get install -y -qq chromium');
    chromium = find();
  }
  if (!chromium) {
    console.error('Chromium was not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu),\n'
      + 'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm test` again.');
    process.exit(1);
  }
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first (npm test does).');
  process.exit(1);
}

const files = process.argv.slice(2);
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...(files.length ? files : ['test/browser/'])], {
  stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium, TZ: 'UTC' },
});
process.exit(r.status ?? 1);
