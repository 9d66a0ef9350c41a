import { moduleError } from '@linkage/errors';

export const InsuranceErrorCode = {
  INSURANCE_NOT_RECORDED: 'unprocessable',
  INSURANCE_PERIOD_NOT_COVERING: 'unprocessable',
  INSURED_LIST_EMPTY: 'unprocessable',
} as const;

export class InsuranceError extends moduleError(InsuranceErrorCode, {
  INSURANCE_NOT_RECORDED: 'Record the shift’s accident insurance policy before sending the insured list.',
  INSURANCE_PERIOD_NOT_COVERING: {
    message: 'The policy covers 2026-12-02 to 2026-12-31, but the shift is on 2026-12-01.',
    details: {
      coversFrom: '2026-12-02',
      coversTo: '2026-12-31',
      startsOn: '2026-12-01',
      endsOn: '2026-12-01',
    },
  },
  INSURED_LIST_EMPTY: 'Nobody is confirmed on this shift yet: there is nobody to insure.',
}) {}
