import { describe, expect, it } from 'vitest';
import { parseUscc, sampleUscc, usccCheckCharacter } from './uscc';

describe('unified social credit code', () => {
  // Codes published as valid examples; they exercise letters in the body and in the check position.
  it.each(['91350100M000100Y43', '91110000600037341L', '91310000717866186P'])('accepts the real code %s', (code) => {
    expect(parseUscc(code)).toEqual({ ok: true, uscc: code });
  });

  it('normalises case and surrounding space', () => {
    expect(parseUscc(' 91350100m000100y43 ')).toEqual({ ok: true, uscc: '91350100M000100Y43' });
  });

  it.each([
    ['91350100M000100Y4', 'it has 17 characters, not 18'],
    ['91350100M000100Y44', 'its check character (the 18th) is 4, but the first 17 characters give 3, so one of the 18 is mistyped'],
    ['91350100M0001O0Y43', 'character 14 is "O", which never occurs in a code (did you mean the digit 0?)'],
    ['91350100M0001V0Y43', 'character 14 is "V", which never occurs in a code'],
  ])('rejects %s saying what is wrong', (code, reason) => {
    expect(parseUscc(code)).toEqual({ ok: false, reason });
  });

  it('writes a check result of 31 as 0', () => {
    // Find a body whose weighted sum is 0 mod 31: seventeen zeros.
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
  });

  it('generates valid, deterministic sample codes that carry the area', () => {
    const a = sampleUscc('天津力神电池股份有限公司', '120116');
    expect(parseUscc(a).ok).toBe(true);
    expect(a.slice(2, 8)).toBe('120116');
    expect(sampleUscc('天津力神电池股份有限公司', '120116')).toBe(a);
    expect(sampleUscc('天津巴莫科技有限责任公司', '120116')).not.toBe(a);
  });
});
