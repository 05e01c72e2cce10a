// Deterministic Parquet chat datasets for the tests and the benchmark: id (int64), score (double, nullable),
// created (timestamp µs, nullable), text (string, nullable), messages: list<struct<role, content>>.
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';

export interface ChatRow {
  id: bigint;
  score: number | null;
  created: bigint | null;
  text: string | null;
  messages: { role: string | null; content: string | null }[] | null;
}

/** A nullable string column. */
export const stringColumn = (name: string): SchemaElement => ({ name, type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL', converted_type: 'UTF8', logical_type: { type: 'STRING' } });

/** `messages: list<struct<role: string, content: string>>`, as pyarrow writes it. */
export const MESSAGES_SCHEMA: SchemaElement[] = [
  { name: 'messages', repetition_type: 'OPTIONAL', converted_type: 'LIST', logical_type: { type: 'LIST' }, num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', repetition_type: 'OPTIONAL', num_children: 2 },
  stringColumn('role'),
  stringColumn('content'),
];

export const CHAT_SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: 5 },
  { name: 'id', type: 'INT64', repetition_type: 'REQUIRED' },
  { name: 'score', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  { name: 'created', type: 'INT64', repetition_type: 'OPTIONAL', converted_type: 'TIMESTAMP_MICROS', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' } },
  stringColumn('text'),
  ...MESSAGES_SCHEMA,
];

const COLUMNS = ['id', 'score', 'created', 'text', 'messages'] as const;

/** Writes the row groups given (each becomes one row group), compressed with Snappy. */
export async function writeChatParquet(path: string, groups: Iterable<ChatRow[]>): Promise<void> {
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: CHAT_SCHEMA, codec: 'SNAPPY' });
  for (const rows of groups) {
    await writer.write({ columnData: COLUMNS.map((name) => ({ name, data: rows.map((r) => r[name]) })), rowGroupSize: rows.length });
  }
  await writer.finish();
}

/** A row as JSONL holds it (the same record, for comparing speeds and findings). */
export function chatRowJson(r: ChatRow): string {
  return JSON.stringify({ id: Number(r.id), score: r.score, created: r.created === null ? null : Number(r.created), text: r.text, messages: r.messages });
}
