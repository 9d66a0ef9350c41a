import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { ShiftError } from '../shifts/shift.error';
import { InsuredPersonView, PutInsuranceDto, ShiftInsuranceView } from './insurance.dto';
import { InsuranceError } from './insurance.error';
import { InsuranceService } from './insurance.service';
import { insuredStatus } from './insured-list';

@ApiTags('insurance')
@ApiBearerAuth('bearer')
@Controller('shifts/:id/insurance')
export class InsuranceController {
  constructor(private readonly insurance: InsuranceService) {}

  @Get()
  @Roles(...VOLUNTEERS_ROLES['shift.insure'])
  @ApiOperation({ summary: 'The shift’s accident insurance and who it covers (coordinators)' })
  @ApiOkResponse({ type: ShiftInsuranceView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ShiftInsuranceView> {
    const { insurance, people } = await this.insurance.get(principal, id);
    const listSentAt = insurance?.listSentAt ? new Date(insurance.listSentAt) : null;
    return ShiftInsuranceView.of(
      insurance,
      people.map((p) => InsuredPersonView.of(p, insuredStatus(p, listSentAt))),
    );
  }

  @Put()
  @Roles(...VOLUNTEERS_ROLES['shift.insure'])
  @ApiOperation({ summary: 'Require accident insurance and record the policy (coordinators)' })
  @ApiOkResponse({ type: ShiftInsuranceView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(InsuranceError, 'INSURANCE_PERIOD_NOT_COVERING')
  async put(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PutInsuranceDto,
  ): Promise<ShiftInsuranceView> {
    await this.insurance.put(principal, id, body);
    return this.get(principal, id);
  }

  @Post('insured-list')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['shift.insure'])
  @ApiOperation({
    summary: 'The insured list (confirmed volunteers) as XLSX for the insurer, marked as sent (coordinators)',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The XLSX', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND')
  @ApiErrors(InsuranceError, 'INSURANCE_NOT_RECORDED', 'INSURED_LIST_EMPTY')
  async sendList(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { file } = await this.insurance.sendList(principal, id);
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="insured-${id}.xlsx"`);
    return file;
  }
}
