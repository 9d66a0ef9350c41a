import { containsPattern, duplicateKeyOf, type Page, paginate, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import type { ListAccountsQuery } from './account.dto';
import { Account } from './account.entity';
import type { LoginName } from './contact';

export type AccountPatch = Partial<
  Pick<Account, 'roles' | 'organisationId' | 'volunteerId' | 'active' | 'passwordHash' | 'lastLoginAt'>
>;

@Injectable()
export class AccountRepository {
  constructor(@InjectRepository(Account) private readonly repo: Repository<Account>) {}

  /** Inserts; says which contact was taken when a unique index refuses it. */
  async insert(account: Account, tx?: Tx): Promise<Account | 'email_taken' | 'mobile_taken'> {
    const repo = this.on(tx);
    try {
      await repo.insert(account);
    } catch (error) {
      const key = duplicateKeyOf(error);
      if (key !== null) return key === 'uq_accounts_mobile' ? 'mobile_taken' : 'email_taken';
      throw error;
    }
    return repo.findOneByOrFail({ id: account.id });
  }

  findById(id: string, tx?: Tx): Promise<Account | null> {
    return this.on(tx).findOneBy({ id });
  }

  /** Reads the account and holds its row until the transaction ends. */
  lockById(id: string, tx: Tx): Promise<Account | null> {
    return this.on(tx)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
  }

  /**
   * The ids of the active admins, holding their rows (and, the roles column having no index, every row
   * scanned) until the transaction ends, so two admins cannot demote each other at the same moment and
   * leave none. Scanning in key order keeps concurrent callers from deadlocking.
   */
  async lockActiveAdminIds(tx: Tx): Promise<string[]> {
    const rows = await this.on(tx)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .where('a.active = 1')
      .andWhere("FIND_IN_SET('admin', a.roles) > 0")
      .orderBy('a.id')
      .setLock('pessimistic_write')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  findByLogin(name: LoginName): Promise<Account | null> {
    return name.kind === 'mobile'
      ? this.repo.findOneBy({ mobile: name.mobile })
      : this.repo.findOneBy({ email: name.email });
  }

  /** Which of these contacts an existing account already has. */
  async takenContacts(
    email: string | null,
    mobile: string | null,
  ): Promise<{ email: boolean; mobile: boolean }> {
    const [byEmail, byMobile] = await Promise.all([
      email ? this.repo.existsBy({ email }) : false,
      mobile ? this.repo.existsBy({ mobile }) : false,
    ]);
    return { email: byEmail, mobile: byMobile };
  }

  async isEmpty(): Promise<boolean> {
    return !(await this.repo.exists());
  }

  async update(id: string, patch: AccountPatch, tx?: Tx): Promise<void> {
    await this.on(tx).update({ id }, patch);
  }

  list(query: ListAccountsQuery): Promise<Page<Account>> {
    const qb = this.repo.createQueryBuilder('a');
    if (query.role) qb.andWhere('FIND_IN_SET(:role, a.roles) > 0', { role: query.role });
    if (query.active !== undefined) qb.andWhere('a.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere('(a.display_name LIKE :q OR a.email LIKE :q OR a.mobile LIKE :q)', {
        q: containsPattern(query.q),
      });
    }
    return paginate(qb, query);
  }

  private on(tx?: Tx): Repository<Account> {
    return tx ? tx.getRepository(Account) : this.repo;
  }
}
