import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { formatDateTime, formatLocalDate } from '../../lib/time';
import { versionLabel } from './campaign-form';
import { CampaignFormDrawer } from './CampaignFormDrawer';
import { CampaignStatusTag } from './CampaignStatusTag';
import {
  figureText,
  funnelOption,
  funnelSteps,
  groupOption,
  positiveRatesOption,
  rateText,
  screenedVsTargetOption,
} from './dashboard-charts';
import { useOrganisations } from './queries';

const EChart = lazy(() => import('../../components/charts/EChart'));

type Campaign = Schemas['CampaignView'];
type Dashboard = Schemas['DashboardView'];
type Community = Schemas['CommunityDashboardView'];

type Move = 'active' | 'completed' | 'cancelled';
/** The moves offered per status: start a draft, close an active campaign; either may be cancelled. */
const MOVES: Record<Schemas['CampaignStatus'], Move[]> = {
  draft: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/**
 * A campaign's plan: status, period, partners with their kinds, instruments, targets. Staff (`manage`)
 * change it and move its status from here; a partner reads it.
 */
export function CampaignPlan({ campaign: c, manage = false }: { campaign: Campaign; manage?: boolean }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const kinds = new Map((organisations.data?.items ?? []).map((o) => [o.id, o.kind] as const));
  const [editing, setEditing] = useState(false);
  const move = useMutation({
    mutationFn: (status: Move) =>
      unwrap(api.POST('/api/campaigns/{id}/status', { params: { path: { id: c.id } }, body: { status } })),
    onSuccess: () => {
      void message.success(t('campaigns.statusSaved'));
      return queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    },
  });
  return (
    <Card
      title={t('campaigns.plan')}
      extra={
        <Flex gap={8} wrap>
          {manage && MOVES[c.status].length ? (
            <Button onClick={() => setEditing(true)}>{t('campaigns.edit')}</Button>
          ) : null}
          {(manage ? MOVES[c.status] : []).map((next) => (
            <Button
              key={next}
              danger={next === 'cancelled'}
              loading={move.isPending && move.variables === next}
              onClick={() => {
                modal.confirm({
                  title: t(`campaigns.move.${next}`),
                  content: t(`campaigns.moveExplain.${next}`),
                  okText: t('common.confirm'),
                  cancelText: t('common.cancel'),
                  okButtonProps: { danger: next === 'cancelled' },
                  onOk: () => move.mutate(next),
                });
              }}
            >
              {t(`campaigns.move.${next}`)}
            </Button>
          ))}
        </Flex>
      }
    >
      {move.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(t, move.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'status', label: t('campaigns.status'), children: <CampaignStatusTag status={c.status} /> },
          {
            key: 'period',
            label: t('campaigns.period'),
            children: `${formatLocalDate(c.startsOn)} – ${formatLocalDate(c.endsOn)}`,
          },
          {
            key: 'partners',
            label: t('campaigns.partners'),
            span: 2,
            children: c.partners.length ? (
              <Flex gap={4} wrap>
                {c.partners.map((p) => (
                  <Tag key={p.organisationId}>
                    {p.name}
                    {kinds.get(p.organisationId)
                      ? t('common.inParens', { text: t(`organisationKind.${kinds.get(p.organisationId)}`) })
                      : ''}
                  </Tag>
                ))}
              </Flex>
            ) : (
              '—'
            ),
          },
          {
            key: 'instruments',
            label: t('campaigns.instruments'),
            span: 2,
            children: t('campaigns.instrumentsText', {
              stage1: c.instruments.stage1.map(versionLabel).join(' + '),
              stage2: c.instruments.stage2.map(versionLabel).join(' / '),
            }),
          },
          {
            key: 'targets',
            label: t('campaigns.targets'),
            span: 2,
            children: c.targets.length
              ? c.targets.map((x) => `${x.community} ${x.target}`).join(t('common.listSeparator'))
              : '—',
          },
          ...(c.description
            ? [{ key: 'description', label: t('campaigns.description'), span: 2, children: c.description }]
            : []),
        ]}
      />
      {editing ? (
        <CampaignFormDrawer
          campaign={c}
          onClose={(saved) => {
            setEditing(false);
            if (!saved) return;
            void message.success(t('campaigns.saved'));
            void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
          }}
        />
      ) : null}
    </Card>
  );
}

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} size="small">
      <Suspense fallback={<Skeleton active />}>{children}</Suspense>
    </Card>
  );
}

/** The campaign's figures: tiles, five charts and a table per community; hidden counts (partners) as “<5”. */
export function CampaignDashboard({ dashboard: d }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const hidden = t('campaignDashboard.suppressed');
  const text = (f: Schemas['FigureView']) => figureText(f, hidden);
  const totals = d.totals;
  const targetSum = d.communities.reduce((sum, c) => sum + (c.target ?? 0), 0);

  const screenedOption = useMemo(
    () =>
      screenedVsTargetOption(d.communities, {
        screened: t('campaignDashboard.screened'),
        target: t('campaignDashboard.target'),
      }),
    [d, t],
  );
  const ratesOption = useMemo(
    () =>
      positiveRatesOption(d.totals, d.communities, {
        stage1: t('campaignDashboard.stage1Rate'),
        stage2: t('campaignDashboard.stage2Rate'),
        all: t('campaignDashboard.all'),
      }),
    [d, t],
  );
  const steps = useMemo(() => funnelSteps(d.totals), [d]);
  const funnel = useMemo(() => funnelOption(steps, (k) => t(`campaignDashboard.funnel.${k}`)), [steps, t]);
  const ageOption = useMemo(
    () =>
      groupOption(d.totals.byAgeBand, (g) => t(`campaignDashboard.ageBand.${g}`), {
        screened: t('campaignDashboard.screened'),
        stage1: t('campaignDashboard.stage1Positive'),
        stage2: t('campaignDashboard.stage2Positive'),
      }),
    [d, t],
  );
  const sexOption = useMemo(
    () =>
      groupOption(d.totals.bySex, (g) => t(`campaignDashboard.sex.${g}`), {
        screened: t('campaignDashboard.screened'),
        stage1: t('campaignDashboard.stage1Positive'),
        stage2: t('campaignDashboard.stage2Positive'),
      }),
    [d, t],
  );

  return (
    <section aria-label={t('campaignDashboard.title')} className="stack">
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('campaignDashboard.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('campaignDashboard.asOf', { time: formatDateTime(d.asOf) })}
        </Typography.Text>
      </Flex>
      {d.suppressed ? <Alert type="info" showIcon title={t('campaignDashboard.suppressedNote')} /> : null}
      <Row gutter={[12, 12]}>
        {(
          [
            ['screened', `${text(totals.screened)} / ${targetSum}`],
            ['stage1Rate', rateText(totals.stage1PositiveRate)],
            ['stage2Rate', rateText(totals.stage2PositiveRate)],
            ['stage2Overdue', text(totals.stage2Overdue)],
            ['referralsOpen', text(totals.referralsOpen)],
            ['referralsOverdue', text(totals.referralsOverdue)],
            ['referralsCompleted', text(totals.referralsCompleted)],
            ['followUpsDue', text(totals.followUpsDue)],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`campaignDashboard.${key}`)} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <ChartCard title={t('campaignDashboard.screenedVsTarget')}>
            <EChart option={screenedOption} label={t('campaignDashboard.screenedVsTarget')} />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('campaignDashboard.positiveRates')}>
            <EChart option={ratesOption} label={t('campaignDashboard.positiveRates')} />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('campaignDashboard.funnelTitle')}>
            <EChart option={funnel} label={t('campaignDashboard.funnelTitle')} height={240} />
            <Flex gap={12} wrap>
              {steps.map((s) => (
                <Typography.Text key={s.key}>
                  {t(`campaignDashboard.funnel.${s.key}`)}：{text(s.figure)}
                </Typography.Text>
              ))}
            </Flex>
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('campaignDashboard.byAgeBand')}>
            <EChart option={ageOption} label={t('campaignDashboard.byAgeBand')} height={240} />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('campaignDashboard.bySex')}>
            <EChart option={sexOption} label={t('campaignDashboard.bySex')} height={240} />
          </ChartCard>
        </Col>
      </Row>
      <Table<Community>
        rowKey="community"
        size="small"
        pagination={false}
        dataSource={d.communities}
        scroll={{ x: 960 }}
        caption={t('campaignDashboard.byCommunity')}
        columns={[
          { title: t('campaignDashboard.community'), dataIndex: 'community' },
          { title: t('campaignDashboard.screened'), key: 'screened', render: (_, c) => text(c.screened) },
          { title: t('campaignDashboard.target'), key: 'target', render: (_, c) => c.target ?? '—' },
          {
            title: t('campaignDashboard.stage1Rate'),
            key: 'r1',
            render: (_, c) => rateText(c.stage1PositiveRate),
          },
          {
            title: t('campaignDashboard.stage2Rate'),
            key: 'r2',
            render: (_, c) => rateText(c.stage2PositiveRate),
          },
          {
            title: t('campaignDashboard.stage2Overdue'),
            key: 'o2',
            render: (_, c) => text(c.stage2Overdue),
          },
          {
            title: t('campaignDashboard.referralsOpen'),
            key: 'ro',
            render: (_, c) => text(c.referralsOpen),
          },
          {
            title: t('campaignDashboard.referralsOverdue'),
            key: 'rl',
            render: (_, c) => text(c.referralsOverdue),
          },
          {
            title: t('campaignDashboard.referralsCompleted'),
            key: 'rc',
            render: (_, c) => text(c.referralsCompleted),
          },
          {
            title: t('campaignDashboard.followUpsDue'),
            key: 'fu',
            render: (_, c) => text(c.followUpsDue),
          },
        ]}
      />
    </section>
  );
}
