import { shiftSource } from './shift-source';

describe('shiftSource', () => {
  it.each([
    [{ sourceType: 'manual' as const, sourceId: null }, null],
    [{ sourceType: 'partner_event' as const, sourceId: 'e1' }, 'partner_event:e1'],
    [{ sourceType: 'screening_session' as const, sourceId: 's9' }, 'screening_session:s9'],
    [{ sourceType: 'partner_event' as const, sourceId: null }, null],
  ])('%j → %s', (shift, expected) => {
    expect(shiftSource(shift)).toBe(expected);
  });
});
