import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ClassificationTag } from './InstrumentForm';
import { instrumentName } from './instrument-preview';

type Result = Schemas['ResultView'];

/** A stored result as the server scored it: the total, any education adjustment, the classification. */
export function ResultSummary({ result }: { result: Result }) {
  const { t } = useTranslation();
  const name = instrumentName(result.instrument);
  return (
    <Alert
      type={result.classification === 'positive' ? 'warning' : 'success'}
      showIcon
      title={
        <span>
          {t('screeningForms.resultTitle', { name, total: result.total })}{' '}
          <ClassificationTag classification={result.classification} />
        </span>
      }
      description={
        <>
          {result.educationAdjusted
            ? t('screeningForms.resultAdjusted', { raw: result.rawTotal, total: result.total })
            : null}
          {result.band ? ` ${t(`screeningForms.band.${result.band}`)}` : null}
          {result.classification === 'positive' && result.stage === 1
            ? ` ${t('screeningForms.stage1Positive')}`
            : null}
          {result.classification === 'positive' && result.stage === 2
            ? ` ${t('screeningForms.stage2Positive')}`
            : null}
        </>
      }
    />
  );
}

/** A result kept on the device until the network returns. */
export function QueuedResult({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('screeningForms.queued', { name: instrumentName(code) })}
      description={t('screeningForms.queuedExplain')}
    />
  );
}
