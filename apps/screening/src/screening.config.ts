import { ServiceConfig, toInt } from '@linkage/config';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

/**
 * What the screening service reads beyond every service's variables: the keys of its encrypted fields.
 * Their values are checked where they are used (`fieldCipherFromEnv`, `blindIndexFromEnv`, both at boot),
 * so a bad key stops the start with a message naming the variable and never the key.
 */
export class ScreeningConfig extends ServiceConfig {
  /** `kid:base64-of-32-bytes,…`: every key that may have written a value. */
  @IsOptional()
  @IsString()
  FIELD_ENCRYPTION_KEYS?: string;

  /** The kid new values are written with (the only key when one is listed). */
  @IsOptional()
  @IsString()
  FIELD_ENCRYPTION_ACTIVE_KEY?: string;

  /** Base64 of 32 bytes: the key of the blind indexes that find duplicate residents. */
  @IsOptional()
  @IsString()
  FIELD_HASH_KEY?: string;

  /** `production` refuses to start without real keys; elsewhere the public development keys stand in. */
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /**
   * Days a sent referral may wait for the hospital's outcome before it is listed as overdue (the
   * coordinator then calls the memory clinic).
   */
  @Transform(toInt)
  @Min(1)
  @Max(365)
  @IsInt()
  REFERRAL_OUTCOME_DAYS: number = 30;

  /** The largest import file accepted (bytes); a day's paper forms are far below it. */
  @Transform(toInt)
  @Min(1024)
  @Max(50 * 1_048_576)
  @IsInt()
  IMPORT_MAX_BYTES: number = 10 * 1_048_576;
}
