import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { session } from '../api/client';
import { changeLanguage, type Language } from '../i18n';

/** One button that switches between 中文 and English, remembered for the signed-in account. */
export function LanguageSwitch({ ghost = false }: { ghost?: boolean }) {
  const { t, i18n } = useTranslation();
  const next: Language = i18n.language === 'en' ? 'zh-CN' : 'en';
  const state = session.getState();
  const accountId = state.status === 'signed_out' ? null : state.account.accountId;
  return (
    <Button
      size="small"
      ghost={ghost}
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t('language.switchTo', { language: t(`language.${next}`) })}
      lang={next}
      onClick={() => void changeLanguage(next, accountId)}
    >
      {t(`language.${next}`)}
    </Button>
  );
}
