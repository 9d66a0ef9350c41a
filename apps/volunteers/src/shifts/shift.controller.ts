import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import {
  CancelShiftDto,
  CreateShiftDto,
  ListShiftsQuery,
  ShiftPage,
  ShiftView,
  UpdateShiftDto,
} from './shift.dto';
import { ShiftError } from './shift.error';
import { ShiftService } from './shift.service';

@ApiTags('shifts')
@ApiBearerAuth('bearer')
@Controller('shifts')
export class ShiftController {
  constructor(private readonly shifts: ShiftService) {}

  @Post()
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'Create a shift (coordinators; a team leader for a team they lead)' })
  @ApiCreatedResponse({ type: ShiftView })
  @ApiErrors(ShiftError, 'SHIFT_MANAGE_FORBIDDEN', 'SHIFT_TEAM_UNKNOWN', 'SHIFT_SCHEDULE_INVALID')
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateShiftDto): Promise<ShiftView> {
    return ShiftView.of(await this.shifts.create(principal, body));
  }

  @Get()
  @Roles(...VOLUNTEERS_ROLES['shift.read'])
  @ApiOperation({
    summary: 'List shifts: those not yet ended, soonest first (when=past for ended ones)',
    description:
      'A volunteer sees the shifts open to everyone and those of their teams; `fits=me` keeps the upcoming ' +
      'ones taking sign-ups whose required skills and certifications (valid on the shift’s dates) they have. ' +
      '`when=upcoming` (default) lists shifts not yet ended by start time; `when=past` the ended ones, latest ' +
      'first; `when=all` both. A shift that has ended shows as `completed` unless it was cancelled.',
  })
  @ApiOkResponse({ type: ShiftPage })
  @ApiErrors(ShiftError, 'SHIFT_FIT_NEEDS_VOLUNTEER')
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListShiftsQuery): Promise<ShiftPage> {
    const page = await this.shifts.list(principal, query);
    return { items: page.items.map((s) => ShiftView.of(s)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...VOLUNTEERS_ROLES['shift.read'])
  @ApiOperation({ summary: 'One shift' })
  @ApiOkResponse({ type: ShiftView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ShiftView> {
    return ShiftView.of(await this.shifts.get(principal, id));
  }

  @Patch(':id')
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({
    summary:
      'Change a shift, close or reopen its sign-ups, or complete it (coordinators; its team’s leaders)',
  })
  @ApiOkResponse({ type: ShiftView })
  @ApiErrors(
    ShiftError,
    'SHIFT_NOT_FOUND',
    'SHIFT_MANAGE_FORBIDDEN',
    'SHIFT_TEAM_UNKNOWN',
    'SHIFT_SCHEDULE_INVALID',
    'SHIFT_NOT_EDITABLE',
    'SHIFT_CAPACITY_BELOW_TAKEN',
  )
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateShiftDto,
  ): Promise<ShiftView> {
    return ShiftView.of(await this.shifts.update(principal, id, body));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'Cancel a shift with a reason (coordinators; its team’s leaders)' })
  @ApiOkResponse({ type: ShiftView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN', 'SHIFT_NOT_EDITABLE')
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CancelShiftDto,
  ): Promise<ShiftView> {
    return ShiftView.of(await this.shifts.cancel(principal, id, body));
  }
}
