import { moduleError } from '@linkage/errors';

export const CampaignErrorCode = {
  CAMPAIGN_NOT_FOUND: 'not_found',
  CAMPAIGN_DATES_INVALID: 'unprocessable',
  PARTNER_ORGANISATION_UNKNOWN: 'unprocessable',
} as const;

export class CampaignError extends moduleError(CampaignErrorCode) {}
