import { OUTPUT_WORDS } from './words.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

type Schema = Readonly<Record<string, unknown>>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_DEPTH = 4;
const MAX_PROPERTIES = 12;

function words(rng: () => number, count: number): string {
  let s = OUTPUT_WORDS[(rng() * OUTPUT_WORDS.length) | 0];
  for (let i = 1; i < count; i++) s += ` ${OUTPUT_WORDS[(rng() * OUTPUT_WORDS.length) | 0]}`;
  return s;
}

function typeOf(schema: Schema): string {
  const t = schema.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return String(t.find((x) => x !== 'null') ?? 'string');
  if (isSchema(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return 'string';
}

function stringFor(schema: Schema, rng: () => number): string {
  switch (schema.format) {
    case 'date':
      return '2026-01-15';
    case 'date-time':
      return '2026-01-15T12:00:00Z';
    case 'email':
      return 'user@example.com';
    case 'uri':
      return 'https://example.com/item';
    default:
      return words(rng, 1 + ((rng() * 3) | 0));
  }
}

/** `n` moved inside the schema's `minimum` and `maximum`, where it has them. */
function inRange(schema: Schema, n: number): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  return Math.min(max, Math.max(min, n));
}

/** A value that satisfies the common parts of a JSON Schema: types, enums, required properties. */
function valueFor(schema: unknown, rng: () => number, depth: number): Json {
  if (!isSchema(schema)) return words(rng, 2);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[(rng() * schema.enum.length) | 0] as Json;
  if ('const' in schema) return schema.const as Json;
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants) && variants.length > 0) return valueFor(variants[0], rng, depth);
  switch (typeOf(schema)) {
    case 'integer':
      return inRange(schema, (rng() * 100) | 0);
    case 'number':
      return inRange(schema, Math.round(rng() * 1000) / 10);
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    case 'array': {
      const count = depth < MAX_DEPTH ? Math.max(1, Number(schema.minItems ?? 0)) : 0;
      return Array.from({ length: Math.min(count, MAX_PROPERTIES) }, () => valueFor(schema.items, rng, depth + 1));
    }
    case 'object':
      return depth < MAX_DEPTH ? objectFor(schema, rng, depth + 1) : {};
    default:
      return stringFor(schema, rng);
  }
}

function objectFor(schema: Schema, rng: () => number, depth: number): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
  const names = required.length > 0 ? required : Object.keys(properties).slice(0, MAX_PROPERTIES);
  for (const name of names) out[name] = valueFor(properties[name], rng, depth);
  return out;
}

/** A JSON document matching `schema` (structured outputs), deterministic for a given rng. */
export const sampleJson = (schema: unknown, rng: () => number): Json => valueFor(schema, rng, 0);

/** The input of a generated tool call, deterministic for a given rng. */
export function sampleToolInput(inputSchema: unknown, rng: () => number): { [key: string]: Json } {
  return isSchema(inputSchema) ? objectFor(inputSchema, rng, 0) : {};
}
