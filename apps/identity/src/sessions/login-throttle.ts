import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { IdentityConfig } from '../identity.config';
import { LoginFailureRepository } from './login-failure.repository';
import { longestWait, retryAfterSeconds, type ThrottleRule } from './throttle-window';

/**
 * Failed sign-ins, counted in MySQL so every replica sees the same counts: per login name (guessing one
 * account's password) and per client address (trying many accounts). Unknown login names are counted
 * like real ones, so the throttle does not tell which accounts exist.
 */
@Injectable()
export class LoginThrottle {
  private readonly perLogin: ThrottleRule;
  private readonly perIp: ThrottleRule;

  constructor(
    config: IdentityConfig,
    private readonly failures: LoginFailureRepository,
  ) {
    const windowMs = config.LOGIN_FAILURE_WINDOW_SECONDS * 1000;
    this.perLogin = { limit: config.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowMs };
    this.perIp = { limit: config.LOGIN_MAX_FAILURES_PER_IP, windowMs };
  }

  /** Seconds to wait before trying again, or null when an attempt is allowed now. */
  async retryAfter(loginHash: string, ip: string): Promise<number | null> {
    const now = new Date();
    const since = new Date(now.getTime() - this.perLogin.windowMs);
    const [byLogin, byIp] = await Promise.all([
      this.failures.recent({ loginHash }, since, this.perLogin.limit),
      this.failures.recent({ ip }, since, this.perIp.limit),
    ]);
    return longestWait([
      retryAfterSeconds(byLogin, this.perLogin, now),
      retryAfterSeconds(byIp, this.perIp, now),
    ]);
  }

  async recordFailure(loginHash: string, ip: string): Promise<void> {
    const now = new Date();
    await this.failures.record({ id: newId(), loginHash, ip, occurredAt: now });
    await this.failures.prune(new Date(now.getTime() - this.perLogin.windowMs));
  }

  clear(loginHash: string): Promise<void> {
    return this.failures.clearLogin(loginHash);
  }
}
