import {
  fontRuns,
  loadCertificateFonts,
  mainFace,
  parseUnicodeRange,
  unsupportedCharacters,
} from './certificate-fonts';

beforeAll(() => loadCertificateFonts());

describe('fontRuns', () => {
  it.each([
    [
      'everyday Chinese, digits and Latin in the main face',
      '张伟 2023110101 ABC（学号）',
      400,
      [['NotoSansSC-400', '张伟 2023110101 ABC（学号）']],
    ],
    ['bold', '志愿服务记录证明', 700, [['NotoSansSC-700', '志愿服务记录证明']]],
    [
      'rare name characters are in the main face too',
      '张堃喆 王珺 李昇',
      400,
      [['NotoSansSC-400', '张堃喆 王珺 李昇']],
    ],
    [
      'a traditional character beyond the main face comes from a numbered slice',
      '龐大海',
      400,
      [
        ['NotoSansSC-400-SLICE', '龐'],
        ['NotoSansSC-400', '大海'],
      ],
    ],
    [
      'Cyrillic and Vietnamese from their own files',
      'José Ёлка Trần',
      400,
      [
        ['NotoSansSC-400', 'José '],
        ['NotoSansSC-400-cyrillic', 'Ёлка'],
        ['NotoSansSC-400', ' Tr'],
        ['NotoSansSC-400-vietnamese', 'ầ'],
        ['NotoSansSC-400', 'n'],
      ],
    ],
  ] as const)('%s', (_name, text, weight, expected) => {
    const runs = fontRuns(text, weight).map((run) => [run.face.key.replace(/-s\d+$/, '-SLICE'), run.text]);
    expect(runs).toEqual(expected);
  });

  it('gives TrueType data ready for pdfkit, cached', () => {
    const face = mainFace(400);
    expect(face.data.readUInt32BE(0)).toBe(0x00010000);
    expect(mainFace(400)).toBe(face);
  });
});

describe('unsupportedCharacters', () => {
  it.each([
    ['Chinese, Latin and punctuation', ['张三·李四', 'Zhang San, 2026-09-08（3.50 小时）'], []],
    ['Uyghur in Arabic script', ['ئابدۇ 阿卜杜'], ['ئ', 'ا', 'ب', 'د', 'ۇ']],
    ['an emoji', ['好😀'], ['😀']],
    ['whitespace and controls are not characters to draw', ['a\tb\n\u200b'], []],
  ])('%s', (_name, texts, expected) => {
    expect(unsupportedCharacters(texts)).toEqual(expected);
  });
});

describe('parseUnicodeRange', () => {
  const covers = parseUnicodeRange('U+4e00-4e20, U+3000,U+1F600-1f64f');
  it.each([
    [0x4e00, true],
    [0x4e20, true],
    [0x4e21, false],
    [0x3000, true],
    [0x2fff, false],
    [0x1f642, true],
  ])('U+%s → %s', (codePoint, expected) => {
    expect(covers(codePoint)).toBe(expected);
  });

  it('refuses what is not a range', () => {
    expect(() => parseUnicodeRange('U+4e00,4e01')).toThrow(RangeError);
  });
});
