import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SigningKey } from './signing-key.entity';

@Injectable()
export class SigningKeyRepository {
  constructor(@InjectRepository(SigningKey) private readonly repo: Repository<SigningKey>) {}

  findBySlot(slot: string): Promise<SigningKey | null> {
    return this.repo.findOneBy({ slot });
  }

  /** Inserts unless the slot is taken (another replica got there first); the stored key wins. */
  async insertIfAbsent(key: SigningKey): Promise<void> {
    await this.repo.createQueryBuilder().insert().into(SigningKey).values(key).orIgnore().execute();
  }
}
