/**
 * Chinese script handling. Names are exposed in Simplified script and searched in Simplified, so a
 * user may type either script: OpenCC converts both the stored names and the query.
 */
import type * as OpenCCModule from 'opencc-js' with { 'resolution-mode': 'import' };

// opencc-js is an ES module with a CommonJS build under its `require` condition; load that build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as typeof OpenCCModule;

// 't' is OpenCC's standard Traditional; it also covers the Taiwan and Hong Kong variants the reports use.
const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const hongKongToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const simplifiedToTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/**
 * What OpenCC leaves for a reader of Simplified text to stumble on, as the reports write it:
 * 著 as the aspect particle (OpenCC keeps 著, rightly so in 显著 or 著名; the particle is 着), and
 * two variant characters its tables do not map (遝 in 纷至遝来, 亯 in 共亯). Phrases, not characters,
 * so that 显著 stays as it is.
 */
const LEFT_BY_OPENCC: ReadonlyArray<readonly [string, string]> = [
  ['随著', '随着'],
  ['意味著', '意味着'],
  ['怀揣著', '怀揣着'],
  ['著力', '着力'],
  ['遝', '沓'],
  ['亯', '享'],
];

export function toSimplified(text: string): string {
  let simplified = hongKongToSimplified(traditionalToSimplified(text));
  for (const [from, to] of LEFT_BY_OPENCC) if (simplified.includes(from)) simplified = simplified.replaceAll(from, to);
  return simplified;
}

export function toTraditional(text: string): string {
  return simplifiedToTraditional(text);
}

/** Pinyin glosses glued after characters in some reports, e.g. 產(chǎn)業(yè). Tone-marked latin inside brackets. */
const PINYIN_GLOSS = /[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)[)）]/giu;

export function stripPinyinGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS, (whole, latin: string) => (/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/iu.test(latin) || latin.length <= 6 ? '' : whole));
}

/** The form a name or keyword is compared in: Simplified, no spaces, full-width brackets folded. */
export function searchForm(text: string): string {
  return toSimplified(text)
    .replace(/\s+/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
    .toLowerCase();
}
