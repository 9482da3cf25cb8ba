import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResponse } from '../../../src/messaging/protocol';
import type { Draft } from '../../../src/schema/draft';
import type { Finding } from '../../../src/schema/finding';
import { cleanupGlobals, fixture } from './dom-fixture';

// linkedom has no layout: every element counts as visible here.
vi.mock('../../../src/content/dom', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/content/dom')>()),
  isVisible: () => true,
}));

// linkedom has no CSS.highlights either: record what would be shown.
const marked = new Map<object, number>();
vi.mock('../../../src/ui/highlights', () => ({
  setHighlights: vi.fn((owner: object, _segments: unknown, findings: Finding[]) => void marked.set(owner, findings.length)),
  clearHighlights: vi.fn((owner: object) => void marked.delete(owner)),
  highlightsHold: () => true,
}));

const { ComposerRegistry, freshFindings } = await import('../../../src/content/composers');
const { xAdapter } = await import('../../../src/sites/x');
const { DEBOUNCE_MS, HIGHLIGHT_PAUSE_MS } = await import('../../../src/content/session');

afterEach(() => {
  cleanupGlobals();
  vi.useRealTimers();
});

const finding: Finding = {
  category: 'confidential-data',
  rule: 'tulsa-ps/confidential-data',
  severity: 'block',
  message: 'm',
  citation: { section: 'Employees d', quote: 'q' },
  spans: [],
};

function setup(html: string) {
  const page = fixture(html, 'https://x.com/home');
  const drafts: Draft[] = [];
  const env = {
    adapter: xAdapter,
    epoch: () => 0,
    check: vi.fn(async (d: Draft, _quiet?: boolean): Promise<CheckResponse> => {
      drafts.push(d);
      return { status: 'ok', district: 'tulsa-ps', findings: /\d{8}/.test(d.text) ? [finding] : [], allowConfirm: true };
    }),
    onResponse: () => undefined,
    supportContact: () => undefined,
    openOptions: vi.fn(),
    hurry: vi.fn(),
  };
  const registry = new ComposerRegistry(xAdapter, env);
  return { ...page, registry, env, drafts };
}

const BOX = (n: number, text = '') =>
  `<div data-testid="tweetTextarea_${n}RichTextInputContainer"><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_${n}"><div data-block="true"><span data-text="true">${text}</span></div></div></div>`;

describe('ComposerRegistry', () => {
  it('groups a thread (two boxes, one Post button) and prefers the innermost composer', () => {
    const { document, registry } = setup(
      `<main><div id="inline">${BOX(0)}<div data-testid="toolBar"></div><button data-testid="tweetButtonInline">Post</button></div></main>` +
        `<div role="dialog">${BOX(0)}${BOX(1)}<button data-testid="tweetButton">Post all</button></div>`,
    );
    for (const el of document.querySelectorAll('[data-testid^="tweetTextarea_"][contenteditable]')) registry.start(el as unknown as Element);
    expect(registry.all()).toHaveLength(3);
    const modal = registry.around(document.querySelector('[data-testid="tweetButton"]') as unknown as Element)!;
    expect(modal.scope.getAttribute('role')).toBe('dialog');
    expect(modal.sessions.map((s) => s.editor.getAttribute('data-testid'))).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    const inline = registry.around(document.querySelector('[data-testid="tweetButtonInline"]') as unknown as Element)!;
    expect(inline.sessions).toHaveLength(1);
    expect(inline.scope.id).toBe('inline');
  });

  it('finds the session of a node inside an editor, and ends sessions whose editor left', () => {
    const { document, registry } = setup(`<div id="c">${BOX(0, 'hi')}<button data-testid="tweetButtonInline"></button></div>`);
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    expect(registry.of(document.querySelector('[data-text]') as unknown as Node)).toBe(s);
    document.querySelector('#c')!.remove();
    registry.prune();
    expect(registry.all()).toEqual([]);
    expect(s.disposed).toBe(true);
  });

  it('gives files picked before the composer existed to the next post composer', async () => {
    const { document, registry, drafts } = setup('<div id="root"></div>');
    const meta = Promise.resolve({ kind: 'image' as const, name: 'IMG_1.png', mimeType: 'image/png', size: 10, width: 2, height: 2 });
    registry.addFiles(document.querySelector('#root') as unknown as EventTarget, [meta], false);
    document.querySelector('#root')!.innerHTML = `${BOX(0, 'Field trip!')}<button data-testid="tweetButtonInline"></button>`;
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    await s.checkNow();
    expect(drafts.at(-1)).toMatchObject({ site: 'x', surface: 'post', text: 'Field trip!', attachments: [{ name: 'IMG_1.png', width: 2 }] });
  });
});

describe('ComposerSession without a district', () => {
  it('shows no finding but offers to choose a district next to the box', async () => {
    const { document, registry, env } = setup(`${BOX(0, 'ID 20451877')}<button data-testid="tweetButtonInline"></button>`);
    env.check.mockImplementation(async () => ({ status: 'no-district', findings: [], allowConfirm: true }));
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    expect(await s.checkNow()).toEqual([]);
    const host = document.querySelector('[data-second-look="warnings"]')!;
    expect(host.shadowRoot!.querySelector('[data-category]')).toBeNull();
    expect(host.shadowRoot!.querySelector('[data-action="choose-district"]')).not.toBeNull();
    expect(host.closest('[contenteditable]')).toBeNull(); // next to the editor, not in it
  });
});

describe('ComposerSession freshness', () => {
  it('is fresh only for the text last checked; empty drafts need no check', async () => {
    const { document, registry, env } = setup(`${BOX(0, '')}<button data-testid="tweetButtonInline"></button>`);
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    expect(freshFindings([s])).toEqual([]); // empty: nothing to check
    document.querySelector('[data-text]')!.textContent = 'ID 20451877';
    expect(freshFindings([s])).toBeUndefined(); // typed since the last check
    expect(await s.checkNow()).toEqual([finding]);
    expect(freshFindings([s])).toEqual([finding]);
    const calls = env.check.mock.calls.length;
    expect(await s.checkNow()).toEqual([finding]); // same text: no second message
    expect(env.check.mock.calls.length).toBe(calls);
  });

  it('debounces checks while typing', async () => {
    vi.useFakeTimers();
    const { document, registry, env } = setup(`${BOX(0, 'a')}<button data-testid="tweetButtonInline"></button>`);
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    await vi.advanceTimersByTimeAsync(10);
    const before = env.check.mock.calls.length;
    for (const t of ['ab', 'abc', 'abcd']) {
      document.querySelector('[data-text]')!.textContent = t;
      s.schedule();
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    }
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(env.check.mock.calls.length - before).toBe(1);
    expect(env.check.mock.calls.at(-1)![0].text).toBe('abcd');
  });

  it('debounced checks are quiet; a publish waiting for one asks for its answer now', async () => {
    vi.useFakeTimers();
    const { document, registry, env } = setup(`${BOX(0, 'a')}<button data-testid="tweetButtonInline"></button>`);
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    await vi.advanceTimersByTimeAsync(10);
    // The worker holds the quiet answer back (a burst): the check stays in flight.
    let answer!: (r: CheckResponse) => void;
    env.check.mockImplementationOnce(() => new Promise<CheckResponse>((r) => (answer = r)));
    document.querySelector('[data-text]')!.textContent = 'ID 20451877';
    s.schedule();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 5);
    expect(env.check.mock.calls.at(-1)![1]).toBe(true);
    expect(env.hurry).not.toHaveBeenCalled();
    // Publish now: the same draft is in flight, so no second check, but a hurry.
    const atPublish = s.checkNow();
    expect(env.hurry).toHaveBeenCalledTimes(1);
    const calls = env.check.mock.calls.length;
    answer({ status: 'ok', district: 'tulsa-ps', findings: [finding], allowConfirm: true });
    expect(await atPublish).toEqual([finding]);
    expect(env.check.mock.calls.length).toBe(calls);
    // A publish that needs a check of its own sends it unquiet (answered at once).
    document.querySelector('[data-text]')!.textContent = 'ID 20451878';
    await s.checkNow();
    expect(env.check.mock.calls.at(-1)![1]).toBe(false);
    expect(env.hurry).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer while keys come much faster than the debounce, and checks once the keys stop', async () => {
    vi.useFakeTimers();
    const { document, registry, env } = setup(`${BOX(0, 'a')}<button data-testid="tweetButtonInline"></button>`);
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    await vi.advanceTimersByTimeAsync(10);
    const before = env.check.mock.calls.length;
    const timers = vi.spyOn(globalThis, 'setTimeout');
    let text = 'a';
    // 16 keys, 5 ms apart (a held key repeats about this fast).
    for (let i = 0; i < 16; i++) {
      text += 'b';
      document.querySelector('[data-text]')!.textContent = text;
      s.schedule();
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(5);
    }
    // Not a timer per key: the armed one only waits out the rest when it fires.
    expect(timers.mock.calls.length).toBeLessThanOrEqual(4);
    timers.mockRestore();
    // The quiet time counts from the last key, not the first.
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 5 - 5);
    expect(env.check.mock.calls.length - before).toBe(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(env.check.mock.calls.length - before).toBe(1);
    expect(env.check.mock.calls.at(-1)![0].text).toBe(text);
  });

  it('a DOM change seen by the observer does not postpone the check typing scheduled', async () => {
    vi.useFakeTimers();
    const { document, registry, env } = setup(`${BOX(0, 'a')}<button data-testid="tweetButtonInline"></button>`);
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    await vi.advanceTimersByTimeAsync(10);
    const before = env.check.mock.calls.length;
    document.querySelector('[data-text]')!.textContent = 'ab';
    s.schedule();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 5);
    s.nudge();
    await vi.advanceTimersByTimeAsync(10);
    expect(env.check.mock.calls.length - before).toBe(1);
    // With nothing pending, a nudge schedules a check of its own.
    document.querySelector('[data-text]')!.textContent = 'abc';
    s.nudge();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(env.check.mock.calls.length - before).toBe(2);
    expect(env.check.mock.calls.at(-1)![0].text).toBe('abc');
  });
});

describe('highlights while typing', () => {
  /** Types one more character as a key press does: keydown (keyTyped), the text changes, the input event schedules. */
  function key(doc: { querySelector(s: string): unknown }, s: { keyTyped(): void; schedule(): void }, text: string) {
    s.keyTyped();
    (doc.querySelector('[data-text]') as { textContent: string }).textContent = text;
    s.schedule();
  }

  /** A box whose draft has a finding, checked and highlighted; fake timers. */
  async function markedDraft() {
    vi.useFakeTimers();
    const { document, registry } = setup(`${BOX(0, 'ID 20451877')}<button data-testid="tweetButtonInline"></button>`);
    const s = registry.start(document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element)!;
    await vi.advanceTimersByTimeAsync(10);
    expect(marked.get(s)).toBe(1);
    return { document, s };
  }

  it('are taken down during a burst of keys and drawn again once the typing pauses; the panel keeps up', async () => {
    const { document, s } = await markedDraft();
    // One key after a pause is no burst: the highlight stays.
    key(document, s, 'ID 20451877 o');
    await vi.advanceTimersByTimeAsync(60);
    expect(marked.get(s)).toBe(1);
    // Keys 60 ms apart: a burst. Checks go on (the finding stays listed) but nothing is marked.
    let text = 'ID 20451877 o';
    for (let i = 0; i < 10; i++) {
      text += 'k';
      key(document, s, text);
      await vi.advanceTimersByTimeAsync(60);
      expect(marked.has(s)).toBe(false);
      expect(s.findings).toEqual([finding]);
    }
    await vi.advanceTimersByTimeAsync(HIGHLIGHT_PAUSE_MS - 60 - 10);
    expect(marked.has(s)).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(marked.get(s)).toBe(1);
  });

  it('a finding cleared during a burst leaves nothing marked after it', async () => {
    const { document, s } = await markedDraft();
    for (const t of ['ID 2045187', 'ID 204518', 'ID 20451']) {
      key(document, s, t);
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(s.findings).toEqual([]);
    await vi.advanceTimersByTimeAsync(HIGHLIGHT_PAUSE_MS + 10);
    expect(marked.get(s) ?? 0).toBe(0);
  });
});

describe('files waiting in a media holder (Instagram create dialog)', async () => {
  const { instagramAdapter } = await import('../../../src/sites/instagram');
  const photo = (name: string) => Promise.resolve({ kind: 'image' as const, name, mimeType: 'image/png', size: 10, width: 2, height: 2 });
  const PICKER = '<input type="file" accept="image/jpeg,image/png">';
  const thumb = (name: string) => `<div><img src="blob:https://www.instagram.com/${name}" alt=""><div role="button"><svg aria-label="Delete"></svg></div></div>`;
  const CAPTION = '<div aria-label="Write a caption..." contenteditable="true" role="textbox" data-lexical-editor="true"><p>Field trip with my 3rd hour class!</p></div><div role="button">Share</div>';

  function igSetup() {
    const page = fixture('<div role="dialog" id="create"></div>', 'https://www.instagram.com/create/');
    const drafts: Draft[] = [];
    const env = {
      adapter: instagramAdapter,
      epoch: () => 0,
      check: vi.fn(async (d: Draft, _quiet?: boolean): Promise<CheckResponse> => {
        drafts.push(d);
        return { status: 'ok', district: 'tulsa-ps', findings: [], allowConfirm: true };
      }),
      onResponse: () => undefined,
      supportContact: () => undefined,
      openOptions: vi.fn(),
      hurry: vi.fn(),
    };
    const registry = new ComposerRegistry(instagramAdapter, env);
    const dialog = page.document.querySelector('#create')!;
    const show = (html: string) => (dialog.innerHTML = html);
    const caption = async () => {
      show(CAPTION);
      const s = registry.start(page.document.querySelector('[contenteditable]') as unknown as Element)!;
      await s.checkNow();
      return drafts.at(-1)!.attachments?.map((a) => a.name) ?? [];
    };
    return { ...page, registry, dialog: dialog as unknown as Element, show, caption };
  }

  it('a photo deleted from the crop step gallery never reaches the caption', async () => {
    const { registry, dialog, show, caption } = igSetup();
    show(PICKER);
    registry.addFiles(dialog.querySelector('input'), [photo('IMG_1.png'), photo('IMG_2.png')], false);
    show(`<img src="blob:x">${thumb('1')}${thumb('2')}`);
    registry.followPending();
    show(`<img src="blob:x">${thumb('1')}`); // Delete on one thumbnail
    registry.followPending();
    expect(await caption()).toEqual(['IMG_1.png']);
  });

  it('back from the caption to the crop step keeps the files; back to the picker forgets them', async () => {
    const { registry, dialog, show, caption } = igSetup();
    show(PICKER);
    registry.addFiles(dialog.querySelector('input'), [photo('IMG_1.png')], false);
    expect(await caption()).toEqual(['IMG_1.png']);
    show('<img src="blob:x">'); // Back: the caption box is gone, the dialog stays
    registry.prune();
    expect(await caption()).toEqual(['IMG_1.png']);
    show('<img src="blob:x">');
    registry.prune();
    show(PICKER); // Back and "Discard": the picker again
    registry.followPending();
    registry.addFiles(dialog.querySelector('input'), [photo('IMG_3.png')], false);
    expect(await caption()).toEqual(['IMG_3.png']);
  });

  it('the picker shown again after the crop step (Back, "Discard") forgets the files; not while it is still shown after the pick', async () => {
    const { registry, dialog, show, caption } = igSetup();
    show(PICKER);
    registry.addFiles(dialog.querySelector('input'), [photo('IMG_1.png')], false);
    registry.followPending(); // the site has not rendered the crop step yet
    show('<img src="blob:x">');
    registry.followPending();
    show(PICKER);
    registry.followPending();
    expect(await caption()).toEqual([]);
  });

  it('closing the dialog forgets its files; the next dialog starts empty', async () => {
    const { document, registry, dialog, show } = igSetup();
    show(PICKER);
    registry.addFiles(dialog.querySelector('input'), [photo('IMG_1.png')], false);
    dialog.remove();
    document.body.innerHTML = `<div role="dialog">${CAPTION}</div>`;
    const s = registry.start(document.querySelector('[contenteditable]') as unknown as Element)!;
    expect(s.attachmentList).toEqual([]);
  });
});
