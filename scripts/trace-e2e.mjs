// `npm run trace:e2e`: where the extension's main-thread time per keystroke
// goes, when bench:e2e says it is too much. For one site, a Chromium with
// the extension and one without each get a draft of --prefix characters
// (inserted as text), then type --keys characters one every 60 ms while a
// Chromium trace records the page's renderer main thread. Printed: the self
// time per trace event per keystroke (FunctionCall of our content script,
// Paint, layout, the IPC of the checks ...) with and without the extension
// and their difference, averaged over --runs runs taken in turns. With
// --profile, a V8 CPU profile of the same typing lists the extension's own
// functions by self time (build with SL_NO_MINIFY=1 to read the names:
// SL_OUT_DIR=.output-prof SL_NO_MINIFY=1 npx wxt build).
//
// Figures are rough (the trace has a cost of its own; the CPUs may be
// shared): compare the rows, not the totals, and use bench:e2e --compare to
// judge a change.
//
// Usage: npm run trace:e2e [-- --site x --prefix 1500 --keys 150 --runs 3 --profile]
// SL_OUT_DIR picks the build (default .output-bench; build it first).
import { join, resolve } from 'node:path';
import { SCENARIOS, SENTENCES, closeBrowser, focusEnd, launchBrowser, pressChars, sleep } from './e2e-sites.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const OUT_DIR = resolve(ROOT, process.env.SL_OUT_DIR || '.output-bench');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}
const OPTS = {
  site: option('site', 'x'),
  prefix: Number(option('prefix', '1500')),
  keys: Number(option('keys', '150')),
  runs: Number(option('runs', '3')),
  profile: process.argv.includes('--profile'),
};
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'ipc', 'mojom', 'renderer.scheduler'];
const TYPED = 'The leaves are already turning at the higher elevations and the air smells like rain tonight. ';

async function run(withExtension) {
  const scenario = SCENARIOS[OPTS.site];
  if (!scenario) throw new Error(`unknown site ${OPTS.site}`);
  const b = await launchBrowser({ extensionDir: withExtension ? join(OUT_DIR, 'chrome-mv3') : undefined });
  try {
    // The first check after start-up waits for the policy service (see bench-e2e.mjs).
    if (withExtension) await b.worker.evaluate(() => globalThis.chrome.storage.managed.get());
    await scenario.open(b.page);
    await focusEnd(b.page, scenario.editor);
    for (let typed = 0, i = 0; typed < OPTS.prefix; i++) {
      const s = `${SENTENCES[i % SENTENCES.length]} `;
      await b.page.keyboard.insertText(s);
      typed += s.length;
      await sleep(30);
    }
    await sleep(1000);
    const cdp = await b.context.newCDPSession(b.page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    if (OPTS.profile && withExtension) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await pressChars(b.page, TYPED.repeat(Math.ceil(OPTS.keys / TYPED.length)).slice(0, OPTS.keys), 60);
    await sleep(300);
    const profile = OPTS.profile && withExtension ? (await cdp.send('Profiler.stop')).profile : undefined;
    await cdp.send('Tracing.end');
    await complete;
    return { self: selfTimes(events), profile };
  } finally {
    await closeBrowser(b);
  }
}

/** Self thread time (ms) per event name on the busiest renderer main thread (the page's). */
function selfTimes(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || names.get(k) !== 'CrRendererMain') continue;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  const dur = (e) => e.tdur ?? e.dur ?? 0;
  const busiest = [...byThread.values()].sort((a, b) => b.reduce((t, e) => t + dur(e), 0) - a.reduce((t, e) => t + dur(e), 0))[0] ?? [];
  const label = (e) => {
    if (e.name === 'FunctionCall' || e.name === 'v8.callFunction') {
      const url = e.args?.data?.url ?? '';
      return `${e.name} (${url.startsWith('chrome-extension:') ? 'extension' : url ? 'page' : 'no url'})`;
    }
    return e.name;
  };
  const self = new Map();
  const stack = [];
  for (const e of busiest.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    self.set(label(e), (self.get(label(e)) ?? 0) + dur(e) / 1000);
    const parent = stack.at(-1);
    if (parent) self.set(label(parent), (self.get(label(parent)) ?? 0) - dur(e) / 1000);
    stack.push(e);
  }
  return self;
}

/** The extension's own functions by self time (ms), from a V8 CPU profile. */
function extensionFunctions(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id).callFrame;
    if (!frame.url.startsWith('chrome-extension:')) return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return self;
}

function addInto(total, m, weight) {
  for (const [k, v] of m) total.set(k, (total.get(k) ?? 0) + v * weight);
}

const withExt = new Map();
const without = new Map();
const functions = new Map();
for (let r = 0; r < OPTS.runs; r++) {
  // Taking turns, so a change in the machine's load falls on both.
  for (const ext of r % 2 ? [false, true] : [true, false]) {
    process.stdout.write(`run ${r + 1}/${OPTS.runs} ${ext ? 'with' : 'without'} the extension ...\n`);
    const { self, profile } = await run(ext);
    addInto(ext ? withExt : without, self, 1 / (OPTS.runs * OPTS.keys));
    if (profile) addInto(functions, extensionFunctions(profile), 1 / (OPTS.runs * OPTS.keys));
  }
}
const rows = [...new Set([...withExt.keys(), ...without.keys()])]
  .map((k) => ({ k, w: withExt.get(k) ?? 0, wo: without.get(k) ?? 0 }))
  .sort((a, b) => Math.abs(b.w - b.wo) - Math.abs(a.w - a.wo));
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(`\n${SCENARIOS[OPTS.site].label}: ${OPTS.prefix} characters, then ${OPTS.keys} keys 60 ms apart; ${OPTS.runs} run(s) each`);
console.log(`traced main-thread time per key: with ${sum(withExt).toFixed(3)} ms, without ${sum(without).toFixed(3)} ms`);
console.log('\nself time per key (ms)                              with   without  difference');
for (const { k, w, wo } of rows.slice(0, 25)) console.log(`  ${k.slice(0, 48).padEnd(48)} ${w.toFixed(3).padStart(7)} ${wo.toFixed(3).padStart(9)} ${(w - wo >= 0 ? '+' : '') + (w - wo).toFixed(3)}`);
if (functions.size) {
  console.log(`\nthe extension's functions, self time per key (ms; CPU profile, total ${sum(functions).toFixed(3)})`);
  for (const [k, v] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${k.slice(0, 60).padEnd(60)} ${v.toFixed(4)}`);
}
