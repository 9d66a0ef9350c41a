import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MEMBER_ROLES } from '../access/member.access';
import {
  InvitedMemberView,
  InviteMemberDto,
  ListMembersQuery,
  MemberPage,
  MemberView,
  UpdateMemberDto,
} from './member.dto';
import { MemberError } from './member.error';
import { MemberService } from './member.service';

@ApiTags('organisations')
@ApiBearerAuth('bearer')
@Controller('organisations/:organisationId/members')
export class MemberController {
  constructor(private readonly members: MemberService) {}

  @Get()
  @Roles(...MEMBER_ROLES['member.read'])
  @ApiOperation({
    summary: 'The organisation’s members with their roles and standing (its manager, coordinators)',
    description: 'Members whose invitation was accepted since are linked to their accounts on the way.',
  })
  @ApiOkResponse({ type: MemberPage })
  @ApiErrors(MemberError, 'MEMBERS_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Query() query: ListMembersQuery,
  ): Promise<MemberPage> {
    const page = await this.members.list(principal, organisationId, query);
    return { items: page.items.map((m) => MemberView.of(m)), nextCursor: page.nextCursor };
  }

  @Post()
  @HttpCode(201)
  @Roles(...MEMBER_ROLES['member.manage'])
  @ApiOperation({
    summary: 'Invite a member by email (its manager, coordinators): identity issues a partner invitation',
    description:
      'The answer carries the invitation’s one-time token and the portal link to send; the account is bound to the organisation.',
  })
  @ApiCreatedResponse({ type: InvitedMemberView })
  @ApiErrors(MemberError, 'MEMBERS_NOT_FOUND', 'MEMBER_EMAIL_TAKEN', 'MEMBER_ORGANISATION_SUSPENDED')
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Body() body: InviteMemberDto,
  ): Promise<InvitedMemberView> {
    return this.members.invite(principal, organisationId, body);
  }

  @Patch(':id')
  @Roles(...MEMBER_ROLES['member.manage'])
  @ApiOperation({ summary: 'Change a member’s role, suspend or reinstate them (its manager, coordinators)' })
  @ApiOkResponse({ type: MemberView })
  @ApiErrors(MemberError, 'MEMBERS_NOT_FOUND', 'MEMBER_NOT_FOUND', 'MEMBER_SELF_CHANGE')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberView> {
    return MemberView.of(await this.members.update(principal, organisationId, id, body));
  }
}
