/** Values from JSON.parse, as the loaders read them. */
export type Json = Record<string, unknown>;

/** The value if it is a JSON object (not null, not an array), else null. */
export const asObject = (value: unknown): Json | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
