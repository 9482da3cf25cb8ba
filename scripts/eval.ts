// `npm run eval [-- --set a|b|c|d|e|probe|all] [--verbose]`: precision and
// recall per category of the built-in packs on the labelled drafts in
// tests/data/, and the share of harmless drafts with any finding. `all` is
// every set: a, b, c, probe, d and e (d and e were each held out until their
// first measurement and are now tuned on too).

import { readFileSync } from 'node:fs';
import { BUILTIN_PACKS } from '../rules';
import { check } from '../src/engine';
import { CATEGORY_IDS, type CategoryId } from '../src/schema';
import { covers, DISTRICTS, expectedFor, type District, type LabelledDraft } from '../tests/support/coverage';

const args = process.argv.slice(2);
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'all';
const verbose = args.includes('--verbose');
const sets = setArg === 'all' ? ['a', 'b', 'c', 'probe', 'd', 'e'] : setArg.split(',');

const items: LabelledDraft[] = [];
for (const s of sets) {
  let text = '';
  try {
    text = readFileSync(`tests/data/drafts-${s}.jsonl`, 'utf8');
  } catch {
    console.error(`(set ${s} not found, skipped)`);
    continue;
  }
  for (const line of text.split('\n')) if (line.trim()) items.push(JSON.parse(line));
}

const stats = new Map<CategoryId, { tp: number; fp: number; fn: number }>(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
let harmless = 0;
let harmlessFlagged = 0;
let silentViolations = 0;
const mistakes: string[] = [];
const NOW = new Date('2026-10-07T20:00:00-05:00');

for (const item of items) {
  const districts: District[] = item.district === 'any' ? [...DISTRICTS] : [item.district];
  let flagged = false;
  for (const district of districts) {
    const findings = check(item.draft, BUILTIN_PACKS[district], {}, { now: NOW });
    const got = new Set(findings.map((f) => f.category));
    const want = expectedFor(item, district);
    if (got.size) flagged = true;
    for (const c of CATEGORY_IDS) {
      const s = stats.get(c)!;
      if (got.has(c) && !covers(district, c)) silentViolations++;
      if (got.has(c) && want.has(c)) s.tp++;
      else if (got.has(c)) {
        s.fp++;
        mistakes.push(`FP ${c.padEnd(22)} ${district.padEnd(16)} ${item.draft.id}: ${item.draft.text.slice(0, 140).replace(/\n/g, ' ')}`);
      } else if (want.has(c)) {
        s.fn++;
        mistakes.push(`FN ${c.padEnd(22)} ${district.padEnd(16)} ${item.draft.id}: ${item.draft.text.slice(0, 140).replace(/\n/g, ' ')}`);
      }
    }
  }
  if (item.labels.length === 0) {
    harmless++;
    if (flagged) harmlessFlagged++;
  }
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  -  ');
console.log(`Labelled drafts: ${items.length} (sets: ${sets.join(', ')}), harmless: ${harmless}`);
console.log('category                 precision  recall   tp   fp   fn');
for (const c of CATEGORY_IDS) {
  const { tp, fp, fn } = stats.get(c)!;
  console.log(`${c.padEnd(24)} ${pct(tp / (tp + fp)).padStart(9)} ${pct(tp / (tp + fn)).padStart(7)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}`);
}
console.log(`Harmless drafts with any finding: ${harmlessFlagged}/${harmless} = ${pct(harmlessFlagged / Math.max(1, harmless))}`);
console.log(`Findings in categories a district does not cover ("—" cells): ${silentViolations}`);
if (verbose) for (const m of [...new Set(mistakes)].sort()) console.log(m);
