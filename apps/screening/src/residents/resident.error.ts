import { moduleError } from '@linkage/errors';

export const ResidentErrorCode = {
  RESIDENT_NOT_FOUND: 'not_found',
  RESIDENT_DUPLICATE: 'conflict',
  RESIDENT_ID_NUMBER_INVALID: 'bad_request',
  RESIDENT_CAMPAIGN_UNKNOWN: 'unprocessable',
  RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN: 'unprocessable',
  RESIDENT_CAMPAIGN_CLOSED: 'conflict',
  RESIDENT_SESSION_UNKNOWN: 'unprocessable',
  RESIDENT_SESSION_MISMATCH: 'unprocessable',
  CONSENT_NOT_GRANTED: 'conflict',
} as const;

export class ResidentError extends moduleError(ResidentErrorCode, {
  RESIDENT_NOT_FOUND: 'No resident with id 0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f.',
  RESIDENT_DUPLICATE: {
    message: 'This resident is already registered in the campaign (same ID number).',
    details: { residentId: '0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f', matchedBy: 'id_number' },
  },
  RESIDENT_ID_NUMBER_INVALID: {
    message: 'The ID number does not agree with itself or with the birth date and sex given.',
    details: [{ field: 'idNumber', messages: ['idNumber gives the birth date 1956-03-12, not 1956-03-21'] }],
  },
  RESIDENT_CAMPAIGN_UNKNOWN:
    'No campaign with id 0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d to register residents in.',
  RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN: {
    message: '金山社区 is not one of the campaign’s communities.',
    details: { communities: ['滨海路社区', '黄海路社区'] },
  },
  RESIDENT_CAMPAIGN_CLOSED: 'The campaign is completed: it takes no new residents.',
  RESIDENT_SESSION_UNKNOWN:
    'No session with id 0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d that you may register residents at now.',
  RESIDENT_SESSION_MISMATCH: {
    message: 'The session is at 滨海路社区 in another campaign: register the resident there.',
    details: { campaignId: '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d', community: '滨海路社区' },
  },
  CONSENT_NOT_GRANTED: {
    message: 'There is no granted hospital_sharing consent to withdraw.',
    details: { kind: 'hospital_sharing', status: 'none' },
  },
}) {}
