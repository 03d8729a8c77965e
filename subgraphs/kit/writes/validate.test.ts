import { describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../schema/contract/uscc';
import { InputChecks, oneOf, statedDate, validAmount, validContact, validFirm, validIdempotencyKey, validText } from './validate';

const fieldOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('expected a BAD_USER_INPUT');
};

describe('write input checks', () => {
  it('keeps amounts with their unit, not negative', () => {
    expect(validAmount({ value: 1.5, unit: '亿元' }, 'input.amount')).toEqual({ value: 1.5, unit: '亿元' });
    expect(fieldOf(() => validAmount({ value: -1, unit: '万元' }, 'input.amount'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount.value' });
    expect(fieldOf(() => validAmount({ value: Number.NaN, unit: '元' }, 'input.amount'))).toMatchObject({ field: 'input.amount.value' });
    expect(fieldOf(() => validAmount({ value: 2e5, unit: '亿元' }, 'input.amount'))).toMatchObject({ reason: 'INVALID_AMOUNT' });
    expect(fieldOf(() => validAmount({ value: 1, unit: 'CNY' }, 'input.amount'))).toMatchObject({ field: 'input.amount.unit', reason: 'INVALID_AMOUNT_UNIT' });
  });

  it('turns calendar dates into stated dates', () => {
    expect(statedDate('2024-02-29', 'd')).toEqual({ text: '2024-02-29', year: 2024, month: 2, day: 29 });
    expect(statedDate('2024-07', 'd')).toEqual({ text: '2024-07', year: 2024, month: 7 });
    for (const bad of ['2023-02-29', '2024-13', '24-01-01', "2024' --"]) expect(fieldOf(() => statedDate(bad, 'input.date'))).toMatchObject({ field: 'input.date', reason: 'INVALID_DATE' });
  });

  it('checks a firm\'s credit code and area', () => {
    const uscc = sampleUscc('测试企业有限公司', '330108');
    expect(validFirm({ uscc: uscc.toLowerCase(), name: ' 測試企業有限公司 ', areaCode: '330108' }, 'f')).toEqual({ uscc, name: '測試企業有限公司', simplifiedName: '测试企业有限公司', areaCode: '330108' });
    expect(fieldOf(() => validFirm({ uscc: `${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`, name: 'x', areaCode: '330108' }, 'f'))).toMatchObject({ field: 'f.uscc', reason: 'INVALID_USCC' });
    expect(fieldOf(() => validFirm({ uscc, name: 'x', areaCode: '339999' }, 'f'))).toMatchObject({ field: 'f.areaCode', reason: 'INVALID_AREA_CODE' });
  });

  it('bounds texts, keys, contacts and choices', () => {
    expect(validText('  名称 ', 't', 10)).toBe('名称');
    expect(fieldOf(() => validText('   ', 't', 10))).toMatchObject({ field: 't' });
    expect(fieldOf(() => validText('一二三', 't', 2))).toMatchObject({ field: 't' });
    expect(fieldOf(() => validText('a\u0000b', 't', 10))).toMatchObject({ field: 't' });
    expect(fieldOf(() => validText('a\u0085b', 't', 10))).toMatchObject({ field: 't' });
  });

  it('removes zero-width characters and refuses bidirectional formatting in stored texts', () => {
    // Invisible and meaningless in Chinese titles, often pasted in: removed, before the length and emptiness checks.
    expect(validText('\ufeff张江\u200b科技\u200d政策\u2060', 't', 6)).toBe('张江科技政策');
    expect(() => validText('\u200b\u200c', 't', 10)).toThrow('t must not be empty.');
    // A right-to-left override would show "政策fdp.exe" as "政策exe.pdf": refused, naming the character.
    for (const bidi of ['\u202e', '\u202a', '\u2066', '\u2069', '\u200f', '\u061c']) {
      expect(fieldOf(() => validText(`政策${bidi}fdp.exe`, 'input.title', 50))).toMatchObject({ field: 'input.title' });
      expect(() => validText(`政策${bidi}fdp.exe`, 'input.title', 50)).toThrow(`input.title contains a bidirectional formatting character (U+${bidi.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    }
    expect(validIdempotencyKey('3f1e2d4c-aaaa-bbbb')).toBe('3f1e2d4c-aaaa-bbbb');
    for (const bad of ['short', "k'; DELETE FROM need; --", 'x'.repeat(101)]) expect(fieldOf(() => validIdempotencyKey(bad))).toMatchObject({ reason: 'INVALID_IDEMPOTENCY_KEY' });
    expect(validContact({ name: '李工', phone: '+86 22-2345 6789' }, 'c')).toEqual({ name: '李工', phone: '+86 22-2345 6789' });
    expect(fieldOf(() => validContact({ name: '李工', phone: 'call me' }, 'c'))).toMatchObject({ field: 'c.phone' });
    expect(fieldOf(() => oneOf('MAYBE', ['APPROVE', 'REJECT'] as const, 'input.decision'))).toMatchObject({ field: 'input.decision' });
  });
});

describe('an input with several bad fields', () => {
  it('names every one at once, the first as extensions.field', () => {
    const checks = new InputChecks();
    checks.check(() => validText('  ', 'input.title', 10));
    checks.check(() => validAmount({ value: -1, unit: '万元' }, 'input.amount'));
    checks.check(() => validFirm({ uscc: 'x', name: '', areaCode: '999999' }, 'input.firm'));
    expect(checks.check(() => validText('ok', 'input.summary', 10))).toBe('ok');
    const error = (() => {
      try {
        checks.done();
      } catch (e) {
        return e as { message: string; extensions: { code: string; field: string; fields: Array<{ field: string }> } };
      }
      throw new Error('expected a BAD_USER_INPUT');
    })();
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe('input.title');
    expect(error.extensions.fields.map((f) => f.field)).toEqual(['input.title', 'input.amount.value', 'input.firm.name', 'input.firm.uscc', 'input.firm.areaCode']);
    expect(error.message).toMatch(/^5 fields of the input are wrong: input\.title: /);
  });

  it('lets other errors through, and passes when every check does', () => {
    const checks = new InputChecks();
    expect(() => checks.check(() => {
      throw new Error('database down');
    })).toThrow('database down');
    expect(() => checks.done()).not.toThrow();
  });
});
