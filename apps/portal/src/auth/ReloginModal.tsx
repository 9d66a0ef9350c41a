import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoginForm } from './LoginForm';
import { lastLogin } from './sign-in';
import { signOut, useSession } from './use-session';

/**
 * Shown over the page when the session has ended (the refresh token was used up, expired or revoked):
 * the page and anything typed into it stay, and the requests that were refused go out once the same
 * person signs in again. Signing in as someone else starts afresh.
 */
export default function ReloginModal() {
  const { t } = useTranslation();
  const state = useSession();
  if (state.status !== 'expired') return null;
  return (
    <Modal
      open
      title={t('relogin.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('relogin.explain')}</Typography.Paragraph>
      <LoginForm
        initialLogin={lastLogin()}
        submitLabel={t('relogin.submit')}
        onSignedIn={({ sameAccount }) => {
          if (!sameAccount) window.location.assign('/');
        }}
      />
      <Button
        type="link"
        block
        style={{ marginTop: 8 }}
        onClick={() => void signOut().then(() => window.location.assign('/login'))}
      >
        {t('relogin.signOut')}
      </Button>
    </Modal>
  );
}
