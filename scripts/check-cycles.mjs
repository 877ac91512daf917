// `npm run check:cycles`: no import cycle between modules (dependency-cruiser's no-circular rule, type imports
// included) and none between the folders of src/ either, which is where layering breaks first: diff and
// topics each importing a module of the other is no cycle of files, but neither folder stands alone.
// Type-only imports do not count between folders (topics may name the config's types; config compiles queries).
// dependency-cruiser has no folder-level cycle rule, hence the strongly-connected-components pass below.
import { execFileSync } from 'node:child_process';

const ROOTS = ['src', 'workers', 'seeds', 'simulation', 'bench', 'scripts', 'test'];
const bin = new URL('../node_modules/.bin/depcruise', import.meta.url).pathname;
const run = (args) => execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

try {
  process.stdout.write(run(['--config', '.dependency-cruiser.cjs', ...ROOTS]));
} catch (err) {
  process.stdout.write(err.stdout ?? '');
  process.stderr.write(
    'check-cycles: modules import each other (above); move what both need into a module of its own\n',
  );
  process.exit(1);
}

const folderOf = (path) => /^src\/([^/]+)\//.exec(path)?.[1] ?? null;
const cruise = JSON.parse(run(['--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'src']));
const edges = new Map();
for (const mod of cruise.modules) {
  const from = folderOf(mod.source);
  if (!from) continue;
  for (const dep of mod.dependencies) {
    const to = folderOf(dep.resolved);
    if (!to || to === from || dep.dependencyTypes.includes('type-only')) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    edges.get(from).set(to, `${mod.source} -> ${dep.resolved}`);
  }
}

// Tarjan's strongly connected components over the folder graph.
const index = new Map();
const low = new Map();
const stack = [];
const cycles = [];
let next = 0;
function visit(v) {
  index.set(v, next);
  low.set(v, next++);
  stack.push(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (stack.includes(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) !== index.get(v)) return;
  const component = [];
  let w;
  do component.push((w = stack.pop()));
  while (w !== v);
  if (component.length > 1) cycles.push(component);
}
for (const v of edges.keys()) if (!index.has(v)) visit(v);

if (cycles.length) {
  for (const component of cycles) {
    process.stderr.write(`check-cycles: folders import each other: src/${component.join(', src/')}\n`);
    for (const from of component)
      for (const [to, example] of edges.get(from) ?? [])
        if (component.includes(to)) process.stderr.write(`  ${example}\n`);
  }
  process.stderr.write('check-cycles: move what both folders need into a folder of its own (see src/text/)\n');
  process.exit(1);
}
console.log('check-cycles: no cycle between modules or between the folders of src/');
