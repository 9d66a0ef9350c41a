import { ServiceConfig, toInt } from '@linkage/config';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** What the volunteers service reads beyond every service's variables. */
export class VolunteersConfig extends ServiceConfig {
  /** How often the waitlist job looks for overdue offers and free seats; 0 turns it off (tests). */
  @Transform(toInt)
  @Min(0)
  @Max(3_600_000)
  @IsInt()
  WAITLIST_SWEEP_INTERVAL_MS: number = 30_000;
}
