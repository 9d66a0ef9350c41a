import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '../credentials/credentials.module';
import { RefreshTokenModule } from '../refresh-tokens/refresh-token.module';
import { Transactions } from '@linkage/database';
import { AccountController } from './account.controller';
import { Account } from './account.entity';
import { AccountRepository } from './account.repository';
import { AccountService } from './account.service';
import { FirstAdmin } from './first-admin';

@Module({
  imports: [TypeOrmModule.forFeature([Account]), CredentialsModule, RefreshTokenModule],
  controllers: [AccountController],
  providers: [AccountRepository, AccountService, FirstAdmin, Transactions],
  exports: [AccountService],
})
export class AccountModule {}
