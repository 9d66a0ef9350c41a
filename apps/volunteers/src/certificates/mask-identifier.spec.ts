import { maskIdentifier } from './mask-identifier';

describe('maskIdentifier', () => {
  it.each([
    ['a 10-digit student number', '2023110101', '2023****01'],
    ['a 12-digit student number', '202311010123', '2023******23'],
    ['an 18-character resident ID', '11010119900307451X', '1101************1X'],
    ['a passport number', 'E12345678', 'E12****78'],
    ['eight characters', '20231101', '20****01'],
    ['seven characters', '2023110', '2****10'],
    ['six characters', '202311', '2****1'],
    ['five characters', '20231', '2****'],
    ['four characters', '2023', '****'],
    ['one character', '7', '*'],
    ['empty', '', ''],
    ['spaces round it', ' 2023110101 ', '2023****01'],
    ['non-ASCII characters counted whole', '学号２０２３１１０１０１', '学号２０******０１'],
  ])('%s: %s → %s', (_name, identifier, masked) => {
    expect(maskIdentifier(identifier)).toBe(masked);
  });
});
