import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../src/extension-ids';
import { SETTING_KEYS } from '../../../src/schema/settings';
import { resolveSettings } from '../../../src/settings/resolve';

// docs/examples holds the copy-paste files of docs/admin.md, one per way of
// delivering policy. The Linux JSON and Firefox policies.json are used as-is
// by the policy e2e tests; the formats no browser here can read (Windows
// registry, macOS profile, Google Admin console) are decoded here the way
// the browser does, and must say exactly what the Linux file says.

const read = (path: string) => readFileSync(new URL(`../../../docs/examples/${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'));

const linux = JSON.parse(read('linux/second-look-settings.json'));
const canonical: Record<string, unknown> = linux['3rdparty'].extensions[CHROME_EXTENSION_ID];

// ------------------------------------------------ Windows registry (.reg) --

type RegValue = string | number;
interface RegKey {
  values: Map<string, RegValue>;
  keys: Map<string, RegKey>;
}

function parseReg(text: string): RegKey {
  const root: RegKey = { values: new Map(), keys: new Map() };
  let current: RegKey | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('Windows Registry Editor')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = root;
      for (const part of section[1]!.split('\\')) {
        if (!current.keys.has(part)) current.keys.set(part, { values: new Map(), keys: new Map() });
        current = current.keys.get(part)!;
      }
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`unreadable .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.values.set(unescape(value[1]!), value[2] !== undefined ? unescape(value[2]) : parseInt(value[3]!, 16));
  }
  return root;
}

const keyAt = (root: RegKey, path: string) => path.split('\\').reduce<RegKey | undefined>((k, p) => k?.keys.get(p), root);

type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema };

/** Chrome's reading of registry data against the extension's schema: DWORD booleans, numbered values and subkeys as lists, subkeys as objects. */
function fromRegistry(schema: Schema, value: RegValue | RegKey): unknown {
  if (typeof value === 'object') {
    if (schema.type === 'array') {
      const entries = [...value.values.entries(), ...value.keys.entries()].filter(([name]) => /^\d+$/.test(name));
      return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => fromRegistry(schema.items!, v));
    }
    if (schema.type === 'object') {
      const out: Record<string, unknown> = {};
      for (const [name, v] of [...value.values.entries(), ...value.keys.entries()]) out[name] = fromRegistry(schema.properties?.[name] ?? { type: 'string' }, v);
      return out;
    }
    throw new Error(`a subkey where a ${schema.type} was expected`);
  }
  if (schema.type === 'boolean') return typeof value === 'number' ? value !== 0 : value;
  if ((schema.type === 'array' || schema.type === 'object') && typeof value === 'string') return JSON.parse(value);
  return value;
}

// ------------------------------------------------ macOS property list ----

function parsePlist(xml: string): unknown {
  const tokens = xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').match(/<[^>]+>|[^<]+/g)!.filter((t) => t.trim());
  let i = 0;
  const text = () => (tokens[i]!.startsWith('<') ? '' : tokens[i++]!);
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const value = (): unknown => {
    const tag = tokens[i++]!;
    if (tag === '<true/>') return true;
    if (tag === '<false/>') return false;
    if (tag === '<string/>') return '';
    if (tag === '<string>' || tag === '<integer>') {
      const t = decode(text());
      i++; // closing tag
      return tag === '<integer>' ? Number(t) : t;
    }
    if (tag === '<array>') {
      const out: unknown[] = [];
      while (tokens[i] !== '</array>') out.push(value());
      i++;
      return out;
    }
    if (tag === '<dict>') {
      const out: Record<string, unknown> = {};
      while (tokens[i] !== '</dict>') {
        if (tokens[i++] !== '<key>') throw new Error('plist: expected <key>');
        const key = decode(text());
        i++;
        out[key] = value();
      }
      i++;
      return out;
    }
    throw new Error(`plist: unexpected ${tag}`);
  };
  if (tokens[i++] !== '<plist version="1.0">') throw new Error('not a plist');
  return value();
}

// ------------------------------------------------------------------ tests --

describe('docs/examples', () => {
  it('the Linux settings file sets every key but customPack, all valid for Chrome and for us', () => {
    expect(Object.keys(linux)).toEqual(['3rdparty']);
    expect(Object.keys(linux['3rdparty'].extensions)).toEqual([CHROME_EXTENSION_ID]);
    expect(Object.keys(canonical).sort()).toEqual(SETTING_KEYS.filter((k) => k !== 'customPack').sort());
    const resolved = resolveSettings({ managed: canonical });
    expect(resolved.issues).toEqual([]);
    expect(resolved.districtLocked).toBe(true);
    for (const key of Object.keys(canonical)) expect(schema.properties[key], key).toBeDefined();
  });

  it('the force-install list and updates.xml name the extension id', () => {
    const install = JSON.parse(read('linux/second-look-install.json'));
    expect(install.ExtensionInstallForcelist).toEqual([expect.stringMatching(new RegExp(`^${CHROME_EXTENSION_ID};https://`))]);
    const updates = read('self-hosted/updates.xml');
    expect(updates).toContain(`appid='${CHROME_EXTENSION_ID}'`);
    expect(updates).toMatch(/codebase='https:\/\/[^']+\.crx' version='\d+\.\d+\.\d+'/);
  });

  it('the Google Admin console JSON wraps the same values in {"Value": ...}', () => {
    const admin = JSON.parse(read('google-admin/policy-for-extensions.json')) as Record<string, { Value: unknown }>;
    expect(Object.values(admin).every((v) => Object.keys(v).join() === 'Value')).toBe(true);
    expect(Object.fromEntries(Object.entries(admin).map(([k, v]) => [k, v.Value]))).toEqual(canonical);
  });

  it('the Windows .reg file, read as Chrome reads the registry, gives the same values', () => {
    const reg = parseReg(read('windows/second-look.reg'));
    const chrome = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
    const forcelist = keyAt(reg, `${chrome}\\ExtensionInstallForcelist`)!;
    expect([...forcelist.values.values()]).toEqual([expect.stringMatching(new RegExp(`^${CHROME_EXTENSION_ID};https://`))]);
    const policy = keyAt(reg, `${chrome}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`)!;
    expect(fromRegistry(schema, policy)).toEqual(canonical);
  });

  it('the macOS profile has the force-install payload and the same values under com.google.Chrome.extensions.<id>', () => {
    const profile = parsePlist(read('macos/second-look.mobileconfig')) as { PayloadContent: Array<Record<string, unknown>> };
    const install = profile.PayloadContent.find((p) => p.PayloadType === 'com.google.Chrome')!;
    expect(install.ExtensionInstallForcelist).toEqual([expect.stringMatching(new RegExp(`^${CHROME_EXTENSION_ID};https://`))]);
    const settings = profile.PayloadContent.find((p) => p.PayloadType === `com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`)!;
    const values = Object.fromEntries(Object.entries(settings).filter(([k]) => !k.startsWith('Payload')));
    expect(values).toEqual(canonical);
    const uuids = [profile, ...profile.PayloadContent].map((p) => (p as Record<string, unknown>).PayloadUUID);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('the Firefox policies.json force-installs the add-on and carries the same values under 3rdparty.Extensions', () => {
    const firefox = JSON.parse(read('firefox/policies.json'));
    expect(Object.keys(firefox)).toEqual(['policies']);
    expect(firefox.policies.ExtensionSettings[GECKO_ID]).toEqual({ installation_mode: 'force_installed', install_url: expect.stringMatching(/^https:\/\/.+\.xpi$/) });
    expect(firefox.policies['3rdparty'].Extensions[GECKO_ID]).toEqual(canonical);
  });
});
