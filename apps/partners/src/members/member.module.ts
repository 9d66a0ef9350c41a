import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MemberStanding, MemberStandingGuard } from '../access/member-standing.guard';
import { OrganisationModule } from '../organisations/organisation.module';
import { IdentityInvitations } from './identity-invitations';
import { MemberController } from './member.controller';
import { OrganisationMember } from './member.entity';
import { MemberRepository } from './member.repository';
import { MemberService } from './member.service';
import { OrganisationRoles } from './organisation-roles';

/**
 * Members of partner organisations. Exports OrganisationRoles (a caller's role within their organisation,
 * for the access rules that ask for it), never the repository. Also puts the access module's MemberStandingGuard in front of every
 * partners endpoint, answering its question (is this account's membership suspended) from here.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OrganisationMember]), OrganisationModule],
  controllers: [MemberController],
  providers: [
    MemberRepository,
    MemberService,
    OrganisationRoles,
    IdentityInvitations,
    Transactions,
    { provide: MemberStanding, useExisting: MemberService },
    { provide: APP_GUARD, useClass: MemberStandingGuard },
  ],
  exports: [OrganisationRoles],
})
export class MemberModule {}
