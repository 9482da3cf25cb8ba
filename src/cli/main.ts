// `second-look check | districts | lint-pack`: ../shared/spec/check-cli.md.
// The same engine, packs and schemas as the extension's background worker.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { BUILTIN_PACKS, DISTRICT_IDS, getBuiltinPack } from '../../rules';
import { check } from '../engine';
import { DraftSchema, formatIssues, parseSettingsLenient, publicFinding, type Pack, type Settings } from '../schema';
import { parseJson } from './json';
import { lintPackText } from './lint';

const USAGE = `Usage:
  second-look check --district <id> [--pack <file>] [--config <file>] [<drafts.jsonl> | -]
  second-look districts
  second-look lint-pack <file>

District ids: ${DISTRICT_IDS.join(', ')}`;

class UsageError extends Error {}

interface Args {
  command: string | undefined;
  options: Record<string, string>;
  positional: string[];
}

function parseArgs(argv: string[]): Args {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') options.help = 'true';
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!['district', 'pack', 'config'].includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else if (command === undefined) command = arg;
    else positional.push(arg);
  }
  return { command, options, positional };
}

function readFile(path: string, what: string): string {
  if (!existsSync(path)) throw new UsageError(`${what} not found: ${path}`);
  return readFileSync(path, 'utf8');
}

function loadPack(options: Record<string, string>, settings: Settings, warn: (m: string) => void): Pack {
  if (options.pack) {
    const lint = lintPackText(readFile(options.pack, 'rule pack'));
    if (!lint.pack) throw new UsageError(`rule pack ${options.pack} is invalid:\n  ${lint.errors.join('\n  ')}`);
    return lint.pack;
  }
  if (settings.customPack && !options.district) {
    const lint = lintPackText(settings.customPack);
    if (lint.pack) return lint.pack;
    warn(`config: customPack is invalid and is ignored: ${lint.errors.join('; ')}`);
  }
  const id = options.district ?? settings.district;
  if (!id) throw new UsageError(`--district is required; valid districts: ${DISTRICT_IDS.join(', ')}`);
  const pack = getBuiltinPack(id);
  if (!pack) throw new UsageError(`unknown district "${id}"; valid districts: ${DISTRICT_IDS.join(', ')}`);
  return pack;
}

async function* inputLines(source: string | undefined): AsyncGenerator<string> {
  if (source && source !== '-' && !existsSync(source)) throw new UsageError(`drafts file not found: ${source}`);
  const { createReadStream } = await import('node:fs');
  const stream = source && source !== '-' ? createReadStream(source, 'utf8') : process.stdin;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

async function commandCheck(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let settings: Settings = {};
  if (args.options.config) {
    const parsed = parseJson(readFile(args.options.config, 'config file'));
    if (!parsed.ok) throw new UsageError(`config file ${args.options.config}: ${parsed.error}`);
    const lenient = parseSettingsLenient(parsed.value);
    for (const issue of lenient.issues) err(`config: ${issue.key}: ${issue.message} (ignored)`);
    settings = lenient.settings;
  }
  const pack = loadPack(args.options, settings, err);
  if (args.positional.length > 1) throw new UsageError('give at most one drafts file (or - for standard input)');
  let status = 0;
  let lineNo = 0;
  for await (const line of inputLines(args.positional[0])) {
    lineNo++;
    if (!line.trim()) continue;
    const parsed = parseJson(line);
    if (!parsed.ok) {
      out(JSON.stringify({ line: lineNo, error: `line ${lineNo}: ${parsed.error}` }));
      status = 1;
      continue;
    }
    const draft = DraftSchema.safeParse(parsed.value);
    if (!draft.success) {
      out(JSON.stringify({ line: lineNo, error: `line ${lineNo}: ${formatIssues(draft.error, '$')}` }));
      status = 1;
      continue;
    }
    const findings = check(draft.data, pack, settings, {
      onError: (category) =>
        err(category === 'engine' ? `line ${lineNo}: the check failed; no findings reported` : `line ${lineNo}: the ${category} check failed and was skipped`),
    });
    out(JSON.stringify({ id: draft.data.id ?? null, findings: findings.map(publicFinding) }));
  }
  return status;
}

function commandDistricts(out: (s: string) => void): number {
  for (const id of DISTRICT_IDS) out(`${id}\t${BUILTIN_PACKS[id].name}`);
  return 0;
}

function commandLint(args: Args, out: (s: string) => void): number {
  const file = args.positional[0];
  if (!file) throw new UsageError('lint-pack needs a pack file');
  const text = readFile(file, 'rule pack');
  const result = lintPackText(text, (pack) => {
    const path = pack.policy.file ? resolve(dirname(file), pack.policy.file) : undefined;
    return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
  for (const e of result.errors) out(`error: ${e}`);
  for (const w of result.warnings) out(`warning: ${w}`);
  if (result.pack) out(`ok: ${result.pack.id} (${result.pack.name}), ${result.pack.rules.length} rules`);
  return result.pack ? 0 : 1;
}

export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s + '\n');
  const err = (s: string) => process.stderr.write(s + '\n');
  try {
    const args = parseArgs(argv);
    if (args.options.help || !args.command) {
      (args.command ? out : err)(USAGE);
      return args.command ? 0 : 2;
    }
    switch (args.command) {
      case 'check':
        return await commandCheck(args, out, err);
      case 'districts':
        return commandDistricts(out);
      case 'lint-pack':
        return commandLint(args, out);
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`second-look: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    err(`second-look: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
