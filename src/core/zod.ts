/**
 * The core validates with zod's tree-shakable "mini" build: the first page
 * load carries only the validators the log uses (the full build is ~27 KB
 * gzip of it). No zod locale is loaded here: no one reads zod's messages
 * from the core's schemas. A user reads a refusal worded by the UI from the
 * issue's code (schema-reason.ts), the CLI the same in English; the regex
 * checks name their format in their own message ('id', 'colour'). Code
 * that shows zod's messages to developers (the catalog's `validateCatalog`,
 * the models) uses classic `zod`, which configures its English locale.
 */
import * as z from 'zod/mini';

export type { $ZodType as AnySchema } from 'zod/v4/core';
export { z };
