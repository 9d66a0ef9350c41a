import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from '../accounts/account.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { SessionModule } from '../sessions/session.module';
import { Transactions } from '@linkage/database';
import { InvitationController } from './invitation.controller';
import { Invitation } from './invitation.entity';
import { InvitationRepository } from './invitation.repository';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationService } from './invitation.service';
import { PartnerInvitationRpcController } from './partner-invitation.rpc-controller';

@Module({
  imports: [TypeOrmModule.forFeature([Invitation]), AccountModule, CredentialsModule, SessionModule],
  controllers: [InvitationController, PartnerInvitationRpcController],
  providers: [InvitationRepository, InvitationService, InvitationAcceptanceService, Transactions],
})
export class InvitationModule {}
