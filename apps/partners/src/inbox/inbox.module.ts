import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisations/organisation.module';
import { InboxController } from './inbox.controller';
import { InboxItem } from './inbox-item.entity';
import { InboxReceiver } from './inbox-receiver';
import { InboxRepository } from './inbox.repository';
import { InboxService } from './inbox.service';

/**
 * The partner inbox: consumes screening.referral.created.v1 and partners.inbox.item-received.v1, publishes
 * partners.inbox.outcome-recorded.v1.
 */
@Module({
  imports: [TypeOrmModule.forFeature([InboxItem]), OrganisationModule],
  controllers: [InboxController],
  providers: [InboxRepository, InboxService, InboxReceiver, Transactions],
})
export class InboxModule {}
