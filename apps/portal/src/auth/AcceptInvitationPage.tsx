import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, session } from '../api/client';
import { errorMessage } from '../api/errors';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { homeOf } from './use-session';

interface Values {
  token: string;
  password: string;
}

/** Where an invitation link lands: choose a password, and the account is made and signed in. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const { data, error, response } = await api.POST('/api/invitations/accept', {
        body: { token: values.token.trim(), password: values.password },
      });
      if (!response.ok || !data) throw ApiError.of(response.status, error);
      session.signIn({ accessToken: data.accessToken, refreshToken: data.refreshToken });
      const state = session.getState();
      if (state.status === 'signed_in') void navigate(homeOf(state.account), { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

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
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('invite.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('invite.explain')}
        </Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(t, error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form<Values>
          layout="vertical"
          initialValues={{ token: params.get('token') ?? '' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="token"
            label={t('invite.token')}
            rules={[{ required: true, message: t('invite.tokenRequired') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('invite.password')}
            extra={t('invite.passwordRules')}
            rules={[{ required: true, min: 10, message: t('invite.passwordRules') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('invite.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
