import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dayjs, formatRange, nowInZone, ZONE } from '../../lib/time';

const EChart = lazy(() => import('../../components/charts/EChart'));

const MONTHS = 6;
const RISK_DAYS = 7;
/** Below this share of seats taken, a shift starting within RISK_DAYS is at risk. */
const RISK_SHARE = 0.5;

interface MonthTeams {
  month: string;
  teams: Schemas['HoursTotalView'][];
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const thisMonthKey = nowInZone().format('YYYY-MM');
  // One value for the page's life (per month), so the charts' options are not rebuilt on every render.
  const monthStart = useMemo(() => dayjs.tz(`${thisMonthKey}-01`, ZONE), [thisMonthKey]);

  const byMonth = useQuery({
    queryKey: ['hours', 'totals', 'month', MONTHS],
    queryFn: () =>
      unwrap(
        api.GET('/api/hours/totals', {
          params: { query: { by: 'month', from: monthStart.subtract(MONTHS - 1, 'month').toISOString() } },
        }),
      ),
  });
  // Hours by team for each month: the totals endpoint groups by one key at a time, so one call a month.
  const teamMonths = useQuery({
    queryKey: ['hours', 'totals', 'team-by-month', MONTHS],
    queryFn: () =>
      Promise.all(
        Array.from({ length: MONTHS }, async (_, i): Promise<MonthTeams> => {
          const start = monthStart.subtract(MONTHS - 1 - i, 'month');
          const teams = await unwrap(
            api.GET('/api/hours/totals', {
              params: {
                query: { by: 'team', from: start.toISOString(), to: start.add(1, 'month').toISOString() },
              },
            }),
          );
          return { month: start.format('YYYY-MM'), teams };
        }),
      ),
  });
  const upcoming = useQuery({
    queryKey: ['shifts', 'upcoming', 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/shifts', { params: { query: { when: 'upcoming', limit: 100 } } })),
  });

  const thisMonth = byMonth.data?.find((m) => m.key === monthStart.format('YYYY-MM'));
  const soon = nowInZone().add(RISK_DAYS, 'day');
  const atRisk = (upcoming.data?.items ?? []).filter(
    (s) =>
      (s.status === 'open' || s.status === 'closed') &&
      Date.parse(s.startsAt) > Date.now() &&
      Date.parse(s.startsAt) < soon.valueOf() &&
      s.seatsTaken / s.capacity < RISK_SHARE,
  );
  const openSeats = (upcoming.data?.items ?? [])
    .filter((s) => s.status === 'open')
    .reduce((sum, s) => sum + s.seatsLeft, 0);

  const monthOption = useMemo(() => {
    // Every one of the last months, with nothing where nothing was verified.
    const months = Array.from({ length: MONTHS }, (_, i) =>
      monthStart.subtract(MONTHS - 1 - i, 'month').format('YYYY-MM'),
    );
    const rows = new Map((byMonth.data ?? []).map((r) => [r.key, r] as const));
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('dashboard.hours'), t('dashboard.volunteers')] },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value' },
      series: [
        {
          name: t('dashboard.hours'),
          type: 'bar',
          data: months.map((m) => Number(rows.get(m)?.hours ?? 0)),
          itemStyle: { color: '#0b5cad' },
        },
        {
          name: t('dashboard.volunteers'),
          type: 'bar',
          data: months.map((m) => rows.get(m)?.volunteers ?? 0),
          itemStyle: { color: '#ad6800' },
        },
      ],
    };
  }, [byMonth.data, t, monthStart]);

  const teamOption = useMemo(() => {
    const months = teamMonths.data ?? [];
    const teams = [...new Set(months.flatMap((m) => m.teams.map((x) => x.label ?? t('exports.noTeam'))))];
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0, data: teams },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value' },
      series: teams.map((team) => ({
        name: team,
        type: 'bar',
        stack: 'hours',
        data: months.map((m) =>
          Number(m.teams.find((x) => (x.label ?? t('exports.noTeam')) === team)?.hours ?? 0),
        ),
      })),
    };
  }, [teamMonths.data, t]);

  return (
    <DeskPage title={t('dashboard.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('dashboard.activeThisMonth')}
              value={thisMonth?.volunteers ?? 0}
              loading={byMonth.isPending}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('dashboard.hoursThisMonth')}
              value={thisMonth?.hours ?? '0'}
              loading={byMonth.isPending}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('dashboard.upcomingShifts')}
              value={upcoming.data?.items.length ?? 0}
              loading={upcoming.isPending}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.openSeats')} value={openSeats} loading={upcoming.isPending} />
          </Card>
        </Col>
      </Row>
      <ErrorAlert error={byMonth.error ?? teamMonths.error ?? upcoming.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.byMonth')}>
            <Suspense fallback={<Skeleton active />}>
              <EChart option={monthOption} label={t('dashboard.byMonth')} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.byTeam')}>
            <Suspense fallback={<Skeleton active />}>
              <EChart option={teamOption} label={t('dashboard.byTeam')} />
            </Suspense>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('dashboard.atRisk', { days: RISK_DAYS })}>
        <Typography.Paragraph type="secondary">
          {t('dashboard.atRiskExplain', { share: RISK_SHARE * 100 })}
        </Typography.Paragraph>
        {atRisk.length === 0 && !upcoming.isPending ? (
          <Empty description={t('dashboard.noneAtRisk')} />
        ) : null}
        <List
          dataSource={atRisk}
          renderItem={(s) => (
            <List.Item
              extra={
                <Progress
                  type="circle"
                  size={48}
                  percent={Math.round((s.seatsTaken / s.capacity) * 100)}
                  aria-label={t('shifts.seats', {
                    taken: s.seatsTaken,
                    capacity: s.capacity,
                    left: s.seatsLeft,
                  })}
                />
              }
            >
              <List.Item.Meta
                title={<Link to={`/c/shifts/${s.id}`}>{s.title}</Link>}
                description={`${formatRange(s.startsAt, s.endsAt)} · ${s.location.venue} · ${t('shifts.seats', { taken: s.seatsTaken, capacity: s.capacity, left: s.seatsLeft })}`}
              />
            </List.Item>
          )}
        />
      </Card>
    </DeskPage>
  );
}
