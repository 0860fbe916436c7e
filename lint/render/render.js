// Renders every diagram in processes/ with bpmn-js in headless Chromium, as Cockpit and Modeler draw it, and
// fails when bpmn-js warns on import, a flow crosses a shape that is not its own, or two flows are drawn on top
// of each other. Keeps a screenshot of each in lint/render/out/ to look at. Run from lint/: npm run render
// (every diagram in processes/), or npm run render -- some/copy.bpmn (those files).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const PROCESSES = path.resolve(__dirname, '../../processes');
const OUT = path.join(__dirname, 'out');
const VIEWER = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

fs.mkdirSync(OUT, { recursive: true });
let failed = 0;
const files = process.argv.length > 2 ? process.argv.slice(2).map(f => path.resolve(f))
  : fs.readdirSync(PROCESSES).filter(f => f.endsWith('.bpmn')).map(f => path.join(PROCESSES, f));
for (const file of files) {
  const name = path.basename(file);
  const page = path.join(OUT, name + '.html');
  fs.writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8">
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; background: white; }</style></head>
<body><div id="canvas"></div><pre id="result" style="display:none"></pre>
<script src="file://${VIEWER}"></script>
<script>const DIAGRAM = ${JSON.stringify(fs.readFileSync(file, 'utf8'))};</script>
<script src="file://${path.join(__dirname, 'page.js')}"></script></body></html>`);
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--virtual-time-budget=10000',
    '--window-size=2400,1200'];
  const dom = execFileSync(CHROMIUM, [...flags, '--dump-dom', 'file://' + page], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  execFileSync(CHROMIUM, [...flags, '--screenshot=' + path.join(OUT, name + '.png'), 'file://' + page], { stdio: 'ignore' });
  const match = /<pre id="result"[^>]*>([^<]*)<\/pre>/.exec(dom);
  const result = match && match[1] ? JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) : { warnings: [], problems: ['no result from the browser'] };
  const found = [...result.warnings.map(w => 'import warning: ' + w), ...result.problems];
  console.log(`${found.length ? 'FAIL' : 'ok  '} ${name}${found.map(f => '\n       ' + f).join('')}`);
  failed += found.length ? 1 : 0;
}
process.exitCode = failed ? 1 : 0;
