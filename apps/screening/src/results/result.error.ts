import { moduleError } from '@linkage/errors';

export const ResultErrorCode = {
  RESULT_CONSENT_REQUIRED: 'unprocessable',
  RESULT_CONSENT_WITHDRAWN: 'unprocessable',
  RESULT_EDUCATION_REQUIRED: 'unprocessable',
  RESULT_TOTAL_MISMATCH: 'unprocessable',
  RESULT_INSTRUMENT_NOT_ALLOWED: 'unprocessable',
  RESULT_CLIENT_ID_CONFLICT: 'conflict',
} as const;

export class ResultError extends moduleError(ResultErrorCode, {
  RESULT_CONSENT_REQUIRED: {
    message: 'The resident’s consent to screening and data processing must be recorded before a result.',
    details: { kinds: ['screening', 'data_processing'] },
  },
  RESULT_CONSENT_WITHDRAWN: {
    message: 'The resident withdrew consent (screening): no further results are recorded.',
    details: { kinds: ['screening'] },
  },
  RESULT_EDUCATION_REQUIRED:
    'MOCA@1 is scored against education: record the resident’s education level and years first.',
  RESULT_TOTAL_MISMATCH: {
    message: 'The stated total 4 does not match the items, which add up to 3.',
    details: { stated: 4, computed: 3 },
  },
  RESULT_INSTRUMENT_NOT_ALLOWED: {
    message: 'The campaign does not use MMSE@2.',
    details: { allowed: { stage1: ['AD8@1', 'MINI_COG@1'], stage2: ['MMSE@1', 'MOCA@1'] } },
  },
  RESULT_CLIENT_ID_CONFLICT:
    'The clientId 0193c4d5-3333-7c3d-8e4f-5a6b7c8d9e0f already names a result of another resident.',
}) {}
