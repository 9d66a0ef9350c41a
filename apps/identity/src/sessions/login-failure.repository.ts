import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, type Repository } from 'typeorm';
import { LoginFailure } from './login-failure.entity';

@Injectable()
export class LoginFailureRepository {
  constructor(@InjectRepository(LoginFailure) private readonly repo: Repository<LoginFailure>) {}

  /** The latest failures since `since`, newest first, at most `limit`. */
  async recent(by: { loginHash: string } | { ip: string }, since: Date, limit: number): Promise<Date[]> {
    const rows = await this.repo.find({
      select: { occurredAt: true },
      where: { ...by, occurredAt: MoreThan(since) },
      order: { occurredAt: 'DESC' },
      take: limit,
    });
    return rows.map((r) => r.occurredAt);
  }

  async record(failure: LoginFailure): Promise<void> {
    await this.repo.insert(failure);
  }

  /** A successful sign-in wipes that login's failures (not the address's). */
  async clearLogin(loginHash: string): Promise<void> {
    await this.repo.delete({ loginHash });
  }

  /** Forgets failures older than any window still counts (a bounded batch). */
  async prune(before: Date, batch = 500): Promise<void> {
    await this.repo.query('DELETE FROM login_failures WHERE occurred_at < ? LIMIT ?', [before, batch]);
  }
}
