// Debugging aid: `node scripts/run-ts.mjs scripts/why.ts <district|auto> <id...>`
// prints each finding with its kinds and the text of its spans;
// `... why.ts <district> --text "<draft>"` does the same for a made-up draft
// and also lists the lexicon hits and the person references.
import { readFileSync } from 'node:fs';
import { BUILTIN_PACKS } from '../rules';
import { check } from '../src/engine';
import { LEXICON } from '../src/engine';
import { prepare } from '../src/engine/text';

const [district, ...ids] = process.argv.slice(2);
const NOW = new Date('2026-10-07T20:00:00-05:00');
const items = ['a', 'b', 'c', 'probe', 'd', 'e'].flatMap((s) => {
  try {
    return readFileSync(`tests/data/drafts-${s}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
});
if (ids[0] === '--text') {
  const text = ids.slice(1).join(' ');
  items.push({ draft: { id: 'text', site: 'facebook', surface: 'post', text, composedAt: NOW.toISOString() }, district, labels: [] });
  const doc = prepare(text);
  const hits = LEXICON.match(doc);
  for (const [tag, list] of hits) console.log(`  hit ${tag}: ${list.map((h) => JSON.stringify(doc.norm.slice(h.start, h.end))).join(' ')}`);
  ids.splice(0, ids.length, 'text');
}
for (const id of ids) {
  const item = items.find((i) => i.draft.id === id);
  if (!item) continue;
  const d = district === 'auto' ? (item.district === 'any' ? 'tulsa-ps' : item.district) : district;
  const findings = check(item.draft, (BUILTIN_PACKS as any)[d], {}, { now: NOW });
  console.log(`${id} [${d}] labels=${item.labels.join(',')}\n  ${item.draft.text.slice(0, 200)}`);
  for (const f of findings) console.log(`  -> ${f.category} ${f.kinds?.join(',')} ${f.spans.map(([s, e]) => JSON.stringify(item.draft.text.slice(s, e))).join(' ')}`);
}
