// Where a JSON path is in the JSON text it came from, so that a problem in
// a rule pack can name the line as well as the path. The text has already
// parsed, so this scanner only walks valid JSON and skips what it does not
// descend into; a path that ends at a missing key points at the object that
// lacks it.

/** 1-based line of `path` in `text`; the deepest part of the path that exists. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  return lineAt(text, offsetOfPath(text, path));
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Offset of the member key (or array element) at `path`, else of its deepest existing ancestor. */
export function offsetOfPath(text: string, path: readonly PropertyKey[]): number {
  let i = skipWs(text, 0);
  let found = i;
  for (const step of path) {
    const open = text[i];
    if (open === '[' && typeof step === 'number') {
      const at = elementAt(text, i, step);
      if (at === -1) return found;
      i = found = at;
    } else if (open === '{' && typeof step === 'string') {
      const at = memberAt(text, i, step);
      if (!at) return found;
      found = at.key;
      i = at.value;
    } else {
      return found;
    }
  }
  return found;
}

function elementAt(text: string, open: number, index: number): number {
  let i = skipWs(text, open + 1);
  if (text[i] === ']') return -1;
  for (let n = 0; ; n++) {
    if (n === index) return i;
    i = skipWs(text, skipValue(text, i));
    if (text[i] !== ',') return -1;
    i = skipWs(text, i + 1);
  }
}

function memberAt(text: string, open: number, name: string): { key: number; value: number } | undefined {
  let i = skipWs(text, open + 1);
  while (text[i] === '"') {
    const key = i;
    const end = skipString(text, i);
    const isIt = (JSON.parse(text.slice(i, end)) as string) === name;
    i = skipWs(text, end);
    i = skipWs(text, i + 1); // ':'
    if (isIt) return { key, value: i };
    i = skipWs(text, skipValue(text, i));
    if (text[i] !== ',') return undefined;
    i = skipWs(text, i + 1);
  }
  return undefined;
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
