// `npm run bench`: median time of the whole engine per draft, for realistic
// drafts of 300, 5,000 and 63,206 characters (Facebook's maximum), and for
// adversarial inputs that would expose catastrophic regex backtracking.

import { readFileSync } from 'node:fs';
import { BUILTIN_PACKS } from '../rules';
import { check } from '../src/engine';
import type { Draft } from '../src/schema';

const texts = readFileSync('tests/data/drafts-a.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).draft.text as string)
  .filter((t) => t.length > 20);

function draftOf(length: number, seed: number): Draft {
  let text = '';
  for (let i = seed; text.length < length; i++) text += texts[i % texts.length] + '\n\n';
  return {
    id: `bench-${length}`,
    site: 'facebook',
    surface: 'post',
    text: text.slice(0, length),
    attachments: [{ kind: 'image', name: 'IMG_0412.jpg', mimeType: 'image/jpeg', width: 4032, height: 3024 }],
    composedAt: '2026-10-06T19:15:00-05:00',
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(draft: Draft, runs: number): number {
  const pack = BUILTIN_PACKS['tulsa-ps'];
  for (let i = 0; i < Math.min(20, runs); i++) check(draft, pack); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    check(draft, pack);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const sizes: [number, number][] = [
  [300, 2000],
  [5000, 400],
  [63206, 60],
];
const results: Record<number, number> = {};
console.log('Whole engine (tulsa-ps pack), median per draft:');
for (const [size, runs] of sizes) {
  // Several different drafts of each size, so no single text decides.
  const per = [0, 7, 19, 31, 53].map((seed) => time(draftOf(size, seed), runs));
  results[size] = median(per);
  console.log(`  ${String(size).padStart(6)} chars: ${results[size].toFixed(4)} ms  (${(results[size] * 1000 / size).toFixed(3)} µs/char)`);
}
console.log(`Ratio 5,000 / 300:    ${(results[5000] / results[300]).toFixed(1)}x for ${(5000 / 300).toFixed(1)}x the text`);
console.log(`Ratio 63,206 / 5,000: ${(results[63206] / results[5000]).toFixed(1)}x for ${(63206 / 5000).toFixed(1)}x the text`);

console.log('Adversarial inputs (63,206 chars), median:');
const adversarial: Record<string, string> = {
  'digits and dashes': '1-'.repeat(31603),
  'one long word': 'a'.repeat(63206),
  'at signs': 'a@'.repeat(31603),
  'zero-width + emoji': '\u200b😀'.repeat(21068),
  'address-like': '12 main '.repeat(7900),
  'capitalised words': 'Jayden '.repeat(9029),
};
for (const [name, text] of Object.entries(adversarial)) {
  console.log(`  ${name.padEnd(20)} ${time({ text }, 10).toFixed(2)} ms`);
}
