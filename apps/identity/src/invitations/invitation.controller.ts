import { CurrentPrincipal, Public, Roles, type Principal } from '@linkage/auth';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IDENTITY_ROLES } from '../identity.access';
import { TokenResponse } from '../sessions/session.dto';
import {
  AcceptInvitationDto,
  CreatedInvitationView,
  CreateInvitationDto,
  InvitationPage,
  InvitationView,
  ListInvitationsQuery,
} from './invitation.dto';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationService } from './invitation.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly acceptance: InvitationAcceptanceService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiBearerAuth('bearer')
  @Roles(...IDENTITY_ROLES.invite)
  @ApiOperation({ summary: 'Invite someone to an account with one role; the answer carries the token, once' })
  @ApiCreatedResponse({ type: CreatedInvitationView })
  @ApiForbiddenResponse({ description: 'INVITATION_ROLE_FORBIDDEN: coordinators cannot invite admins' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN or MOBILE_TAKEN: an account already uses it' })
  @ApiUnprocessableEntityResponse({ description: 'ORGANISATION_REQUIRED or VOLUNTEER_REQUIRED' })
  async create(
    @Body() body: CreateInvitationDto,
    @CurrentPrincipal() inviter: Principal,
  ): Promise<CreatedInvitationView> {
    const { invitation, token } = await this.invitations.create(body, inviter);
    return { ...InvitationView.of(invitation), token };
  }

  @Get()
  @ApiBearerAuth('bearer')
  @Roles(...IDENTITY_ROLES.readInvitations)
  @ApiOperation({ summary: 'List invitations, newest first, by status' })
  @ApiOkResponse({ type: InvitationPage })
  async list(@Query() query: ListInvitationsQuery): Promise<InvitationPage> {
    const page = await this.invitations.list(query);
    const now = new Date();
    return { items: page.items.map((i) => InvitationView.of(i, now)), nextCursor: page.nextCursor };
  }

  @Post('accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation with a password: creates the account and signs it in' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiNotFoundResponse({ description: 'INVITATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INVITATION_ALREADY_ACCEPTED, EMAIL_TAKEN or MOBILE_TAKEN' })
  @ApiUnprocessableEntityResponse({
    description: 'INVITATION_EXPIRED or PASSWORD_TOO_WEAK (details list what is missing)',
  })
  accept(@Body() body: AcceptInvitationDto): Promise<TokenResponse> {
    return this.acceptance.accept(body);
  }
}
