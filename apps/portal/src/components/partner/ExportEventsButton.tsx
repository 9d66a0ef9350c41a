import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/client';
import { errorMessage } from '../../api/errors';

/** The events (a partner's own, or every partner's for the station) with staffing and confirmed hours, as XLSX. */
export function ExportEventsButton({ query = {} }: { query?: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const params = new URLSearchParams({ format: 'xlsx' });
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        download(`/api/events/export?${params.toString()}`, 'partner-events.xlsx')
          .catch((e: unknown) => void message.error(errorMessage(t, e)))
          .finally(() => setBusy(false));
      }}
    >
      {t('partnerEvents.export')}
    </Button>
  );
}
