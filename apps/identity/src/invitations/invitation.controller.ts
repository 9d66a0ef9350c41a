import { CurrentPrincipal, Public, Roles, type Principal } from '@linkage/auth';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiErrors } from '@linkage/errors';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountError } from '../accounts/account.error';
import { PasswordError } from '../credentials/password.error';
import { IDENTITY_ROLES } from '../access/identity.access';
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
import { InvitationError } from './invitation.error';
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
  @Roles(...IDENTITY_ROLES['invitation.create'])
  @ApiOperation({ summary: 'Invite someone to an account with one role; the answer carries the token, once' })
  @ApiCreatedResponse({ type: CreatedInvitationView })
  // INVITATION_ROLE_FORBIDDEN: coordinators cannot invite admins.
  @ApiErrors(InvitationError, 'INVITATION_ROLE_FORBIDDEN')
  @ApiErrors(AccountError, 'EMAIL_TAKEN', 'MOBILE_TAKEN', 'ORGANISATION_REQUIRED', 'VOLUNTEER_REQUIRED')
  async create(
    @Body() body: CreateInvitationDto,
    @CurrentPrincipal() inviter: Principal,
  ): Promise<CreatedInvitationView> {
    const { invitation, token } = await this.invitations.create(body, inviter);
    return { ...InvitationView.of(invitation), token };
  }

  @Get()
  @ApiBearerAuth('bearer')
  @Roles(...IDENTITY_ROLES['invitation.read'])
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
  @ApiErrors(InvitationError, 'INVITATION_NOT_FOUND', 'INVITATION_ALREADY_ACCEPTED', 'INVITATION_EXPIRED')
  @ApiErrors(AccountError, 'EMAIL_TAKEN', 'MOBILE_TAKEN')
  @ApiErrors(PasswordError, 'PASSWORD_TOO_WEAK')
  accept(@Body() body: AcceptInvitationDto): Promise<TokenResponse> {
    return this.acceptance.accept(body);
  }
}
