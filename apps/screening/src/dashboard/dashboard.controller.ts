import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SCREENING_ROLES } from '../access/screening.access';
import { CampaignError } from '../campaigns/campaign.error';
import { DashboardView } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('campaigns')
@ApiBearerAuth('bearer')
@Controller('campaigns/:id/dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @Roles(...SCREENING_ROLES['dashboard.read'])
  @ApiOperation({
    summary:
      'A campaign’s dashboard per community: screened vs target, positive rates, referrals, follow-ups; by age band and sex',
    description:
      'Coordinators see exact figures; a partner organisation of the campaign sees counts of 1–4 suppressed (null, suppressed: true).',
  })
  @ApiOkResponse({ type: DashboardView })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DashboardView> {
    return this.dashboards.get(principal, id);
  }
}
