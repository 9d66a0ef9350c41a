import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { EnrolmentError } from '../enrolments/enrolment.error';
import { ProgrammeError } from '../programmes/programme.error';
import {
  BuddyPairView,
  BuddyRequestDto,
  BuddyRequestListView,
  BuddyRequestView,
  BuddyView,
  PairBuddiesDto,
} from './buddy.dto';
import { BuddyError } from './buddy.error';
import { BuddyPairingService } from './buddy-pairing.service';
import { BuddyService } from './buddy.service';

@ApiTags('buddies')
@ApiBearerAuth('bearer')
@Controller('programmes/:programmeId')
export class BuddyController {
  constructor(
    private readonly pairing: BuddyPairingService,
    private readonly buddies: BuddyService,
  ) {}

  @Post('buddies')
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['member.manage'])
  @ApiOperation({ summary: 'Pair two active members as buddies (the programme’s counsellors)' })
  @ApiCreatedResponse({ type: BuddyPairView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND', 'ENROLMENT_WITHDRAWN')
  @ApiErrors(BuddyError, 'ALREADY_PAIRED', 'SAME_MEMBER')
  async pair(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: PairBuddiesDto,
  ): Promise<BuddyPairView> {
    return BuddyPairView.of(await this.pairing.pair(principal, programmeId, body.enrolmentIds));
  }

  @Get('buddies')
  @Roles(...COUNSELLING_ROLES['member.manage'])
  @ApiOperation({ summary: 'The programme’s buddy pairs (its counsellors)' })
  @ApiOkResponse({ type: [BuddyPairView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<BuddyPairView[]> {
    return (await this.pairing.list(principal, programmeId)).map((b) => BuddyPairView.of(b));
  }

  @Get('buddies/me')
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({
    summary:
      'The caller’s buddy: name, smoke-free streak and last check-in day only (never notes or answers)',
  })
  @ApiOkResponse({ type: BuddyView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  @ApiErrors(BuddyError, 'NOT_PAIRED')
  async mine(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<BuddyView> {
    return this.buddies.mine(principal, programmeId);
  }

  @Delete('buddies/:enrolmentId')
  @HttpCode(204)
  @Roles(...COUNSELLING_ROLES['buddy.unpair'])
  @ApiOperation({ summary: 'End the member’s buddy pair (the member, or the programme’s counsellors)' })
  @ApiNoContentResponse({ description: 'Unpaired' })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  @ApiErrors(BuddyError, 'NOT_PAIRED')
  async unpair(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('enrolmentId', new ParseUUIDPipe()) enrolmentId: string,
  ): Promise<void> {
    await this.pairing.unpair(principal, programmeId, enrolmentId);
  }

  @Post('buddy-requests')
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['buddy.request'])
  @ApiOperation({
    summary: 'Ask another member to be your buddy; if they had asked you, you are paired at once',
  })
  @ApiCreatedResponse({ type: BuddyRequestView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND', 'ENROLMENT_WITHDRAWN')
  @ApiErrors(BuddyError, 'ALREADY_PAIRED', 'SAME_MEMBER')
  async request(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: BuddyRequestDto,
  ): Promise<BuddyRequestView> {
    const { request, paired } = await this.pairing.request(principal, programmeId, body.enrolmentId);
    return BuddyRequestView.of(request, paired ? 'paired' : 'pending');
  }

  @Get('buddy-requests')
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({ summary: 'The caller’s buddy requests, made and received' })
  @ApiOkResponse({ type: [BuddyRequestListView] })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  async requests(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<BuddyRequestListView[]> {
    return (await this.pairing.requests(principal, programmeId)).map(({ request, incoming, otherName }) => ({
      ...BuddyRequestView.of(request),
      incoming,
      otherName,
    }));
  }

  @Post('buddy-requests/:requestId/accept')
  @HttpCode(200)
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({ summary: 'Accept a buddy request addressed to you: you are paired' })
  @ApiOkResponse({ type: BuddyPairView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  @ApiErrors(BuddyError, 'BUDDY_REQUEST_NOT_FOUND', 'ALREADY_PAIRED')
  async accept(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
  ): Promise<BuddyPairView> {
    return BuddyPairView.of(await this.pairing.accept(principal, programmeId, requestId));
  }
}
