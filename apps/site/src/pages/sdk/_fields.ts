/**
 * Calculator input fields for the SDK reference, read from the calculators' zod schemas (types,
 * bounds, enum values, defaults: never re-typed), with a meaning in Chinese and English per field.
 * Not a route: files under src/pages starting with `_` are ignored by Astro.
 */
export interface Field {
  name: string;
  /** TypeScript-ish type for developers: `string (decimal)`, `integer 1–30`, `'general' | 'major'`. */
  type: string;
  required: boolean;
  default?: string;
}

type Def = { type: string; innerType?: Schema; defaultValue?: unknown; element?: Schema; in?: Schema; out?: Schema; checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[] };
type Schema = { def: Def; options?: string[]; minValue?: number | null; maxValue?: number | null; isInt?: boolean; shape?: Record<string, Schema> };

function describe(s: Schema): string {
  switch (s.def.type) {
    case 'string':
      return 'string（十进制数 decimal, e.g. "4000"）';
    case 'number':
      return `${s.isInt ? 'integer' : 'number'}${s.minValue != null && s.maxValue != null ? ` ${s.minValue}–${s.maxValue}` : ''}`;
    case 'boolean':
      return 'boolean';
    case 'enum':
      return (s.options ?? []).map((o) => `'${o}'`).join(' | ');
    case 'array': {
      const el = s.def.element!;
      const min = s.def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      const max = s.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      const inner = el.def.type === 'object' ? `{ ${Object.keys(el.shape ?? {}).map((k) => `${k}?: ${describe(unwrap(el.shape![k]!).schema)}`).join('; ')} }` : describe(el);
      return `Array<${inner}>${min !== undefined && max !== undefined ? `（${min}–${max} 项）` : ''}`;
    }
    default:
      return s.def.type;
  }
}

function unwrap(s: Schema): { schema: Schema; required: boolean; default?: string } {
  // A field read from what people type (a string or a number) and then checked: describe what it becomes.
  if (s.def.type === 'pipe' && s.def.out) return unwrap(s.def.out);
  if (s.def.type === 'default') return { ...unwrap(s.def.innerType!), required: false, default: JSON.stringify(s.def.defaultValue) };
  if (s.def.type === 'optional') return { ...unwrap(s.def.innerType!), required: false };
  return { schema: s, required: true };
}

/** The fields of a calculator's input schema (a strict zod object). */
export function fieldsOf(schema: unknown): Field[] {
  const shape = (schema as unknown as Schema).shape ?? {};
  return Object.entries(shape).map(([name, s]) => {
    const u = unwrap(s);
    return { name, type: describe(u.schema), required: u.required, ...(u.default !== undefined ? { default: u.default } : {}) };
  });
}

/** What each input field means: the SDK's own table (one source for the CLI help, the JSON Schema and this page). */
export { FIELD_DOCS } from '@bangfu/sdk/calculators';
