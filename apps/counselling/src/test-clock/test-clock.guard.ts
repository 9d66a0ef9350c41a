import { TokenVerifier, type AuthenticatedRequest } from '@linkage/auth';
import { Injectable, NotFoundException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';

/**
 * The test clock is there for admins only: to anyone else — no token, a bad one, another role — its
 * routes answer exactly what a route that does not exist answers (404 "Cannot PUT /api/…"), so nothing
 * tells a caller that this service's time can be moved. The controller is @Public() for that reason:
 * this guard verifies the token itself instead of the global guard's 401/403.
 */
@Injectable()
export class TestClockGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly access: CounsellingAccess,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const principal = token ? await this.verifier.verify(token).catch(() => null) : null;
    if (principal && (await this.access.mayUseTestClock(principal))) {
      request.principal = principal;
      return true;
    }
    throw new NotFoundException(`Cannot ${request.method} ${request.url}`);
  }
}
