import type { Account } from './account.entity';

/**
 * An account as other features read it (sessions sign it in and put its roles in tokens): read-only,
 * because only this feature changes an account, through AccountService.
 */
export type AccountData = Readonly<Account>;
