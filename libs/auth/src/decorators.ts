import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Principal, Role } from './principal';

export const IS_PUBLIC = 'linkage:public';
export const ROLES_ALLOWED = 'linkage:roles';

/** Open without a token, on purpose: login, refresh, JWKS, health, certificate verification. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * Only these roles may call the handler (others get 403); record-level rules still apply after. The
 * OpenAPI document shows them as `x-roles`, from which the 403 answer is documented.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ROLES_ALLOWED, roles), ApiExtension('x-roles', roles));

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** The verified caller of a guarded handler. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public handler');
  return principal;
});
