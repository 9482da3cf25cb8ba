// One MutationObserver per page. It looks only at the nodes that were added
// (never rescans the document per mutation) and hands them over in batches:
// Facebook adds thousands of nodes per second while scrolling.

const BATCH_MS = 50;

/**
 * `handledNow`: nodes it takes (returns true for) are dealt with at once and
 * not batched. Typing adds nodes inside the editor with every keystroke; a
 * batch timer per keystroke would be a task on the page's main thread for
 * nothing.
 */
export function watchAddedNodes(root: Node, onBatch: (added: Node[]) => void, handledNow?: (node: Node) => boolean): () => void {
  let queue: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const batch = queue;
    queue = [];
    try {
      onBatch(batch);
    } catch {
      // Nothing we do may break the page.
    }
  };
  const observer = new MutationObserver((records) => {
    try {
      for (const r of records) for (const n of r.addedNodes) if (!handledNow?.(n)) queue.push(n);
    } catch {
      // Nothing we do may break the page.
    }
    if (queue.length && timer === undefined) timer = setTimeout(flush, BATCH_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    queue = [];
  };
}

/** Elements in `nodes` (and below them) that match `selector`, once each. */
export function matchesIn(nodes: Iterable<Node>, selector: string): Element[] {
  const found = new Set<Element>();
  for (const n of nodes) {
    if (n.nodeType !== 1 || !n.isConnected) continue;
    const el = n as Element;
    if (el.matches(selector)) found.add(el);
    for (const m of el.querySelectorAll(selector)) found.add(m);
  }
  return [...found];
}
