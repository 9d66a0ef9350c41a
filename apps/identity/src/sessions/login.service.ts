import { AuditLog } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import type { AccountData } from '../accounts/account-data';
import { AccountService } from '../accounts/account.service';
import { loginKey, parseLogin } from '../accounts/contact';
import { hashOpaqueToken } from '../credentials/opaque-token';
import { PasswordHasher } from '../credentials/password-hasher';
import { LoginThrottle } from './login-throttle';
import type { LoginDto } from './session.dto';
import { SessionError } from './session.error';
import { TokenService, type TokenPair } from './token.service';

type DeniedReason = 'throttled' | 'unknown_account' | 'wrong_password' | 'deactivated';

@Injectable()
export class LoginService {
  constructor(
    private readonly accounts: AccountService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokenService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Signs in with an email or mobile number and a password. An unknown login and a wrong password get
   * the same answer, after the same work (a hash is verified either way), and both count towards the
   * throttle; only someone who knows the password learns that the account is deactivated.
   */
  async login(input: LoginDto, ip: string): Promise<TokenPair> {
    const name = parseLogin(input.login);
    const loginHash = hashOpaqueToken(loginKey(name));
    const retryAfter = await this.throttle.retryAfter(loginHash, ip);
    if (retryAfter !== null) {
      await this.denied(null, 'throttled');
      throw new SessionError(
        'LOGIN_THROTTLED',
        `Too many failed sign-ins; try again in ${retryAfter} seconds.`,
        { retryAfterSeconds: retryAfter },
      );
    }

    const account = await this.accounts.findByLogin(name);
    const passwordOk = await this.hasher.verify(account?.passwordHash ?? null, input.password);
    if (!account || !passwordOk) {
      await this.throttle.recordFailure(loginHash, ip);
      await this.denied(account, account ? 'wrong_password' : 'unknown_account');
      throw new SessionError('INVALID_CREDENTIALS', 'The login or the password is not right.');
    }
    if (!account.active) {
      await this.denied(account, 'deactivated');
      throw new SessionError('ACCOUNT_DEACTIVATED', 'This account has been deactivated; ask an admin.');
    }

    await this.throttle.clear(loginHash);
    const rehashed = this.hasher.needsRehash(account.passwordHash)
      ? await this.hasher.rehash(input.password)
      : null;
    await this.accounts.recordLogin(account, new Date(), rehashed);
    await this.audit.record({
      action: 'auth.login',
      recordType: 'account',
      recordId: account.id,
      actorId: account.id,
      outcome: 'allowed',
    });
    return this.tokens.start(account);
  }

  private denied(account: AccountData | null, reason: DeniedReason): Promise<void> {
    return this.audit.record({
      action: 'auth.login',
      recordType: 'account',
      recordId: account?.id ?? null,
      actorId: account?.id ?? null,
      outcome: 'denied',
      details: { reason },
    });
  }
}
