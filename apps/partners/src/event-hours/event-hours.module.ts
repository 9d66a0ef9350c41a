import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventRegistrationModule } from '../event-registrations/event-registration.module';
import { EventHoursRecord } from './event-hours-record.entity';
import { EventHoursConsumer } from './event-hours.consumer';
import { EventHoursController } from './event-hours.controller';
import { EventHoursRepository } from './event-hours.repository';
import { EventHoursService } from './event-hours.service';

/** Hours served at partner events (from volunteers' events) and the organisation's certification of them. */
@Module({
  imports: [TypeOrmModule.forFeature([EventHoursRecord]), EventRegistrationModule],
  controllers: [EventHoursController],
  providers: [EventHoursRepository, EventHoursService, EventHoursConsumer, Transactions],
  exports: [EventHoursService],
})
export class EventHoursModule {}
