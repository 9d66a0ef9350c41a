import {
  looksLikeResidentId,
  nationalNumberProblem,
  normaliseNationalNumber,
} from './national-volunteer-number';

describe('the national unified volunteer number', () => {
  it.each([
    ['digits', '37060220230001234', '37060220230001234'],
    ['grouped with spaces and dashes', '3706 0220-2300 01234', '37060220230001234'],
    ['letters in lower case', 'sd2023abc01', 'SD2023ABC01'],
  ])('is kept normalised: %s', (_name, typed, kept) => {
    expect(normaliseNationalNumber(typed)).toBe(kept);
    expect(nationalNumberProblem(kept)).toBeNull();
  });

  it.each([
    ['too short', '12345', 'shape'],
    ['too long', '1'.repeat(33), 'shape'],
    ['Chinese characters', '志愿者123456', 'shape'],
    ['punctuation', 'AB/123456', 'shape'],
    ['an 18-character resident ID number with its check digit', '11010519491231002X', 'resident_id'],
    ['another resident ID number', '370602200001011234', 'resident_id'],
    ['an old 15-digit resident ID number', '110105491231002', 'resident_id'],
  ] as const)('is refused when %s', (_name, value, problem) => {
    expect(nationalNumberProblem(value)).toBe(problem);
  });

  it.each([
    ['a wrong check character', '110105194912310021', false],
    ['an impossible birth date', '110105194913310028', false],
    ['a valid one', '11010519491231002X', true],
  ])('tells a resident ID number by its check character and date: %s', (_name, value, isId) => {
    expect(looksLikeResidentId(value)).toBe(isId);
  });
});
