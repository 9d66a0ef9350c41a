import { AuditLog, type Principal } from '@linkage/auth';
import type { CreatePartnerInvitationRequest, FindInvitationsResponse } from '@linkage/contracts';
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
    return this.issue(input, inviter.accountId);
  }

  /**
   * A member of a partner organisation, invited at partners' request (over NATS): the `partner` role
   * bound to the organisation. Partners decided who may ask (a coordinator or the organisation's manager).
   */
  createForPartner(
    request: CreatePartnerInvitationRequest,
  ): Promise<{ invitation: Invitation; token: string }> {
    return this.issue(
      {
        role: 'partner',
        organisationId: request.organisationId,
        email: request.email,
        displayName: request.displayName,
      },
      request.invitedBy ?? null,
    );
  }

  /** Which of these invitations were accepted, and by which account. */
  async states(ids: string[]): Promise<FindInvitationsResponse> {
    const found = await this.invitations.findByIds(ids);
    return {
      found: found.map((i) => ({
        id: i.id,
        accountId: i.accountId,
        acceptedAt: i.acceptedAt?.toISOString() ?? null,
        expiresAt: i.expiresAt.toISOString(),
      })),
    };
  }

  private async issue(
    input: Pick<
      CreateInvitationDto,
      'role' | 'organisationId' | 'volunteerId' | 'email' | 'mobile' | 'displayName'
    >,
    invitedBy: string | null,
  ): Promise<{ invitation: Invitation; token: string }> {
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
      invitedBy,
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
