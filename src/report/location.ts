import type { Diagnostic, SourceLocation } from '../types.js';

/** `file:line:col` — the one place a location is turned into text. */
export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${formatLocation(diagnostic.loc)}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}
