import { campaignDatesValid } from './campaign-dates';

describe('campaignDatesValid', () => {
  it.each([
    ['2026-09-01', '2026-12-31', true],
    ['2026-09-01', '2026-09-01', true],
    ['2026-09-02', '2026-09-01', false],
    ['2026-12-31', '2027-01-01', true],
  ])('%s → %s is %s', (startsOn, endsOn, expected) => {
    expect(campaignDatesValid(startsOn, endsOn)).toBe(expected);
  });
});
