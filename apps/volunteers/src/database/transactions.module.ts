import { Module } from '@nestjs/common';
import { Transactions } from './transactions';

@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
