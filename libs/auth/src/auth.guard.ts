import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthError } from './auth.error';
import { IS_PUBLIC, ROLES_ALLOWED, type AuthenticatedRequest } from './decorators';
import { hasRole, type Role } from './principal';
import { RequestContext } from './request-context';
import { TokenVerifier } from './token-verifier';

/**
 * The global guard: every HTTP handler needs a valid access token unless marked @Public(), and a role
 * listed in @Roles() when it has one. NATS handlers are internal (the broker is not exposed) and pass.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token)
      throw new AuthError(
        'AUTH_REQUIRED',
        'Sign in first: this needs an access token (Authorization: Bearer …).',
      );
    const principal = await this.verifier.verify(token);
    request.principal = principal;
    RequestContext.setPrincipal(principal);

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (allowed && !hasRole(principal, ...allowed)) {
      throw new AuthError('ROLE_FORBIDDEN', `This needs one of the roles: ${allowed.join(', ')}.`);
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
