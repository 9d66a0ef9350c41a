import { AuditLog } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { AccountService } from '../accounts/account.service';
import { hashOpaqueToken } from '../credentials/opaque-token';
import { PasswordHasher } from '../credentials/password-hasher';
import { TokenService, type TokenPair } from '../sessions/token.service';
import { Transactions } from '@linkage/database';
import type { AcceptInvitationDto } from './invitation.dto';
import { InvitationRepository } from './invitation.repository';
import { assertAcceptable } from './invitation-status';

@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly accounts: AccountService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Accepts an invitation: creates its account with the chosen password and signs it in. The checks are
   * made first without a lock (so a bad request costs no hash), then again under the row lock, so two
   * acceptances racing cannot both create an account.
   */
  async accept(input: AcceptInvitationDto): Promise<TokenPair> {
    const tokenHash = hashOpaqueToken(input.token);
    const found = assertAcceptable(await this.invitations.findByTokenHash(tokenHash), new Date());
    const passwordHash = await this.hasher.hashNew(input.password, {
      email: found.email,
      mobile: found.mobile,
    });

    const account = await this.transactions.run(async (tx) => {
      const invitation = assertAcceptable(await this.invitations.lockByTokenHash(tokenHash, tx), new Date());
      const created = await this.accounts.create(
        {
          email: invitation.email,
          mobile: invitation.mobile,
          displayName: invitation.displayName,
          roles: [invitation.role],
          organisationId: invitation.organisationId,
          volunteerId: invitation.volunteerId,
          passwordHash,
        },
        tx,
      );
      await this.invitations.markAccepted(invitation.id, created.id, new Date(), tx);
      await this.audit.record(
        {
          action: 'invitation.accepted',
          recordType: 'invitation',
          recordId: invitation.id,
          actorId: created.id,
          outcome: 'allowed',
          details: { accountId: created.id, role: invitation.role },
        },
        tx,
      );
      return created;
    });
    return this.tokens.start(account);
  }
}
