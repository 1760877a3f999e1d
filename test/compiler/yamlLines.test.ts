/** The metadata fast path reads a block only when the YAML library would read the same. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainMapping } from '../../src/compiler/yamlLines.ts';

const SAMPLES = [
  'tasks: DVA-C02:1.2, DVA-C02:4.3\ndifficulty: easy',
  'sources: https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
  'title: DVA-C02 — AWS Lambda (limits)',
  'title:  two  spaces  inside  ',
  'a: 1',
  'a: 0x1F',
  'a: .5',
  'a: true',
  'a: yes',
  'a: null',
  'a: ~',
  'a: b # a comment',
  'a: b: c',
  'a: ends with:',
  "a: 'quoted'",
  'a: [x, y]',
  'a: -x',
  'a: x\na: y',
  'a: x\n  continued',
  'a: x\r\nb: y',
  'a: tab\there',
];

describe('plainMapping', () => {
  it.each(SAMPLES)('%j', (text) => {
    const plain = plainMapping(text);
    if (plain) expect(plain.value).toEqual(parse(text));
  });

  it('reads plain metadata and knows where each key and value is', () => {
    const plain = plainMapping('tasks: DVA-C02:1.2\ndifficulty:  easy');
    expect(plain?.value).toEqual({ tasks: 'DVA-C02:1.2', difficulty: 'easy' });
    expect(plain?.at.get('difficulty')).toEqual({ key: 19, value: 32 });
  });

  it('leaves anything YAML reads differently to the YAML library', () => {
    const left = SAMPLES.filter((t) => plainMapping(t) === null);
    expect(left).toHaveLength(SAMPLES.length - 4);
  });
});
