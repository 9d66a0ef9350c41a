import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { ShiftModule } from '../shifts/shift.module';
import { InsuranceController } from './insurance.controller';
import { InsuranceRepository } from './insurance.repository';
import { InsuranceService } from './insurance.service';

/** Activity accident insurance per shift: the policy and the insured list sent; exports nothing. */
@Module({
  imports: [ShiftModule, TransactionsModule],
  controllers: [InsuranceController],
  providers: [InsuranceRepository, InsuranceService],
})
export class InsuranceModule {}
