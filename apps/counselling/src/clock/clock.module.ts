import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** One Clock for every feature (check-ins, the nudge job, outcome reports). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
