import { describe, expect, it } from 'vitest';
import { dayjs } from '../../lib/time';
import {
  formFieldOf,
  toEventBody,
  toFormValues,
  volunteersNeeded,
  type EventFormValues,
  type PartnerEvent,
} from './event-form';

const values = (over: Partial<EventFormValues> = {}): EventFormValues => ({
  title: '  消防安全进楼道 ',
  description: '',
  kind: 'fire_safety_talk',
  community: '滨海路社区',
  venue: { name: '滨海路社区党群服务中心', address: ' ' },
  date: dayjs('2026-12-05'),
  time: [dayjs('2026-12-05T09:00'), dayjs('2026-12-05T11:30')],
  repeat: 'once',
  roles: [
    { name: '入户宣传', count: 4, signupMode: 'auto', requiredSkills: ['消防安全'] },
    { name: '签到引导', count: 2, signupMode: 'approval' },
  ],
  ...over,
});

describe('the registration form as an API body', () => {
  it('reads the day and hours in Beijing time, whatever the browser zone', () => {
    const body = toEventBody(values());
    expect(body.schedule).toEqual({
      startsAt: '2026-12-05T09:00:00+08:00',
      endsAt: '2026-12-05T11:30:00+08:00',
      recurrence: null,
    });
    expect(body.title).toBe('消防安全进楼道');
    expect(body.description).toBeNull();
    expect(body.venue).toEqual({ name: '滨海路社区党群服务中心', address: null });
    expect(body.contact).toBeNull();
  });

  it('reads an end not after the start as the next morning', () => {
    const body = toEventBody(values({ time: [dayjs('2026-12-05T22:00'), dayjs('2026-12-05T06:00')] }));
    expect(body.schedule.endsAt).toBe('2026-12-06T06:00:00+08:00');
  });

  it.each([
    [[6, 2], '2026-12-31', { daysOfWeek: [2, 6], until: '2026-12-31' }],
    [[7], '2027-01-10', { daysOfWeek: [7], until: '2027-01-10' }],
  ])('makes a weekly recurrence on %j until %s', (days, until, expected) => {
    const body = toEventBody(values({ repeat: 'weekly', daysOfWeek: days, until: dayjs(until) }));
    expect(body.schedule.recurrence).toEqual(expected);
  });

  it('gives new roles keys no kept role has, and keeps the kept ones', () => {
    const body = toEventBody(
      values({
        roles: [
          { name: 'A', count: 1, signupMode: 'auto' },
          { key: 'role-1', name: 'B', count: 1, signupMode: 'auto' },
          { name: 'C', count: 3, signupMode: 'auto' },
        ],
      }),
    );
    expect(body.roles.map((r) => r.key)).toEqual(['role-2', 'role-1', 'role-3']);
    expect(body.roles[2]).toEqual({
      key: 'role-3',
      name: 'C',
      count: 3,
      requiredSkills: [],
      requiredCertifications: [],
      signupMode: 'auto',
    });
  });

  it('sends the contact when it is filled in', () => {
    expect(toEventBody(values({ contact: { name: ' 王丽 ', phone: '13805351234' } })).contact).toEqual({
      name: '王丽',
      phone: '13805351234',
    });
  });

  it('round-trips an event back into the form', () => {
    const body = toEventBody(
      values({
        repeat: 'weekly',
        daysOfWeek: [6],
        until: dayjs('2026-12-26'),
        contact: { name: '王丽', phone: '13805351234' },
      }),
    );
    const event = {
      ...body,
      id: 'e',
      organisationId: 'o',
      organisationName: '滨海路社区居委会',
      projectId: null,
      description: null,
      community: body.community ?? null,
      venue: { ...body.venue, latitude: null, longitude: null },
      schedule: {
        startsAt: '2026-12-05T01:00:00.000Z',
        endsAt: '2026-12-05T03:30:00.000Z',
        recurrence: body.schedule.recurrence,
      },
      occurrences: [],
      contact: body.contact ?? null,
      attachments: [],
      status: 'changes_requested',
      statusReason: null,
      version: 3,
      createdAt: '',
      updatedAt: '',
    } as PartnerEvent;
    const back = toFormValues(event);
    expect(back.date.format('YYYY-MM-DD')).toBe('2026-12-05');
    expect(back.time.map((t) => t.format('HH:mm'))).toEqual(['09:00', '11:30']);
    expect(toEventBody(back)).toEqual({ ...body, description: null });
  });
});

describe('API field errors on the form', () => {
  it.each([
    ['title', ['title']],
    ['venue.name', ['venue', 'name']],
    ['venue.latitude', ['venue', 'name']],
    ['schedule.endsAt', ['time']],
    ['schedule.recurrence.until', ['until']],
    ['schedule.recurrence.daysOfWeek', ['daysOfWeek']],
    ['roles.1.key', ['roles', 1, 'name']],
    ['roles.0.count', ['roles', 0, 'count']],
    ['roles', ['roles']],
    ['contact.phone', ['contact', 'phone']],
    ['attachments.0.url', null],
  ])('%s goes to %j', (field, expected) => {
    expect(formFieldOf(field)).toEqual(expected);
  });
});

it('counts the volunteers needed over every occurrence', () => {
  expect(
    volunteersNeeded({
      roles: [
        { key: 'a', name: 'a', count: 4 },
        { key: 'b', name: 'b', count: 2 },
      ],
      occurrences: [
        { key: '2026-12-05', startsAt: '', endsAt: '' },
        { key: '2026-12-12', startsAt: '', endsAt: '' },
      ],
    }),
  ).toBe(12);
});
