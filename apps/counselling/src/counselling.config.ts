import { ServiceConfig, toInt } from '@linkage/config';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateBy } from 'class-validator';

/** What the counselling service reads beyond every service's variables. */
export class CounsellingConfig extends ServiceConfig {
  /** `kid:base64-of-32-bytes,…`: every key confidential notes may be written with (libs/crypto). */
  @IsOptional()
  @IsString()
  FIELD_ENCRYPTION_KEYS?: string;

  /** The kid new notes are written with; may be left out when one key is listed. */
  @IsOptional()
  @IsString()
  FIELD_ENCRYPTION_ACTIVE_KEY?: string;

  /** `production` refuses to start without FIELD_ENCRYPTION_KEYS. */
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** How often the buddy nudge job looks for members quiet for 3 days; 0 turns it off (tests run it). */
  @Transform(toInt)
  @Min(0)
  @Max(86_400_000)
  @IsInt()
  BUDDY_NUDGE_INTERVAL_MS: number = 900_000;

  /**
   * `enabled` adds the test clock (`/api/counselling/test-clock`, admins only) for walks through days;
   * refused with NODE_ENV=production, where the service's time is the real one.
   */
  @IsOptional()
  @ValidateBy({
    name: 'notInProduction',
    validator: {
      validate: (value: unknown, args) =>
        value !== 'enabled' || (args?.object as CounsellingConfig).NODE_ENV !== 'production',
      defaultMessage: () =>
        'must not be "enabled" with NODE_ENV=production: the test clock moves the service’s time',
    },
  })
  @IsIn(['enabled', 'disabled'])
  COUNSELLING_TEST_CLOCK?: 'enabled' | 'disabled';

  testClockEnabled(): boolean {
    return this.COUNSELLING_TEST_CLOCK === 'enabled';
  }
}
