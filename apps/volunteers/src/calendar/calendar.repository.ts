import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CalendarToken } from './calendar-token.entity';

@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Sets the volunteer's token, replacing any earlier one (whose URL stops working at once). */
  async put(volunteerId: string, tokenHash: string): Promise<CalendarToken> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(CalendarToken)
      .values({ volunteerId, tokenHash, createdAt: new Date() })
      .orUpdate(['token_hash', 'created_at'], ['volunteer_id'])
      .execute();
    return this.db.getRepository(CalendarToken).findOneByOrFail({ volunteerId });
  }

  async remove(volunteerId: string): Promise<boolean> {
    return ((await this.db.getRepository(CalendarToken).delete({ volunteerId })).affected ?? 0) > 0;
  }

  /** The volunteer a token belongs to, looked up by its hash. */
  async volunteerOf(tokenHash: string): Promise<string | null> {
    return (await this.db.getRepository(CalendarToken).findOneBy({ tokenHash }))?.volunteerId ?? null;
  }
}
