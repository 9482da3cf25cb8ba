// The `second-look` command as users run it: the bundled CLI, real files and stdin.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = 'bin/second-look.mjs';
const dir = mkdtempSync(join(tmpdir(), 'second-look-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

beforeAll(() => {
  // The set-up command builds it; build it here too so the test runs alone.
  if (!existsSync('dist/cli.mjs')) execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

describe('second-look check', () => {
  it('prints one line per draft, in order, with the contract fields', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Jayden Smith got a 42 on his algebra test', composedAt: '2026-10-07T19:00:00-05:00' }),
      JSON.stringify({ id: 'b', text: 'Lovely sunset tonight', composedAt: '2026-10-07T19:00:00-05:00' }),
    ].join('\n');
    const r = run(['check', '--district', 'oklahoma-city-ps', '-'], input);
    expect(r.status).toBe(0);
    const [a, b] = r.lines.map((l) => JSON.parse(l));
    expect(a.id).toBe('a');
    expect(a.findings[0]).toMatchObject({ category: 'confidential-data', rule: expect.stringMatching(/^oklahoma-city-ps\//), severity: 'block' });
    expect(Object.keys(a.findings[0])).toEqual(['category', 'rule', 'severity', 'message', 'citation', 'spans']);
    const policy = readFileSync('rules/oklahoma-city-ps/policy.txt', 'utf8');
    expect(policy).toContain(a.findings[0].citation.quote);
    expect(b).toEqual({ id: 'b', findings: [] });
  });

  it('reports bad lines with the line number and JSON path, checks the others, exits 1', () => {
    const file = join(dir, 'drafts.jsonl');
    writeFileSync(file, ['{"id":"ok","text":"hello"}', '{not json', '{"id":"x","text":"hi","surface":"wall"}', '{"id":"y"}', '{"id":"z","text":"hey"}'].join('\n'));
    const r = run(['check', '--district', 'tulsa-ps', file]);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(5);
    expect(JSON.parse(r.lines[1])).toMatchObject({ line: 2, error: expect.stringContaining('JSON') });
    expect(JSON.parse(r.lines[2])).toMatchObject({ line: 3, error: expect.stringContaining('surface') });
    expect(JSON.parse(r.lines[3])).toMatchObject({ line: 4, error: expect.stringContaining('text') });
    expect(JSON.parse(r.lines[4]).id).toBe('z');
  });

  it('exits 2 for an unknown district or a missing file, listing the valid districts', () => {
    const r = run(['check', '--district', 'springfield'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tulsa-ps');
    expect(r.stderr).toContain('moore-norman-tc');
    expect(run(['check', '--district', 'tulsa-ps', join(dir, 'missing.jsonl')]).status).toBe(2);
  });

  it('applies --config settings and reports invalid values without failing', () => {
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ disabledCategories: ['working-hours'], timeZone: 'Mars/Olympus' }));
    const r = run(['check', '--district', 'tulsa-ps', '--config', config, '-'], JSON.stringify({ text: 'hi', composedAt: '2026-10-07T10:00:00-05:00' }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.lines[0]).findings).toEqual([]);
    expect(r.stderr).toContain('timeZone');
  });

  it('--pack loads a custom pack with the same schema', () => {
    const pack = JSON.parse(readFileSync('rules/yelm-cs/pack.json', 'utf8'));
    pack.id = 'custom-district';
    pack.rules = pack.rules.map((r: { id: string }) => ({ ...r, id: r.id.replace('yelm-cs', 'custom-district') }));
    const file = join(dir, 'pack.json');
    writeFileSync(file, JSON.stringify(pack));
    const r = run(['check', '--pack', file, '-'], JSON.stringify({ text: 'Field trip with my class!', attachments: [{ kind: 'image' }] }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.lines[0]).findings[0].rule).toMatch(/^custom-district\//);
  });
});

describe('second-look districts and lint-pack', () => {
  it('lists the five districts with their names', () => {
    const r = run(['districts']);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.split('\t')[0])).toEqual(['moore-norman-tc', 'oklahoma-city-ps', 'tulsa-ps', 'yelm-cs', 'metro-tech']);
    expect(r.stdout).toContain('Tulsa Public Schools');
  });
  it('accepts a built-in pack and names every problem of a broken one by JSON path', () => {
    expect(run(['lint-pack', 'rules/tulsa-ps/pack.json']).status).toBe(0);
    const pack = JSON.parse(readFileSync('rules/tulsa-ps/pack.json', 'utf8'));
    pack.rules[1].severity = 'maybe';
    pack.rules[2].category = 'gossip';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(pack, null, 2));
    const r = run(['lint-pack', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('rules[1].severity');
    expect(r.stdout).toContain('rules[2].category');
    writeFileSync(file, '{\n  "id": "x",\n  oops\n}');
    const bad = run(['lint-pack', file]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/line 3/);
  });
});
