import { ConfigError, ServiceConfig, toInt } from '@linkage/config';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MIN_CHECK_IN_SECRET_BYTES } from './attendance/qr-code';

const interval = (): PropertyDecorator[] => [Transform(toInt), Min(0), Max(3_600_000), IsInt()];
const points = (): PropertyDecorator[] => [Transform(toInt), Min(0), Max(10_000), IsInt()];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };

/** What the volunteers service reads beyond every service's variables. */
export class VolunteersConfig extends ServiceConfig {
  /** How often the waitlist job looks for overdue offers and free seats; 0 turns it off (tests). */
  @apply(interval())
  WAITLIST_SWEEP_INTERVAL_MS: number = 30_000;

  /**
   * Signs the rotating check-in QR codes; every replica must share it (≥ 16 bytes). Unset: one is
   * generated on the first start and kept in the database, which every replica reads (development; in
   * production set it from a secret). The value is never printed.
   */
  @IsOptional()
  @Transform(({ value }): unknown => {
    if (typeof value === 'string' && Buffer.byteLength(value) < MIN_CHECK_IN_SECRET_BYTES) {
      throw new ConfigError([
        {
          variable: 'VOLUNTEERS_QR_SECRET',
          problem: `must be at least ${MIN_CHECK_IN_SECRET_BYTES} bytes (e.g. openssl rand -base64 32)`,
        },
      ]);
    }
    return value as unknown;
  })
  @IsString()
  VOLUNTEERS_QR_SECRET?: string;

  /** How long one check-in code is shown before the next (the previous one is still accepted). */
  @Transform(toInt)
  @Min(10)
  @Max(600)
  @IsInt()
  CHECK_IN_CODE_PERIOD_SECONDS: number = 30;

  /**
   * How late a scan kept on a phone without network may be sent: its code is checked and its time
   * recorded as of when it was scanned. Longer would let an old photo of a code be replayed.
   */
  @Transform(toInt)
  @Min(0)
  @Max(24 * 60)
  @IsInt()
  OFFLINE_SCAN_MAX_MINUTES: number = 120;

  /**
   * How far ahead a volunteer's card fetches its rotating codes, so the card keeps showing a valid one
   * that long without network. Longer lets a screenshot of the list stand in for the card longer.
   */
  @Transform(toInt)
  @Min(0)
  @Max(120)
  @IsInt()
  VOLUNTEER_CARD_OFFLINE_MINUTES: number = 10;

  /** A scan farther than this from the venue is flagged for the leader (never refused). */
  @Transform(toInt)
  @Min(0)
  @Max(100_000)
  @IsInt()
  FAR_FROM_VENUE_METRES: number = 500;

  /** A QR check-in is accepted from this many minutes before the shift starts until it ends. */
  @Transform(toInt)
  @Min(0)
  @Max(1440)
  @IsInt()
  VOLUNTEERS_CHECK_IN_OPENS_MINUTES: number = 60;

  /** A QR check-out is accepted until this many minutes after the shift ends; later, by hand. */
  @Transform(toInt)
  @Min(0)
  @Max(1440)
  @IsInt()
  VOLUNTEERS_CHECK_OUT_CLOSES_MINUTES: number = 120;

  /** How often check-ins without a check-out after 24 h are flagged; 0 turns it off. */
  @apply(interval())
  ATTENDANCE_SWEEP_INTERVAL_MS: number = 300_000;

  /** How often reminders 24 h before a shift are claimed and notifications sent on; 0 turns it off. */
  @apply(interval())
  NOTIFICATION_SWEEP_INTERVAL_MS: number = 60_000;

  /** Where notifications are POSTed as JSON; unset: in-app only. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  NOTIFICATION_WEBHOOK_URL?: string;

  @Transform(toInt)
  @Min(100)
  @Max(60_000)
  @IsInt()
  NOTIFICATION_WEBHOOK_TIMEOUT_MS: number = 5_000;

  // Points rules: what the ledger gives per verified hour, for leading a shift, for attending training.
  @apply(points()) POINTS_PER_VERIFIED_HOUR: number = 10;
  @apply(points()) POINTS_FOR_LEADING_SHIFT: number = 20;
  @apply(points()) POINTS_FOR_TRAINING: number = 5;

  /** The issuing organisation printed on certificates. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  CERTIFICATE_ISSUER: string = '烟台市芝罘区志愿服务站';

  /** Where the public can reach the API, for the verification address printed on certificates. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL: string = 'http://127.0.0.1:3000';
}
