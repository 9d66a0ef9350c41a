import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { ApiError } from '../../api/client';
import {
  declarationBody,
  declarationFieldErrors,
  endedShifts,
  HALF_HOURS,
  PHONE_PATTERN,
  type DeclareValues,
} from './declaration-form';

const values = (over: Partial<DeclareValues> = {}): DeclareValues => ({
  activity: ' 滨海路社区敬老院探访 ',
  serviceDate: '2026-11-21',
  place: '滨海路社区敬老院',
  content: '陪老人聊天，协助午餐\n',
  hours: 2,
  contactName: '李主任',
  contactPhone: ' 0535-6661234',
  for: 'station',
  shiftId: 'shift-1',
  partnerOrganisationId: 'org-1',
  ...over,
});

describe('the declaration form as an API body', () => {
  it('trims the texts and writes the hours as the server reads them', () => {
    expect(declarationBody(values())).toEqual({
      activity: '滨海路社区敬老院探访',
      serviceDate: '2026-11-21',
      place: '滨海路社区敬老院',
      content: '陪老人聊天，协助午餐',
      hours: '2',
      contactName: '李主任',
      contactPhone: '0535-6661234',
      shiftId: undefined,
      partnerOrganisationId: undefined,
    });
  });

  it.each([
    ['shift', { shiftId: 'shift-1', partnerOrganisationId: undefined }],
    ['partner', { shiftId: undefined, partnerOrganisationId: 'org-1' }],
    ['station', { shiftId: undefined, partnerOrganisationId: undefined }],
  ] as const)('names only whom it is for (%s)', (forWhom, named) => {
    expect(declarationBody(values({ for: forWhom }))).toMatchObject(named);
  });

  it('offers the half hours from 0.5 to 8, each one the server takes', () => {
    expect(HALF_HOURS).toHaveLength(16);
    expect(HALF_HOURS[0]).toBe(0.5);
    expect(HALF_HOURS.at(-1)).toBe(8);
    const server = /^(0?\.5|[1-7](\.(0|00|5|50))?|8(\.(0|00))?)$/;
    for (const h of HALF_HOURS) expect(declarationBody(values({ hours: h })).hours).toMatch(server);
  });

  it.each([
    ['0535-6661234', true],
    ['13806381001', true],
    ['+86 138 0638 1001', true],
    ['李主任', false],
    ['123', false],
  ])('reads %s as a phone number: %s', (phone, ok) => {
    expect(PHONE_PATTERN.test(phone)).toBe(ok);
  });
});

describe('a refused declaration on the form', () => {
  const message = (e: unknown) => `msg:${(e as ApiError).code}`;

  it('puts a 400’s messages on their fields', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', [
      { field: 'hours', messages: ['hours must be half hours'] },
    ]);
    expect(declarationFieldErrors(error, message)).toEqual([
      { name: 'hours', errors: ['hours must be half hours'] },
    ]);
  });

  it.each([
    ['DECLARATION_IN_FUTURE', 422, 'serviceDate'],
    ['DECLARATION_SHIFT_NOT_ENDED', 422, 'shiftId'],
    ['DECLARATION_SHIFT_NOT_FOUND', 404, 'shiftId'],
    ['DECLARATION_PARTNER_NOT_FOUND', 404, 'partnerOrganisationId'],
  ])('puts %s on the field it is about', (code, status, name) => {
    expect(declarationFieldErrors(new ApiError(status, code, ''), message)).toEqual([
      { name, errors: [`msg:${code}`] },
    ]);
  });

  it('leaves other errors to the alert above the form', () => {
    expect(declarationFieldErrors(new ApiError(503, 'SERVICE_UNAVAILABLE', ''), message)).toEqual([]);
    expect(declarationFieldErrors(null, message)).toEqual([]);
  });
});

describe('the shifts a declaration may name', () => {
  const assignment = (
    id: string,
    status: Schemas['SignupStatus'],
    endsAt: string,
    shiftStatus: Schemas['ShiftStatus'] = 'completed',
  ): Schemas['AssignmentView'] => ({
    id: `signup-${id}`,
    status,
    waitlistPosition: null,
    offerExpiresAt: null,
    shift: {
      id,
      title: `岗位 ${id}`,
      location: { venue: '滨海路社区党群服务中心', address: null } as Schemas['LocationView'],
      startsAt: '2026-11-20T01:00:00Z',
      endsAt,
      status: shiftStatus,
      cancelReason: null,
      teamId: null,
    },
  });

  it('are the ended ones she was confirmed on, not cancelled', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const shifts = endedShifts(
      [
        assignment('a', 'confirmed', '2026-11-20T04:00:00Z'),
        assignment('b', 'cancelled', '2026-11-20T04:00:00Z'),
        assignment('c', 'confirmed', '2026-11-21T13:00:00Z', 'open'),
        assignment('d', 'confirmed', '2026-11-20T04:00:00Z', 'cancelled'),
        assignment('e', 'waitlisted', '2026-11-20T04:00:00Z'),
      ],
      now,
    );
    expect(shifts.map((s) => s.id)).toEqual(['a']);
  });
});
