import '../../components/screening/screening.css';
import { EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { formatRange } from '../../lib/time';
import { isOpenNow, useMyScreeningSessions } from './queries';
import { TAG_COLORS } from '../../components/tag-colors';

/** The screening sessions a trained volunteer works: the one running now first, then those to come. */
export default function MySessionsPage() {
  const { t } = useTranslation();
  const sessions = useMyScreeningSessions();
  return (
    <PhonePage title={t('screener.mineTitle')} back="/v/me">
      <p className="muted">{t('screener.mineExplain')}</p>
      <QueryState
        query={sessions}
        isEmpty={(d) => d.length === 0}
        empty={
          <span>
            {t('screener.mineNone')} <Link to="/v/shifts">{t('assignments.findShifts')}</Link>
          </span>
        }
      >
        {(items) => (
          <div className="stack">
            {items.map(({ shift, sessionId }) => {
              const open = isOpenNow(shift);
              return (
                <Panel key={shift.id} aria-label={shift.title}>
                  <h2>
                    {shift.title}{' '}
                    <Tag color={open ? TAG_COLORS.green : TAG_COLORS.grey}>
                      {open ? t('screener.now') : t('screener.next')}
                    </Tag>
                  </h2>
                  <p>{formatRange(shift.startsAt, shift.endsAt)}</p>
                  <p className="muted">
                    <EnvironmentOutlined aria-hidden /> {shift.location.venue}
                  </p>
                  {open ? (
                    <Link className="big-link" to={`/v/screening/sessions/${sessionId}`}>
                      {t('screener.open')} <RightOutlined aria-hidden />
                    </Link>
                  ) : (
                    <p className="muted">{t('screener.opensLater')}</p>
                  )}
                </Panel>
              );
            })}
          </div>
        )}
      </QueryState>
    </PhonePage>
  );
}
