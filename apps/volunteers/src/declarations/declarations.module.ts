import { OrganisationNamesModule } from '@linkage/messaging';
import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { HoursModule } from '../hours/hours.module';
import { ShiftModule } from '../shifts/shift.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { DeclarationOutcomes } from './declaration-outcomes';
import { DeclarationReview } from './declaration-review.service';
import { DeclarationsController } from './declarations.controller';
import { DeclarationsRepository } from './declarations.repository';
import { DeclarationsService } from './declarations.service';
import { PartnerDeclarationOutcomes } from './partner-declaration-outcomes.consumer';

/**
 * Declared hours (issue 13): a volunteer's declaration of service after a shift or outside Linkage,
 * confirmed or rejected by a coordinator, the shift's leader or (through its inbox) the partner organisation
 * named; a confirmed one becomes a verified hours
 * record through the hours feature's recording and changes (the usual rules).
 */
@Module({
  imports: [HoursModule, ShiftModule, VolunteerModule, OrganisationNamesModule, TransactionsModule],
  controllers: [DeclarationsController],
  providers: [
    DeclarationsRepository,
    DeclarationsService,
    DeclarationReview,
    DeclarationOutcomes,
    PartnerDeclarationOutcomes,
  ],
})
export class DeclarationsModule {}
