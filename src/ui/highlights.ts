import type { Finding } from '../schema/finding';
import { locateSpan, type TextSegment } from '../content/text';

// Marks offending spans with the CSS Custom Highlight API: Ranges over the
// editor's own text nodes, painted by the browser; nothing is added to the
// editor (Lexical and Draft.js would revert it or break). Where the API or
// adopted style sheets are missing we simply do not highlight.

const BLOCK = 'second-look-block';
const WARN = 'second-look-warn';
const CSS_TEXT = `
::highlight(${BLOCK}) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline wavy rgb(220, 38, 38); text-decoration-thickness: 1.5px; }
::highlight(${WARN}) { background-color: rgba(217, 119, 6, 0.2); text-decoration: underline wavy rgb(217, 119, 6); text-decoration-thickness: 1.5px; }
`;

type Registry = Map<string, unknown> & { set(name: string, h: unknown): unknown; delete(name: string): boolean };
type HighlightCtor = new (...ranges: Range[]) => unknown;

interface Marks {
  block: Range[];
  warn: Range[];
  /** What each range covered when drawn (block first, then warn). */
  texts: string[];
}

const bySession = new Map<object, Marks>();
let styled = false;

function api(): { registry: Registry; Highlight: HighlightCtor } | null {
  const registry = (globalThis as { CSS?: { highlights?: Registry } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

function ensureStyles(): boolean {
  if (styled) return true;
  try {
    // A constructed sheet adopted by the document: no <style> element in the page.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  } catch {
    styled = false;
  }
  return styled;
}

function publish(): void {
  const a = api();
  if (!a) return;
  const block: Range[] = [];
  const warn: Range[] = [];
  for (const r of bySession.values()) {
    block.push(...r.block);
    warn.push(...r.warn);
  }
  try {
    if (block.length) a.registry.set(BLOCK, new a.Highlight(...block));
    else a.registry.delete(BLOCK);
    if (warn.length) a.registry.set(WARN, new a.Highlight(...warn));
    else a.registry.delete(WARN);
  } catch {
    // Highlights are a nicety; never let them break the page.
  }
}

export function setHighlights(owner: object, segments: TextSegment[], findings: Finding[]): void {
  if (!api()) return;
  const block: Range[] = [];
  const warn: Range[] = [];
  const blockTexts: string[] = [];
  const warnTexts: string[] = [];
  if (segments.length && ensureStyles()) {
    for (const f of findings) {
      for (const [start, end] of f.spans) {
        const at = locateSpan(segments, start, end);
        if (!at) continue;
        try {
          const range = document.createRange();
          range.setStart(at.start.node, at.start.offset);
          range.setEnd(at.end.node, at.end.offset);
          (f.severity === 'block' ? block : warn).push(range);
          (f.severity === 'block' ? blockTexts : warnTexts).push(range.toString());
        } catch {
          // The text node changed under us; the next check redraws.
        }
      }
    }
  }
  if (block.length || warn.length) bySession.set(owner, { block, warn, texts: [...blockTexts, ...warnTexts] });
  else if (!bySession.delete(owner)) return;
  publish();
}

export function clearHighlights(owner: object): void {
  if (bySession.delete(owner)) publish();
}

/**
 * Whether the owner's highlights still mark what they were drawn on. Ranges
 * are live: typing elsewhere in the same text node moves them along, and
 * scrolling or reflow needs nothing from us. They go stale only when the
 * editor replaces the text nodes under them or the marked text itself is
 * edited; then they must be drawn again.
 */
export function highlightsHold(owner: object): boolean {
  const marks = bySession.get(owner);
  if (!marks) return true;
  const ranges = [...marks.block, ...marks.warn];
  return ranges.every((r, i) => r.startContainer.isConnected && r.endContainer.isConnected && r.toString() === marks.texts[i]);
}
