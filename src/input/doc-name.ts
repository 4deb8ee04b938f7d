/**
 * The name (`doc`) of a JSON Lines record that has no id. It is made from the record's text
 * alone, so it is the same whichever process reads the record and wherever the input was split
 * (GNU parallel blocks, Hadoop splits, Spark partitions): a name counted from the line number
 * (`-:1`) was given to a different record in every part of a split run.
 */
import { createRequire } from 'node:module';

// node:crypto is loaded on first use: it is a few milliseconds of every run's start-up, and only
// JSON Lines records without an id need it.
let createHash: typeof import('node:crypto').createHash | undefined;

/** Hex digits of the hash kept: 64 bits, so a collision is unlikely below billions of records. */
const HEX_DIGITS = 16;

/**
 * `sha1:` and the first 16 hex digits of the SHA-1 of the text, encoded as UTF-8:
 * `printf '%s' "$TEXT" | sha1sum | cut -c1-16` gives the same digits. Two records with the same
 * text get the same name (and the same metrics).
 */
export function unnamedDoc(text: string): string {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return 'sha1:' + createHash('sha1').update(text, 'utf8').digest('hex').slice(0, HEX_DIGITS);
}
