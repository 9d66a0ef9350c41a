import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import {
  ApproveSignupDto,
  RejectSignupDto,
  RosterEntryView,
  RosterPage,
  RosterQuery,
  SignUpDto,
  SignupView,
} from './signup.dto';
import { ShiftError } from '../shifts/shift.error';
import { VolunteerError } from '../volunteers/volunteer.error';
import { SignupError } from './signup.error';
import { SignupApprovals } from './signup-approvals.service';
import { SignupQueries } from './signup-queries.service';
import { SignupService, type SignupResult } from './signup.service';

const view = ({ signup, positions }: SignupResult): SignupView => SignupView.of(signup, positions);

@ApiTags('sign-ups')
@ApiBearerAuth('bearer')
@Controller('shifts/:id/signups')
export class SignupController {
  constructor(
    private readonly signups: SignupService,
    private readonly approvals: SignupApprovals,
    private readonly queries: SignupQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['signup.create'])
  @ApiOperation({
    summary: 'Sign up for a shift (yourself; coordinators may name a volunteer)',
    description:
      'Confirmed while seats are free, then waitlisted in order; pending in approval mode. 201 for a new ' +
      'sign-up, 200 with the existing one when already signed up. 409 SHIFT_OVERLAP (coordinators may ' +
      'override with a reason), 422 SIGNUP_REQUIREMENTS_MISSING, SIGNUP_WINDOW_CLOSED, SHIFT_NOT_OPEN.',
  })
  @ApiCreatedResponse({ type: SignupView, description: 'Signed up' })
  @ApiOkResponse({ type: SignupView, description: 'Already signed up: the existing sign-up' })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(
    SignupError,
    'SIGNUP_FORBIDDEN',
    'SIGNUP_VOLUNTEER_REQUIRED',
    'SIGNUP_VOLUNTEER_UNKNOWN',
    'SHIFT_OVER',
    'SHIFT_NOT_OPEN',
    'SIGNUP_WINDOW_CLOSED',
    'SIGNUP_REQUIREMENTS_MISSING',
    'SHIFT_OVERLAP',
  )
  // An account with the volunteer role but no profile, signing itself up.
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async signUp(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SignUpDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignupView> {
    const result = await this.signups.signUp(principal, id, body);
    if (!result.changed) void reply.status(200);
    return view(result);
  }

  @Get()
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'Who signed up, newest first (coordinators; the leaders of its team)' })
  @ApiOkResponse({ type: RosterPage })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(SignupError, 'SIGNUP_FORBIDDEN')
  async roster(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: RosterQuery,
  ): Promise<RosterPage> {
    const page = await this.queries.roster(principal, id, query);
    return {
      items: page.items.map(({ signup, volunteer }) =>
        RosterEntryView.with(signup, page.positions, volunteer),
      ),
      nextCursor: page.nextCursor,
    };
  }

  @Get('me')
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'My sign-up for this shift' })
  @ApiOkResponse({ type: SignupView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(SignupError, 'SIGNUP_NOT_FOUND')
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async own(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<SignupView> {
    return view(await this.queries.own(principal, id));
  }

  @Delete('me')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({
    summary: 'Cancel my sign-up (a confirmed seat: until the cut-off, else 422 CANCELLATION_CUTOFF_PASSED)',
  })
  @ApiOkResponse({ type: SignupView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(SignupError, 'SIGNUP_NOT_FOUND', 'CANCELLATION_CUTOFF_PASSED')
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async cancelOwn(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<SignupView> {
    return view(await this.signups.cancelOwn(principal, id));
  }

  @Post('me/claim')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'Claim a seat offered to me from the waitlist, before its deadline' })
  @ApiOkResponse({ type: SignupView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(
    SignupError,
    'SIGNUP_NOT_FOUND',
    'SIGNUP_NO_OFFER',
    'OFFER_EXPIRED',
    'SHIFT_OVER',
    'SHIFT_NOT_OPEN',
    'SHIFT_OVERLAP',
  )
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async claim(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<SignupView> {
    return view(await this.signups.claim(principal, id));
  }

  @Get(':signupId')
  @Roles(...VOLUNTEERS_ROLES['signup.read'])
  @ApiOperation({ summary: 'One sign-up (those who manage the shift, and the volunteer it belongs to)' })
  @ApiOkResponse({ type: SignupView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(SignupError, 'SIGNUP_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('signupId', new ParseUUIDPipe()) signupId: string,
  ): Promise<SignupView> {
    return view(await this.queries.get(principal, id, signupId));
  }

  @Delete(':signupId')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['signup.cancel'])
  @ApiOperation({
    summary:
      'Cancel a sign-up (coordinators and its team’s leaders, at any time; its volunteer, until the cut-off)',
  })
  @ApiOkResponse({ type: SignupView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(SignupError, 'SIGNUP_NOT_FOUND', 'CANCELLATION_CUTOFF_PASSED')
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('signupId', new ParseUUIDPipe()) signupId: string,
  ): Promise<SignupView> {
    return view(await this.signups.cancelById(principal, id, signupId));
  }

  @Post(':signupId/approve')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'Approve a pending sign-up: a seat if one is free, else the waitlist' })
  @ApiOkResponse({ type: SignupView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN')
  @ApiErrors(
    SignupError,
    'SIGNUP_FORBIDDEN',
    'SIGNUP_NOT_FOUND',
    'SIGNUP_NOT_PENDING',
    'SHIFT_OVER',
    'SHIFT_NOT_OPEN',
    'SHIFT_OVERLAP',
  )
  async approve(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('signupId', new ParseUUIDPipe()) signupId: string,
    @Body() body: ApproveSignupDto,
  ): Promise<SignupView> {
    return view(await this.approvals.approve(principal, id, signupId, body));
  }

  @Post(':signupId/reject')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'Reject a pending sign-up' })
  @ApiOkResponse({ type: SignupView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN')
  @ApiErrors(SignupError, 'SIGNUP_NOT_FOUND', 'SIGNUP_NOT_PENDING')
  async reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('signupId', new ParseUUIDPipe()) signupId: string,
    @Body() body: RejectSignupDto,
  ): Promise<SignupView> {
    return view(await this.approvals.reject(principal, id, signupId, body));
  }
}
