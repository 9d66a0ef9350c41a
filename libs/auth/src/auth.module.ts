import { CommonConfig } from '@linkage/config';
import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { JSONWebKeySet } from 'jose';
import { AuditController } from './audit/audit.controller';
import { AuditLog } from './audit/audit-log';
import { AuthGuard } from './auth.guard';
import { JWKS_PATH } from './token-claims';
import { JwksTokenVerifier, TokenVerifier } from './token-verifier';

export interface AuthOptions {
  /** Identity verifies with its own keys; every other service uses the JWKS (the default). */
  verifier?: Provider<TokenVerifier>;
  /** Whether this service keeps an audit trail (every service with a database does). */
  audit?: boolean;
}

const jwksVerifier: Provider<TokenVerifier> = {
  provide: TokenVerifier,
  inject: [CommonConfig],
  useFactory: (config: CommonConfig) =>
    new JwksTokenVerifier(
      config.AUTH_JWKS
        ? { jwks: JSON.parse(config.AUTH_JWKS) as JSONWebKeySet }
        : { url: `${config.IDENTITY_URL.replace(/\/+$/, '')}${JWKS_PATH}` },
      { cacheSize: config.AUTH_VERIFIED_TOKENS_CACHED },
    ),
};

/** Guards every endpoint (deny by default) and provides the audit log. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions = {}): DynamicModule {
    const audit = options.audit ?? true;
    return {
      module: AuthModule,
      providers: [
        options.verifier ?? jwksVerifier,
        { provide: APP_GUARD, useClass: AuthGuard },
        ...(audit ? [AuditLog] : []),
      ],
      controllers: audit ? [AuditController] : [],
      exports: [TokenVerifier, ...(audit ? [AuditLog] : [])],
    };
  }
}
