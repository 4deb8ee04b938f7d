/** Entry of dist/cli.bundle.js (scripts/bundle.mjs), which bin/cnmetrics.js runs. */
export { main } from './main.js';
