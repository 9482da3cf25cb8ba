// Runs a TypeScript script (eval, bench) by bundling it with esbuild first:
// no ts-node/tsx dependency, and the same module resolution as the CLI.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs <script.ts> [args...]\n');
  process.exit(2);
}
mkdirSync('.cache', { recursive: true });
const outfile = resolve('.cache', basename(entry).replace(/\.ts$/, '.mjs'));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', packages: 'external' });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
