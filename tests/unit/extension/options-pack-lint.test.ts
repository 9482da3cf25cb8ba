// The pack linter shared by `second-look lint-pack` and the options page's
// import: every problem names its JSON path and its line in the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPackText } from '../../../src/packs/lint';
import { lineOfPath, linesOfPaths } from '../../../src/packs/locate';
import { choosePack } from '../../../src/background/pack';

const TULSA = readFileSync('rules/tulsa-ps/pack.json', 'utf8');
const TULSA_POLICY = readFileSync('rules/tulsa-ps/policy.txt', 'utf8');

/** The 1-based line of the first occurrence of `needle` after `after`. */
function lineOf(text: string, needle: string, after = ''): number {
  const from = after ? text.indexOf(after) : 0;
  return text.slice(0, text.indexOf(needle, from)).split('\n').length;
}

describe('lineOfPath', () => {
  const text = '{\n  "a": [\n    1,\n    {"b": "x\\"]}"},\n    {\n      "c": null\n    }\n  ],\n  "d": {"e": true}\n}';
  it('finds keys and array elements, skipping strings with brackets and escapes', () => {
    expect(lineOfPath(text, ['a'])).toBe(2);
    expect(lineOfPath(text, ['a', 0])).toBe(3);
    expect(lineOfPath(text, ['a', 1, 'b'])).toBe(4);
    expect(lineOfPath(text, ['a', 2, 'c'])).toBe(6);
    expect(lineOfPath(text, ['d', 'e'])).toBe(9);
  });
  it('points at the deepest part that exists when the path goes further', () => {
    expect(lineOfPath(text, ['a', 2, 'missing'])).toBe(5);
    expect(lineOfPath(text, ['a', 7])).toBe(2);
    expect(lineOfPath(text, ['d', 'e', 'f'])).toBe(9);
    expect(lineOfPath(text, [])).toBe(1);
  });
});

describe('linesOfPaths', () => {
  it('finds many paths in one pass, each on its own line', () => {
    const pack = JSON.parse(TULSA);
    const rules = Array.from({ length: 300 }, (_, i) => ({ ...pack.rules[i % pack.rules.length], id: `r${i}`, severity: 'maybe' }));
    const text = JSON.stringify({ ...pack, rules }, null, 2);
    const expected: number[] = [];
    for (let at = text.indexOf('"maybe"'); at !== -1; at = text.indexOf('"maybe"', at + 1)) expected.push(text.slice(0, at).split('\n').length);
    const paths = rules.map((_, i) => ['rules', i, 'severity']);
    expect(linesOfPaths(text, paths)).toEqual(expected);
    // Order and repeats of the asked paths do not matter.
    expect(linesOfPaths(text, [paths[7], paths[2], paths[7]])).toEqual([expected[7], expected[2], expected[7]]);
    const r = lintPackText(text);
    expect(r.problems.map((p) => p.line)).toEqual(expected);
  });
});

describe('lintPackText', () => {
  it('accepts a built-in pack and checks its quotes against the policy text', () => {
    const r = lintPackText(TULSA, () => TULSA_POLICY);
    expect(r.pack?.id).toBe('tulsa-ps');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('names the JSON path and the line of every schema problem', () => {
    const pack = JSON.parse(TULSA);
    pack.rules[1].severity = 'maybe';
    delete pack.rules[2].citation.quote;
    const text = JSON.stringify(pack, null, 2);
    const r = lintPackText(text);
    expect(r.pack).toBeNull();
    const severityLine = lineOf(text, '"maybe"');
    expect(r.problems).toEqual([
      { path: 'rules[1].severity', line: severityLine, message: expect.stringContaining('block') },
      // A missing key: the line of the object that lacks it.
      { path: 'rules[2].citation.quote', line: lineOf(text, '"citation"', pack.rules[2].id), message: expect.any(String) },
    ]);
    expect(r.errors[0]).toBe(`rules[1].severity (line ${severityLine}): ${r.problems[0].message}`);
  });

  it('names the line and column of broken JSON', () => {
    const r = lintPackText('{\n  "schemaVersion": 1,\n  oops\n}');
    expect(r.pack).toBeNull();
    expect(r.errors).toEqual([expect.stringMatching(/^invalid JSON at line 3, column 3/)]);
  });

  it('warns (by path and line) about a quote that is not in the inline policy text', () => {
    const pack = JSON.parse(TULSA);
    pack.policy = { title: 'Ours', text: TULSA_POLICY };
    pack.rules[0].citation.quote = 'A sentence the policy never says.';
    const text = JSON.stringify(pack, null, 2);
    const r = lintPackText(text);
    expect(r.pack).not.toBeNull();
    expect(r.warnings).toEqual([`rules[0].citation.quote (line ${lineOf(text, 'A sentence the policy')}): not found verbatim in the policy text`]);
  });
});

describe('choosePack reports an invalid custom pack with the same messages', () => {
  it('falls back to the district pack and names path and line', () => {
    const pack = JSON.parse(TULSA);
    pack.rules[0].category = 'gossip';
    const choice = choosePack({ district: 'yelm-cs', customPack: JSON.stringify(pack, null, 2) });
    expect(choice).toMatchObject({ status: 'ok', source: 'builtin', pack: { id: 'yelm-cs' } });
    expect(choice.issue).toMatch(/^customPack: rules\[0\]\.category \(line \d+\): /);
  });
});
