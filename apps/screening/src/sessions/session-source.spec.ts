import { sessionIdOf } from './session-source';

describe('sessionIdOf', () => {
  it.each<[string | null, string | null]>([
    ['screening_session:0193C4D5-5E6F-7A8B-9C0D-1E2F3A4B5C6D', '0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d'],
    ['partner_event:0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d', null],
    ['screening_session:not-a-uuid', null],
    ['screening_session:0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d:x', null],
    [null, null],
  ])('%s → %s', (source, id) => {
    expect(sessionIdOf(source)).toBe(id);
  });
});
