import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { signOut, useAccount } from '../../auth/use-session';

/** Counsellors (and any role without pages yet): their pages come with the screening and counselling work. */
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
