import { AuditLog, notFoundOrDenied, type Principal, type RecordScope } from '@linkage/auth';
import { newId, Transactions, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { MemberAccess, type MemberAction, type MemberFacts } from '../access/member.access';
import type { MemberStanding } from '../access/member-standing.guard';
import { OrganisationDirectory, type OrganisationListing } from '../organisations/organisation-directory';
import { IdentityInvitations } from './identity-invitations';
import type { InvitedMemberView, InviteMemberDto, ListMembersQuery, UpdateMemberDto } from './member.dto';
import { MemberView } from './member.dto';
import { OrganisationMember } from './member.entity';
import { MemberError } from './member.error';
import { MemberRepository } from './member.repository';

@Injectable()
export class MemberService implements MemberStanding {
  constructor(
    private readonly members: MemberRepository,
    private readonly organisations: OrganisationDirectory,
    private readonly identity: IdentityInvitations,
    private readonly access: MemberAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  isSuspended(accountId: string): Promise<boolean> {
    return this.members.isSuspended(accountId);
  }

  /**
   * Invites someone to the organisation: the member row (unique by email within the organisation) and
   * identity's invitation are made together — the row is written in a transaction that commits only
   * when identity has issued the invitation, so a refused invitation (address in use) leaves no member.
   */
  async invite(
    principal: Principal,
    organisationId: string,
    input: InviteMemberDto,
  ): Promise<InvitedMemberView> {
    const scope = await this.scope(principal, 'member.manage');
    const organisation = await this.organisationIn(scope, organisationId, 'member.manage');
    if (organisation.status === 'suspended') {
      throw new MemberError(
        'MEMBER_ORGANISATION_SUSPENDED',
        `${organisation.name} is suspended and takes no new members.`,
      );
    }
    return this.transactions.run(async (tx) => {
      const member = Object.assign(new OrganisationMember(), {
        id: newId(),
        organisationId,
        accountId: null,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        status: 'invited' as const,
        invitationId: null,
        invitedBy: principal.accountId,
      });
      if ((await this.members.insert(tx, member)) === 'duplicate') {
        throw new MemberError(
          'MEMBER_EMAIL_TAKEN',
          `${input.email} is already a member of this organisation.`,
          {
            email: input.email,
          },
        );
      }
      const invitation = await this.identity.invite({
        organisationId,
        email: input.email,
        displayName: input.displayName,
        invitedBy: principal.accountId,
      });
      const saved = await this.members.save(
        tx,
        Object.assign(member, { invitationId: invitation.invitationId }),
      );
      await this.audit.record(
        {
          action: 'member.invited',
          recordType: 'organisation_member',
          recordId: saved.id,
          outcome: 'allowed',
          details: { organisationId, role: input.role, invitationId: invitation.invitationId },
        },
        tx,
      );
      return {
        member: MemberView.of(saved),
        invitation: {
          id: invitation.invitationId,
          token: invitation.token,
          link: `/invite?token=${encodeURIComponent(invitation.token)}`,
          expiresAt: invitation.expiresAt,
        },
      };
    });
  }

  /** The organisation's members, first invited first; invitations accepted since are linked on the way. */
  async list(
    principal: Principal,
    organisationId: string,
    query: ListMembersQuery,
  ): Promise<Page<OrganisationMember>> {
    const scope = await this.scope(principal, 'member.read');
    await this.organisationIn(scope, organisationId, 'member.read');
    const first = await this.members.list(scope, organisationId, query);
    const waiting = first.items.flatMap((m) =>
      m.accountId === null && m.invitationId ? [m.invitationId] : [],
    );
    const accepted = await this.identity.accepted(waiting);
    if (accepted.length === 0) return first;
    await this.members.link(accepted);
    return this.members.list(scope, organisationId, query);
  }

  /** Changes a member's role, suspends or reinstates them; nobody changes their own membership. */
  async update(
    principal: Principal,
    organisationId: string,
    id: string,
    input: UpdateMemberDto,
  ): Promise<OrganisationMember> {
    const scope = await this.scope(principal, 'member.manage');
    await this.organisationIn(scope, organisationId, 'member.manage');
    const updated = await this.transactions.run(async (tx) => {
      const member = await this.members.lock(tx, scope, organisationId, id);
      if (!member) return null;
      if (member.accountId === principal.accountId) {
        throw new MemberError(
          'MEMBER_SELF_CHANGE',
          'You cannot change your own membership; ask another manager or a coordinator.',
        );
      }
      if (input.role) member.role = input.role;
      if (input.status === 'suspended') member.status = 'suspended';
      if (input.status === 'active') member.status = member.accountId ? 'active' : 'invited';
      const saved = await this.members.save(tx, member);
      await this.audit.record(
        {
          action: input.status === 'suspended' ? 'member.suspended' : 'member.updated',
          recordType: 'organisation_member',
          recordId: id,
          outcome: 'allowed',
          details: { organisationId, ...input },
        },
        tx,
      );
      return saved;
    });
    return (
      updated ??
      notFoundOrDenied(
        this.audit,
        {
          action: 'member.manage',
          recordType: 'organisation_member',
          recordId: id,
          existsOutsideScope: () => this.members.exists(organisationId, id),
        },
        new MemberError('MEMBER_NOT_FOUND', `No member with id ${id} in this organisation.`),
      )
    );
  }

  private scope(principal: Principal, action: MemberAction): Promise<RecordScope> {
    const facts: MemberFacts = {
      callerRole: () => this.members.roleOf(principal.accountId, principal.organisationId),
    };
    return this.access.scope(principal, action, facts);
  }

  /**
   * The organisation, when the caller's scope covers it: a partner who is not its manager, or another
   * organisation's, gets the same 404 as for a missing one (audited when it exists).
   */
  private async organisationIn(
    scope: RecordScope,
    organisationId: string,
    action: MemberAction,
  ): Promise<OrganisationListing> {
    const organisation = (await this.organisations.listings([organisationId])).get(organisationId);
    if (organisation && this.members.covers(scope, organisationId)) return organisation;
    return notFoundOrDenied(
      this.audit,
      {
        action,
        recordType: 'organisation',
        recordId: organisationId,
        existsOutsideScope: organisation !== undefined,
      },
      new MemberError('MEMBERS_NOT_FOUND', `No organisation with id ${organisationId}.`),
    );
  }
}
