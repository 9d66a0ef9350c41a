import { AuditLog, type Principal } from '@linkage/auth';
import { newId, type Page, Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { mayInvite } from '../access/identity.access';
import { AccountService } from '../accounts/account.service';
import { normaliseEmail } from '../accounts/contact';
import { bindRoles } from '../accounts/role-bindings';
import { newOpaqueToken } from '../credentials/opaque-token';
import { IdentityConfig } from '../identity.config';
import type { CreateInvitationDto, ListInvitationsQuery } from './invitation.dto';
import { Invitation } from './invitation.entity';
import { InvitationError } from './invitation.error';
import { InvitationRepository } from './invitation.repository';

const HOUR_MS = 3_600_000;

@Injectable()
export class InvitationService {
  constructor(
    private readonly config: IdentityConfig,
    private readonly invitations: InvitationRepository,
    private readonly accounts: AccountService,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Invites someone to an account with one role. The token is returned here and never again: only its
   * hash is stored, so a database copy cannot be used to accept invitations.
   */
  async create(
    input: CreateInvitationDto,
    inviter: Principal,
  ): Promise<{ invitation: Invitation; token: string }> {
    if (!mayInvite(inviter, input.role)) {
      throw new InvitationError(
        'INVITATION_ROLE_FORBIDDEN',
        `You may not invite someone as ${input.role}; ask an admin.`,
      );
    }
    const bindings = bindRoles([input.role], {
      organisationId: input.organisationId ?? null,
      volunteerId: input.volunteerId ?? null,
    });
    const email = input.email ? normaliseEmail(input.email) : null;
    const mobile = input.mobile ?? null;
    await this.accounts.assertContactsFree(email, mobile);

    const { token, hash } = newOpaqueToken();
    const invitation = Object.assign(new Invitation(), {
      id: newId(),
      tokenHash: hash,
      email,
      mobile,
      displayName: input.displayName,
      role: input.role,
      ...bindings,
      invitedBy: inviter.accountId,
      expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * HOUR_MS),
      acceptedAt: null,
      accountId: null,
    });
    const saved = await this.transactions.run(async (tx) => {
      const inserted = await this.invitations.insert(invitation, tx);
      await this.audit.record(
        {
          action: 'invitation.created',
          recordType: 'invitation',
          recordId: inserted.id,
          outcome: 'allowed',
          details: {
            role: inserted.role,
            email,
            mobile,
            ...bindings,
            expiresAt: inserted.expiresAt.toISOString(),
          },
        },
        tx,
      );
      return inserted;
    });
    return { invitation: saved, token };
  }

  list(query: ListInvitationsQuery): Promise<Page<Invitation>> {
    return this.invitations.list(query, new Date());
  }
}
