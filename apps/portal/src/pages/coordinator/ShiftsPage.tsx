import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export default function Placeholder() {
  const { t } = useTranslation();
  return <Result status="info" title={t('common.comingSoon')} />;
}
