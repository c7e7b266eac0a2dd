/**
 * The core validates with zod's tree-shakable "mini" build: the first page
 * load carries only the validators the log uses (the full build is ~27 KB
 * gzip of it). English messages are configured once, here.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export type { $ZodType as AnySchema } from 'zod/v4/core';
export { z };
