import { createRequire } from 'node:module';
// Read at run time so the version has one source: package.json.
export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
