import { describe, expect, it } from 'vitest';
import {
  commonDate,
  monthYear,
  previousText,
  sourceLabel,
} from '../../../src/features/cheatsheet/sheetText';

describe('cheat sheet wording', () => {
  it('says what a figure used to be, with its unit when the old value is a number', () => {
    expect(previousText({ unit: 'KB', previous: { value: 256, changed: '2025-10' } })).toBe(
      'was 256 KB until October 2025',
    );
    expect(
      previousText({ unit: 'seconds', previous: { value: '300 seconds', changed: '2018-10-15' } }),
    ).toBe('was 300 seconds until October 2018');
    expect(previousText({ unit: 'MB' })).toBeNull();
    expect(monthYear('2020-12')).toBe('December 2020');
  });

  it('names a source page by its file, and a blog post as one', () => {
    expect(
      sourceLabel('https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html'),
    ).toBe('configuration-memory');
    expect(
      sourceLabel(
        'https://aws.amazon.com/blogs/aws/aws-lambda-functions-powered-by-aws-graviton2/',
      ),
    ).toBe('AWS blog post');
    expect(sourceLabel('https://docs.aws.amazon.com/lambda/latest/api/' + 'x'.repeat(50))).toBe(
      `${'x'.repeat(38)}…`,
    );
  });

  it('finds the date most figures were checked on', () => {
    expect(commonDate(['2026-11-30', '2026-11-23', '2026-11-30'])).toBe('2026-11-30');
    expect(commonDate([])).toBeNull();
  });
});
