import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createFormatter, formatRecords, plainNumber, type OutputFormat } from '../src/format/index.js';
import { FIELDS, type Field, type MetricRecord } from '../src/types.js';

const base = {
  doc: 'news/重庆.txt', start: 0, end: 0, line: 1, value_max: null, approx: null, trend: null, basis: null,
  indicator: null, item: null, region: null, period: null, source: 'text',
} as const;

const amount: MetricRecord = {
  ...base, type: 'amount', text: '292亿元', start: 10, end: 15, line: 2, value: 29200000000, unit: 'CNY',
  trend: 'up', basis: 'yoy', indicator: '固定资产投资', region: '重庆高新区', period: '今年上半年',
  sentence: '今年上半年，重庆高新区完成固定资产投资292亿元，同比增长12.5%，在全市各区县中名列前茅，继续保持了良好的发展势头。',
};
const percent: MetricRecord = {
  ...base, type: 'percent', text: '7%至8%', start: 3, end: 8, line: 5, value: 7, value_max: 8, unit: '%',
  approx: 'at_least', trend: 'down', indicator: '产品不良率', period: '全年', sentence: '产品不良率下降7%至8%以上。',
};
const count: MetricRecord = {
  ...base, type: 'count', text: '项目47个', start: 20, end: 25, line: 7, value: 47, unit: '个', item: '项目',
  region: '珠海高新区', sentence: '签约\"重点\"项目47个,总投资,\n超过\t千亿。',
};
const hostile: MetricRecord = {
  ...base, doc: '-', type: 'amount', text: '-1,234.56万元', start: 0, end: 11, line: 9, value: -12345600,
  unit: 'CNY', indicator: '=HYPERLINK("http://x")|利润\x1b[31m', region: '@区\x9b', sentence: '+利润为-1,234.56万元。',
};
const huge: MetricRecord = {
  ...base, type: 'amount', text: '超1.2万亿元', start: 0, end: 7, line: 11, value: 1200000000000, unit: 'CNY',
  approx: 'over', sentence: '项目5个，超1.2万亿元。',
};
const records = [amount, percent, count, hostile, huge];
const FORMATS: OutputFormat[] = ['table', 'csv', 'tsv', 'json', 'jsonl', 'md'];

/** What a spreadsheet should show for a text cell, after formula neutralizing. */
const neutral = (s: string): string => (/^[=+\-@\t\r]/.test(s) && s !== '-' ? "'" + s : s);
const asCell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'number' ? plainNumber(v) : neutral(String(v));

describe('plainNumber', () => {
  it('never uses exponents', () => {
    expect(plainNumber(1200000000000)).toBe('1200000000000');
    expect(plainNumber(1.2e21)).toBe('1200000000000000000000');
    expect(plainNumber(0.00006)).toBe('0.00006');
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(47)).toBe('47');
    expect(plainNumber(460000000)).toBe('460000000');
    expect(plainNumber(12.5)).toBe('12.5');
  });
  it('round-trips', () => {
    for (const n of [1e21, 1.234e25, 3e-9, 123.456e-10, -9.87e30, 0.1]) expect(Number(plainNumber(n))).toBe(n);
  });
});

describe('csv', () => {
  const out = formatRecords(records, { format: 'csv' });
  const rows = parse(out, { relax_column_count: false }) as string[][];

  it('has FIELDS as header, CRLF line ends and a final CRLF', () => {
    expect(rows[0]).toEqual([...FIELDS]);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/"[^"]*"/g, '').split('\n').every((l, i, a) => i === a.length - 1 || l.endsWith('\r'))).toBe(true);
  });

  it('parses back to the original values', () => {
    expect(rows.slice(1)).toEqual(records.map((r) => FIELDS.map((f) => asCell(r[f]))));
    expect(rows[5][FIELDS.indexOf('value')]).toBe('1200000000000');
    expect(rows[3][FIELDS.indexOf('sentence')]).toBe(count.sentence);
  });

  it('neutralizes formulas in text cells but leaves numbers alone', () => {
    const row = rows[4];
    expect(row[FIELDS.indexOf('indicator')]).toBe("'" + hostile.indicator);
    expect(row[FIELDS.indexOf('region')]).toBe("'" + hostile.region);
    expect(row[FIELDS.indexOf('text')]).toBe("'-1,234.56万元");
    expect(row[FIELDS.indexOf('value')]).toBe('-12345600');
    expect(row[FIELDS.indexOf('doc')]).toBe('-');
  });

  it('quotes only when needed', () => {
    expect(out).toContain(',292亿元,');
    expect(out).toContain('"签约""重点""项目47个,总投资,\n超过\t千亿。"');
  });

  it('honors header=false and bom', () => {
    const noHead = formatRecords(records, { format: 'csv', header: false });
    expect((parse(noHead) as string[][]).length).toBe(records.length);
    const bom = formatRecords(records, { format: 'csv', bom: true });
    expect(bom.startsWith('\uFEFFdoc,type,')).toBe(true);
    expect(formatRecords([], { format: 'csv' })).toBe(FIELDS.join(',') + '\r\n');
  });

  it('adds period_norm after period only when a record has it', () => {
    const withNorm = formatRecords([{ ...amount, period_norm: '2024H1' }, percent], { format: 'csv' });
    const [head, a, p] = parse(withNorm) as string[][];
    const i = head.indexOf('period_norm');
    expect(head[i - 1]).toBe('period');
    expect([a[i], p[i]]).toEqual(['2024H1', '']);
  });
});

describe('tsv', () => {
  const out = formatRecords(records, { format: 'tsv' });
  const lines = out.split('\n');
  it('is tab separated with flattened cells', () => {
    expect(lines[0]).toBe(FIELDS.join('\t'));
    expect(lines.length).toBe(records.length + 2);
    expect(lines.at(-1)).toBe('');
    const cells = lines.slice(1, -1).map((l) => l.split('\t'));
    expect(cells.every((c) => c.length === FIELDS.length)).toBe(true);
    expect(cells[2][FIELDS.indexOf('sentence')]).toBe('签约"重点"项目47个,总投资, 超过 千亿。');
    expect(cells[3][FIELDS.indexOf('value')]).toBe('-12345600');
    expect(cells[3][FIELDS.indexOf('indicator')].startsWith("'=")).toBe(true);
    expect(cells[1][FIELDS.indexOf('value_max')]).toBe('8');
    expect(cells[0][FIELDS.indexOf('value_max')]).toBe('');
  });
});

describe('json and jsonl', () => {
  it('jsonl lines parse back to the records, keys in FIELDS order', () => {
    const out = formatRecords(records, { format: 'jsonl' });
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(records);
    for (const l of lines) expect(Object.keys(JSON.parse(l))).toEqual([...FIELDS]);
    expect(out).toContain('重庆高新区');
  });

  it('json is a pretty array equal to the records, streamed', () => {
    const out = formatRecords(records, { format: 'json' });
    expect(JSON.parse(out)).toEqual(records);
    const ordered = records.map((r) => Object.fromEntries(FIELDS.map((f) => [f, r[f]])));
    expect(out).toBe(JSON.stringify(ordered, null, 2) + '\n');
    expect(formatRecords([], { format: 'json' })).toBe('[]\n');
    const f = createFormatter({ format: 'json' });
    expect(f.head()).toBe('[');
    expect(f.row(amount)).not.toBe('');
  });
});

describe('fields selection', () => {
  const fields: Field[] = ['value', 'text', 'type'];
  it.each(FORMATS)('%s shows exactly the chosen fields in order', (format) => {
    const out = formatRecords([amount, count], { format, fields });
    switch (format) {
      case 'csv':
        expect(parse(out)).toEqual([fields, ['29200000000', '292亿元', 'amount'], ['47', '项目47个', 'count']]);
        break;
      case 'tsv':
        expect(out).toBe('value\ttext\ttype\n29200000000\t292亿元\tamount\n47\t项目47个\tcount\n');
        break;
      case 'jsonl':
        expect(out.trim().split('\n').map((l) => Object.keys(JSON.parse(l)))).toEqual([fields, fields]);
        break;
      case 'json':
        expect(JSON.parse(out)).toEqual([
          { value: 29200000000, text: '292亿元', type: 'amount' },
          { value: 47, text: '项目47个', type: 'count' },
        ]);
        break;
      case 'md':
        expect(out.split('\n')[0]).toBe('| value | text | type |');
        expect(out).toContain('| 29,200,000,000 CNY ▲ | 292亿元 | amount |');
        break;
      case 'table': {
        const head = out.split('\n')[1];
        expect(head.indexOf('value')).toBeLessThan(head.indexOf('text'));
        expect(head.indexOf('text')).toBeLessThan(head.indexOf('type'));
        expect(head).not.toContain('line');
        break;
      }
    }
  });

  it('rejects unknown fields', () => {
    expect(() => createFormatter({ format: 'csv', fields: ['nope' as Field] })).toThrow(/unknown field/);
  });
});

describe('md', () => {
  const out = formatRecords(records, { format: 'md' });
  const lines = out.trimEnd().split('\n');
  it('is a GFM table with escaped pipes and no raw control characters', () => {
    expect(lines[0]).toBe('| line | type | text | value | what | region | period |');
    expect(lines[1]).toMatch(/^\|( -{3,}:? \|)+$/);
    expect(lines.length).toBe(records.length + 2);
    expect(out).toContain('\\|利润');
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(out).toContain('\\x1b[31m');
  });
  it('shows display values', () => {
    expect(out).toContain('≥7–8% ▼');
    expect(out).toContain('| 项目 |');
  });
});

describe('table', () => {
  const render = (width: number, color = false) => formatRecords(records, { format: 'table', width, color });

  it('shows values, bounds and trends', () => {
    const out = render(200);
    // large figures in the short form of the text (exact: the digits are moved, never rounded)
    for (const s of ['292亿 CNY ▲', '≥7–8% ▼', '47个', '-12,345,600 CNY', '>1.2万亿 CNY', '项目47个', '固定资产投资']) {
      expect(out).toContain(s);
    }
    // Markdown and the data formats keep the full value
    const md = formatRecords(records, { format: 'md' });
    for (const s of ['29,200,000,000 CNY ▲', '>1,200,000,000,000 CNY']) expect(md).toContain(s);
    expect(out.split('\n')[1]).toMatch(/line.*type.*text.*value.*what.*region.*period/);
  });

  it('never cuts a number: too narrow a terminal cuts words only, and the table grows past it', () => {
    const lines = render(30).trimEnd().split('\n');
    const out = lines.join('\n');
    for (const s of ['292亿 CNY ▲', '≥7–8% ▼', '-12,345,600 CNY', '>1.2万亿 CNY']) expect(out).toContain(s);
    expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
  });

  it.each([120, 80, 60])('fits %i columns', (width) => {
    const lines = render(width).trimEnd().split('\n');
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width);
    // every rendered line has the same width, so CJK cells did not break the alignment
    expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
  });

  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    const emoji: MetricRecord = { ...amount, text: '😀'.repeat(30), indicator: '𠀀'.repeat(40) };
    const out = formatRecords([emoji], { format: 'table', width: 50, fields: ['text', 'indicator', 'value'] });
    expect(out).toContain('…');
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    for (const l of out.trimEnd().split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(50);
  });

  it('passes no ESC or C1 from the input and adds none without color', () => {
    const out = formatRecords([hostile], { format: 'table', fields: ['indicator', 'region', 'value'] });
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(out).toContain('\\x1b[31m');
    expect(out).toContain('\\x9b');
  });

  it('colors only when asked', () => {
    const colored = render(120, true);
    expect(colored).toContain('\x1b[');
    expect(colored.replace(/\x1b\[[0-9;]*m/g, '')).toBe(render(120));
  });

  it('prints nothing for no records', () => {
    expect(formatRecords([], { format: 'table' })).toBe('');
  });
});
