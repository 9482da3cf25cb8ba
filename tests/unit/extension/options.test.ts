// The options page: CSV export of the audit log, reading the log, settings
// with their source in plain words, named problems, and the page itself
// rendered (linkedom) from fake browser storage.
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditCsvFileName, auditToCsv, csvField } from '../../../src/audit/csv';
import { auditEntriesOf, clearAuditLog, readAuditLog, watchAuditLog } from '../../../src/audit/store';
import { appendAudit, AUDIT_LOG_KEY, type AuditEntry } from '../../../src/background/audit';
import { choosePack } from '../../../src/background/pack';
import { resolveSettings } from '../../../src/settings/resolve';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { describeProblems, describeSettings } from '../../../src/ui/options/provenance';
import { weekdays } from '../../../src/ui/options/labels';
import { cleanupGlobals, fixture } from './dom-fixture';

const ENTRY: AuditEntry = { t: '2026-10-07T15:00:00.000Z', site: 'x', surface: 'post', category: 'confidential-data', rule: 'tulsa-ps/confidential-data' };

describe('audit log CSV', () => {
  it('has a header and one CRLF-terminated row per entry, in stored order', () => {
    const csv = auditToCsv([ENTRY, { ...ENTRY, t: '2026-10-08T09:30:00.000Z', site: 'facebook', surface: 'comment' }]);
    expect(csv).toBe(
      'time,site,surface,category,rule\r\n' +
        '2026-10-07T15:00:00.000Z,x,post,confidential-data,tulsa-ps/confidential-data\r\n' +
        '2026-10-08T09:30:00.000Z,facebook,comment,confidential-data,tulsa-ps/confidential-data\r\n',
    );
    expect(auditToCsv([])).toBe('time,site,surface,category,rule\r\n');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    const row = auditToCsv([{ ...ENTRY, rule: 'ours/a,"b"' }]).split('\r\n')[1];
    expect(row).toBe('2026-10-07T15:00:00.000Z,x,post,confidential-data,"ours/a,""b"""');
  });

  it('defuses values a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('names the file after the local date', () => {
    expect(auditCsvFileName(new Date(2026, 0, 5, 23, 59))).toBe('second-look-audit-2026-01-05.csv');
  });
});

describe('audit log storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the worker appends, skipping anything malformed', async () => {
    await appendAudit(fakeBrowser.storage.local, [{ site: 'x', surface: 'post', category: 'harassment', rule: 'r' }], new Date(ENTRY.t));
    expect(await readAuditLog()).toEqual([{ t: ENTRY.t, site: 'x', surface: 'post', category: 'harassment', rule: 'r' }]);
    expect(auditEntriesOf([ENTRY, null, 'x', { t: 1 }, { ...ENTRY, text: 'never shown' }])).toEqual([ENTRY, ENTRY]);
    expect(auditEntriesOf({ not: 'a list' })).toEqual([]);
  });

  it('reports changes live and clears', async () => {
    const seen: AuditEntry[][] = [];
    const stop = watchAuditLog((e) => seen.push(e));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([[]]);
    await fakeBrowser.storage.local.set({ [AUDIT_LOG_KEY]: [ENTRY] });
    expect(seen.at(-1)).toEqual([ENTRY]);
    await fakeBrowser.storage.local.set({ userSettings: { district: 'tulsa-ps' } });
    expect(seen).toHaveLength(2); // other keys do not count
    await clearAuditLog();
    expect(seen.at(-1)).toEqual([]);
    stop();
    await fakeBrowser.storage.local.set({ [AUDIT_LOG_KEY]: [ENTRY] });
    expect(seen).toHaveLength(3);
  });
});

const MANAGED = {
  district: 'tulsa-ps',
  allowConfirm: false,
  disabledCategories: ['copyright', 'working-hours'],
  severity: { 'personal-disclaimer': 'block' },
  schools: ['Memorial High School', 'Booker T. Washington'],
  workingHours: { days: [1, 2, 3, 4, 5], start: '07:45', end: '16:00' },
  timeZone: 'America/Chicago',
  auditLog: 'off',
  supportContact: 'Ms. Lee, district IT, x4357',
};

describe('settings in force, in plain words, with their source', () => {
  it('shows every value district IT set as set by the district', () => {
    const resolved = resolveSettings({ managed: MANAGED, local: { district: 'yelm-cs' } });
    const rows = describeSettings(resolved, choosePack(resolved.settings));
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('district')).toMatchObject({ value: 'Tulsa Public Schools (tulsa-ps)', source: 'managed' });
    expect(rows.some((r) => r.value.includes('Yelm'))).toBe(false); // the teacher's choice is not in force
    expect(row('lockDistrict').value).toMatch(/^Yes/);
    expect(row('allowConfirm')).toMatchObject({ value: expect.stringMatching(/^Off: .*holds the post/), source: 'managed' });
    expect(row('disabledCategories')).toMatchObject({ value: 'Copyright; Posting during working hours', source: 'managed' });
    expect(row('severity').value).toBe('Personal-views disclaimer: Not allowed (block)');
    expect(row('schools').value).toBe('Memorial High School; Booker T. Washington');
    expect(row('workingHours')).toMatchObject({ value: 'Mon–Fri, 07:45–16:00', source: 'managed' });
    expect(row('timeZone')).toMatchObject({ value: 'America/Chicago', source: 'managed' });
    expect(row('auditLog')).toMatchObject({ value: 'Off: nothing is recorded', source: 'managed' });
    expect(row('supportContact')).toMatchObject({ value: 'Ms. Lee, district IT, x4357', source: 'managed' });
    expect(row('customPack')).toMatchObject({ value: expect.stringMatching(/^None/), source: 'default' });
  });

  it('marks the teacher\'s own values and the defaults (from the pack where it has them)', () => {
    const resolved = resolveSettings({ local: { district: 'yelm-cs', supportContact: 'me' } });
    const rows = describeSettings(resolved, choosePack(resolved.settings));
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('district')).toMatchObject({ value: 'Yelm Community Schools (yelm-cs)', source: 'user' });
    expect(row('supportContact').source).toBe('user');
    expect(row('allowConfirm')).toMatchObject({ value: expect.stringMatching(/^On/), source: 'default' });
    expect(row('timeZone')).toMatchObject({ value: 'America/Los_Angeles (from the Yelm Community Schools policy pack)', source: 'default' });
    const none = describeSettings(resolveSettings({}), choosePack({}));
    expect(none.find((r) => r.key === 'district')!.value).toBe('Not chosen yet');
  });

  it('names a custom pack in force by name, id, rule count and schema version', () => {
    const pack = JSON.parse(readFileSync('rules/tulsa-ps/pack.json', 'utf8'));
    pack.id = 'our-district';
    pack.name = 'Our District';
    const resolved = resolveSettings({ managed: { customPack: JSON.stringify(pack) } });
    const row = describeSettings(resolved, choosePack(resolved.settings)).find((r) => r.key === 'customPack')!;
    expect(row).toEqual({ key: 'customPack', label: 'Custom rule pack', value: `Our District (our-district), ${pack.rules.length} rules, schema version 1`, source: 'managed' });
  });

  it('weekdays read as ranges or lists', () => {
    expect(weekdays([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(weekdays([1, 3, 5])).toBe('Mon, Wed, Fri');
    expect(weekdays([6, 7])).toBe('Sat, Sun');
  });
});

describe('problems', () => {
  it('names each ignored key, its source and what is wrong; a broken pack one problem per line', () => {
    const pack = JSON.parse(readFileSync('rules/tulsa-ps/pack.json', 'utf8'));
    pack.rules[1].severity = 'maybe';
    pack.rules[2].category = 'gossip';
    const resolved = resolveSettings({
      managed: { allowConfirm: 'no', customPack: JSON.stringify(pack, null, 2) },
      local: { auditLog: 'sometimes' },
    });
    const problems = describeProblems(resolved, choosePack(resolved.settings));
    expect(problems.map((p) => `${p.source}:${p.key}`).sort()).toEqual(['managed:allowConfirm', 'managed:customPack', 'user:auditLog']);
    const custom = problems.find((p) => p.key === 'customPack')!;
    expect(custom.messages).toEqual([expect.stringMatching(/^rules\[1\]\.severity \(line \d+\): /), expect.stringMatching(/^rules\[2\]\.category \(line \d+\): /)]);
    expect(problems.find((p) => p.key === 'allowConfirm')!.messages).toEqual([expect.stringMatching(/^Invalid input: expected boolean/)]);
  });
});

describe('the options page', () => {
  let container: HTMLElement;
  let DomEvent: typeof Event;
  beforeEach(() => {
    fakeBrowser.reset();
    const { document, window } = fixture('<div id="app"></div>', 'chrome-extension://test/options.html');
    container = document.getElementById('app') as unknown as HTMLElement;
    DomEvent = (window as unknown as { Event: typeof Event }).Event;
  });
  afterEach(() => {
    render(null, container);
    cleanupGlobals();
  });
  const text = (sel: string) => container.querySelector(sel)?.textContent ?? '';
  async function until(cond: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(cond()).toBe(true);
  }

  it('shows a locked district, the district\'s values and the log switched off, never the teacher\'s district', async () => {
    await fakeBrowser.storage.managed.set({ ...MANAGED, bogus: 1 });
    await fakeBrowser.storage.local.set({ userSettings: { district: 'yelm-cs' }, auditLog: [ENTRY] });
    render(h(OptionsApp, {}), container);
    await until(() => !!container.querySelector('[data-testid="district-locked"]'));
    expect(text('[data-testid="district-locked"]')).toContain('Tulsa Public Schools');
    expect(text('[data-testid="district-locked"]')).toContain('set by your district’s IT department');
    expect(container.querySelector('select#district')).toBeNull();
    expect(text('[data-testid="settings"]')).not.toContain('Yelm');
    const managedRows = [...container.querySelectorAll('[data-testid="settings"] tr[data-source="managed"]')].map((r) => r.getAttribute('data-key'));
    expect(managedRows).toEqual(expect.arrayContaining(['district', 'allowConfirm', 'disabledCategories', 'severity', 'schools', 'workingHours', 'timeZone', 'auditLog', 'supportContact']));
    expect(text('tr[data-key="supportContact"]')).toContain('Your district');
    expect(text('[data-testid="problems"]')).toContain('bogus');
    expect(text('[data-testid="pack-import-off"]')).toContain('set the district');
    await until(() => !!container.querySelector('[data-testid="audit"]'));
    expect(text('[data-testid="audit-off"]')).toContain('your district turned it off');
    expect(text('[data-testid="audit"]')).toContain('tulsa-ps/confidential-data');
  });

  it('force-installed with no district settings yet: waits for district IT instead of offering the picker, then the district arrives locked', async () => {
    const management = (fakeBrowser as unknown as { management?: object }).management;
    const getSelf = vi.fn(async () => ({ installType: 'admin' }));
    (fakeBrowser as unknown as { management: object }).management = { ...management, getSelf };
    try {
      render(h(OptionsApp, {}), container);
      await until(() => !!container.querySelector('[data-testid="district-waiting"]'));
      expect(container.querySelector('select#district')).toBeNull();
      expect(container.querySelector('[data-testid="first-run"]')).toBeNull();
      await fakeBrowser.storage.managed.set({ district: 'tulsa-ps' });
      await until(() => !!container.querySelector('[data-testid="district-locked"]'));
      expect(container.querySelector('[data-testid="district-waiting"]')).toBeNull();
    } finally {
      (fakeBrowser as unknown as { management?: object }).management = management;
    }
  });

  it('first run: asks for the district and has nothing to check against yet', async () => {
    render(h(OptionsApp, {}), container);
    await until(() => !!container.querySelector('select#district'));
    expect(text('[data-testid="first-run"]')).toContain('Choose your district');
    expect(text('#sample-h + p')).toContain('Choose your district first');
    expect(container.querySelector('#sample-text')).toBeNull();
  });
  it('imports a pack: a broken one is named by path and line and not stored; a valid one is stored as the teacher\'s own', async () => {
    await fakeBrowser.storage.local.set({ userSettings: { district: 'yelm-cs' } });
    render(h(OptionsApp, {}), container);
    await until(() => !!container.querySelector('#pack-text'));
    const pack = JSON.parse(readFileSync('rules/tulsa-ps/pack.json', 'utf8'));
    const submit = async (value: string) => {
      const area = container.querySelector('#pack-text') as HTMLTextAreaElement;
      area.value = value;
      area.dispatchEvent(new DomEvent('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 20));
      area.closest('form')!.dispatchEvent(new DomEvent('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 20));
    };
    const broken = JSON.parse(JSON.stringify(pack));
    broken.rules[3].severity = 'maybe';
    const brokenText = JSON.stringify(broken, null, 2);
    await submit(brokenText);
    const line = brokenText.slice(0, brokenText.indexOf('"maybe"')).split('\n').length;
    expect(text('[data-testid="pack-errors"]')).toContain(`rules[3].severity line ${line}: `);
    expect(container.querySelector('[data-testid="pack-result"] button')).toBeNull();
    expect(await fakeBrowser.storage.local.get('userSettings')).toEqual({ userSettings: { district: 'yelm-cs' } });

    pack.id = 'our-district';
    pack.name = 'Our District';
    const good = JSON.stringify(pack);
    await submit(good);
    expect(text('[data-testid="pack-result"]')).toContain('Valid: Our District');
    const use = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Use this pack') as HTMLButtonElement;
    use.dispatchEvent(new DomEvent('click', { bubbles: true }));
    await until(() => text('[data-testid="own-pack"]').includes('in use'));
    expect(await fakeBrowser.storage.local.get('userSettings')).toEqual({ userSettings: { district: 'yelm-cs', customPack: good } });
    expect(text('tr[data-key="customPack"]')).toContain('Our District (our-district)');

    const remove = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Remove my pack') as HTMLButtonElement;
    remove.dispatchEvent(new DomEvent('click', { bubbles: true }));
    await until(() => !container.querySelector('[data-testid="own-pack"]'));
    expect(await fakeBrowser.storage.local.get('userSettings')).toEqual({ userSettings: { district: 'yelm-cs' } });
  });
});
