import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from './session';
import { hasRole, useAccount } from './use-session';

/**
 * The role's pages, or a plain refusal (not antd's Result: its illustrations are 10 KB of the volunteer
 * layout's first load, for a page hardly anyone sees).
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const account = useAccount();
  if (!hasRole(account, ...roles)) {
    return (
      <main style={{ padding: 48, textAlign: 'center' }}>
        <h1 style={{ fontSize: 22 }}>{t('errors.ROLE_FORBIDDEN')}</h1>
        <p>{t('common.notForYourRole')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </main>
    );
  }
  return <>{children}</>;
}
