import { getBuiltinPack } from '../../rules';
import { lintPackTextCached } from '../packs/lint';
import type { Pack } from '../schema/pack';
import type { Settings } from '../schema/settings';

export type PackChoice =
  | { status: 'ok'; pack: Pack; source: 'custom' | 'builtin'; issue?: string }
  | { status: 'no-district'; issue?: string };

function parseCustomPack(json: string): { pack: Pack } | { issue: string } {
  // The same (cached) linter as `second-look lint-pack`, the settings
  // resolver and the options page's import, so the teacher and district IT
  // read the same line-and-path messages.
  const lint = lintPackTextCached(json);
  return lint.pack ? { pack: lint.pack } : { issue: `customPack: ${lint.errors.join('; ')}` };
}

/**
 * settings.customPack when it is a valid pack, else the built-in pack of
 * settings.district; without either there is nothing to check against.
 */
export function choosePack(settings: Settings): PackChoice {
  let issue: string | undefined;
  if (settings.customPack) {
    const custom = parseCustomPack(settings.customPack);
    if ('pack' in custom) return { status: 'ok', pack: custom.pack, source: 'custom' };
    issue = custom.issue;
  }
  const builtin = settings.district ? getBuiltinPack(settings.district) : undefined;
  if (builtin) return { status: 'ok', pack: builtin, source: 'builtin', issue };
  if (settings.district) issue = [issue, `district: unknown district "${settings.district}"`].filter(Boolean).join('; ');
  return { status: 'no-district', issue };
}
