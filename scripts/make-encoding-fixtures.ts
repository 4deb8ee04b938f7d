/**
 * Writes fixtures/encodings/: the sample article in the encodings Chinese text arrives in, so
 * tests can check that each decodes to the same records as the UTF-8 original.
 * Run: npx tsx scripts/make-encoding-fixtures.ts  (the output is committed; rerun only if the sample changes)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = readFileSync(join(root, 'fixtures', 'gaoxin-zones-2024.txt'), 'utf8');
const out = join(root, 'fixtures', 'encodings');
mkdirSync(out, { recursive: true });

const copies: Array<[string, Buffer]> = [
  ['gaoxin-zones-2024.utf8-bom.txt', Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(sample, 'utf8')])],
  ['gaoxin-zones-2024.gb18030.txt', iconv.encode(sample, 'gb18030')],
  ['gaoxin-zones-2024.utf16le.txt', iconv.encode(sample, 'utf-16le', { addBOM: true })],
  ['gaoxin-zones-2024.utf16be.txt', iconv.encode(sample, 'utf-16be', { addBOM: true })],
];
// Big5 has only traditional characters: a simplified article would lose most of its text, so
// the Big5 fixture is a short traditional-script passage written for the purpose.
const traditional = '今年上半年，臺灣新竹科學園區營業額達新臺幣6,250億元，同比增長12.5%。\n園區新增投資項目47個，總投資額逾292億元。\n';
copies.push(['taiwan-park.big5.txt', iconv.encode(traditional, 'big5')]);
copies.push(['taiwan-park.utf8.txt', Buffer.from(traditional, 'utf8')]);

for (const [name, bytes] of copies) {
  // Round-trip check: a character the encoding cannot hold would silently become '?'.
  const back = name.includes('big5') ? iconv.decode(bytes, 'big5') : null;
  if (back !== null && back !== traditional) throw new Error(`${name}: does not round-trip`);
  writeFileSync(join(out, name), bytes);
  console.log(`${name}\t${bytes.length} bytes`);
}
