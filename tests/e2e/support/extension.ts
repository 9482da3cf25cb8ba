// Where the built extension is, building it when it is missing.
//   Chromium: the unpacked .output/chrome-mv3 (`npx wxt build`)
//   Firefox:  the unsigned XPI .output/<name>-<version>-firefox.zip
//             (`npx wxt zip -b firefox`), re-zipped only when it is missing
//             or older than the Firefox build directory next to it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZipEntry } from './zip';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
// SL_OUT_DIR: the same build directory wxt.config.ts writes to.
const OUTPUT = resolve(ROOT, process.env.SL_OUT_DIR || '.output');

function run(args: string[]): void {
  console.log(`[e2e] npx ${args.join(' ')}`);
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
}

export function chromeExtensionDir(): string {
  const dir = join(OUTPUT, 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) run(['wxt', 'build']);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no Chromium build at ${dir} after 'npx wxt build'`);
  return dir;
}

function findFirefoxZip(): string | undefined {
  if (!existsSync(OUTPUT)) return undefined;
  const zips = readdirSync(OUTPUT)
    .filter((f) => f.endsWith('-firefox.zip'))
    .map((f) => join(OUTPUT, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return zips[0];
}

function firefoxBuildMtime(): number {
  for (const d of ['firefox-mv2', 'firefox-mv3']) {
    const m = join(OUTPUT, d, 'manifest.json');
    if (existsSync(m)) return statSync(m).mtimeMs;
  }
  return 0;
}

export interface FirefoxXpi {
  path: string;
  geckoId: string;
}

let lastXpi: (FirefoxXpi & { mtime: number }) | undefined;

export function firefoxXpi(): FirefoxXpi {
  let zip = findFirefoxZip();
  if (!zip || statSync(zip).mtimeMs + 1000 < firefoxBuildMtime()) {
    run(['wxt', 'zip', '-b', 'firefox']);
    zip = findFirefoxZip();
  }
  if (!zip) throw new Error(`no .output/*-firefox.zip after 'npx wxt zip -b firefox'`);
  const mtime = statSync(zip).mtimeMs;
  if (lastXpi?.path !== zip || lastXpi.mtime !== mtime) lastXpi = { path: zip, mtime, geckoId: geckoIdOf(readFileSync(zip)) };
  return { path: lastXpi.path, geckoId: lastXpi.geckoId };
}

export function geckoIdOf(xpi: Buffer): string {
  const manifest = readZipEntry(xpi, 'manifest.json');
  if (!manifest) throw new Error('XPI has no manifest.json');
  const m = JSON.parse(manifest.toString('utf8'));
  const id = m.browser_specific_settings?.gecko?.id ?? m.applications?.gecko?.id;
  if (!id) {
    throw new Error(
      'the Firefox build has no browser_specific_settings.gecko.id; Firefox only loads an XPI from <profile>/extensions/<id>.xpi, so the manifest needs one',
    );
  }
  return id;
}
