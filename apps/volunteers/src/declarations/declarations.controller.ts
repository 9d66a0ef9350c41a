import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { DeclarationReview } from './declaration-review.service';
import {
  DeclarationsQuery,
  DeclareHoursDto,
  HoursDeclarationView,
  RejectDeclarationDto,
} from './declaration.dto';
import { DeclarationError } from './declaration.error';
import { DeclarationsService } from './declarations.service';

/** Declared hours: the volunteer declares, a coordinator or the declared shift's leader reviews. */
@ApiTags('hours')
@ApiBearerAuth('bearer')
@Controller('hours/declarations')
export class DeclarationsController {
  constructor(
    private readonly declarations: DeclarationsService,
    private readonly review: DeclarationReview,
  ) {}

  @Post()
  @Roles(...VOLUNTEERS_ROLES['declaration.create'])
  @ApiOperation({
    summary:
      'Declare hours served after a shift or outside Linkage, for a coordinator, the shift’s leader or the partner named to confirm',
  })
  @ApiCreatedResponse({ type: HoursDeclarationView })
  @ApiErrors(
    DeclarationError,
    'DECLARATION_SHIFT_NOT_FOUND',
    'DECLARATION_PARTNER_NOT_FOUND',
    'DECLARATION_IN_FUTURE',
    'DECLARATION_SHIFT_NOT_ENDED',
  )
  async declare(
    @CurrentPrincipal() principal: Principal,
    @Body() body: DeclareHoursDto,
  ): Promise<HoursDeclarationView> {
    return HoursDeclarationView.of(await this.declarations.declare(principal, body));
  }

  @Get('me')
  @Roles(...VOLUNTEERS_ROLES['declaration.create'])
  @ApiOperation({ summary: 'The signed-in volunteer’s declarations, newest first' })
  @ApiOkResponse({ type: [HoursDeclarationView] })
  async mine(@CurrentPrincipal() principal: Principal): Promise<HoursDeclarationView[]> {
    return (await this.declarations.mine(principal)).map((d) => HoursDeclarationView.of(d));
  }

  @Get()
  @Roles(...VOLUNTEERS_ROLES['declaration.review'])
  @ApiOperation({
    summary:
      'Declarations to review, newest first (coordinators: all; a leader: their teams’ shifts’, not their own)',
  })
  @ApiOkResponse({ type: [HoursDeclarationView] })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: DeclarationsQuery,
  ): Promise<HoursDeclarationView[]> {
    return (await this.review.list(principal, query.status)).map((d) => HoursDeclarationView.of(d));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['declaration.review'])
  @ApiOperation({ summary: 'Confirm: the hours are recorded and verified by the reviewer, and count' })
  @ApiOkResponse({ type: HoursDeclarationView })
  @ApiErrors(DeclarationError, 'DECLARATION_NOT_FOUND', 'DECLARATION_ALREADY_REVIEWED')
  async confirm(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<HoursDeclarationView> {
    return HoursDeclarationView.of(await this.review.confirm(principal, id));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['declaration.review'])
  @ApiOperation({ summary: 'Reject with a reason the volunteer reads; the hours do not count' })
  @ApiOkResponse({ type: HoursDeclarationView })
  @ApiErrors(DeclarationError, 'DECLARATION_NOT_FOUND', 'DECLARATION_ALREADY_REVIEWED')
  async reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RejectDeclarationDto,
  ): Promise<HoursDeclarationView> {
    return HoursDeclarationView.of(await this.review.reject(principal, id, body.reason));
  }
}
