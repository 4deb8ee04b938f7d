#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli.bundle.js';
// A smaller TurboFan inlining budget per optimized function (V8's default is 920 bytes of
// bytecode): the attribution code is many mid-sized functions, and with the default each hot
// caller compiled large parts of the clause model into itself, again after every deopt.
// Measured on the 20 MB corpus (-j 1): ~250 ms less compile time on V8's background threads
// (of ~1.3 s), the same on the main thread. Set once the bundle is loaded: set before, it made
// Node's cached code for its own modules unusable (+6 ms on a one-off run). Worker threads share
// the flag; the library (dist/index.js) is not affected.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
await main(process.argv);
