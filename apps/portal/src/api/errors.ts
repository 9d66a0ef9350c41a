import type { TFunction } from 'i18next';
import { SessionExpiredError } from '../auth/session';
import { formatDateTime } from '../lib/time';
import { ApiError, NETWORK_ERROR } from './client';

/**
 * Every error `code` the portal can meet, mapped to its translated message (`errors.<CODE>` in both
 * locale files; a unit test checks each exists). A code not listed falls back to `errors.generic` with
 * the HTTP status, so a new server code never shows as a raw string.
 */
export const ERROR_CODES = [
  NETWORK_ERROR,
  'AUTH_REQUIRED',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'ROLE_FORBIDDEN',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'SERVICE_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
  'BAD_GATEWAY',
  'INTERNAL_ERROR',
  'INVALID_CURSOR',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DEACTIVATED',
  'ACCOUNT_NOT_FOUND',
  'LOGIN_THROTTLED',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_EXPIRED',
  'REFRESH_TOKEN_REUSED',
  'LAST_ADMIN',
  'ORGANISATION_REQUIRED',
  'VOLUNTEER_REQUIRED',
  'EMAIL_TAKEN',
  'MOBILE_TAKEN',
  'INVITATION_NOT_FOUND',
  'INVITATION_ALREADY_ACCEPTED',
  'INVITATION_EXPIRED',
  'INVITATION_ROLE_FORBIDDEN',
  'PASSWORD_TOO_WEAK',
  'VOLUNTEER_NOT_FOUND',
  'VOLUNTEER_STUDENT_NUMBER_TAKEN',
  'CERTIFICATION_NOT_FOUND',
  'TEAM_NOT_FOUND',
  'TEAM_NAME_TAKEN',
  'TEAM_MEMBER_NOT_FOUND',
  'SHIFT_NOT_FOUND',
  'SHIFT_NOT_OPEN',
  'SHIFT_NOT_EDITABLE',
  'SHIFT_MANAGE_FORBIDDEN',
  'SHIFT_SCHEDULE_INVALID',
  'SHIFT_CAPACITY_BELOW_TAKEN',
  'SHIFT_TEAM_UNKNOWN',
  'SHIFT_OVERLAP',
  'SIGNUP_REQUIREMENTS_MISSING',
  'SIGNUP_WINDOW_CLOSED',
  'SIGNUP_FORBIDDEN',
  'SIGNUP_NOT_FOUND',
  'SIGNUP_NOT_PENDING',
  'SIGNUP_NO_OFFER',
  'SIGNUP_VOLUNTEER_REQUIRED',
  'SIGNUP_VOLUNTEER_UNKNOWN',
  'OFFER_EXPIRED',
  'CANCELLATION_CUTOFF_PASSED',
  'CHECK_IN_CODE_INVALID',
  'CHECK_IN_CODE_EXPIRED',
  'SCAN_TOO_OLD',
  'ATTENDANCE_NOT_CONFIRMED',
  'ATTENDANCE_SHIFT_NOT_ACTIVE',
  'ATTENDANCE_NOT_CHECKED_IN',
  'ATTENDANCE_TIMES_INVALID',
  'ATTENDANCE_ALREADY_CHECKED_IN',
  'ATTENDANCE_IN_FUTURE',
  'CHECK_IN_TOO_EARLY',
  'CHECK_IN_CLOSED',
  'CHECK_OUT_CLOSED',
  'CHECK_OUT_NOT_AFTER_CHECK_IN',
  'TRAVEL_EXCEEDS_ATTENDANCE',
  'HOURS_NOT_FOUND',
  'HOURS_VERIFY_FORBIDDEN',
  'HOURS_DAILY_CAP_EXCEEDED',
  'INVALID_HOURS',
  'MANUAL_AWARD_INVALID',
  'NO_VERIFIED_HOURS',
  'CERTIFICATE_NOT_FOUND',
  'CERTIFICATE_VOLUNTEER_NOT_FOUND',
  'NOTIFICATION_NOT_FOUND',
  'CALENDAR_NOT_FOUND',
  'SHIFT_OVER',
  'SHIFT_FIT_NEEDS_VOLUNTEER',
  'POINTS_VOLUNTEER_NOT_FOUND',
  'POINTS_TEAM_NOT_FOUND',
  // partners: organisations, members, event registrations, hours certification, projects, inbox
  'ORGANISATION_NOT_FOUND',
  'ORGANISATION_NAME_TAKEN',
  'MEMBER_SUSPENDED',
  'MEMBERS_NOT_FOUND',
  'MEMBER_NOT_FOUND',
  'MEMBER_EMAIL_TAKEN',
  'MEMBER_ORGANISATION_SUSPENDED',
  'MEMBER_SELF_CHANGE',
  'EVENT_NOT_FOUND',
  'EVENT_SCHEDULE_INVALID',
  'EVENT_ROLES_INVALID',
  'EVENT_ORGANISATION_UNKNOWN',
  'EVENT_ORGANISATION_SUSPENDED',
  'EVENT_PROJECT_UNKNOWN',
  'EVENT_TRANSITION_NOT_ALLOWED',
  'EVENT_NOT_EDITABLE',
  'EVENT_VERSION_CONFLICT',
  'EVENT_HOURS_NOT_FOUND',
  'EVENT_HOURS_ALREADY_CONFIRMED',
  'PROJECT_NOT_FOUND',
  'PROJECT_PARTNERS_INVALID',
  'PROJECT_DATES_INVALID',
  'PROJECT_ORGANISATION_UNKNOWN',
  'PROJECT_ORGANISATION_SUSPENDED',
  'PROJECT_STATUS_CHANGE_INVALID',
  'PROJECT_NOT_DELETABLE',
  'INBOX_ITEM_NOT_FOUND',
  'INBOX_ITEM_TRANSITION_INVALID',
  // screening: campaigns, sessions, residents, results, the pathway, the import
  'CAMPAIGN_NOT_FOUND',
  'CAMPAIGN_DATES_INVALID',
  'CAMPAIGN_INSTRUMENTS_INVALID',
  'CAMPAIGN_STATUS_CHANGE_INVALID',
  'PARTNER_ORGANISATION_UNKNOWN',
  'SESSION_NOT_FOUND',
  'SESSION_COMMUNITY_NOT_IN_CAMPAIGN',
  'SESSION_TIMES_INVALID',
  'SESSION_ROLES_INVALID',
  'SESSION_CAMPAIGN_CLOSED',
  'SESSION_NOT_SCHEDULED',
  'SESSION_NOT_STARTED',
  'RESIDENT_NOT_FOUND',
  'RESIDENT_DUPLICATE',
  'RESIDENT_ID_NUMBER_INVALID',
  'RESIDENT_CAMPAIGN_UNKNOWN',
  'RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN',
  'RESIDENT_CAMPAIGN_CLOSED',
  'RESIDENT_SESSION_UNKNOWN',
  'RESIDENT_SESSION_MISMATCH',
  'CONSENT_NOT_GRANTED',
  'RESULT_CONSENT_REQUIRED',
  'RESULT_CONSENT_WITHDRAWN',
  'RESULT_EDUCATION_REQUIRED',
  'RESULT_TOTAL_MISMATCH',
  'RESULT_INSTRUMENT_NOT_ALLOWED',
  'RESULT_CLIENT_ID_CONFLICT',
  'REFERRAL_NOT_FOUND',
  'REFERRAL_CONSENT_REQUIRED',
  'REFERRAL_NO_HOSPITAL',
  'REFERRAL_ALREADY_SENT',
  'FOLLOW_UP_NOT_FOUND',
  'FOLLOW_UP_ALREADY_RECORDED',
  'FOLLOW_UP_KIND_REQUIRED',
  'IMPORT_ROWS_INVALID',
  'IMPORT_FILE_TYPE_UNSUPPORTED',
  'IMPORT_FILE_UNREADABLE',
  // counselling: programmes, intake, enrolment, sessions, notes, check-ins, buddies, outcomes
  // (SESSION_NOT_FOUND and SESSION_NOT_STARTED are screening's too: one text fits both)
  'PROGRAMME_NOT_FOUND',
  'FACILITATOR_REQUIRED',
  'INTAKE_NOT_FOUND',
  'APPLICATION_NOT_FOUND',
  'INTAKE_CLOSED',
  'ALREADY_APPLIED',
  'APPLICATION_DECIDED',
  'SURVEY_INVALID',
  'REASON_REQUIRED',
  'CONSENT_REQUIRED',
  'APPLICATION_NOT_ACCEPTED',
  'ALREADY_ENROLLED',
  'PROGRAMME_FULL',
  'ENROLMENT_NOT_FOUND',
  'ENROLMENT_WITHDRAWN',
  'SESSION_NOT_OPEN',
  'NOT_A_MEMBER',
  'NOTE_NOT_FOUND',
  'GOAL_NOT_FOUND',
  'NOT_PAIRED',
  'BUDDY_REQUEST_NOT_FOUND',
  'ALREADY_PAIRED',
  'SAME_MEMBER',
  'MEASURE_INVALID',
  'SURVEY_NOT_SCORED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'REQUEST_TIMEOUT',
  // volunteers, issue 13: the volunteer card, the national number, hand-over, insurance, declared hours
  'VOLUNTEER_CARD_INVALID',
  'VOLUNTEER_CARD_EXPIRED',
  'VOLUNTEER_CARD_WRONG_PURPOSE',
  'CARD_VOLUNTEER_NOT_SIGNED_UP',
  'SHIFT_FULL',
  'VOLUNTEER_NATIONAL_NUMBER_TAKEN',
  'HANDOVER_NOTHING_NEW',
  'HANDOVER_NOT_FOUND',
  'INSURANCE_NOT_RECORDED',
  'INSURANCE_PERIOD_NOT_COVERING',
  'INSURED_LIST_EMPTY',
  'DECLARATION_NOT_FOUND',
  'DECLARATION_SHIFT_NOT_FOUND',
  'DECLARATION_PARTNER_NOT_FOUND',
  'DECLARATION_IN_FUTURE',
  'DECLARATION_SHIFT_NOT_ENDED',
  'DECLARATION_ALREADY_REVIEWED',
] as const;

const KNOWN = new Set<string>(ERROR_CODES);

export function errorKey(code: string): string {
  return KNOWN.has(code) ? `errors.${code}` : 'errors.generic';
}

/** The moment an attendance-window error names (when check-in opens, or when it or check-out closed). */
function windowTime(code: string, details: Record<string, unknown>): string {
  const field =
    code === 'CHECK_IN_TOO_EARLY'
      ? 'checkInOpensAt'
      : code === 'CHECK_IN_CLOSED'
        ? 'checkInClosesAt'
        : 'checkOutClosesAt';
  const value = details[field];
  return typeof value === 'string' ? formatDateTime(value) : '';
}

interface Missing {
  skills?: string[];
  certifications?: string[];
  team?: boolean;
}

/** What a person reads for an error: the translated message, with the details that help them act. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof SessionExpiredError) return t('errors.SESSION_ENDED');
  if (!(error instanceof ApiError)) return t('errors.generic', { status: '' });
  const details = (error.details ?? {}) as Record<string, unknown>;
  const base = t(errorKey(error.code), {
    status: error.status,
    time: windowTime(error.code, details),
    // A partner event's status where a move or an edit was refused (EVENT_TRANSITION_NOT_ALLOWED, …).
    state: typeof details.status === 'string' ? t(`eventStatus.${details.status}`) : '',
  });
  switch (error.code) {
    case 'SIGNUP_REQUIREMENTS_MISSING': {
      const missing = details as Missing;
      const needs = [
        ...(missing.skills ?? []).map((s) => t('errors.needsSkill', { name: s })),
        ...(missing.certifications ?? []).map((c) => t('errors.needsCertification', { name: c })),
        ...(missing.team ? [t('errors.needsTeam')] : []),
      ];
      return needs.length ? `${base} ${needs.join(t('common.listSeparator'))}` : base;
    }
    case 'SHIFT_OVERLAP': {
      const shifts = (details.shifts ?? []) as { title: string; startsAt: string }[];
      const named = shifts.map((s) => `${s.title}（${formatDateTime(s.startsAt)}）`);
      return named.length ? `${base} ${named.join(t('common.listSeparator'))}` : base;
    }
    case 'CANCELLATION_CUTOFF_PASSED':
      return typeof details.deadline === 'string'
        ? `${base} ${t('errors.deadlineWas', { time: formatDateTime(details.deadline) })}`
        : base;
    case 'SIGNUP_WINDOW_CLOSED':
      return typeof details.opensAt === 'string' && Date.parse(details.opensAt) > Date.now()
        ? `${base} ${t('errors.opensAt', { time: formatDateTime(details.opensAt) })}`
        : base;
    default:
      return base;
  }
}

/**
 * Field messages of a 400 for a form: VALIDATION_FAILED's, and those of a module's own 400 that names
 * its fields the same way (EVENT_SCHEDULE_INVALID, EVENT_ROLES_INVALID): `[{ field, messages }]`.
 */
export function fieldErrors(error: unknown): { name: string; errors: string[] }[] {
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.details)) return [];
  const fields = (error.details as unknown[]).filter(
    (d): d is { field: string; messages: string[] } =>
      typeof d === 'object' && d !== null && typeof (d as { field?: unknown }).field === 'string',
  );
  return fields.map((d) => ({
    name: d.field,
    errors: d.messages,
  }));
}
