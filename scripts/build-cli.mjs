// Bundles the CLI (engine, packs, schemas) into one file so that
// `npx second-look` starts fast and needs nothing but Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
