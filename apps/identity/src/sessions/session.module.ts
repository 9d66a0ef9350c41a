import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from '../accounts/account.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { RefreshTokenModule } from '../refresh-tokens/refresh-token.module';
import { Transactions } from '@linkage/database';
import { AccessTokenIssuer } from './access-token.issuer';
import { AuthController } from './auth.controller';
import { LoginFailure } from './login-failure.entity';
import { LoginFailureRepository } from './login-failure.repository';
import { LoginService } from './login.service';
import { LoginThrottle } from './login-throttle';
import { TokenService } from './token.service';

/** Sign-in, token refresh and sign-out, the signed-in account, and the public keys. */
@Module({
  imports: [TypeOrmModule.forFeature([LoginFailure]), AccountModule, CredentialsModule, RefreshTokenModule],
  controllers: [AuthController],
  providers: [
    AccessTokenIssuer,
    LoginFailureRepository,
    LoginService,
    LoginThrottle,
    TokenService,
    Transactions,
  ],
  exports: [TokenService],
})
export class SessionModule {}
