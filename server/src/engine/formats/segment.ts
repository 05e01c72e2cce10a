/** A piece of text the detectors see, and how its offsets map back to the unit it came from. */
export interface Segment {
  /** Decoded text (JSON escapes resolved). */
  text: string;
  /** Offset of the segment's first raw character in its unit. */
  rawStart: number;
  /**
   * For text that was decoded: map[i] is the raw offset (relative to rawStart) of decoded index i;
   * map[text.length] is the raw length. Undefined when raw and decoded text are identical.
   */
  map?: Int32Array;
  /** The JSON key or CSV column this is the value of. */
  key?: string;
  container: 'json-string' | 'json-number' | 'raw';
}

export function rawOffset(seg: Segment, decodedIndex: number): number {
  return seg.rawStart + (seg.map ? seg.map[decodedIndex] : decodedIndex);
}

export function rawSegment(text: string, rawStart = 0, key?: string): Segment {
  return { text, rawStart, key, container: 'raw' };
}

/**
 * `text` in a string of its own. Units and undecoded values are slices of the document, and V8 reads a
 * slice's characters through its parent: the detectors, which read each text character by character, ran
 * 12% slower (names on) on slices than on copies; a copy costs about 1%. Short slices are copies already.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * ownString for the inside of a JSON string without escapes, quotes or control characters (a string value
 * of a valid JSON line): JSON.parse copies it natively, without the Buffer ownString allocates.
 */
export function ownJsonString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(`"${text}"`) as string);
}
