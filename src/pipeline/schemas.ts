import type { SchemaCheck } from '../check/schema.js';
import { shippedSchema } from '../load/validators.js';

let schemas: { agreement: SchemaCheck; organizations: SchemaCheck } | undefined;

/** The shipped schemas' checks, made once per process, on first use. */
export function loadSchemas(): { agreement: SchemaCheck; organizations: SchemaCheck } {
  schemas ??= {
    agreement: shippedSchema('agreement'),
    organizations: shippedSchema('organizations'),
  };
  return schemas;
}
