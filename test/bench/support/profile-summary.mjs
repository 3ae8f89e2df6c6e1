// Where a CPU profile's time went: self time by area (package, our apps and libs, Node's
// internals, V8's garbage collector) and the functions with the most self time.
//   node profile-summary.mjs <file.cpuprofile> [top]
// Percentages are of the busy samples (idle left out), so they add up to what the CPU did.
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node profile-summary.mjs <file.cpuprofile> [top]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));

/** The area a function belongs to, from its script's URL. */
function areaOf({ url, functionName }) {
  if (!url) {
    if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(functionName)) return functionName;
    return 'native (V8 builtins, C++)';
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/').slice(0, 2).join('/')}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const ours = /\/dist\/(apps|libs)\/([^/]+)\/src\/([^/]+)/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}/${ours[3].replace(/\.js$/, '')}`;
  return url.replace(/^file:\/\//, '');
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

const areas = new Map();
const functions = new Map();
let busy = 0;
let idle = 0;
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id);
  if (callFrame.functionName === '(idle)') {
    idle += micros;
    continue;
  }
  busy += micros;
  const area = areaOf(callFrame);
  areas.set(area, (areas.get(area) ?? 0) + micros);
  const where = callFrame.url ? `${area} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}` : area;
  const name = `${callFrame.functionName || '(anonymous)'}  [${where}]`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
}

const percent = (micros) => `${((100 * micros) / busy).toFixed(1).padStart(5)} %`;
const total = busy + idle;
console.log(`${file}`);
console.log(
  `busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s profiled (${((100 * busy) / total).toFixed(0)} % of one core), ${profile.samples.length} samples`,
);
console.log('\nself time by area (% of busy):');
for (const [area, micros] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`  ${percent(micros)}  ${area}`);
}
console.log(`\ntop ${top} functions by self time (% of busy):`);
for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`  ${percent(micros)}  ${name}`);
}
