// Question-answering and chat records: where their answers are, so that a report can say how many
// answers lost an entity they contained (redaction hurts QA most when the entity is the answer).
import type { PathPart } from './json-paths';

const ANSWER_KEYS = new Set(['answer', 'answers', 'response', 'output', 'completion', 'chosen', 'rejected', 'target', 'solution']);
const QUESTION_KEYS = new Set(['question', 'questions', 'prompt', 'query', 'instruction', 'input', 'context', 'problem']);
const CHAT_KEYS = new Set(['messages', 'conversations', 'conversation', 'dialog', 'dialogue', 'turns', 'chat']);
const ROLE_KEYS = ['role', 'from', 'speaker', 'author'];
const CONTENT_KEYS = ['content', 'value', 'text', 'message'];
const ASSISTANT_ROLES = new Set(['assistant', 'gpt', 'model', 'bot', 'chatbot', 'ai', 'system_response']);

export interface QaShape {
  kind: 'qa' | 'chat';
  /** Path of each answer (a QA answer field, or an assistant message's content). */
  answers: PathPart[][];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

const KEY_BEFORE_COLON = new RegExp(`"(?:${[...ANSWER_KEYS, ...CHAT_KEYS].join('|')})"\\s*:`, 'i');

/**
 * False when a JSON record's text cannot have a QA or chat shape (it names neither an answer nor a chat key),
 * so that most records of other datasets are not parsed again. A key written with escapes is not seen.
 */
export function mayHaveQaShape(text: string): boolean {
  return KEY_BEFORE_COLON.test(text);
}

/** The QA or chat shape of a parsed record, or undefined when it has neither. */
export function qaShape(record: unknown): QaShape | undefined {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const entries = Object.entries(record as Record<string, unknown>);
  const answers: PathPart[][] = [];
  let asked = false;
  for (const [k, v] of entries) {
    const key = k.toLowerCase();
    if (ANSWER_KEYS.has(key) && !isEmpty(v)) answers.push([k]);
    else if (QUESTION_KEYS.has(key)) asked = true;
  }
  if (answers.length && asked) return { kind: 'qa', answers };

  const turns: PathPart[][] = [];
  let others = 0;
  for (const [k, v] of entries) {
    if (!CHAT_KEYS.has(k.toLowerCase()) || !Array.isArray(v)) continue;
    v.forEach((m, i) => {
      if (!m || typeof m !== 'object') return;
      const msg = m as Record<string, unknown>;
      const roleKey = ROLE_KEYS.find((r) => typeof msg[r] === 'string');
      const contentKey = CONTENT_KEYS.find((c) => c in msg);
      if (!roleKey || !contentKey) return;
      if (ASSISTANT_ROLES.has((msg[roleKey] as string).toLowerCase())) {
        if (!isEmpty(msg[contentKey])) turns.push([k, i, contentKey]);
      } else others++;
    });
  }
  return turns.length && others ? { kind: 'chat', answers: turns } : undefined;
}

/** Whether `path` lies inside `prefix`. */
export function within(path: readonly PathPart[], prefix: readonly PathPart[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
