import { afterEach, describe, expect, it } from 'vitest';
import { editorKind, locateSpan, readEditorText } from '../../../src/content/text';
import { cleanupGlobals, fixture } from './dom-fixture';

afterEach(cleanupGlobals);

const LEXICAL = (inner: string) =>
  `<div id="ed" contenteditable="true" role="textbox" data-lexical-editor="true">${inner}</div>`;
const DRAFT = (blocks: string[]) =>
  `<div id="ed" class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true">${blocks
    .map(
      (b, i) =>
        `<div data-block="true" data-offset-key="k${i}-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="k${i}-0-0">${
          b === '' ? '<span data-offset-key="x"><br data-text="true"></span>' : `<span data-offset-key="x"><span data-text="true">${b}</span></span>`
        }</div></div>`,
    )
    .join('')}</div></div>`;

describe('readEditorText', () => {
  it('joins Lexical paragraphs with one newline, keeping empty paragraphs', () => {
    const { $ } = fixture(
      LEXICAL(
        '<p dir="ltr"><span data-lexical-text="true">Field trip</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">with my class</span></p>',
      ),
    );
    expect(editorKind($('#ed'))).toBe('lexical');
    expect(readEditorText($('#ed')).text).toBe('Field trip\n\nwith my class');
  });

  it('reads Lexical line breaks inside a paragraph but not the trailing managed <br>', () => {
    const { $ } = fixture(LEXICAL('<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p><p><span>c</span><br><br></p>'));
    expect(readEditorText($('#ed')).text).toBe('a\nb\nc\n');
  });

  it('joins text runs (mentions, styles) of one Lexical paragraph without separators', () => {
    const { $ } = fixture(LEXICAL('<p><span data-lexical-text="true">Hi </span><a href="/x"><span>Jayden Smith</span></a><span>!</span></p>'));
    expect(readEditorText($('#ed')).text).toBe('Hi Jayden Smith!');
  });

  it('reads an empty Lexical editor as empty', () => {
    const { $ } = fixture(LEXICAL('<p><br></p>'));
    expect(readEditorText($('#ed')).text).toBe('');
  });

  it('reads Draft.js blocks joined with newlines, empty blocks included', () => {
    const { $ } = fixture(DRAFT(['Jayden got a 42', '', 'his ID is 20451877']));
    expect(editorKind($('#ed'))).toBe('draft');
    expect(readEditorText($('#ed')).text).toBe('Jayden got a 42\n\nhis ID is 20451877');
  });

  it('reads the inner blocks of a Draft.js block that holds blocks (a custom block renderer), once each', () => {
    const { $ } = fixture(
      '<div id="ed" class="public-DraftEditor-content" contenteditable="true"><div data-contents="true">' +
        '<div data-block="true"><span data-text="true">first</span></div>' +
        '<figure data-block="true"><div data-block="true"><span data-text="true">inner one</span></div><div data-block="true"><span data-text="true">inner two</span></div></figure>' +
        '<div data-block="true"><span data-text="true">last</span></div></div></div>',
    );
    expect(readEditorText($('#ed')).text).toBe('first\ninner one\ninner two\nlast');
  });

  it('ignores the Draft.js placeholder, which is a sibling of the editor', () => {
    const { $ } = fixture(
      `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root">What is happening?!</div><div class="DraftEditor-editorContainer">${DRAFT(['hello'])}</div></div>`,
    );
    expect(readEditorText($('#ed')).text).toBe('hello');
  });

  it('reads a textarea from its value and replaces non-breaking spaces', () => {
    const { $, document } = fixture('<textarea id="ed"></textarea>');
    ($('#ed') as unknown as HTMLTextAreaElement).value = 'nice\u00a0work';
    expect(editorKind($('#ed'))).toBe('field');
    const read = readEditorText($('#ed'));
    expect(read).toEqual({ text: 'nice work', segments: [] });
    void document;
  });

  it('replaces \\u00a0 in contenteditable text without shifting offsets', () => {
    const { $ } = fixture(LEXICAL('<p><span>a\u00a0b</span></p><p><span>c</span></p>'));
    const read = readEditorText($('#ed'));
    expect(read.text).toBe('a b\nc');
    expect(read.segments.map((s) => [s.start, s.length])).toEqual([
      [0, 3],
      [4, 1],
    ]);
  });

  it('uses img alt text for emoji images', () => {
    const { $ } = fixture(LEXICAL('<p><span>great </span><img alt="🎉" src="x.png"><span> day</span></p>'));
    expect(readEditorText($('#ed')).text).toBe('great 🎉 day');
  });
});

describe('locateSpan', () => {
  it('maps a span across two text nodes of one paragraph', () => {
    const { $ } = fixture(LEXICAL('<p><span>Jayden </span><span>Smith got a 42</span></p>'));
    const read = readEditorText($('#ed'));
    const at = locateSpan(read.segments, 0, 12)!;
    expect(at.start.node.data).toBe('Jayden ');
    expect(at.start.offset).toBe(0);
    expect(at.end.node.data).toBe('Smith got a 42');
    expect(at.end.offset).toBe(5);
  });

  it('maps a span in a later paragraph (past the joining newline)', () => {
    const { $ } = fixture(DRAFT(['first line', 'ID 20451877']));
    const read = readEditorText($('#ed'));
    const start = read.text.indexOf('20451877');
    const at = locateSpan(read.segments, start, start + 8)!;
    expect(at.start.node.data.slice(at.start.offset, at.end.offset)).toBe('20451877');
  });

  it('returns null for spans outside any text node or empty spans', () => {
    const { $ } = fixture(LEXICAL('<p><span>a</span></p><p><span>b</span></p>'));
    const read = readEditorText($('#ed'));
    expect(locateSpan(read.segments, 1, 2)).toBeNull(); // the newline only
    expect(locateSpan(read.segments, 2, 2)).toBeNull();
    expect(locateSpan([], 0, 3)).toBeNull();
  });
});
