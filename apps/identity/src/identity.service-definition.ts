import type { ServiceDefinition } from '@linkage/service-kit';
import { Account } from './accounts/account.entity';
import { AccountModule } from './accounts/account.module';
import { IdentityConfig } from './identity.config';
import { Invitation } from './invitations/invitation.entity';
import { InvitationModule } from './invitations/invitation.module';
import { identityTokenVerifier } from './keys/identity-token-verifier';
import { KeysModule } from './keys/keys.module';
import { SigningKey } from './keys/signing-key.entity';
import { CreateAccounts1764100000000 } from './migrations/1764100000000-create-accounts';
import { CreateRefreshTokens1764100000100 } from './migrations/1764100000100-create-refresh-tokens';
import { CreateLoginFailures1764100000200 } from './migrations/1764100000200-create-login-failures';
import { CreateInvitations1764100000300 } from './migrations/1764100000300-create-invitations';
import { CreateSigningKeys1764100000400 } from './migrations/1764100000400-create-signing-keys';
import { RefreshToken } from './refresh-tokens/refresh-token.entity';
import { LoginFailure } from './sessions/login-failure.entity';
import { SessionModule } from './sessions/session.module';

export const identityService: ServiceDefinition = {
  name: 'identity',
  api: {
    title: 'Linkage identity',
    description:
      'Accounts and their roles, sign-in (access and refresh tokens), invitations, and the public keys ' +
      '(JWKS) every service verifies access tokens with.',
  },
  config: IdentityConfig,
  auth: { verifier: identityTokenVerifier },
  schema: {
    database: 'linkage_identity',
    entities: [Account, RefreshToken, LoginFailure, Invitation, SigningKey],
    migrations: [
      CreateAccounts1764100000000,
      CreateRefreshTokens1764100000100,
      CreateLoginFailures1764100000200,
      CreateInvitations1764100000300,
      CreateSigningKeys1764100000400,
    ],
  },
  imports: [KeysModule, AccountModule, SessionModule, InvitationModule],
};
