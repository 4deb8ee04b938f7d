#!/usr/bin/env node
/**
 * Runs a mapper as a map-only Hadoop Streaming job would (Hadoop cannot run here), to check the
 * README recipe: what goes into the mapper and what ends up in the output files.
 *
 *   node scripts/sim-hadoop-streaming.mjs -input FILE -output DIR -mapper 'CMD ARGS…'
 *        [-D mapreduce.output.textoutputformat.separator=SEP] [-D mapreduce.input.fileinputformat.split.maxsize=BYTES]
 *
 * What it does as Hadoop does (hadoop-streaming 3.x, TextInputFormat, mapreduce.job.reduces=0):
 * - FileInputFormat cuts the file into byte splits (split size: split.maxsize, default the HDFS
 *   block size of 128 MiB); LineRecordReader gives each split the lines that *start* in
 *   (start, end], the first split also the line at 0: a line is read by exactly one map task,
 *   whole, wherever the byte cut falls.
 * - PipeMapper runs the mapper (its command split on spaces, no shell) once per split and writes
 *   each line's text, without its line end, followed by '\n' to its stdin (the key, the byte
 *   offset, is not sent: stream.map.input.ignoreKey is true for TextInputFormat).
 * - Each stdout line is split at its first tab into key and value; a line without a tab is all key
 *   and an empty value. TextOutputFormat writes key, separator, value, '\n' (the value is empty,
 *   not null, so the separator is written): with the default separator '\t' every line gets a
 *   trailing tab. `-D mapreduce.output.textoutputformat.separator=` (empty) writes the line as is.
 * - A mapper that exits non-zero fails its task (stream.non.zero.exit.is.failure); after 4
 *   attempts (mapreduce.map.maxattempts) the job fails and no output is committed.
 * Output: DIR/part-00000, part-00001 … (one per split) and DIR/_SUCCESS when the job succeeded.
 * Exit status 0 when the job succeeded, 1 when it failed.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const conf = {};
let input, output, mapper;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-input') input = args[++i];
  else if (a === '-output') output = args[++i];
  else if (a === '-mapper') mapper = args[++i];
  else if (a === '-D') { const [k, ...v] = args[++i].split('='); conf[k] = v.join('='); }
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}
if (!input || !output || !mapper) { console.error('usage: -input FILE -output DIR -mapper CMD [-D k=v]…'); process.exit(2); }
const sep = conf['mapreduce.output.textoutputformat.separator'] ?? '\t';
const splitSize = Number(conf['mapreduce.input.fileinputformat.split.maxsize'] ?? 128 * 1024 * 1024);
const attempts = Number(conf['mapreduce.map.maxattempts'] ?? 4);

// FileInputFormat: splits of splitSize bytes; the last may be up to 10% larger (SPLIT_SLOP 1.1)
const size = statSync(input).size;
const splits = [];
for (let start = 0; start < size;) {
  const left = size - start;
  const len = left / splitSize > 1.1 ? splitSize : left;
  splits.push([start, start + len]);
  start += len;
}

/**
 * LineRecordReader over the split [start, end): a split that does not start the file skips its
 * first line (the previous split reads it); then lines are read while their start is <= end, so
 * the line that starts exactly at `end` is this split's, and the one across `end` too.
 */
function splitLines(fd, [start, end]) {
  const lines = [];
  const chunk = Buffer.alloc(1 << 20);
  let pos = start; // file offset of buf[0]
  let buf = Buffer.alloc(0);
  let eof = false;
  const nextLine = () => {
    for (;;) {
      const nl = buf.indexOf(10);
      if (nl >= 0) { const line = buf.subarray(0, nl); buf = buf.subarray(nl + 1); pos += nl + 1; return line; }
      if (eof) {
        if (buf.length === 0) return null;
        const line = buf; pos += buf.length; buf = Buffer.alloc(0); return line;
      }
      const n = readSync(fd, chunk, 0, chunk.length, pos + buf.length);
      if (n === 0) eof = true; else buf = Buffer.concat([buf, chunk.subarray(0, n)]);
    }
  };
  if (start !== 0 && nextLine() === null) return lines;
  while (pos <= end) {
    const line = nextLine();
    if (line === null) break;
    lines.push(line.at(-1) === 13 ? line.subarray(0, -1) : line);
  }
  return lines;
}

const [cmd, ...cmdArgs] = mapper.split(' ').filter(Boolean);
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
const fd = openSync(input, 'r');
let failed = false;
splits.forEach((split, k) => {
  const lines = splitLines(fd, split);
  const stdin = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const r = spawnSync(cmd, cmdArgs, { input: stdin, maxBuffer: 1 << 30 });
    if (r.status === 0) {
      const out = r.stdout.toString('utf8').split('\n');
      if (out.at(-1) === '') out.pop();
      const rows = out.map((l) => {
        const line = l.endsWith('\r') ? l.slice(0, -1) : l;
        const tab = line.indexOf('\t');
        const [key, value] = tab < 0 ? [line, ''] : [line.slice(0, tab), line.slice(tab + 1)];
        return key + sep + value + '\n';
      });
      writeFileSync(join(output, `part-${String(k).padStart(5, '0')}`), rows.join(''));
      console.error(`map task ${k}: bytes ${split[0]}-${split[1]}, ${lines.length} lines in, ${rows.length} lines out`);
      return;
    }
    console.error(`map task ${k} attempt ${attempt}: PipeMapRed.waitOutputThreads(): subprocess failed with code ${r.status}${r.stderr.length ? `; stderr: ${r.stderr.toString().trim().split('\n')[0]}` : ''}`);
  }
  failed = true;
});
closeSync(fd);
if (failed) {
  rmSync(output, { recursive: true, force: true });
  console.error('job failed: a map task failed 4 attempts; no output committed');
  process.exit(1);
}
writeFileSync(join(output, '_SUCCESS'), '');
console.error(`job succeeded: ${splits.length} map tasks`);
