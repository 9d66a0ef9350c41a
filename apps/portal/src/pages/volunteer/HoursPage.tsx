import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, List, Progress, Rate, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TAG_COLORS } from '../../components/tag-colors';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { StatusTag } from '../../components/StatusTag';
import { DECLARATION_COLORS, reviewerOf, reviewerText } from '../../components/declarations/declarations';
import { formatLocalDate } from '../../lib/time';
import { keys, useVolunteerId } from './queries';

export default function HoursPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
              <Button
                block
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => void navigate('/v/me/hours/declare')}
              >
                {t('declare.action')}
              </Button>
              <MyDeclarations />
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

/** The volunteer's declarations, newest first: each with its status, who confirms it and any reason. */
function MyDeclarations() {
  const { t } = useTranslation();
  const declarations = useQuery({
    queryKey: keys.declarations,
    queryFn: () => unwrap(api.GET('/api/hours/declarations/me')),
  });
  if (declarations.isError)
    return <ErrorAlert error={declarations.error} onRetry={() => void declarations.refetch()} />;
  if (!declarations.data?.length) return null;
  return (
    <Card size="small" title={t('declare.mine')}>
      <List
        size="small"
        dataSource={declarations.data}
        renderItem={(d) => (
          <List.Item extra={`${Number(d.hours)} ${t('hours.unit')}`}>
            <div style={{ minWidth: 0 }}>
              <strong style={{ overflowWrap: 'anywhere' }}>{d.activity}</strong>{' '}
              <StatusTag family="declare.status" status={d.status} colors={DECLARATION_COLORS} />
              <br />
              <span className="muted">
                {formatLocalDate(d.serviceDate)} · {d.place}
              </span>
              <br />
              <span className="muted">{t('declare.reviewer', { who: reviewerText(t, reviewerOf(d)) })}</span>
              {d.status === 'rejected' && d.rejectReason ? (
                // antd's danger text is too pale on white (axe); the tags' red reads at 4.5:1 or more.
                <div style={{ color: TAG_COLORS.red, overflowWrap: 'anywhere' }}>
                  {t('declare.reason', { reason: d.rejectReason })}
                </div>
              ) : null}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
