/**
 * The search index as it travels: MiniSearch's own serialisation (`toJSON`) repacked at build
 * time (src/compiler/search.ts) into a smaller JSON shape, and unpacked in the browser
 * (src/stores/search.ts) into exactly the object `MiniSearch.loadJS` expects, so the loaded
 * index (terms, frequencies, field lengths, ids, stored fields) is the same one. What shrinks:
 * - each term's postings, `{"<field>":{"<doc>":<count>}}`, become a run of base-36 gaps
 *   between document numbers (a count above 1 after a `*`): 500 KB of JSON → 175 KB;
 * - document ids and field lengths become arrays (the document number is the position);
 * - stored fields become one array per field; a field whose values repeat (kind, exams, chapter)
 *   lists each value once and refers to it by number; a link that follows from the document's
 *   id (`section:a#b` → `/read/a#b`, `card:x` → `/item/x`) is left out and rebuilt.
 */
import type MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import { SEARCH_OPTIONS, type SearchDoc } from './search.ts';

/** A stored field: its values by document number, or the distinct values and each one's number. */
type Column = { values: unknown[] } | { distinct: unknown[]; at: number[] };

export interface SearchPack {
  pack: 1;
  documentCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  ids: string[];
  lengths: number[][];
  stored: Record<string, Column>;
  /**
   * Every term in MiniSearch's order, `;` between terms: the term, then each field's postings,
   * space-separated. The tokenizer splits at white space and punctuation, so no term holds either.
   */
  terms: string;
}

/** The link a document's id implies: its section in the reader, or its item page. */
export function linkOfId(id: string): string | null {
  const [kind, rest] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  if (kind === 'section') return `/read/${rest}`;
  if (kind === 'card' || kind === 'question') return `/item/${rest}`;
  return null;
}

function postings(entry: Record<string, number> | undefined): string {
  if (!entry) return '';
  let previous = 0;
  const out: string[] = [];
  for (const [doc, count] of Object.entries(entry)) {
    const n = Number(doc);
    out.push((n - previous).toString(36) + (count > 1 ? `*${count.toString(36)}` : ''));
    previous = n;
  }
  return out.join(',');
}

function column(values: unknown[]): Column {
  const keys = values.map((v) => (v === undefined ? 'null' : JSON.stringify(v)));
  const distinct = [...new Set(keys)];
  if (distinct.length * 2 > values.length) return { values: values.map((v) => v ?? null) };
  return {
    distinct: distinct.map((k) => JSON.parse(k) as unknown),
    at: keys.map((k) => distinct.indexOf(k)),
  };
}

/** MiniSearch's serialised index, packed. It must hold documents 0…n-1 and nothing removed. */
export function packSearchIndex(js: AsPlainObject): SearchPack {
  const n = js.documentCount;
  if (js.nextId !== n || (js.dirtCount ?? 0) !== 0 || js.serializationVersion !== 2)
    throw new Error('packSearchIndex: expects a freshly built index (no removed documents)');
  const ids = Array.from({ length: n }, (_, i) => String(js.documentIds[i]));
  const lengths = Array.from({ length: n }, (_, i) => js.fieldLength[i] ?? []);
  const docs = ids.map((_, i) => (js.storedFields[i] ?? {}) as Record<string, unknown>);
  const names = [...new Set(docs.flatMap((d) => Object.keys(d)))];
  const stored: Record<string, Column> = {};
  for (const name of names)
    stored[name] = column(
      docs.map((d, i) =>
        name === 'href' && d.href === linkOfId(ids[i] ?? '') ? undefined : d[name],
      ),
    );
  const fields = Object.values(js.fieldIds);
  const lines = js.index.map(([term, data]) => {
    if (/[\s;]/.test(term)) throw new Error(`packSearchIndex: a term with a separator: ${term}`);
    return [term, ...fields.map((f) => postings(data[f]))].join(' ');
  });
  return {
    pack: 1,
    documentCount: n,
    fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength,
    ids,
    lengths,
    stored,
    terms: lines.join(';'),
  };
}

/**
 * The terms as MiniSearch's JSON (`[["term",{"0":{"3":1,"38":2}}],…]`), parsed by JSON.parse:
 * building objects with scattered number keys in script instead was several times slower in V8.
 */
function indexFromTerms(terms: string, fields: number[]): AsPlainObject['index'] {
  const out: string[] = [];
  for (const line of terms.split(';')) {
    const parts = line.split(' ');
    const entries: string[] = [];
    fields.forEach((field, k) => {
      const runs = parts[k + 1];
      if (!runs) return;
      const postings: string[] = [];
      let doc = 0;
      for (const run of runs.split(',')) {
        const star = run.indexOf('*');
        doc += parseInt(star < 0 ? run : run.slice(0, star), 36);
        postings.push(
          `"${String(doc)}":${star < 0 ? '1' : String(parseInt(run.slice(star + 1), 36))}`,
        );
      }
      entries.push(`"${String(field)}":{${postings.join(',')}}`);
    });
    out.push(`[${JSON.stringify(parts[0])},{${entries.join(',')}}]`);
  }
  return JSON.parse(`[${out.join(',')}]`) as AsPlainObject['index'];
}

/** The object `MiniSearch.loadJS` takes, rebuilt from a pack. */
export function unpackSearchIndex(pack: SearchPack): AsPlainObject {
  const value = (c: Column, i: number): unknown =>
    'values' in c ? c.values[i] : c.distinct[c.at[i] ?? -1];
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, Record<string, unknown>> = {};
  pack.ids.forEach((id, i) => {
    documentIds[i] = id;
    fieldLength[i] = pack.lengths[i] ?? [];
    const doc: Record<string, unknown> = {};
    for (const [name, c] of Object.entries(pack.stored)) {
      const v = value(c, i) ?? (name === 'href' ? linkOfId(id) : null);
      if (v !== null) doc[name] = v;
    }
    storedFields[i] = doc;
  });
  const index = indexFromTerms(pack.terms, Object.values(pack.fieldIds));
  return {
    documentCount: pack.documentCount,
    nextId: pack.documentCount,
    documentIds,
    fieldIds: pack.fieldIds,
    fieldLength,
    averageFieldLength: pack.averageFieldLength,
    storedFields,
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}

/** The index from the JSON the compiler wrote, with the options it was built with. */
export function loadSearchPack(Search: typeof MiniSearch, json: string): MiniSearch<SearchDoc> {
  return Search.loadJS<SearchDoc>(
    unpackSearchIndex(JSON.parse(json) as SearchPack),
    SEARCH_OPTIONS,
  );
}
