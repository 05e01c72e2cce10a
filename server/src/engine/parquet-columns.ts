// A Parquet row group as its leaf columns, as stored: each leaf's present values with their definition and
// repetition levels. Rows are assembled one at a time from a row's slice of the leaves, by hyparquet's own
// assembly (so a row is the object hyparquet would give), and let go once scanned: a row group is never held as
// a graph of objects, which took several times its size in memory and most of the reading time in garbage
// collection. A redacted row is shredded back into its slice by hyparquet-writer's own Dremel encoding, and the
// leaves are written as they are, with their levels: no row group is assembled or shredded whole.
import { type AsyncBuffer, type DecodedArray, type FileMetaData, type ParquetParsers, parquetSchema, type SchemaTree } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { assembleLists, assembleNested } from 'hyparquet/src/assemble.js';
import { getMaxDefinitionLevel, getMaxRepetitionLevel } from 'hyparquet/src/schema.js';
import type { ColumnDecoder, Compressors, DataPage, Encoding } from 'hyparquet/src/types.js';
import type { ParquetWriter } from 'hyparquet-writer';
import { encodeNestedValues } from 'hyparquet-writer/src/dremel.js';
import { writeColumn } from 'hyparquet-writer/src/column.js';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { ParquetError } from './parquet-error';

/** One leaf column of a row group. */
interface Leaf {
  /** Schema tree nodes from the root to the leaf. */
  tree: SchemaTree[];
  /** The leaf's path joined by dots, as hyparquet names subcolumns. */
  name: string;
  maxDef: number;
  maxRep: number;
  /** The values present (definition level = maxDef), in order. */
  values: unknown[];
  /** One per entry; empty when maxDef is 0. */
  def: number[];
  /** One per entry; empty when maxRep is 0. */
  rep: number[];
  /** With repetition: the entry each row starts at, and the end. */
  rowEntry?: number[];
  /** With definition levels: the value each row starts at, and the end. */
  rowValue?: number[];
}

/** A top-level field: one leaf read as it is, or a nested one assembled from its leaves. */
interface Field {
  name: string;
  node: SchemaTree;
  leaves: Leaf[];
  flat: boolean;
  /** A list of structs of primitive fields (chat messages), assembled by listOfStructs: the definition level of an element. */
  elementDef?: number;
}

export interface ColumnGroup {
  rows: number;
  fields: Field[];
  /** In the schema's order (the order of the column chunks written). */
  leaves: Leaf[];
}

export interface LeafReadOptions {
  compressors: Compressors;
  /** The whole set (DEFAULT_PARSERS with any overrides), built once by the caller rather than once per row group. */
  parsers: ParquetParsers;
}

/** Semi-spaces of the young generation: V8 doubles them up to 16 MB while objects survive, as a row group's do. */
const YOUNG_SEMI_SPACE_BYTES = 4 << 20;
let youngBounded = false;

/**
 * Stops the young generation's growth once its semi-spaces reach YOUNG_SEMI_SPACE_BYTES. A row group's values
 * outlive many scavenges, so V8 would grow it to its maximum (3 × 16 MB) whatever the row group's size; past
 * 4 MB the growth saves little time. (--max-semi-space-size only counts at start-up; the growth factor is read
 * at each growth.)
 */
export function boundYoungGeneration(): void {
  if (youngBounded) return;
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young && young.space_size >= 2 * YOUNG_SEMI_SPACE_BYTES) {
    setFlagsFromString('--semi-space-growth-factor=1');
    youngBounded = true;
  }
}

/** Reads row group `index` as its leaf columns. */
export async function readColumnGroup(file: AsyncBuffer, metadata: FileMetaData, index: number, o: LeafReadOptions): Promise<ColumnGroup> {
  const group = metadata.row_groups[index];
  const schema = parquetSchema(metadata);
  const byName = new Map<string, Leaf>();
  for (const chunk of group.columns) {
    const meta = chunk.meta_data;
    if (!meta || chunk.file_path) throw new ParquetError('a column chunk is in another file or has no metadata');
    const tree = treePath(schema, meta.path_in_schema);
    const leaf: Leaf = { tree, name: meta.path_in_schema.join('.'), maxDef: getMaxDefinitionLevel(tree), maxRep: getMaxRepetitionLevel(tree), values: [], def: [], rep: [] };
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const bytes = await file.slice(start, start + Number(meta.total_compressed_size));
    const decoder: ColumnDecoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: tree[tree.length - 1].element, schemaPath: tree, codec: meta.codec, parsers: o.parsers, compressors: o.compressors, utf8: false };
    readLeafPages(new DataView(bytes), Number(meta.num_values), decoder, leaf);
    indexRows(leaf, Number(group.num_rows));
    byName.set(leaf.name, leaf);
  }
  const fields: Field[] = [];
  const leaves: Leaf[] = [];
  for (const node of schema.children) {
    const own = leafPaths(node).map((path) => {
      const leaf = byName.get(path);
      if (!leaf) throw new ParquetError(`row group ${index} has no column chunk for ${path}`);
      return leaf;
    });
    leaves.push(...own);
    fields.push({ name: node.element.name, node, leaves: own, flat: !node.children.length && own[0].maxRep === 0, elementDef: structListElementDef(node) });
  }
  return { rows: Number(group.num_rows), fields, leaves };
}

function treePath(schema: SchemaTree, path: string[]): SchemaTree[] {
  const tree = [schema];
  for (const name of path) {
    const next = tree[tree.length - 1].children.find((c) => c.element.name === name);
    if (!next) throw new ParquetError(`a column chunk names ${path.join('.')}, which the schema does not have`);
    tree.push(next);
  }
  return tree;
}

function leafPaths(node: SchemaTree): string[] {
  return node.children.length ? node.children.flatMap(leafPaths) : [node.path.join('.')];
}

/** The pages of one column chunk, appended to the leaf (as hyparquet's readColumn reads them, without assembling). */
function readLeafPages(view: DataView, entries: number, decoder: ColumnDecoder, leaf: Leaf): void {
  const reader = { view, offset: 0 };
  let dictionary: DecodedArray | undefined;
  let read = 0;
  while (read < entries && reader.offset < view.byteLength - 1) {
    const header = parquetHeader(reader);
    const compressed = new Uint8Array(view.buffer, view.byteOffset + reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
      const plain = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length);
      dictionary = convert(plain, decoder);
      continue;
    }
    let page: { data: DataPage; encoding: Encoding; count: number };
    if (header.type === 'DATA_PAGE') {
      const daph = header.data_page_header!;
      page = { data: readDataPage(decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors), daph, decoder), encoding: daph.encoding, count: daph.num_values };
    } else if (header.type === 'DATA_PAGE_V2') {
      const daph2 = header.data_page_header_v2!;
      page = { data: readDataPageV2(compressed, header, decoder), encoding: daph2.encoding, count: daph2.num_values };
    } else continue; // index pages: nothing to read
    const { data, encoding, count } = page;
    const values = convertWithDictionary(data.dataPage, dictionary, encoding, decoder);
    for (let i = 0; i < values.length; i++) leaf.values.push(values[i]);
    if (leaf.maxDef) for (let i = 0; i < count; i++) leaf.def.push(data.definitionLevels?.[i] ?? leaf.maxDef);
    if (leaf.maxRep) for (let i = 0; i < count; i++) leaf.rep.push(data.repetitionLevels[i]);
    read += count;
    boundYoungGeneration();
  }
}

function indexRows(leaf: Leaf, rows: number): void {
  const entries = leaf.maxRep ? leaf.rep.length : leaf.maxDef ? leaf.def.length : leaf.values.length;
  if (leaf.maxRep) {
    leaf.rowEntry = [];
    for (let e = 0; e < entries; e++) if (leaf.rep[e] === 0) leaf.rowEntry.push(e);
    leaf.rowEntry.push(entries);
  } else if (entries !== rows) throw new ParquetError(`column ${leaf.name} has ${entries} values for ${rows} rows`);
  if (leaf.rowEntry && leaf.rowEntry.length !== rows + 1) throw new ParquetError(`column ${leaf.name} has ${leaf.rowEntry.length - 1} rows, its row group ${rows}`);
  if (leaf.maxDef) {
    leaf.rowValue = [];
    let v = 0;
    let e = 0;
    for (let r = 0; r <= rows; r++) {
      const end = leaf.rowEntry ? leaf.rowEntry[r] : r;
      for (; e < end; e++) if (leaf.def[e] === leaf.maxDef) v++;
      leaf.rowValue.push(v);
    }
  }
}

const entrySpan = (leaf: Leaf, r: number): [number, number] => (leaf.rowEntry ? [leaf.rowEntry[r], leaf.rowEntry[r + 1]] : [r, r + 1]);
const valueSpan = (leaf: Leaf, r: number): [number, number] => (leaf.rowValue ? [leaf.rowValue[r], leaf.rowValue[r + 1]] : entrySpan(leaf, r));

/**
 * For `list<struct<primitive fields>>` (a LIST whose repeated group holds one struct of primitive fields, as
 * chat messages are stored), the definition level at which an element is present; undefined for other shapes.
 */
function structListElementDef(node: SchemaTree): number | undefined {
  const list = node.children[0];
  const element = list?.children[0];
  const isList = node.element.converted_type === 'LIST' || node.element.logical_type?.type === 'LIST';
  if (!isList || node.children.length !== 1 || list.element.repetition_type !== 'REPEATED' || list.children.length !== 1) return undefined;
  if (element.element.repetition_type === 'REPEATED' || !element.children.length) return undefined;
  if (element.children.some((c) => c.children.length || c.element.repetition_type === 'REPEATED')) return undefined;
  return (node.element.repetition_type === 'OPTIONAL' ? 1 : 0) + 1 + (element.element.repetition_type === 'OPTIONAL' ? 1 : 0);
}

/** A row's list of structs straight from the leaves: what hyparquet's assembly gives, without its arrays per leaf. */
function listOfStructs(f: Field, r: number, elementDef: number): unknown {
  const first = f.leaves[0];
  const [e0, e1] = entrySpan(first, r);
  const listDef = elementDef - 1 - (f.node.children[0].children[0].element.repetition_type === 'OPTIONAL' ? 1 : 0);
  const d = first.def[e0];
  if (d < listDef) return undefined; // as hyparquet: a null list is left out of the row's JSON
  const list: unknown[] = [];
  if (d === listDef) return list;
  const cursors = f.leaves.map((leaf) => valueSpan(leaf, r)[0]);
  const keys = f.leaves.map((leaf) => leaf.tree[leaf.tree.length - 1].element.name);
  for (let e = e0; e < e1; e++) {
    if (first.def[e] < elementDef) {
      list.push(undefined); // as hyparquet (JSON writes it null)
      continue;
    }
    const item: Record<string, unknown> = {};
    for (let k = 0; k < f.leaves.length; k++) {
      const leaf = f.leaves[k];
      item[keys[k]] = leaf.def[e] === leaf.maxDef ? leaf.values[cursors[k]++] : null;
    }
    list.push(item);
  }
  return list;
}

/** Row `r` of the group, the object hyparquet's parquetReadObjects gives for it. */
export function rowOf(g: ColumnGroup, r: number, parsers: ParquetParsers): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const f of g.fields) {
    if (f.flat) {
      const leaf = f.leaves[0];
      const [v] = valueSpan(leaf, r);
      row[f.name] = leaf.maxDef && leaf.def[r] !== leaf.maxDef ? null : leaf.values[v];
      continue;
    }
    if (f.elementDef !== undefined) {
      row[f.name] = listOfStructs(f, r, f.elementDef);
      continue;
    }
    const sub = new Map<string, DecodedArray>();
    for (const leaf of f.leaves) {
      const [e0, e1] = entrySpan(leaf, r);
      const [v0, v1] = valueSpan(leaf, r);
      const def = leaf.maxDef ? leaf.def.slice(e0, e1) : undefined;
      sub.set(leaf.name, assembleLists([], def, leaf.maxRep ? leaf.rep.slice(e0, e1) : [], leaf.values.slice(v0, v1) as DecodedArray, leaf.tree));
    }
    if (f.node.children.length) assembleNested(sub, f.node, parsers);
    row[f.name] = (sub.get(f.node.children.length ? f.node.element.name : f.leaves[0].name) as unknown[])[0];
  }
  return row;
}

/** Puts a changed row (only string values changed) back into its slice of the leaves. */
export function putRow(g: ColumnGroup, r: number, row: Record<string, unknown>): void {
  for (const f of g.fields) {
    for (const leaf of f.leaves) {
      const [v0, v1] = valueSpan(leaf, r);
      if (v0 === v1) continue;
      const shredded = encodeNestedValues(leaf.tree, [row[f.name]] as DecodedArray);
      const present = leaf.maxDef ? shredded.values.filter((_, k) => shredded.definitionLevels[k] === leaf.maxDef) : Array.from(shredded.values);
      if (present.length !== v1 - v0) throw new ParquetError(`row ${r} of column ${leaf.name} changed shape when redacted`);
      for (let k = 0; k < present.length; k++) leaf.values[v0 + k] = present[k];
    }
  }
}

/**
 * Writes the group's rows for which `kept` is true (all when it is not given) as one row group, each leaf
 * with its own levels; what ParquetWriter.write does for a row group, without shredding rows.
 */
export async function writeColumnGroup(w: ParquetWriter, g: ColumnGroup, kept?: boolean[]): Promise<number> {
  const rows = kept ? kept.filter(Boolean).length : g.rows;
  if (!rows) return 0;
  const start = w.writer.offset;
  const columns = [];
  for (const leaf of g.leaves) {
    const schemaPath = leaf.tree.map((n) => n.element);
    const column = {
      columnName: schemaPath.slice(1).map((s) => s.name).join('.'),
      element: schemaPath[schemaPath.length - 1],
      schemaPath,
      codec: w.codec,
      compressors: w.compressors,
      stats: w.statistics,
      statisticsTruncateLength: w.statisticsTruncateLength,
      pageSize: 1 << 20,
      columnIndex: false,
      offsetIndex: true,
    };
    const result = writeColumn({ writer: w.writer, column, pageData: pageData(leaf, g.rows, kept) });
    columns.push(result.chunk);
    w.pendingIndexes.push(result);
  }
  let total = 0n;
  for (const { meta_data } of columns) total += meta_data?.total_uncompressed_size ?? 0n;
  w.num_rows += BigInt(rows);
  w.row_groups.push({ columns, total_byte_size: total, num_rows: BigInt(rows), total_compressed_size: BigInt(w.writer.offset - start) });
  await w.writer.flush?.();
  return rows;
}

/** A leaf as hyparquet-writer's encodeNestedValues gives it: a value (or null) per entry, and the levels. */
function pageData(leaf: Leaf, rows: number, kept: boolean[] | undefined) {
  const values: unknown[] = [];
  const def: number[] = [];
  const rep: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (kept && !kept[r]) continue;
    const [e0, e1] = entrySpan(leaf, r);
    let [v] = valueSpan(leaf, r);
    for (let e = e0; e < e1; e++) {
      if (leaf.maxDef) {
        def.push(leaf.def[e]);
        values.push(leaf.def[e] === leaf.maxDef ? leaf.values[v++] : null);
      } else values.push(leaf.values[v++]);
      if (leaf.maxRep) rep.push(leaf.rep[e]);
    }
  }
  return { values: values as DecodedArray, definitionLevels: def, repetitionLevels: rep, maxDefinitionLevel: leaf.maxDef };
}
