// npm run zip: the three release files, then a check of what went into them.
//   <out>/second-look-<v>-chrome.zip    (Chrome Web Store upload, or CRX packing)
//   <out>/second-look-<v>-firefox.zip   (the XPI: AMO signing or self-hosting)
//   <out>/second-look-<v>-sources.zip   (what Firefox reviewers rebuild from)
// A decoy private key is placed where a release owner might keep the real
// one (keys/, *.pem at the root) while zipping, to prove neither reaches a zip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.SL_OUT_DIR || '.output');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const decoys = [join(root, 'keys', 'zip-check-decoy.pem'), join(root, 'zip-check-decoy.pem')];
const madeKeysDir = !existsSync(join(root, 'keys'));
try {
  mkdirSync(join(root, 'keys'), { recursive: true });
  for (const d of decoys) writeFileSync(d, '-----BEGIN PRIVATE KEY-----\ndecoy\n-----END PRIVATE KEY-----\n');
  const wxt = (args) => execFileSync('npx', ['wxt', 'zip', ...args], { cwd: root, stdio: 'inherit' });
  wxt([]);
  wxt(['-b', 'firefox']);
} finally {
  for (const d of decoys) rmSync(d, { force: true });
  if (madeKeysDir) rmSync(join(root, 'keys'), { recursive: true, force: true });
}

/** name -> data of every entry (stored or deflated), from the central directory. */
function readZip(path) {
  const zip = readFileSync(path);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${path} is not a zip`);
  const entries = new Map();
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    entries.set(name, () => (method === 8 ? inflateRawSync(raw) : raw));
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

const problems = [];
const check = (ok, message) => ok || problems.push(message);
const zips = Object.fromEntries(['chrome', 'firefox', 'sources'].map((k) => [k, join(out, `second-look-${version}-${k}.zip`)]));
for (const [kind, path] of Object.entries(zips)) check(existsSync(path), `missing ${kind} zip ${path}`);

if (!problems.length) {
  for (const [kind, path] of Object.entries(zips)) {
    for (const name of readZip(path).keys()) {
      check(!/\.pem$/i.test(name) && !/(^|\/)keys\//.test(name), `${kind} zip contains a key file: ${name}`);
      check(!/^(node_modules|\.output[^/]*|test-results[^/]*|dist|\.cache)\//.test(name), `${kind} zip contains build or test output: ${name}`);
    }
  }
  const chrome = JSON.parse(readZip(zips.chrome).get('manifest.json')().toString('utf8'));
  check(typeof chrome.key === 'string' && !/PRIVATE/.test(chrome.key), 'Chrome manifest has no public `key` (the fixed extension id)');
  const firefox = JSON.parse(readZip(zips.firefox).get('manifest.json')().toString('utf8'));
  check(!!firefox.browser_specific_settings?.gecko?.id, 'Firefox manifest has no gecko id');
  const sources = readZip(zips.sources);
  for (const need of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'src/extension-ids.ts', 'public/managed_schema.json', 'rules/index.ts']) {
    check(sources.has(need), `sources zip lacks ${need} (needed to rebuild)`);
  }
  check([...sources.keys()].some((n) => n.startsWith('entrypoints/')), 'sources zip lacks entrypoints/');
}

if (problems.length) {
  console.error(`zip check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const listing = readdirSync(out).filter((f) => f.endsWith('.zip')).join(', ');
console.log(`zip check: chrome, firefox and sources zips in ${out} (${listing}); no keys, sources rebuildable`);
