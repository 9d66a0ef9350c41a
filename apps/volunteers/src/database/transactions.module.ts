import { Module } from '@nestjs/common';
import { Transactions } from '@linkage/database';

@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
