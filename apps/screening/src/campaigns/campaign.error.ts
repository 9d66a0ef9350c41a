import { moduleError } from '@linkage/errors';

export const CampaignErrorCode = {
  CAMPAIGN_NOT_FOUND: 'not_found',
  CAMPAIGN_DATES_INVALID: 'unprocessable',
  PARTNER_ORGANISATION_UNKNOWN: 'unprocessable',
  CAMPAIGN_INSTRUMENTS_INVALID: 'bad_request',
  CAMPAIGN_STATUS_CHANGE_INVALID: 'conflict',
  CAMPAIGN_NOT_EDITABLE: 'conflict',
} as const;

export class CampaignError extends moduleError(CampaignErrorCode, {
  CAMPAIGN_NOT_FOUND: 'No campaign with id 0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d.',
  CAMPAIGN_DATES_INVALID: {
    message: 'The campaign ends before it starts.',
    details: [{ field: 'endsOn', messages: ['endsOn (2026-08-31) is before startsOn (2026-09-01)'] }],
  },
  PARTNER_ORGANISATION_UNKNOWN: {
    message: 'No partner organisation with id 0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c.',
    details: { missing: ['0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c'] },
  },
  CAMPAIGN_INSTRUMENTS_INVALID: {
    message: 'The instruments chosen are not valid.',
    details: [{ field: 'instruments.stage1', messages: ['MMSE@1 is a stage-2 instrument'] }],
  },
  CAMPAIGN_STATUS_CHANGE_INVALID: {
    message: 'The campaign is completed: it cannot become active.',
    details: { status: 'completed' },
  },
  CAMPAIGN_NOT_EDITABLE: {
    message: 'The campaign is active: its instruments are pinned once it has started.',
    details: { status: 'active', field: 'instruments' },
  },
}) {}
