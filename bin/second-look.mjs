#!/usr/bin/env node
// Entry point of `npx second-look`: the bundled CLI built by the set-up command.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('second-look: the command is not built yet; run `npm run setup` (or `npm run build:cli`) first.\n');
  process.exit(2);
}
await import(cli);
