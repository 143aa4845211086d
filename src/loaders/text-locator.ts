/**
 * Positions for inputs read with JSON.parse (plans, CloudTrail logs): the line and column of a string
 * found in the raw text, from an index of line starts built on first use.
 */
import type { SourceLocation } from '../types.js';

/** Where a text starts in its file, when it is a piece of the file (one record of a CloudTrail log). */
export interface TextOrigin {
  line: number;
  column: number;
}

export class TextLocator {
  private lineStarts: number[] | null = null;

  constructor(private readonly text: string, readonly file: string, private readonly origin: TextOrigin = { line: 1, column: 1 }) {}

  indexOf(needle: string, from = 0): number {
    return this.text.indexOf(needle, Math.max(0, from));
  }

  /** The location of a byte offset (falls back to the start of the file). */
  at(offset: number, pointer: string, length = 0): SourceLocation {
    const start = this.position(offset < 0 ? 0 : offset);
    const end = this.position((offset < 0 ? 0 : offset) + length);
    return { file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, pointer };
  }

  find(needle: string, from: number, pointer: string): SourceLocation {
    const offset = this.indexOf(needle, from);
    return this.at(offset, pointer, offset < 0 ? 0 : needle.length);
  }

  /** Where `"key": <value as JSON>` appears (any spacing), searching from `from`; null when nowhere. */
  search(key: string, value: string, from: number, pointer: string): SourceLocation | null {
    const found = this.searchOffset(key, value, from);
    return found ? this.at(found.start, pointer, found.end - found.start) : null;
  }

  /** Offsets of `"key": <value as JSON>` at or after `from` (else anywhere): callers walking an ordered list pass the last end. */
  searchOffset(key: string, value: string, from: number): { start: number; end: number } | null {
    const pattern = new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*${escapeRegExp(JSON.stringify(value))}`, 'g');
    pattern.lastIndex = Math.max(0, from);
    const match = pattern.exec(this.text) ?? (from > 0 ? ((pattern.lastIndex = 0), pattern.exec(this.text)) : null);
    return match ? { start: match.index, end: match.index + match[0].length } : null;
  }

  /** Like `search`, falling back to the start of the file. */
  findValue(key: string, value: string, from: number, pointer: string): SourceLocation {
    return this.search(key, value, from, pointer) ?? this.at(0, pointer);
  }

  private position(offset: number): { line: number; column: number } {
    this.lineStarts ??= computeLineStarts(this.text);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const column = offset - this.lineStarts[low]! + 1;
    return low === 0 ? { line: this.origin.line, column: this.origin.column + column - 1 } : { line: this.origin.line + low, column };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
