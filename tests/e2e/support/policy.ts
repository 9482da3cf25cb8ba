// Real browser policy files for the policy e2e tests (policy-*.spec.ts).
//
// Chromium reads every *.json under /etc/chromium/policies/managed/ (and
// re-reads the folder about 5 s after it changes); Firefox ESR reads one
// /etc/firefox/policies/policies.json at start-up. Both are machine-wide, so
// every file written here
//  - is named second-look-<pid>-<what>.json (Chromium) or carries a
//    "secondLookTest" marker with the writing process id (Firefox),
//  - is removed by the test that wrote it (try/finally through the fixtures),
//  - and, should that process die first, is removed as stale by the next run's
//    global setup or teardown (only files whose writer is gone: another run
//    in progress keeps its files).
// A policies.json that is not ours is never touched: the test fails instead.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants, accessSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CHROMIUM_POLICY_DIR = process.env.SL_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
/**
 * Debian's firefox-esr reads the system-wide policies from /etc/firefox
 * (Firefox's own SysConfD), not /etc/firefox-esr, which only holds prefs.
 */
export const FIREFOX_POLICY_FILE = process.env.SL_FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';

const PREFIX = 'second-look-';
const MARKER = 'secondLookTest';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fails with a clear message when the policy folders cannot be written (not root). */
export function requirePolicyAccess(): void {
  for (const dir of [CHROMIUM_POLICY_DIR, dirname(FIREFOX_POLICY_FILE)]) {
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
    } catch (e) {
      throw new Error(
        `The policy tests write real browser policy files and need write access to ${dir} ` +
          `(${(e as NodeJS.ErrnoException).code ?? e}). Run them as root, as CI does (.ci/run runs 'npm test' as root).`,
      );
    }
  }
}

// ------------------------------------------------------------- Chromium --

let counter = 0;

export interface PolicyFile {
  path: string;
  /** Replace the contents (Chromium notices within ~5 s). */
  write(policy: object): void;
  remove(): void;
}

/** Writes /etc/chromium/policies/managed/second-look-<pid>-<name>.json. */
export function writeChromiumPolicy(name: string, policy: object): PolicyFile {
  requirePolicyAccess();
  const path = join(CHROMIUM_POLICY_DIR, `${PREFIX}${process.pid}-${++counter}-${name}.json`);
  const file: PolicyFile = {
    path,
    write: (p) => writeFileSync(path, JSON.stringify(p, null, 2)),
    remove: () => rmSync(path, { force: true }),
  };
  file.write(policy);
  return file;
}

// -------------------------------------------------------------- Firefox --

function readOurFirefoxPolicies(): { pid: number } | 'none' | 'foreign' {
  if (!existsSync(FIREFOX_POLICY_FILE)) return 'none';
  try {
    const marker = JSON.parse(readFileSync(FIREFOX_POLICY_FILE, 'utf8'))?.[MARKER];
    return typeof marker?.pid === 'number' ? { pid: marker.pid } : 'foreign';
  } catch {
    return 'foreign';
  }
}

/**
 * Writes /etc/firefox/policies/policies.json (the `policies` object of
 * docs/examples/firefox/policies.json, say) with our marker beside it;
 * Firefox only reads `policies`. Refuses to replace someone else's file.
 */
export function writeFirefoxPolicies(content: { policies: object }): PolicyFile {
  requirePolicyAccess();
  const existing = readOurFirefoxPolicies();
  if (existing === 'foreign') {
    throw new Error(`${FIREFOX_POLICY_FILE} exists and was not written by these tests; not replacing it. Remove it by hand if it is left from something else.`);
  }
  if (existing !== 'none' && existing.pid !== process.pid && alive(existing.pid)) {
    throw new Error(`${FIREFOX_POLICY_FILE} belongs to another policy test run (pid ${existing.pid}) still in progress; run one at a time.`);
  }
  const file: PolicyFile = {
    path: FIREFOX_POLICY_FILE,
    write: (p) => writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ ...p, [MARKER]: { pid: process.pid } }, null, 2)),
    remove: () => {
      const now = readOurFirefoxPolicies();
      if (now !== 'none' && now !== 'foreign' && now.pid === process.pid) rmSync(FIREFOX_POLICY_FILE, { force: true });
    },
  };
  file.write(content);
  return file;
}

// -------------------------------------------------------------- cleanup --

/**
 * Removes policy files left by runs that no longer exist (a crash, a killed
 * run), so that no machine stays "managed" or "blocked by the administrator".
 * Returns what it removed.
 */
export function removeStalePolicyFiles(): string[] {
  const removed: string[] = [];
  if (existsSync(CHROMIUM_POLICY_DIR)) {
    for (const name of readdirSync(CHROMIUM_POLICY_DIR)) {
      const m = new RegExp(`^${PREFIX}(\\d+)-.*\\.json$`).exec(name);
      if (!m || alive(Number(m[1]))) continue;
      try {
        rmSync(join(CHROMIUM_POLICY_DIR, name), { force: true });
        removed.push(join(CHROMIUM_POLICY_DIR, name));
      } catch {
        // Not ours to remove after all (no permission): leave it.
      }
    }
  }
  const ff = readOurFirefoxPolicies();
  if (ff !== 'none' && ff !== 'foreign' && !alive(ff.pid)) {
    try {
      rmSync(FIREFOX_POLICY_FILE, { force: true });
      removed.push(FIREFOX_POLICY_FILE);
    } catch {
      // As above.
    }
  }
  return removed;
}
