/** Same tree of keys, any strings: what another language must provide. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
