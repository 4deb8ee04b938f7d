/**
 * Audit of the clause model's word lists (src/rules/clause-words.ts) against a dictionary:
 * lists the nouns that the lists would cut inside (a verb, trend, bound or function word matched
 * in the middle of a noun: 数据 → 数|据, 购买力 → 购买|力), most frequent first, so that the
 * ones economic text uses can be added to the Noun list. Run after `npm run build`:
 *
 *   node scripts/audit-clause-words.mjs DICT [MIN_FREQ] [LIMIT]
 *
 * DICT is jieba's dictionary (lines `word freq pos`, MIT), e.g. from `npm pack nodejieba` →
 * package/submodules/cppjieba/dict/jieba.dict.utf8. Nothing of it is shipped or loaded at run time.
 */
import { readFileSync } from 'node:fs';
import { CONTENT, Role, tokenize, tokAt, tokEnd, tokRole } from '../dist/attribute/clause.js';

const [dict, minFreq = '50', limit = '300'] = process.argv.slice(2);
if (!dict) { console.error('usage: node scripts/audit-clause-words.mjs DICT [MIN_FREQ] [LIMIT]'); process.exit(2); }
const out = [];
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [w, f, pos] = line.split(' ');
  if (!w || !pos || !/^(n|nz|vn|nt|nl|ng)$/.test(pos) || Number(f) < Number(minFreq)) continue;
  if (w.length < 2 || w.length > 5 || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
  const n = tokenize(w);
  if (n === 1) continue;
  for (let k = 0; k < n; k++) {
    const r = tokRole[k];
    if (r !== CONTENT && r !== Role.Noun) { out.push([Number(f), w, pos, `${w.slice(tokAt[k], tokEnd[k])}/${Role[r]}`]); break; }
  }
}
out.sort((a, b) => b[0] - a[0]);
console.log(`${out.length} nouns cut by the lists`);
for (const x of out.slice(0, Number(limit))) console.log(x.join('\t'));
