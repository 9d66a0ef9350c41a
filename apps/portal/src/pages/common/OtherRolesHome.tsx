import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { signOut, useAccount } from '../../auth/use-session';

/** An account whose roles have no pages (every role has its own home now; counsellors land at /k). */
export default function OtherRolesHome() {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <main style={{ padding: 24 }}>
      <Result
        status="info"
        title={t('otherRoles.title', { name: account.name })}
        subTitle={t('otherRoles.explain')}
        extra={[
          <LanguageSwitch key="language" />,
          <Button key="out" onClick={() => void signOut().then(() => window.location.assign('/login'))}>
            {t('nav.signOut')}
          </Button>,
        ]}
      />
    </main>
  );
}
