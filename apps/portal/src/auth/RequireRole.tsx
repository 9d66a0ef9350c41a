import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from './session';
import { hasRole, useAccount } from './use-session';

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const account = useAccount();
  if (!hasRole(account, ...roles)) {
    return (
      <main>
        <Result status="403" title={t('errors.ROLE_FORBIDDEN')} subTitle={t('common.notForYourRole')} />
      </main>
    );
  }
  return <>{children}</>;
}
