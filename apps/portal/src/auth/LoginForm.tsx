import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { signIn } from './sign-in';

interface Values {
  login: string;
  password: string;
}

/** The sign-in form, on the sign-in page and in the "session ended" dialog. */
export function LoginForm({
  initialLogin,
  onSignedIn,
  submitLabel,
}: {
  initialLogin?: string;
  onSignedIn: (result: { sameAccount: boolean }) => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(values.login.trim(), values.password));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      layout="vertical"
      requiredMark={false}
      initialValues={{ login: initialLogin ?? '' }}
      onFinish={(values) => void submit(values)}
    >
      {error ? (
        <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        name="login"
        label={t('login.login')}
        rules={[{ required: true, message: t('login.loginRequired') }]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" inputMode="email" size="large" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {submitLabel ?? t('login.submit')}
      </Button>
    </Form>
  );
}
