import { z } from 'zod';
import { calculators, type CalculatorId } from './index.ts';
import { fieldDoc } from './field-docs.ts';

/**
 * The JSON Schema (draft 2020-12) of a calculator's input, each field described in Chinese and
 * English: what `bangfu schema <calculator>` prints, for form builders and other languages.
 */
export function inputJsonSchema(id: CalculatorId): Record<string, any> {
  const schema = z.toJSONSchema(calculators[id].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
  for (const [name, field] of Object.entries<Record<string, any>>(schema.properties ?? {})) {
    const doc = fieldDoc(name);
    if (doc) field.description = doc;
    for (const [k, sub] of Object.entries<Record<string, any>>(field.items?.properties ?? {})) {
      const d = fieldDoc(k);
      if (d) sub.description = d;
    }
  }
  return { ...schema, title: `bangfu calc ${id} input` };
}
