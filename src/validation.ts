/**
 * JSON Schema validation with one cached ajv instance, and the translation of ajv's errors into one
 * readable message per problem, located through the `SourceNode` tree (JSON pointer → file:line:col).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type Ajv2020Class from 'ajv/dist/2020.js';
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import keyPolicySchema from '../schemas/key-policy.schema.json' with { type: 'json' };
import ruleSchema from '../schemas/rule.schema.json' with { type: 'json' };
import { builtFile } from './package-root.js';
import { nodeAt, toPlain } from './source.js';
import type { SourceLocation, SourceNode } from './types.js';

type AjvClass = typeof Ajv2020Class.default;
type Ajv = InstanceType<AjvClass>;

export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true } as const;

async function loadAjv(): Promise<AjvClass> {
  // ajv is CommonJS: under NodeNext the module's default export is the module object, whose `default` is the class.
  const module = (await import('ajv/dist/2020.js')) as unknown as { default: { default: AjvClass } };
  return module.default.default;
}

function newAjv(Ajv2020: AjvClass, options: { source?: boolean } = {}): Ajv {
  const instance = new Ajv2020({ ...AJV_OPTIONS, ...(options.source ? { code: { source: true, esm: true } } : {}) });
  instance.addFormat('uri', /^[a-z][a-z0-9+.-]*:\/\/\S+$/i);
  instance.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return instance;
}

/** One ajv for every schema; `source` makes it able to emit standalone code for the build. */
export async function createAjv(options: { source?: boolean } = {}): Promise<Ajv> {
  return newAjv(await loadAjv(), options);
}

let ajv: Ajv | null = null;
const compiled = new Map<object, ValidateFunction>();

/** Fingerprint of a schema: precompiled validators are used only for the exact schema they were built from. */
export function schemaHash(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** Validators generated at build time (lib/validators.mjs): compiling the schemas costs ~60 ms per start. */
const precompiled = await loadPrecompiled();

/** kmslint's schemas, by the name of their validator in lib/validators.mjs (the build makes it from these). */
export const SCHEMAS = { keyPolicy: keyPolicySchema, rule: ruleSchema, config: configSchema };

// Each schema gets its precompiled validator once, here, if one was built from exactly that schema.
for (const schema of Object.values(SCHEMAS)) {
  const validate = precompiled.get(schemaHash(schema));
  if (validate) compiled.set(schema, validate);
}

/**
 * ajv itself (a quarter of the CLI bundle, ~10 ms to load) only when a schema has no current
 * precompiled validator: the build has not run, or the schemas changed since.
 */
const Ajv2020 = compiled.size === Object.keys(SCHEMAS).length ? null : await loadAjv();

async function loadPrecompiled(): Promise<Map<string, ValidateFunction>> {
  const file = builtFile('validators.mjs');
  if (process.env.KMSLINT_NO_PRECOMPILED || !existsSync(file)) return new Map();
  try {
    const module = (await import(pathToFileURL(file).href)) as { validators: Record<string, { hash: string; validate: ValidateFunction }> };
    return new Map(Object.values(module.validators).map((v) => [v.hash, v.validate]));
  } catch {
    return new Map();
  }
}

export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    if (!Ajv2020) throw new Error(`no validator was built for the schema ${(schema as { $id?: string }).$id ?? ''}; kmslint validates with the schemas under schemas/`);
    validate = (ajv ??= newAjv(Ajv2020)).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export interface SchemaProblem {
  pointer: string;
  message: string;
  loc: SourceLocation;
  keyword: string;
  schemaPath: string;
}

/**
 * Validates a located tree against a schema. Values a loader could not resolve are not judged by the
 * schema: they become `unknown` in the analysis instead of a grammar error.
 */
export function validateTree(schema: object, root: SourceNode): SchemaProblem[] {
  const validate = validatorFor(schema);
  if (validate(toPlain(root))) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (!isReportable(error)) continue;
    const pointer = error.keyword === 'additionalProperties'
      ? `${error.instancePath}/${escapeToken(String(error.params.additionalProperty))}`
      : error.instancePath;
    const node = nodeAt(root, pointer) ?? nodeAt(root, error.instancePath);
    if (!node || isUnderUnresolved(root, pointer)) continue;
    const message = describeError(error);
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const loc = error.keyword === 'additionalProperties' ? keyLocation(root, error.instancePath, String(error.params.additionalProperty)) ?? node.loc : node.loc;
    problems.push({ pointer, message, loc, keyword: error.keyword, schemaPath: error.schemaPath });
  }
  return problems;
}

/** ajv also reports the branches that lead to an error ("must match then schema"); keep only the cause. */
function isReportable(error: ErrorObject): boolean {
  if (error.keyword === 'if') return false;
  return !/\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath);
}

function isUnderUnresolved(root: SourceNode, pointer: string): boolean {
  const tokens = pointer.split('/').slice(1);
  for (let i = 0; i <= tokens.length; i++) {
    const node = nodeAt(root, i === 0 ? '' : `/${tokens.slice(0, i).join('/')}`);
    if (node?.kind === 'unresolved') return true;
  }
  return false;
}

function keyLocation(root: SourceNode, parentPointer: string, key: string): SourceLocation | null {
  const parent = nodeAt(root, parentPointer);
  if (parent?.kind !== 'map') return null;
  return parent.entries.find((entry) => entry.key === key)?.keyLoc ?? null;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `"/Statement/0/Action/2"` → `Action[2]`; the root is "the document". */
export function fieldLabel(pointer: string): string {
  const tokens = pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (tokens.length === 0) return 'the document';
  const last = tokens[tokens.length - 1]!;
  if (/^\d+$/.test(last) && tokens.length > 1) return `"${tokens[tokens.length - 2]}[${last}]"`;
  return `"${last}"`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return `${typeof value} ${JSON.stringify(value)}`;
}

function closest(candidate: string, options: readonly string[]): string | undefined {
  const lower = candidate.toLowerCase();
  return options.find((option) => option.toLowerCase() === lower) ?? options.find((option) => editDistance(option.toLowerCase(), lower) <= 2);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  object: 'an object',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function describeError(error: ErrorObject): string {
  const field = fieldLabel(error.instancePath);
  const parent = (error.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  const got = describeValue(error.data);
  switch (error.keyword) {
    case 'required':
      return `${field === 'the document' ? 'the document' : field} is missing "${String(error.params.missingProperty)}"`;
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const suggestion = closest(key, allowed);
      return `unknown key "${key}" in ${field}${suggestion ? ` (did you mean "${suggestion}"?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return `${field} must be one of ${allowed.join(', ')} (got ${got}${suggestion ? `; did you mean "${suggestion}"? values are case-sensitive` : ''})`;
    }
    case 'const':
      return `${field} must be ${JSON.stringify(error.params.allowedValue)} (got ${got})${parent.description ? `: ${parent.description}` : ''}`;
    case 'type': {
      const types = String(error.params.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
      return `${field} must be ${types.join(' or ')} (got ${got})`;
    }
    case 'minItems':
    case 'minProperties':
      return Number(error.params.limit) === 1 ? `${field} must not be empty` : `${field} needs at least ${String(error.params.limit)} entries`;
    case 'pattern':
    case 'format':
      return `${field} is not valid (got ${got})${parent.description ? `: expected ${parent.description}` : ''}`;
    case 'anyOf':
    case 'oneOf':
    case 'not':
      return parent.description ?? `${field} ${error.message ?? 'is not valid'}`;
    default:
      return `${field} ${error.message ?? 'is not valid'} (got ${got})`;
  }
}
