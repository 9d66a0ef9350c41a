import type { Shift } from '../shifts/shift.entity';
import type { Assignment } from '../signups/signup-data';
import type { Signup } from '../signups/signup.entity';
import { calendarFeed } from './calendar-feed';

const now = new Date('2026-09-01T00:00:00Z');
const assignment = (overrides: Partial<Shift> = {}): Assignment => ({
  signup: { id: '01900000-0000-7000-8000-000000000001', updatedAt: now } as Signup,
  shift: {
    id: 's1',
    title: '社区消防安全宣传',
    description: '入户发放宣传册',
    venue: '南山社区服务中心',
    address: '烟台市芝罘区南山路 12 号',
    latitude: 37.5297,
    longitude: 121.3918,
    startsAt: new Date('2026-09-08T01:00:00Z'),
    endsAt: new Date('2026-09-08T04:00:00Z'),
    updatedAt: now,
    ...overrides,
  } as Shift,
});

/** Unfolds RFC 5545 continuation lines so assertions can read whole properties. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('calendarFeed', () => {
  it('has one event per confirmed shift, in UTC, with the venue, address and coordinates', () => {
    const text = unfold(calendarFeed([assignment()], now));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('UID:01900000-0000-7000-8000-000000000001@linkage');
    expect(text).toContain('DTSTART:20260908T010000Z');
    expect(text).toContain('DTEND:20260908T040000Z');
    expect(text).toContain('SUMMARY:社区消防安全宣传');
    expect(text).toContain('LOCATION:南山社区服务中心\\n烟台市芝罘区南山路 12 号');
    expect(text).toContain('GEO:37.5297;121.3918');
    expect(text).toContain('STATUS:CONFIRMED');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('leaves out what a shift does not have', () => {
    const text = unfold(
      calendarFeed([assignment({ address: null, latitude: null, longitude: null, description: null })], now),
    );
    expect(text).toContain('LOCATION:南山社区服务中心');
    expect(text).not.toContain('GEO:');
    expect(text).not.toContain('DESCRIPTION:');
  });

  it('is a valid empty calendar without shifts', () => {
    const text = calendarFeed([], now);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('END:VCALENDAR');
    expect(text).not.toContain('BEGIN:VEVENT');
  });
});
