import { useQuery } from '@tanstack/react-query';
import { Card, List, Progress, Rate, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '../../components/tag-colors';
import { api, unwrap } from '../../api/client';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { formatLocalDate } from '../../lib/time';
import { keys, useVolunteerId } from './queries';

export default function HoursPage() {
  const { t } = useTranslation();
  const volunteerId = useVolunteerId();
  const hours = useQuery({
    queryKey: keys.hours(volunteerId),
    queryFn: () => unwrap(api.GET('/api/volunteers/{id}/hours', { params: { path: { id: volunteerId } } })),
  });
  return (
    <PhonePage title={t('hours.title')} back="/v/me">
      <QueryState query={hours}>
        {(data) => {
          const total = Number(data.totalVerifiedHours);
          const next = data.starLevel.nextLevelAtHours;
          return (
            <>
              <Card size="small">
                <Statistic
                  title={t('hours.verifiedTotal')}
                  value={data.totalVerifiedHours}
                  suffix={t('hours.unit')}
                />
                <div>
                  <Rate
                    disabled
                    count={5}
                    value={data.starLevel.level}
                    aria-label={t('me.stars', { count: data.starLevel.level })}
                  />
                  <Typography.Text style={{ marginLeft: 8 }}>
                    {t('hours.level', { level: data.starLevel.level })}
                  </Typography.Text>
                </div>
                {next ? (
                  <>
                    <Progress
                      percent={Math.min(100, Math.round((total / next) * 100))}
                      aria-label={t('hours.progress')}
                    />
                    <Typography.Text type="secondary">
                      {t('hours.toNext', { hours: data.starLevel.hoursToNextLevel, next })}
                    </Typography.Text>
                  </>
                ) : null}
              </Card>
              {data.byMonth.length ? (
                <Card size="small" title={t('hours.byMonth')}>
                  <List
                    size="small"
                    dataSource={data.byMonth}
                    renderItem={(m) => (
                      <List.Item extra={`${m.hours} ${t('hours.unit')}`}>{m.month}</List.Item>
                    )}
                  />
                </Card>
              ) : null}
              <Card size="small" title={t('hours.records')}>
                <List
                  size="small"
                  locale={{ emptyText: <span className="muted">{t('hours.noRecords')}</span> }}
                  dataSource={data.records}
                  renderItem={(r) => (
                    <List.Item extra={`${r.hours} ${t('hours.unit')}`}>
                      <span>
                        {formatLocalDate(r.serviceDate)}{' '}
                        <Tag color={r.status === 'verified' ? TAG_COLORS.green : TAG_COLORS.gold}>
                          {t(`hours.status.${r.status}`)}
                        </Tag>
                      </span>
                    </List.Item>
                  )}
                />
              </Card>
            </>
          );
        }}
      </QueryState>
    </PhonePage>
  );
}
