import { ServiceConfig, toInt } from '@linkage/config';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

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
}
