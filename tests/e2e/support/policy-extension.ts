// Copies of the built extension under a test-only id, for the policy tests.
//
// The product's Chrome key pair stays with the release owner, and a policy
// naming the real ids would reach every other Chromium/Firefox on this
// machine that loads the real build. So each run makes a throw-away RSA key
// (Chrome id) and a test gecko id, writes a copy of the build with them,
// and the tests put that id into the docs' example policy files.
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID as PRODUCT_CHROME_ID, GECKO_ID as PRODUCT_GECKO_ID } from '../../../src/extension-ids';
import { CHROMIUM_PATH } from '../fixtures';
import { ROOT, chromeExtensionDir, firefoxXpi } from './extension';
import { readZipEntry, writeZip, zipEntryNames } from './zip';

/** Chrome's id for a DER public key: SHA-256, first 32 hex digits, 0-f mapped to a-p. */
export function chromeIdOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export const TEST_GECKO_ID = 'second-look-e2e@second-look.invalid';

let workDir: string | undefined;
function work(): string {
  workDir ??= mkdtempSync(join(tmpdir(), 'sl-policy-'));
  return workDir;
}
process.once('exit', () => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

export interface ChromiumCopy {
  /** unpacked extension directory (manifest `key` = the test key) */
  dir: string;
  id: string;
  /** PKCS#8 PEM of the test key, for --pack-extension-key */
  pem: string;
  version: string;
}

let chromiumCopy: ChromiumCopy | undefined;

/** The Chromium build with a throw-away key (one per run). */
export function chromiumCopyWithTestKey(): ChromiumCopy {
  if (chromiumCopy && existsSync(join(chromiumCopy.dir, 'manifest.json'))) return chromiumCopy;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const dir = join(work(), 'chrome-ext');
  rmSync(dir, { recursive: true, force: true });
  cpSync(chromeExtensionDir(), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.key = der.toString('base64');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const pem = join(work(), 'test-key.pem');
  writeFileSync(pem, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  chromiumCopy = { dir, id: chromeIdOf(der), pem, version: manifest.version };
  return chromiumCopy;
}

/**
 * Packs the copy into a CRX3 the way a release is packed:
 * `chromium --pack-extension=<dir> --pack-extension-key=<pem>`.
 */
export function packCrx(copy: ChromiumCopy): string {
  const crx = `${copy.dir}.crx`;
  rmSync(crx, { force: true });
  execFileSync(CHROMIUM_PATH, ['--no-sandbox', '--headless', `--pack-extension=${copy.dir}`, `--pack-extension-key=${copy.pem}`], {
    stdio: 'ignore',
    timeout: 60_000,
  });
  if (!existsSync(crx)) throw new Error(`chromium --pack-extension wrote no ${crx}`);
  return crx;
}

export interface FirefoxCopy {
  path: string;
  geckoId: string;
}

let firefoxCopy: FirefoxCopy | undefined;

/** The Firefox XPI with the test gecko id (one per run). */
export function firefoxXpiWithTestId(): FirefoxCopy {
  if (firefoxCopy && existsSync(firefoxCopy.path)) return firefoxCopy;
  const xpi = readFileSync(firefoxXpi().path);
  const files: Record<string, Buffer> = {};
  for (const name of zipEntryNames(xpi)) {
    if (name.endsWith('/')) continue;
    files[name] = readZipEntry(xpi, name)!;
  }
  const manifest = JSON.parse(files['manifest.json']!.toString('utf8'));
  manifest.browser_specific_settings.gecko.id = TEST_GECKO_ID;
  files['manifest.json'] = Buffer.from(JSON.stringify(manifest, null, 2));
  const path = join(work(), 'second-look-e2e.xpi');
  writeFileSync(path, writeZip(files));
  firefoxCopy = { path, geckoId: TEST_GECKO_ID };
  return firefoxCopy;
}

// ------------------------------------------------------- example files --

/** A file of docs/examples, parsed, with the product's ids replaced by the test ids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- policy JSON of several shapes; tests pick what they need
export function examplePolicy(path: string, ids: { chrome?: string; gecko?: string }): any {
  let text = readFileSync(join(ROOT, 'docs/examples', path), 'utf8');
  if (ids.chrome) text = text.replaceAll(PRODUCT_CHROME_ID, ids.chrome);
  if (ids.gecko) text = text.replaceAll(PRODUCT_GECKO_ID, ids.gecko);
  return JSON.parse(text);
}

// -------------------------------------------------- self-hosted updates --

export interface UpdateServer {
  /** the update URL for ExtensionInstallForcelist */
  updatesUrl: string;
  /** requests served, e.g. ['/updates.xml?...', '/second-look.crx'] */
  served: string[];
  close(): Promise<void>;
}

/**
 * Serves docs/examples/self-hosted/updates.xml (id, CRX URL and version
 * filled in) and the CRX on 127.0.0.1, as a district's web server would.
 */
export async function serveCrx(copy: ChromiumCopy, crxPath: string): Promise<UpdateServer> {
  const crx = readFileSync(crxPath);
  const template = readFileSync(join(ROOT, 'docs/examples/self-hosted/updates.xml'), 'utf8');
  const served: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    served.push(req.url ?? '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/updates.xml') {
      const xml = template
        .replaceAll(PRODUCT_CHROME_ID, copy.id)
        .replace(/(<updatecheck[^>]*\scodebase=')[^']*'/, `$1${base}/second-look.crx'`)
        .replace(/(<updatecheck[^>]*\sversion=')[^']*'/, `$1${copy.version}'`);
      res.writeHead(200, { 'content-type': 'text/xml' }).end(xml);
    } else if (path === '/second-look.crx') {
      res.writeHead(200, { 'content-type': 'application/x-chrome-extension' }).end(crx);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    updatesUrl: `${base}/updates.xml`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
