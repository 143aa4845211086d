/**
 * Inputs given as text or inline values (rule tests, fixtures), loaded through the same code as files.
 */
import type { RuleSource } from '../types.js';
import { loadText, type FileLoad } from './file.js';

export type Loaded = FileLoad;

/** Documents from a value written inline (a rule test's `input`): JSON text of it, read as `source`. */
export function loadInlineInput(source: RuleSource, input: unknown, name: string): Loaded {
  return loadInputText(source, typeof input === 'string' ? input : JSON.stringify(input, null, 2), name);
}

/** Documents from a file's text, as the given kind (`auto` recognises it from the content). */
export function loadInputText(source: RuleSource | 'auto', text: string, file: string): Loaded {
  return loadText(text, { display: file, absolute: file, explicit: true }, { input: source === 'terraform' ? 'terraform-plan' : source });
}
