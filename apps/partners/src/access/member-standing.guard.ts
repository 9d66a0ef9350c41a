import { hasRole, type AuthenticatedRequest } from '@linkage/auth';
import { moduleError } from '@linkage/errors';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';

export const MemberStandingErrorCode = { MEMBER_SUSPENDED: 'forbidden' } as const;

export class MemberStandingError extends moduleError(MemberStandingErrorCode, {
  MEMBER_SUSPENDED: 'Your membership of this organisation is suspended; ask its manager or a coordinator.',
}) {}

/** Whether an account's membership of a partner organisation is suspended (the members feature answers). */
export abstract class MemberStanding {
  abstract isSuspended(accountId: string): Promise<boolean>;
}

/**
 * A partner member whose membership is suspended is refused every partners endpoint (403
 * MEMBER_SUSPENDED), whatever their token says: identity keeps issuing tokens to the account, partners
 * decides what it may do here. Runs after the AuthGuard (registered first), on HTTP requests only.
 */
@Injectable()
export class MemberStandingGuard implements CanActivate {
  constructor(private readonly standing: MemberStanding) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal || !hasRole(principal, 'partner')) return true;
    if (await this.standing.isSuspended(principal.accountId)) {
      throw new MemberStandingError(
        'MEMBER_SUSPENDED',
        'Your membership of this organisation is suspended; ask its manager or a coordinator.',
      );
    }
    return true;
  }
}
