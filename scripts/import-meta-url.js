// Injected into the check's CommonJS bundle (scripts/bundle.mjs) for import.meta.url, which
// CommonJS has not: the bundle's own URL, from Node's __filename.
/* global require, __filename */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href
