// Where a JSON path is in the JSON text it came from, so that a problem in
// a rule pack can name the line as well as the path. The text has already
// parsed, so this scanner only walks valid JSON and skips what it does not
// descend into; a path that ends at a missing key points at the object that
// lacks it.

/** 1-based line of `path` in `text`; the deepest part of the path that exists. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  return linesOfPaths(text, [path])[0];
}

interface PathNode {
  children: Map<string | number, PathNode>;
  /** Offset of the member key or array element; -1 while not found. */
  offset: number;
}

const keyOf = (step: PropertyKey): string | number => (typeof step === 'number' ? step : String(step));

/**
 * Lines of many paths in one pass over the text: a pack with hundreds of
 * broken rules would otherwise be scanned from the top once per problem
 * (seconds for a 2 MB pack instead of milliseconds).
 */
export function linesOfPaths(text: string, paths: readonly (readonly PropertyKey[])[]): number[] {
  if (!paths.length) return [];
  const root: PathNode = { children: new Map(), offset: skipWs(text, 0) };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      const key = keyOf(step);
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map(), offset: -1 }));
      node = child;
    }
  }
  if (root.children.size) visit(text, root.offset, root);
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return paths.map((path) => {
    let node = root;
    let offset = root.offset;
    for (const step of path) {
      const child = node.children.get(keyOf(step));
      if (!child || child.offset < 0) break;
      node = child;
      offset = child.offset;
    }
    return lineAtSorted(newlines, offset);
  });
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** 1 + the number of newlines before `offset` (binary search). */
function lineAtSorted(newlines: number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** Walks the value at `i`, recording where `node`'s wanted children are; returns the offset after it. */
function visit(text: string, i: number, node: PathNode): number {
  if (!node.children.size) return skipValue(text, i);
  const open = text[i];
  if (open !== '[' && open !== '{') return skipValue(text, i);
  const close = open === '[' ? ']' : '}';
  i = skipWs(text, i + 1);
  for (let index = 0; text[i] !== close && i < text.length; index++) {
    let child: PathNode | undefined;
    const at = i;
    if (open === '{') {
      const end = skipString(text, i);
      child = node.children.get(JSON.parse(text.slice(i, end)) as string);
      i = skipWs(text, skipWs(text, end) + 1); // past ':'
    } else {
      child = node.children.get(index);
    }
    if (child) child.offset = at;
    i = skipWs(text, child ? visit(text, i, child) : skipValue(text, i));
    if (text[i] === ',') i = skipWs(text, i + 1);
  }
  return i + 1;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return i;
}

/** The offset just after the value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') i = skipString(text, i) - 1;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return i;
  }
  while (i < text.length && !',]} \n\r\t'.includes(text[i])) i++;
  return i;
}
