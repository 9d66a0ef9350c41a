import { partnerEventIdOf } from './event-source';

describe('partnerEventIdOf', () => {
  it.each<[string | null, string | null]>([
    ['partner_event:0192B7E2-8D4E-7F6A-9B7C-9D0E1F2A3B4C', '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c'],
    ['screening_session:0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c', null],
    ['partner_event:nope', null],
    ['partner_event:0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c:x', null],
    [null, null],
  ])('reads the event id of source %s', (source, expected) => {
    expect(partnerEventIdOf(source)).toBe(expected);
  });
});
