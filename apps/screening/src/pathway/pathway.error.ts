import { moduleError } from '@linkage/errors';

export const PathwayErrorCode = {
  REFERRAL_NOT_FOUND: 'not_found',
  REFERRAL_CONSENT_REQUIRED: 'unprocessable',
  REFERRAL_NO_HOSPITAL: 'unprocessable',
  REFERRAL_ALREADY_SENT: 'conflict',
  FOLLOW_UP_NOT_FOUND: 'not_found',
  FOLLOW_UP_ALREADY_RECORDED: 'conflict',
  FOLLOW_UP_KIND_REQUIRED: 'bad_request',
} as const;

export class PathwayError extends moduleError(PathwayErrorCode, {
  REFERRAL_NOT_FOUND: 'No referral with id 0193c4d5-7777-7c3d-8e4f-5a6b7c8d9e0f.',
  REFERRAL_CONSENT_REQUIRED: {
    message:
      'The resident has not consented to sharing with the hospital (hospital_sharing): the referral waits for that consent.',
    details: { kind: 'hospital_sharing', status: 'none' },
  },
  REFERRAL_NO_HOSPITAL:
    'The campaign has no partner organisation of kind hospital to refer to: add the memory clinic as a partner.',
  REFERRAL_ALREADY_SENT: {
    message: 'The referral was sent to the hospital already.',
    details: { status: 'sent' },
  },
  FOLLOW_UP_NOT_FOUND: 'No planned follow-up with id 0193c4d5-8888-7c3d-8e4f-5a6b7c8d9e0f for this resident.',
  FOLLOW_UP_ALREADY_RECORDED: 'That follow-up was recorded already (2026-12-01T02:00:00.000Z).',
  FOLLOW_UP_KIND_REQUIRED: {
    message: 'Say what was done (kind) when recording a follow-up that was not planned.',
    details: [{ field: 'kind', messages: ['kind is required without followUpId'] }],
  },
}) {}
