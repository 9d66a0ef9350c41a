import { declarationAttendanceId, declaredSpan } from './declaration.rule';

describe('declaredSpan', () => {
  it.each([
    ['2026-11-21', '2.00', '2026-11-21T01:00:00.000Z', '2026-11-21T03:00:00.000Z'],
    ['2026-11-21', '0.50', '2026-11-21T01:00:00.000Z', '2026-11-21T01:30:00.000Z'],
    ['2026-11-21', '8.00', '2026-11-21T01:00:00.000Z', '2026-11-21T09:00:00.000Z'],
  ])('%s, %s h: from 09:00 station time for the declared length', (date, hours, from, to) => {
    const span = declaredSpan(date, hours);
    expect([span.checkedInAt.toISOString(), span.checkedOutAt.toISOString()]).toEqual([from, to]);
  });
});

describe('declarationAttendanceId', () => {
  it('is a uuid-shaped key, the same for one declaration and different for another', () => {
    const a = declarationAttendanceId('0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(declarationAttendanceId('0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d')).toBe(a);
    expect(declarationAttendanceId('0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2e')).not.toBe(a);
  });
});
