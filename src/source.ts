/**
 * The one position-aware parser. JSON is a subset of YAML 1.2, so a single `yaml` parse gives 1-based
 * positions for JSON and YAML alike; the result is a `SourceNode` tree that no later stage needs the
 * `yaml` API to read.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Alias, type Document, type Node, type Tags } from 'yaml';
import type { Diagnostic, MapEntry, SourceLocation, SourceNode } from './types.js';

export interface ParsedSource {
  root: SourceNode | null;
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Also require strict JSON (KMS, CloudTrail and Terraform never accept YAML-only syntax). */
  json?: boolean;
  /** Upper bound on nodes after alias expansion; protects against YAML alias bombs. */
  maxNodes?: number;
  maxDepth?: number;
  /** Refuse explicit tags (`!Sub`, `!!js/function`, …): for rule and configuration files, which are plain data. */
  rejectTags?: boolean;
}

const DEFAULT_MAX_NODES = 1_000_000;
const DEFAULT_MAX_DEPTH = 256;

/**
 * CloudFormation short-form tags. Each is registered for every node kind with a `resolve` that returns its
 * input unchanged: resolving to plain objects would wrap collections in a scalar and lose the children's
 * positions (inputs.md §2.5). The tree walk below turns the tag into the long form.
 */
const CLOUDFORMATION_TAGS = [
  'Ref', 'Condition', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'ImportValue', 'FindInMap',
  'Base64', 'Cidr', 'GetAZs', 'Equals', 'And', 'Or', 'Not', 'Transform', 'ToJsonString', 'Length',
];
const customTags: Tags = CLOUDFORMATION_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value as never },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value as never },
]);

/** Decodes file bytes, honouring UTF-8 and UTF-16 byte-order marks (Windows tools write UTF-16 JSON). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Buffer's UTF-8 decoder is the fast path for large plans and logs; invalid bytes become U+FFFD either way.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parseSource(text: string, file: string, options: ParseOptions = {}): ParsedSource {
  const lineCounter = new LineCounter();
  const locate = (start: number, end: number, pointer: string): SourceLocation => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col, pointer };
  };

  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, customTags, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  if (options.json) {
    const jsonError = strictJsonError(text);
    if (jsonError) {
      diagnostics.push({
        code: 'parse-error',
        severity: 'error',
        message: `invalid JSON: ${jsonError.message}; fix the syntax (a JSON validator or \`jq .\` shows the same spot)`,
        loc: locate(jsonError.offset, jsonError.offset, ''),
      });
      return { root: null, diagnostics };
    }
  }
  for (const error of doc.errors) {
    diagnostics.push({
      code: 'parse-error',
      severity: 'error',
      message: `${options.json ? 'invalid JSON' : 'invalid YAML'}: ${firstLine(error.message)}`,
      loc: locate(error.pos[0], error.pos[1], ''),
    });
  }
  if (diagnostics.length > 0) return { root: null, diagnostics };
  if (doc.contents === null) {
    diagnostics.push({ code: 'empty-document', severity: 'error', message: 'the file is empty: expected a JSON or YAML document', loc: locate(0, 0, '') });
    return { root: null, diagnostics };
  }
  if (options.rejectTags) {
    const tagged = findTagged(doc.contents);
    if (tagged) {
      // The node's range starts at its value; the tag as written stands just before it.
      let tagStart = text.lastIndexOf('!', tagged.range?.[0] ?? 0);
      while (tagStart > 0 && text[tagStart - 1] === '!') tagStart--;
      const written = /^!\S*/.exec(text.slice(tagStart))?.[0] ?? tagged.tag;
      diagnostics.push({ code: 'tag-not-allowed', severity: 'error', message: `YAML tag ${written} is not allowed here: this file is plain data (remove the tag)`, loc: locate(tagStart, tagStart + written!.length, '') });
      return { root: null, diagnostics };
    }
  }
  for (const warning of doc.warnings) {
    diagnostics.push({ code: 'parse-warning', severity: 'warning', message: firstLine(warning.message), loc: locate(warning.pos[0], warning.pos[1], '') });
  }
  const walker = new TreeBuilder(text, doc, locate, options.maxNodes ?? DEFAULT_MAX_NODES, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const root = walker.build(doc.contents, '', 0);
  if (walker.limitError) {
    diagnostics.push({ code: 'too-large', severity: 'error', message: walker.limitError.message, loc: walker.limitError.loc });
    return { root: null, diagnostics };
  }
  return { root, diagnostics };
}

class TreeBuilder {
  private nodes = 0;
  limitError: { message: string; loc: SourceLocation } | null = null;
  private lines: string[] | null = null;
  private aliasTargets: Map<Alias, Node | undefined> | null = null;

  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly locate: (start: number, end: number, pointer: string) => SourceLocation,
    private readonly maxNodes: number,
    private readonly maxDepth: number,
  ) {}

  /** The first content line of a block scalar whose header is on `headerLine`, and its indentation. */
  private blockContentStart(headerLine: number): { line: number; indent: number } | null {
    this.lines ??= this.text.split(/\r?\n/);
    for (let line = headerLine + 1; line <= this.lines.length; line++) {
      const content = this.lines[line - 1]!;
      if (content.trim() !== '') return { line, indent: content.length - content.trimStart().length };
    }
    return null;
  }

  /**
   * What an alias refers to: the last anchor of its name before it, as yaml's `Alias.resolve` defines it.
   * `resolve` walks the whole document on every call, which is quadratic in a document with many aliases;
   * one walk resolves them all.
   */
  private aliasTarget(alias: Alias): Node | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, Node | undefined>();
      const anchors = new Map<string, Node>();
      visit(this.doc, (_key, node) => {
        if (isAlias(node)) targets.set(node, anchors.get(node.source));
        else if ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor) anchors.set(node.anchor, node);
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }

  build(node: Node, pointer: string, depth: number): SourceNode {
    const loc = this.locate(node.range?.[0] ?? 0, node.range?.[1] ?? 0, pointer);
    if (this.limitError) return { kind: 'scalar', loc, value: null, text: '' };
    if (++this.nodes > this.maxNodes) {
      this.limitError = { message: `the document expands to more than ${this.maxNodes} values (YAML aliases?); kmslint stops here to stay safe`, loc };
      return { kind: 'scalar', loc, value: null, text: '' };
    }
    if (depth > this.maxDepth) {
      this.limitError = { message: `the document nests deeper than ${this.maxDepth} levels; no key policy does`, loc };
      return { kind: 'scalar', loc, value: null, text: '' };
    }
    if (isAlias(node)) {
      const target = this.aliasTarget(node);
      if (!target) {
        this.limitError = { message: `YAML alias *${node.source} has no anchor`, loc };
        return { kind: 'scalar', loc, value: null, text: '' };
      }
      return this.build(target, pointer, depth + 1);
    }
    const built = this.buildUntagged(node, pointer, depth, loc);
    const tag = node.tag?.startsWith('!') && !node.tag.startsWith('!!') ? node.tag.slice(1) : null;
    return tag && CLOUDFORMATION_TAGS.includes(tag) ? longFormIntrinsic(tag, built) : built;
  }

  private buildUntagged(node: Node, pointer: string, depth: number, loc: SourceLocation): SourceNode {
    if (isMap(node)) {
      const entries: MapEntry[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.source ?? keyNode.value) : String(keyNode ?? '');
        const keyLoc = this.locate(keyNode?.range?.[0] ?? 0, keyNode?.range?.[1] ?? 0, `${pointer}/${escapePointerToken(key)}`);
        const valuePointer = `${pointer}/${escapePointerToken(key)}`;
        const value: SourceNode = pair.value
          ? this.build(pair.value as Node, valuePointer, depth + 1)
          : { kind: 'scalar', loc: keyLoc, value: null, text: '' };
        entries.push({ key, keyLoc, value });
      }
      return { kind: 'map', loc, entries };
    }
    if (isSeq(node)) {
      return { kind: 'seq', loc, items: node.items.map((item, i) => this.build(item as Node, `${pointer}/${i}`, depth + 1)) };
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value);
      const text = node.type === 'PLAIN' && typeof scalar !== 'string' && node.source !== undefined ? node.source : scalar === null ? '' : String(scalar);
      if (node.type === 'BLOCK_LITERAL' && typeof scalar === 'string') {
        const firstContent = this.blockContentStart(loc.line);
        if (firstContent) return { kind: 'scalar', loc, value: scalar, text, block: firstContent };
      }
      return { kind: 'scalar', loc, value: scalar, text };
    }
    return { kind: 'scalar', loc, value: null, text: '' };
  }
}

/** The YAML 1.2 core schema's own tags: `!!str "123"` is still plain data. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

function findTagged(node: unknown): Node | null {
  if (isScalar(node) || isMap(node) || isSeq(node)) {
    if (node.tag && !CORE_TAGS.has(node.tag)) return node;
    if (isMap(node)) {
      for (const pair of node.items) {
        const found = findTagged(pair.key) ?? findTagged(pair.value);
        if (found) return found;
      }
    }
    if (isSeq(node)) for (const item of node.items) {
      const found = findTagged(item);
      if (found) return found;
    }
  }
  return null;
}

/** `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`, `!Ref X` → `{"Ref": "X"}`, `!Sub s` → `{"Fn::Sub": s}`. */
function longFormIntrinsic(tag: string, value: SourceNode): SourceNode {
  const key = tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
  let inner = value;
  if (tag === 'GetAtt' && value.kind === 'scalar' && typeof value.value === 'string') {
    const dot = value.value.indexOf('.');
    const parts = dot < 0 ? [value.value] : [value.value.slice(0, dot), value.value.slice(dot + 1)];
    inner = { kind: 'seq', loc: value.loc, items: parts.map((part) => ({ kind: 'scalar', loc: value.loc, value: part, text: part })) };
  }
  return { kind: 'map', loc: value.loc, entries: [{ key, keyLoc: value.loc, value: inner }] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** Returns where strict JSON parsing fails, or null when the text is valid JSON. */
function strictJsonError(text: string): { message: string; offset: number } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const cleaned = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return { message: offset >= text.trimEnd().length ? `${cleaned} (the document ends too early: truncated?)` : cleaned, offset };
  }
}

/** Plain JavaScript value of a node; unresolved values become `undefined`. */
export function toPlain(node: SourceNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const entry of node.entries) out[entry.key] = toPlain(entry.value);
      return out;
    }
    case 'unresolved':
      return undefined;
  }
}

/** The value at a JSON pointer, following the last occurrence of a repeated key as JSON.parse would. */
export function nodeAt(root: SourceNode, pointer: string): SourceNode | null {
  if (pointer === '') return root;
  let node: SourceNode | null = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node) return null;
    if (node.kind === 'map') node = node.entries.findLast((entry) => entry.key === token)?.value ?? null;
    else if (node.kind === 'seq') node = node.items[Number(token)] ?? null;
    else return node;
  }
  return node;
}

/** Builds a located tree from a plain value, every node at `loc` (used when the input carries no positions). */
export function fromPlain(value: unknown, loc: SourceLocation): SourceNode {
  const at = (pointer: string): SourceLocation => ({ ...loc, pointer: loc.pointer + pointer });
  const build = (v: unknown, pointer: string): SourceNode => {
    if (Array.isArray(v)) return { kind: 'seq', loc: at(pointer), items: v.map((item, i) => build(item, `${pointer}/${i}`)) };
    if (v !== null && typeof v === 'object') {
      return {
        kind: 'map',
        loc: at(pointer),
        entries: Object.entries(v).map(([key, child]) => {
          const childPointer = `${pointer}/${escapePointerToken(key)}`;
          return { key, keyLoc: at(childPointer), value: build(child, childPointer) };
        }),
      };
    }
    const scalar = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
    return { kind: 'scalar', loc: at(pointer), value: scalar, text: scalar === null ? '' : String(scalar) };
  };
  return build(value, '');
}

/** Re-homes a tree parsed from an embedded string: every node points at the host, keeping its own pointer. */
export function relocate(node: SourceNode, host: SourceLocation): SourceNode {
  return mapLocations(node, (loc) => ({ ...host, pointer: host.pointer + loc.pointer }));
}

/** Moves a tree parsed from a block scalar to its place in the host file. */
export function shiftInto(node: SourceNode, host: SourceLocation, block: { line: number; indent: number }): SourceNode {
  return mapLocations(node, (loc) => ({
    file: host.file,
    line: loc.line + block.line - 1,
    column: loc.column + block.indent,
    endLine: loc.endLine + block.line - 1,
    endColumn: loc.endColumn + block.indent,
    pointer: host.pointer + loc.pointer,
  }));
}

function mapLocations(node: SourceNode, move: (loc: SourceLocation) => SourceLocation): SourceNode {
  switch (node.kind) {
    case 'map':
      return { ...node, loc: move(node.loc), entries: node.entries.map((e) => ({ ...e, keyLoc: move(e.keyLoc), value: mapLocations(e.value, move) })) };
    case 'seq':
      return { ...node, loc: move(node.loc), items: node.items.map((item) => mapLocations(item, move)) };
    default:
      return { ...node, loc: move(node.loc) };
  }
}

/**
 * An embedded JSON policy (a Terraform or CloudTrail string) whose positions will be those of its host:
 * JSON.parse is enough, unless a key is repeated — JSON.parse would silently keep the last one, so then
 * the position-aware parser runs and reports it.
 */
export function parseEmbeddedJson(text: string, file: string, host: SourceLocation): ParsedSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseSource(text, file, { json: true });
  }
  if (membersInText(text) !== membersInValue(value)) {
    const parsed = parseSource(text, file, { json: true });
    return parsed.root ? { root: relocate(parsed.root, host), diagnostics: parsed.diagnostics } : parsed;
  }
  return { root: fromPlain(value, host), diagnostics: [] };
}

/** Object members in JSON text: the colons outside strings. */
function membersInText(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x3a) count++;
  }
  return count;
}

function membersInValue(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((n, item) => n + membersInValue(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce<number>((n, item) => n + 1 + membersInValue(item), 0);
  return 0;
}
