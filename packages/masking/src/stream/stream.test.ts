import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index';
import { maskCsv, maskJsonLines, maskRecords } from './index';

const policy = compilePolicy({
  levels: ['public', 'owner'],
  fields: { name: 'name', mobile: 'mobile', note: 'note' },
  classes: {
    name: { public: { op: 'preset', name: 'hutool.chineseName' }, owner: { op: 'keep' } },
    mobile: { public: { op: 'preset', name: 'hutool.mobile' }, owner: { op: 'keep' } },
    note: { owner: { op: 'keep' } },
  },
});

function from<T>(chunks: T[]): ReadableStream<T> {
  return new ReadableStream({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      c.close();
    },
  });
}

async function collect<T>(s: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of s as unknown as AsyncIterable<T>) out.push(x);
  return out;
}

/** Splits a text at the given cut points: the result must not depend on chunking. */
function chunked(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [...at, text.length].map((end, i) => text.slice(i === 0 ? 0 : at[i - 1], end));
}

describe('maskJsonLines', () => {
  const jsonl = '{"name":"段正淳","mobile":"13812345678","note":"x"}\r\n\n{"name":"𠮷田","extra":1}';

  it('masks each line whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(80), { maxLength: 6 }), async (cuts) => {
        const out = (await collect(from(chunked(jsonl, cuts)).pipeThrough(maskJsonLines(policy, 'public')))).join('');
        expect(out).toBe('{"name":"段**","mobile":"138****5678"}\n{"name":"𠮷*"}\n');
      }),
      { numRuns: 30 },
    );
  });

  it('strips a BOM before the first line', async () => {
    const out = (await collect(from(['\uFEFF{"name":"张三"}\n']).pipeThrough(maskJsonLines(policy, 'public')))).join(
      '',
    );
    expect(out).toBe('{"name":"张*"}\n');
  });

  it('errors the stream on a malformed line, naming it', async () => {
    const s = from(['{"name":"a"}\n', 'not json\n']).pipeThrough(maskJsonLines(policy, 'public'));
    await expect(collect(s)).rejects.toMatchObject({ code: 'MALFORMED_RECORD', field: 'line 2' });
    const arr = from(['[1,2]\n']).pipeThrough(maskJsonLines(policy, 'public'));
    await expect(collect(arr)).rejects.toMatchObject({ code: 'MALFORMED_RECORD', field: 'line 1' });
  });
});

describe('maskCsv', () => {
  const csv = 'name,mobile,note\r\n段正淳,13812345678,"他说""好"",\n然后走了"\n"段誉",13900001111,\n';

  it('parses RFC 4180 in any chunking, masks and projects columns', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(100), { maxLength: 6 }), async (cuts) => {
        const pub = (await collect(from(chunked(csv, cuts)).pipeThrough(maskCsv(policy, 'public')))).join('');
        expect(pub).toBe('name,mobile\n段**,138****5678\n段*,139****1111\n');
        const own = (await collect(from(chunked(csv, cuts)).pipeThrough(maskCsv(policy, 'owner')))).join('');
        expect(own).toBe('name,mobile,note\n段正淳,13812345678,"他说""好"",\n然后走了"\n段誉,13900001111,\n');
      }),
      { numRuns: 30 },
    );
  });

  it('strips a BOM from the header and refuses duplicate column names', async () => {
    const out = (
      await collect(from(['\uFEFFname,mobile\n张三,13812345678\n']).pipeThrough(maskCsv(policy, 'public')))
    ).join('');
    expect(out).toBe('name,mobile\n张*,138****5678\n');
    await expect(collect(from(['name,name\na,b\n']).pipeThrough(maskCsv(policy, 'public')))).rejects.toMatchObject({
      code: 'MALFORMED_RECORD',
      field: 'row 1',
    });
  });

  it('rejects ragged rows and unterminated quotes', async () => {
    await expect(collect(from(['name,mobile\na\n']).pipeThrough(maskCsv(policy, 'public')))).rejects.toMatchObject({
      code: 'MALFORMED_RECORD',
      field: 'row 2',
    });
    await expect(collect(from(['name\n"abc']).pipeThrough(maskCsv(policy, 'public')))).rejects.toMatchObject({
      code: 'MALFORMED_RECORD',
    });
    expect(() => maskCsv(policy, 'public', { delimiter: '"' })).toThrow(
      expect.objectContaining({ field: 'delimiter' }),
    );
  });
});

describe('maskRecords', () => {
  it('masks objects', async () => {
    const out = await collect(
      from([{ name: '张三', mobile: '13812345678' }]).pipeThrough(maskRecords(policy, 'public')),
    );
    expect(out).toEqual([{ name: '张*', mobile: '138****5678' }]);
  });
});
