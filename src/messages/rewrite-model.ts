/**
 * Returns the JSON text with its top-level `"model"` string value replaced, every other byte untouched.
 * The gateway forwards the caller's raw body rather than re-serialising it, so fields it does not know
 * (and their exact formatting) reach the upstream as sent. `json` must be valid JSON (validate ran first).
 */
export function withModel(json: string, model: string): string {
  const span = topLevelStringValue(json, 'model');
  if (!span) throw new Error('body has no top-level "model" string');
  return json.slice(0, span.start) + JSON.stringify(model) + json.slice(span.end);
}

/** Start and end offsets (end exclusive, quotes included) of a top-level key's string value. */
function topLevelStringValue(json: string, key: string): { start: number; end: number } | undefined {
  let depth = 0;
  let i = 0;
  let expectKey = false;
  while (i < json.length) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(json, i);
      if (depth === 1 && expectKey && json.slice(i + 1, end - 1) === key) {
        let v = end;
        while (json[v] !== ':') v++;
        v++;
        while (/\s/.test(json[v] ?? '')) v++;
        if (json[v] !== '"') return undefined;
        return { start: v, end: stringEnd(json, v) };
      }
      i = end;
      expectKey = false;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
    if (depth === 1 && (c === 0x7b || c === 0x2c /* , */) && json.charCodeAt(firstNonSpace(json, i + 1)) === 0x22) {
      expectKey = true;
    }
    i++;
  }
  return undefined;
}

function stringEnd(json: string, openQuote: number): number {
  let i = openQuote + 1;
  for (;;) {
    const q = json.indexOf('"', i);
    if (q < 0) return json.length;
    let backslashes = 0;
    for (let b = q - 1; json.charCodeAt(b) === 0x5c; b--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

function firstNonSpace(json: string, from: number): number {
  let i = from;
  while (i < json.length && (json[i] === ' ' || json[i] === '\n' || json[i] === '\r' || json[i] === '\t')) i++;
  return i;
}
