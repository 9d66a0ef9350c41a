import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import type { PartnersFacts } from '../access/partners.access';
import { MemberRepository } from './member.repository';

/**
 * The caller's role within their organisation, for the access rules that ask for it (an approved event
 * is changed by the organisation's manager, not its staff). Looked up only when a rule asks; an
 * invited or suspended member has none.
 */
@Injectable()
export class OrganisationRoles {
  constructor(private readonly members: MemberRepository) {}

  factsFor(principal: Principal): PartnersFacts {
    return { callerRole: () => this.members.roleOf(principal.accountId, principal.organisationId) };
  }
}
