// Read-only text extraction from the sites' editors. Nothing here writes to
// the DOM: Lexical reverts foreign nodes and Draft.js desyncs (site-dom-facts
// §6), so we only read, and map the engine's UTF-16 spans back to Ranges
// over the editor's own text nodes for CSS Custom Highlights.

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the draft text. */
  start: number;
  length: number;
}

export interface EditorText {
  text: string;
  /** Empty for form fields: their text has no DOM nodes to highlight. */
  segments: TextSegment[];
}

export type EditorKind = 'lexical' | 'draft' | 'field' | 'contenteditable';

export function editorKind(el: Element): EditorKind {
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'input') return 'field';
  if (el.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (el.classList.contains('public-DraftEditor-content') || el.querySelector('[data-block="true"]')) return 'draft';
  return 'contenteditable';
}

/** A non-breaking space counts as a space; same length, so offsets hold. */
export function normaliseText(s: string): string {
  // Read after nearly every keystroke: no new string when there is nothing to replace.
  return s.includes('\u00a0') ? s.replace(/\u00a0/g, ' ') : s;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'table', 'tr',
]);
const SKIP_TAGS = new Set(['style', 'script', 'template', 'noscript']);

/** A <br> that only keeps an empty or line-break-ended block open. */
function isTrailingBreak(br: Element): boolean {
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 || (n.nodeType === 3 && (n as Text).data.length > 0)) return false;
  }
  return true;
}

class TextBuilder {
  text = '';
  segments: TextSegment[] = [];
  /** Set once anything (text or a block) was seen: the next block starts a line. */
  private started = false;
  private pendingBreak = false;

  addText(node: Text) {
    const data = node.data;
    if (!data) return;
    this.flushBreak();
    this.segments.push({ node, start: this.text.length, length: data.length });
    this.text += data;
    this.started = true;
  }
  addLiteral(s: string) {
    this.flushBreak();
    this.text += s;
    this.started = true;
  }
  startBlock() {
    if (this.started) this.pendingBreak = true;
    this.flushBreak();
    this.started = true;
  }
  endBlock() {
    this.pendingBreak = true;
  }
  private flushBreak() {
    if (this.pendingBreak) {
      this.text += '\n';
      this.pendingBreak = false;
    }
  }
}

/** `blocks`: whether block elements start lines (not inside a Draft block, whose inner divs are styling). */
function walk(node: Node, out: TextBuilder, blocks = true): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.addText(child as Text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || el.hasAttribute('data-second-look')) continue;
    if (tag === 'br') {
      if (!isTrailingBreak(el)) out.addLiteral('\n');
    } else if (tag === 'img') {
      // Emoji rendered as images carry their character in alt.
      const alt = el.getAttribute('alt');
      if (alt) out.addLiteral(alt);
    } else if (blocks && BLOCK_TAGS.has(tag)) {
      out.startBlock();
      walk(el, out);
      out.endBlock();
    } else {
      walk(el, out, blocks);
    }
  }
}

/** Lexical and plain contenteditables: top-level blocks joined with \n. */
function readBlocks(root: Element): EditorText {
  const out = new TextBuilder();
  walk(root, out);
  return finish(out);
}

const isDraftBlock = (el: Element) => el.getAttribute('data-block') === 'true';

function holdsBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isDraftBlock(c) || holdsBlock(c)) return true;
  return false;
}

/**
 * Adds the `[data-block]` leaves below `node` as lines (a block holding
 * blocks gives its inner ones). One walk over elements instead of a selector
 * query plus a query per block: this runs after nearly every keystroke.
 */
function walkDraft(node: Element, out: TextBuilder, seen: { blocks: number }): void {
  for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
    if (!isDraftBlock(child) || holdsBlock(child)) {
      walkDraft(child, out, seen);
      continue;
    }
    if (seen.blocks++ > 0) out.addLiteral('\n');
    walk(child, out, false);
  }
}

/** Draft.js: each `[data-block]` leaf is one line. */
function readDraft(root: Element): EditorText {
  const out = new TextBuilder();
  const seen = { blocks: 0 };
  walkDraft(root, out, seen);
  return seen.blocks === 0 ? readBlocks(root) : finish(out);
}

function finish(out: TextBuilder): EditorText {
  return { text: normaliseText(out.text), segments: out.segments };
}

/** `kind`: editorKind(el), when the caller knows it already (it does not change for an editor). */
export function readEditorText(el: Element, kind: EditorKind = editorKind(el)): EditorText {
  switch (kind) {
    case 'field':
      return { text: normaliseText((el as HTMLTextAreaElement).value ?? ''), segments: [] };
    case 'draft':
      return readDraft(el);
    default:
      return readBlocks(el);
  }
}

export interface NodeOffset {
  node: Text;
  offset: number;
}

/**
 * The text-node boundaries of a [start, end) span, or null when the span
 * covers no text node (e.g. only a line break, or a form field).
 */
export function locateSpan(segments: TextSegment[], start: number, end: number): { start: NodeOffset; end: NodeOffset } | null {
  if (end <= start) return null;
  let from: NodeOffset | null = null;
  let to: NodeOffset | null = null;
  for (const seg of segments) {
    if (seg.start >= end) break;
    if (start >= seg.start + seg.length) continue;
    from ??= { node: seg.node, offset: Math.max(0, start - seg.start) };
    to = { node: seg.node, offset: Math.min(seg.length, end - seg.start) };
  }
  return from && to ? { start: from, end: to } : null;
}
