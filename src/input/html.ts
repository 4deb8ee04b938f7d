/**
 * HTML → the text a reader sees, for saved web pages.
 *
 * Not a full HTML parser: one left-to-right pass that drops tags, comments, scripts and styles,
 * decodes character references, and turns block boundaries into line breaks the way a browser's
 * `innerText` does (a paragraph is set off by a blank line, a `<div>`, `<li>` or heading by a
 * line break, table cells by a tab). Every search moves forward only and an unterminated
 * construct ends the document (as in a browser), so adversarial input such as a megabyte of
 * `<` or of `<!--` is still linear.
 *
 * Offsets (`start`, `end`, `line`) of records from HTML refer to this extracted text.
 */

/** Elements whose content is never shown (or is not text at all). */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'title', 'iframe', 'object', 'noembed', 'noframes', 'xmp']);
/** Elements set off by a blank line, like `<p>` in innerText. */
const PARAGRAPH = new Set(['p']);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'option', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', sbquo: '‚', bdquo: '„',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', deg: '°', plusmn: '±', times: '×', divide: '÷',
  permil: '‰', percnt: '%', yen: '¥', euro: '€', pound: '£', cent: '¢', copy: '©', reg: '®', trade: '™', sect: '§',
  para: '¶', micro: 'µ', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', minus: '−',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', larr: '←', rarr: '→', uarr: '↑', darr: '↓', zwj: '\u200D', zwnj: '\u200C',
  shy: '\u00AD', iexcl: '¡', iquest: '¿', dagger: '†', Dagger: '‡', prime: '′', Prime: '″', colon: ':', comma: ',',
  period: '.', excl: '!', quest: '?', num: '#', dollar: '$', lpar: '(', rpar: ')', plus: '+', equals: '=', sol: '/',
};
/** Entities a browser also accepts without the semicolon (old pages rely on it). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'yen', 'deg', 'times', 'middot']);
/** Numeric references 0x80–0x9F mean windows-1252, as browsers read them. */
const CP1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8A: 'Š', 0x8B: '‹',
  0x8C: 'Œ', 0x8E: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™',
  0x9A: 'š', 0x9B: '›', 0x9C: 'œ', 0x9E: 'ž', 0x9F: 'Ÿ',
};

const ENTITY = /&(?:#([0-9]{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (name !== undefined) {
      const v = NAMED[name];
      return v !== undefined && (semi || LEGACY.has(name)) ? v : m;
    }
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (CP1252[cp]) return CP1252[cp];
    if (cp === 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return '\uFFFD';
    return String.fromCodePoint(cp);
  });
}

/** Does this text look like an HTML document (rather than text that mentions a tag)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 512).replace(/^[\uFEFF\s]+/, '').slice(0, 64).toLowerCase();
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/.test(head) ||
    (head.startsWith('<?xml') && /<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 1024)));
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
const isTagSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D;

export function htmlToText(html: string): string {
  const out: string[] = [];
  let pending = 0;          // line breaks owed before the next text (max of the blocks passed)
  let started = false;      // any text written yet: no breaks before the first text
  let pre = 0;              // depth inside preformatted elements: whitespace kept
  let lastSpace = true;     // the output ends in whitespace: collapse the next run into it

  const emitText = (raw: string) => {
    let t = pre > 0 ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\f\r]+/g, ' ');
    if (pre === 0 && (lastSpace || pending > 0) && t.startsWith(' ')) t = t.slice(1);
    if (t === '') return;
    t = decodeEntities(t);
    if (pending > 0 && started) out.push('\n'.repeat(pending));
    pending = 0;
    out.push(t);
    started = true;
    lastSpace = /\s$/.test(t);
  };
  const blockBreak = (n: number) => { if (n > pending) pending = n; };
  const hardBreak = () => {
    if (pending > 0 && started) out.push('\n'.repeat(pending));
    pending = 0;
    out.push('\n');
    started = true;
    lastSpace = true;
  };

  const n = html.length;
  let i = 0;
  let textFrom = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const c1 = html.charCodeAt(lt + 1);
    let end: number;        // index after the markup, or n when it is never closed
    let tag: string | null = null;
    let closing = false;
    if (c1 === 0x21 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        const close = html.indexOf('-->', lt + 4);
        end = close < 0 ? n : close + 3;
      } else {
        const close = html.indexOf('>', lt + 2);
        end = close < 0 ? n : close + 1;
      }
    } else if (c1 === 0x3F /* ? */) {
      const close = html.indexOf('>', lt + 2);
      end = close < 0 ? n : close + 1;
    } else if (c1 === 0x2F /* / */ && isAsciiLetter(html.charCodeAt(lt + 2))) {
      closing = true;
      let j = lt + 2;
      while (j < n && !isTagSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/') j++;
      tag = html.slice(lt + 2, j).toLowerCase();
      const close = html.indexOf('>', j);
      end = close < 0 ? n : close + 1;
    } else if (isAsciiLetter(c1)) {
      let j = lt + 1;
      while (j < n && !isTagSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/') j++;
      tag = html.slice(lt + 1, j).toLowerCase();
      end = tagEnd(html, j);
    } else {
      // A `<` that opens no markup is text (`a < b`); keep scanning after it.
      i = lt + 1;
      continue;
    }
    if (lt > textFrom) emitText(html.slice(textFrom, lt));
    if (tag !== null && end <= n) {
      if (tag === 'br') hardBreak();
      else if (PARAGRAPH.has(tag)) blockBreak(2);
      else if (BLOCK.has(tag)) blockBreak(1);
      else if (CELL.has(tag) && !closing && started && pending === 0) { out.push('\t'); lastSpace = true; }
      if (PREFORMATTED.has(tag)) pre = closing ? Math.max(0, pre - 1) : pre + 1;
      if (!closing && HIDDEN.has(tag) && end < n) end = afterEndTag(html, tag, end);
      if (!closing && tag === 'plaintext') { emitText(html.slice(end)); end = n; }
    }
    i = textFrom = end;
  }
  if (textFrom < n) emitText(html.slice(textFrom));
  // Spaces at the ends of lines are layout, not text. (Per line, not one regex over the whole
  // text: a long run of &nbsp; must not make the trim quadratic.)
  const text = out.join('').split('\n').map((l) => l.trim()).join('\n').trim();
  return text === '' ? '' : text + '\n';
}

/** The index after the `>` of a start tag, skipping quoted attribute values; n when unterminated. */
function tagEnd(html: string, from: number): number {
  const n = html.length;
  let afterEquals = false;
  for (let j = from; j < n; j++) {
    const c = html.charCodeAt(j);
    if (c === 0x3E /* > */) return j + 1;
    if ((c === 0x22 || c === 0x27) && afterEquals) {
      const close = html.indexOf(html[j], j + 1);
      if (close < 0) return n;
      j = close;
      afterEquals = false;
      continue;
    }
    if (c === 0x3D /* = */) afterEquals = true;
    else if (!isTagSpace(c)) afterEquals = false;
  }
  return n;
}

/** The index after `</tag>`, for elements whose content is raw text; n when never closed. */
function afterEndTag(html: string, tag: string, from: number): number {
  const re = new RegExp(`</${tag}(?=[\\s/>])`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return html.length;
  const close = html.indexOf('>', m.index + 2);
  return close < 0 ? html.length : close + 1;
}
