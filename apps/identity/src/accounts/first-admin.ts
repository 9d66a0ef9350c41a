import { AuditLog } from '@linkage/auth';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PasswordHasher } from '../credentials/password-hasher';
import { IdentityConfig } from '../identity.config';
import { AccountError } from './account.error';
import { AccountService } from './account.service';
import { normaliseEmail } from './contact';

/**
 * A fresh installation has no account, and accounts are only made by invitation: ADMIN_EMAIL and
 * ADMIN_PASSWORD name the first admin, created on a start that finds no account at all. Afterwards the
 * variables change nothing, and can be removed.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstAdmin');

  constructor(
    private readonly config: IdentityConfig,
    private readonly accounts: AccountService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    const email = normaliseEmail(ADMIN_EMAIL);
    // The password policy was checked with the config, on every start: a bad value never gets this far.
    if (!(await this.accounts.isEmpty())) return;

    const passwordHash = await this.hasher.hashNew(ADMIN_PASSWORD, { email });
    try {
      const admin = await this.accounts.create({
        email,
        mobile: null,
        displayName: 'Administrator',
        roles: ['admin'],
        organisationId: null,
        volunteerId: null,
        passwordHash,
      });
      await this.audit.record({
        action: 'account.created',
        recordType: 'account',
        recordId: admin.id,
        outcome: 'allowed',
        details: { roles: admin.roles, source: 'ADMIN_EMAIL' },
      });
      this.logger.log(`Created the first admin account ${email}`);
    } catch (error) {
      // Another replica starting at the same moment created it first.
      if (error instanceof AccountError && error.code === 'EMAIL_TAKEN') return;
      throw error;
    }
  }
}
