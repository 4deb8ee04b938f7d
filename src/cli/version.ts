import { createRequire } from 'node:module';

declare const __CNMETRICS_BUNDLE__: { version: string } | undefined;

// Read at run time so the version has one source: package.json. The bundle (scripts/bundle.mjs)
// lives elsewhere in dist/, so the build writes the same package.json version into it.
export const VERSION: string = typeof __CNMETRICS_BUNDLE__ !== 'undefined'
  ? __CNMETRICS_BUNDLE__.version
  : (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
