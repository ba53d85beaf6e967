const { SourceMapConsumer } = require('source-map-js');
const fs = require('fs');
const dir = '/tmp/smap/assets/';
for (const f of fs.readdirSync(dir).filter((f) => /^(lib|chart|App|Scene)-.*\.js$/.test(f))) {
  const code = fs.readFileSync(dir + f, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(dir + f + '.map', 'utf8')));
  const lines = code.split('\n');
  const by = new Map();
  map.eachMapping((m) => {}, null);
  // attribute each generated char to the source of the nearest preceding mapping
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i], n = mappings[i + 1];
    const len = n && n.generatedLine === m.generatedLine ? n.generatedColumn - m.generatedColumn : (lines[m.generatedLine - 1]?.length ?? 0) - m.generatedColumn;
    const src = (m.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
    by.set(src, (by.get(src) || 0) + Math.max(0, len));
  }
  console.log('==', f, code.length);
  for (const [s, n] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(String(n).padStart(7), s);
}
