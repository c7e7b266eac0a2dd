/**
 * The core validates with zod's tree-shakable "mini" build: the first page
 * load carries only the validators the log uses (the full build is ~27 KB
 * gzip of it). zod's English messages are configured once, here, for
 * developers (catalog checks, tests); what a user reads is worded by the UI
 * from the code (schema-reason.ts), in the language shown.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export type { $ZodType as AnySchema } from 'zod/v4/core';
export { z };
