// Debugging aid: `node scripts/run-ts.mjs scripts/why.ts <district> <id...>`
// prints each finding with its kinds and the text of its spans.
import { readFileSync } from 'node:fs';
import { BUILTIN_PACKS } from '../rules';
import { check } from '../src/engine';

const [district, ...ids] = process.argv.slice(2);
const items = ['a', 'b'].flatMap((s) => {
  try {
    return readFileSync(`tests/data/drafts-${s}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
});
for (const id of ids) {
  const item = items.find((i) => i.draft.id === id);
  if (!item) continue;
  const d = district === 'auto' ? (item.district === 'any' ? 'tulsa-ps' : item.district) : district;
  const findings = check(item.draft, (BUILTIN_PACKS as any)[d], {}, { now: new Date('2026-10-07T20:00:00-05:00') });
  console.log(`${id} [${d}] labels=${item.labels.join(',')}\n  ${item.draft.text.slice(0, 200)}`);
  for (const f of findings) console.log(`  -> ${f.category} ${f.kinds?.join(',')} ${f.spans.map(([s, e]) => JSON.stringify(item.draft.text.slice(s, e))).join(' ')}`);
}
