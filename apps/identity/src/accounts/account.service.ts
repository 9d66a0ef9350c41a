import { AuditLog, ROLES, type Role } from '@linkage/auth';
import { newId, type Page, Transactions, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { RefreshTokens } from '../refresh-tokens/refresh-tokens';
import type { ChangeRolesDto, ListAccountsQuery } from './account.dto';
import { Account } from './account.entity';
import { AccountError } from './account.error';
import { AccountRepository } from './account.repository';
import type { LoginName } from './contact';
import { bindRoles, canonicalRoles, type RoleBindings } from './role-bindings';

/** What a new account starts with; its password is already hashed. */
export interface NewAccount extends RoleBindings {
  email: string | null;
  mobile: string | null;
  displayName: string;
  roles: Role[];
  passwordHash: string;
}

@Injectable()
export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly refreshTokens: RefreshTokens,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async get(id: string): Promise<Account> {
    const account = await this.accounts.findById(id);
    if (!account) throw notFound(id);
    return account;
  }

  list(query: ListAccountsQuery): Promise<Page<Account>> {
    return this.accounts.list(query);
  }

  /** Creates an account (inside the caller's transaction when given one); 409 when a contact is taken. */
  async create(input: NewAccount, tx?: Tx): Promise<Account> {
    const roles = canonicalRoles(input.roles, ROLES);
    const account = Object.assign(new Account(), {
      id: newId(),
      email: input.email,
      mobile: input.mobile,
      displayName: input.displayName,
      roles,
      ...bindRoles(roles, input),
      active: true,
      passwordHash: input.passwordHash,
      lastLoginAt: null,
    });
    const saved = await this.accounts.insert(account, tx);
    if (saved === 'email_taken') throw emailTaken(input.email);
    if (saved === 'mobile_taken') throw mobileTaken(input.mobile);
    return saved;
  }

  /** 409 EMAIL_TAKEN / MOBILE_TAKEN when an account already signs in with one of these. */
  async assertContactsFree(email: string | null, mobile: string | null): Promise<void> {
    const taken = await this.accounts.takenContacts(email, mobile);
    if (taken.email) throw emailTaken(email);
    if (taken.mobile) throw mobileTaken(mobile);
  }

  isEmpty(): Promise<boolean> {
    return this.accounts.isEmpty();
  }

  findByLogin(name: LoginName): Promise<Account | null> {
    return this.accounts.findByLogin(name);
  }

  findById(id: string, tx?: Tx): Promise<Account | null> {
    return this.accounts.findById(id, tx);
  }

  /** Notes a successful sign-in, storing a fresher hash when the cost parameters have changed. */
  async recordLogin(account: Account, at: Date, rehashed: string | null): Promise<void> {
    await this.accounts.update(
      account.id,
      rehashed ? { lastLoginAt: at, passwordHash: rehashed } : { lastLoginAt: at },
    );
  }

  /**
   * Replaces an account's roles (and, with them, its bindings), audited with before and after. The last
   * active admin cannot lose the role (409 LAST_ADMIN): someone must be able to manage accounts.
   */
  async changeRoles(id: string, input: ChangeRolesDto): Promise<Account> {
    return this.transactions.run(async (tx) => {
      const admins = await this.accounts.lockActiveAdminIds(tx);
      const account = await this.accounts.lockById(id, tx);
      if (!account) throw notFound(id);
      const roles = canonicalRoles(input.roles, ROLES);
      const bindings = bindRoles(roles, {
        organisationId: input.organisationId !== undefined ? input.organisationId : account.organisationId,
        volunteerId: input.volunteerId !== undefined ? input.volunteerId : account.volunteerId,
      });
      const before = {
        roles: account.roles,
        organisationId: account.organisationId,
        volunteerId: account.volunteerId,
      };
      const after = { roles, ...bindings };
      if (JSON.stringify(before) === JSON.stringify(after)) return account;
      if (account.active && account.roles.includes('admin') && !roles.includes('admin')) {
        assertOtherAdmin(admins, id);
      }
      await this.accounts.update(id, after, tx);
      await this.audit.record(
        {
          action: 'account.roles_changed',
          recordType: 'account',
          recordId: id,
          outcome: 'allowed',
          details: { before, after },
        },
        tx,
      );
      return (await this.accounts.findById(id, tx))!;
    });
  }

  /**
   * Deactivates or reactivates an account. Deactivation also revokes its refresh tokens, so it is signed
   * out everywhere once its current access tokens expire (at most ACCESS_TOKEN_TTL_SECONDS).
   */
  async setActive(id: string, active: boolean): Promise<Account> {
    return this.transactions.run(async (tx) => {
      const admins = await this.accounts.lockActiveAdminIds(tx);
      const account = await this.accounts.lockById(id, tx);
      if (!account) throw notFound(id);
      if (account.active === active) return account;
      const at = new Date();
      if (!active) {
        if (account.roles.includes('admin')) assertOtherAdmin(admins, id);
        await this.refreshTokens.revokeAllOfAccount(id, at, tx);
      }
      await this.accounts.update(id, { active }, tx);
      await this.audit.record(
        {
          action: active ? 'account.activated' : 'account.deactivated',
          recordType: 'account',
          recordId: id,
          outcome: 'allowed',
        },
        tx,
      );
      return (await this.accounts.findById(id, tx))!;
    });
  }
}

function assertOtherAdmin(activeAdminIds: string[], id: string): void {
  if (!activeAdminIds.some((adminId) => adminId !== id)) {
    throw new AccountError(
      'LAST_ADMIN',
      'This is the last active admin: make another account an admin first, so someone can still manage accounts.',
    );
  }
}

function notFound(id: string): AccountError {
  return new AccountError('ACCOUNT_NOT_FOUND', `No account with id ${id}.`);
}

function emailTaken(email: string | null): AccountError {
  return new AccountError('EMAIL_TAKEN', `An account with the email ${email} already exists.`, { email });
}

function mobileTaken(mobile: string | null): AccountError {
  return new AccountError('MOBILE_TAKEN', `An account with the mobile number ${mobile} already exists.`, {
    mobile,
  });
}
