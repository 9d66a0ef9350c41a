import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

/** A volunteer page on the phone: a title bar (back, title, language) and the page's content. */
export function PhonePage({ title, back, children }: { title: string; back?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${title} · ${t('app.short')}`;
  }, [title, t]);
  return (
    <>
      <header className="phone-header">
        {back ? (
          <Button
            type="text"
            size="small"
            icon={<ArrowLeftOutlined aria-hidden style={{ color: '#fff' }} />}
            aria-label={t('common.back')}
            onClick={() => void navigate(back)}
          />
        ) : null}
        <h1 style={{ flex: 1 }}>{title}</h1>
        <LanguageSwitch ghost />
      </header>
      <main className="phone-main stack">{children}</main>
    </>
  );
}
