/**
 * Entry files as text: new entries written exactly as Decap CMS writes them, so the CMS's next
 * save of an imported entry changes nothing; existing entries edited in place, so every field the
 * import does not change keeps its bytes.
 *
 * Decap serialises frontmatter with the `yaml` package, version 1 (decap-cms-core/src/formats/
 * yaml.ts), top-level keys in the order of the collection's fields, nested keys as they are. That
 * library is loaded here from decap-cms-core itself, so the output is Decap's by construction; a
 * unit test compares it with Decap's own formatter. Edits of hand-written files (the sample
 * content is all double-quoted, unlike Decap's output) use `yaml` 2, whose parser knows where each
 * value sits in the text: only the changed top-level fields are rewritten there, each value in
 * the style it had, new ones in the style of the file's `name`.
 */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';

type Data = Record<string, unknown>;

/** The parts of yaml@1 that Decap's formatter uses. */
interface YamlV1 {
  parse(source: string): unknown;
  createNode(value: unknown): { items: { key: unknown }[] };
  Document: new () => { contents: unknown; toString(): string };
}

function decapYaml(): YamlV1 {
  const require = createRequire(import.meta.url);
  const app = require.resolve('decap-cms-app/package.json');
  const core = createRequire(app).resolve('decap-cms-core/package.json');
  return createRequire(core)('yaml') as YamlV1;
}
let yamlV1: YamlV1 | undefined;

interface EntryParts {
  frontmatter: string;
  body: string;
  /** Where the frontmatter starts in the file (after the opening `---`). */
  start: number;
}

/** Frontmatter and body of an entry file, or undefined when it has no frontmatter. */
export function splitEntry(text: string): EntryParts | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: text.slice(match[0].length), start: text.indexOf('\n') + 1 };
}

/** Decap's order of top-level keys: the collection's fields' (unknown keys keep their place). */
const byFieldOrder = (order: readonly string[]) => (a: { key: unknown }, b: { key: unknown }) => {
  const [i, j] = [order.indexOf(String(a.key)), order.indexOf(String(b.key))];
  return i === -1 || j === -1 ? 0 : i - j;
};

/**
 * An entry file as Decap writes it: frontmatter by yaml@1, then the body as gray-matter joins
 * them, ending in one line break (decap-cms-core formats/frontmatter.ts and backend.ts entryToRaw).
 */
export function decapEntry(data: Data, body: string, order: readonly string[]): string {
  yamlV1 ??= decapYaml();
  const contents = yamlV1.createNode(data);
  contents.items.sort(byFieldOrder(order));
  const doc = new yamlV1.Document();
  doc.contents = contents;
  const text = `---\n${doc.toString().trim()}\n---\n${body}`;
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The frontmatter data as Decap reads it (yaml@1), for files that Decap wrote. */
function decapData(frontmatter: string): Data {
  yamlV1 ??= decapYaml();
  return (yamlV1.parse(frontmatter) ?? {}) as Data;
}

type Style = Scalar.Type;

/** A value as yaml@2 nodes, reusing the old node where the value is unchanged, else its style. */
function restyle(value: unknown, old: unknown, style: Style): YamlNode {
  if (old && (old as YamlNode).toJSON && isDeepStrictEqual((old as YamlNode).toJSON(), value)) return old as YamlNode;
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.items = value.map((item, i) => restyle(item, isSeq(old) ? old.items[i] : undefined, style));
    seq.flow = isSeq(old) && Boolean(old.flow) && old.items.length > 0;
    return seq;
  }
  if (value && typeof value === 'object') {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) {
      const oldPair = isMap(old) ? old.items.find((pair) => isScalar(pair.key) && pair.key.value === key) : undefined;
      map.items.push(new Pair(oldPair?.key ?? new Scalar(key), restyle(item, oldPair?.value, style)));
    }
    map.flow = isMap(old) && Boolean(old.flow) && old.items.length > 0;
    return map;
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string')
    scalar.type = isScalar(old) && typeof old.value === 'string' && old.type ? old.type : style;
  return scalar;
}

/**
 * One top-level `key: value` as yaml@2 writes it, without folding long lines (as the sample files
 * are). The key is a new node in the old one's style: the old node may carry a comment that sits
 * above the text being replaced.
 */
function renderPair(key: unknown, value: YamlNode): string {
  const doc = new Document();
  const map = new YAMLMap();
  const fresh = new Scalar(isScalar(key) ? key.value : key);
  if (isScalar(key) && key.type) fresh.type = key.type;
  map.items.push(new Pair(fresh, value));
  doc.contents = map;
  return doc.toString({ lineWidth: 0 });
}

/** Rewrites only the top-level fields of a hand-written frontmatter whose value changed. */
function patchInPlace(frontmatter: string, next: Data): string {
  const doc = parseDocument(frontmatter);
  if (!isMap(doc.contents)) return frontmatter;
  const pairs = doc.contents.items;
  const name = pairs.find((pair) => isScalar(pair.key) && pair.key.value === 'name')?.value;
  const style: Style = isScalar(name) && name.type ? name.type : Scalar.QUOTE_DOUBLE;
  const spans = new Map(
    pairs.map((pair) => {
      const key = pair.key as Scalar;
      const end = (pair.value as YamlNode | null)?.range?.[2] ?? key.range![2];
      return [String(key.value), { pair, start: key.range![0], end }];
    }),
  );
  const edits: { start: number; end: number; text: string }[] = [];
  const keys = Object.keys(next);
  keys.forEach((key, i) => {
    const span = spans.get(key);
    if (span) {
      const old: unknown = (span.pair.value as YamlNode | null)?.toJSON();
      if (!isDeepStrictEqual(old, next[key]))
        edits.push({
          start: span.start,
          end: span.end,
          text: renderPair(span.pair.key, restyle(next[key], span.pair.value, style)),
        });
      return;
    }
    // A new field goes before the next field that is already there, or last.
    const following = keys.slice(i + 1).find((k) => spans.has(k));
    const at = following ? spans.get(following)!.start : frontmatter.length;
    edits.push({ start: at, end: at, text: renderPair(new Scalar(key), restyle(next[key], undefined, style)) });
  });
  let text = frontmatter;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

/**
 * Applies `change` to the data of an existing entry file and returns the new file. A file that
 * Decap wrote (it reads and writes back to the same bytes) is written again as Decap would; any
 * other file is edited in place. The body is never touched.
 */
export function editEntry(text: string, order: readonly string[], change: (data: Data) => Data): string | undefined {
  const parts = splitEntry(text);
  if (!parts) return undefined;
  let decap: Data | undefined;
  try {
    decap = decapData(parts.frontmatter);
  } catch {
    // Not YAML that Decap reads: not a file Decap wrote, then.
  }
  if (decap && decapEntry(decap, parts.body, order) === text) return decapEntry(change(decap), parts.body, order);
  const current = (parseDocument(parts.frontmatter).toJS() ?? {}) as Data;
  const frontmatter = patchInPlace(parts.frontmatter, change(current));
  const end = parts.start + parts.frontmatter.length;
  return text.slice(0, parts.start) + frontmatter + text.slice(end);
}
