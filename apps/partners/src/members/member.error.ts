import { moduleError } from '@linkage/errors';

export const MemberErrorCode = {
  MEMBERS_NOT_FOUND: 'not_found',
  MEMBER_NOT_FOUND: 'not_found',
  MEMBER_EMAIL_TAKEN: 'conflict',
  MEMBER_ORGANISATION_SUSPENDED: 'conflict',
  MEMBER_SELF_CHANGE: 'conflict',
} as const;

export class MemberError extends moduleError(MemberErrorCode, {
  MEMBERS_NOT_FOUND: 'No organisation with id 0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c.',
  MEMBER_NOT_FOUND: 'No member with id 0193a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b in this organisation.',
  MEMBER_EMAIL_TAKEN: {
    message: 'li.xiuying@example.org is already a member of this organisation.',
    details: { email: 'li.xiuying@example.org' },
  },
  MEMBER_ORGANISATION_SUSPENDED: 'A suspended organisation takes no new members.',
  MEMBER_SELF_CHANGE: 'You cannot change your own membership; ask another manager or a coordinator.',
}) {}
