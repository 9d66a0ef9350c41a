import { Card, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { session } from '../api/client';
import { homeOf, useSession } from './use-session';
import { LoginForm } from './LoginForm';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = useSession();

  useEffect(() => {
    if (state.status === 'signed_in')
      void navigate(safeNext(params.get('next')) ?? homeOf(state.account), { replace: true });
  }, [state, navigate, params]);

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <div
          style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}
        >
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary">{t('login.intro')}</Typography.Paragraph>
        <LoginForm
          onSignedIn={() => {
            const current = session.getState();
            if (current.status === 'signed_in') {
              void navigate(safeNext(params.get('next')) ?? homeOf(current.account), { replace: true });
            }
          }}
        />
      </Card>
    </main>
  );
}

/** Only a path of this site, never another origin. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}
