import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The policy e2e tests write machine-wide browser policy files
// (tests/e2e/support/policy.ts); a crashed run must not leave a machine
// "managed" or "blocked by the administrator", and another run in progress
// must keep its files. Here against temporary folders, not /etc.

const chromiumDir = mkdtempSync(join(tmpdir(), 'sl-policy-dir-'));
const firefoxFile = join(mkdtempSync(join(tmpdir(), 'sl-policy-ff-')), 'policies.json');
let policy: typeof import('../../e2e/support/policy');

/** A process id that existed and is gone. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

beforeAll(async () => {
  process.env.SL_CHROMIUM_POLICY_DIR = chromiumDir;
  process.env.SL_FIREFOX_POLICY_FILE = firefoxFile;
  policy = await import('../../e2e/support/policy');
});

describe('policy test files', () => {
  it('a written Chromium file is named for the writing process and removed on request', () => {
    const f = policy.writeChromiumPolicy('unit', { '3rdparty': {} });
    expect(f.path).toMatch(new RegExp(`/second-look-${process.pid}-\\d+-unit\\.json$`));
    expect(existsSync(f.path)).toBe(true);
    f.remove();
    expect(existsSync(f.path)).toBe(false);
  });

  it('stale files of dead runs are removed; live runs\' and other files are kept', () => {
    const dead = deadPid();
    writeFileSync(join(chromiumDir, `second-look-${dead}-1-start.json`), '{}');
    const live = policy.writeChromiumPolicy('live', {});
    writeFileSync(join(chromiumDir, 'district-chrome.json'), '{}');
    writeFileSync(firefoxFile, JSON.stringify({ policies: {}, secondLookTest: { pid: dead } }));
    const removed = policy.removeStalePolicyFiles();
    expect(removed.sort()).toEqual([join(chromiumDir, `second-look-${dead}-1-start.json`), firefoxFile].sort());
    expect(readdirSync(chromiumDir).sort()).toEqual(['district-chrome.json', live.path.split('/').pop()!].sort());
    live.remove();
  });

  it('a policies.json that is not ours is never replaced or removed', () => {
    writeFileSync(firefoxFile, JSON.stringify({ policies: { DisableTelemetry: true } }));
    expect(() => policy.writeFirefoxPolicies({ policies: {} })).toThrow(/not written by these tests/);
    expect(policy.removeStalePolicyFiles()).toEqual([]);
    expect(existsSync(firefoxFile)).toBe(true);
  });

  it('our policies.json keeps Firefox\'s format and is removed by its writer', () => {
    writeFileSync(firefoxFile, JSON.stringify({ policies: {}, secondLookTest: { pid: deadPid() } }));
    const f = policy.writeFirefoxPolicies({ policies: { '3rdparty': { Extensions: {} } } });
    expect(JSON.parse(readFileSync(firefoxFile, 'utf8'))).toEqual({ policies: { '3rdparty': { Extensions: {} } }, secondLookTest: { pid: process.pid } });
    f.remove();
    expect(existsSync(firefoxFile)).toBe(false);
  });
});
