import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Skeleton, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { formatLocalDate } from '../../lib/time';
import { MeasuresCard } from './MeasuresCard';
import { figureText, prePostChart, shareChart, type ChartData, type GroupFigure } from './outcome-figures';

const EChart = lazy(() => import('../../components/charts/EChart'));

type Report = Schemas['OutcomeReportView'];

/** A figure as text: the number (with how many people), or plainly that it is not shown. */
function Figure({ figure, kind }: { figure: GroupFigure; kind: 'mean' | 'share' }) {
  const { t } = useTranslation();
  const f = figureText(figure, kind);
  if (f.suppressed)
    return <Typography.Text type="secondary">{t('counselling.outcomes.suppressed')}</Typography.Text>;
  return (
    <span>
      {f.text}
      {f.n !== null ? (
        <Typography.Text type="secondary">{t('counselling.outcomes.n', { count: f.n })}</Typography.Text>
      ) : null}
    </span>
  );
}

function barOption(t: TFunction, data: ChartData, percent: boolean) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: data.series.map((s) => t(`counselling.outcomes.${s.key}`)) },
    grid: { left: 40, right: 16, top: 36, bottom: 40 },
    xAxis: { type: 'category', data: data.categories },
    yAxis: { type: 'value', ...(percent ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}) },
    series: data.series.map((s) => ({
      name: t(`counselling.outcomes.${s.key}`),
      type: 'bar',
      data: s.values,
    })),
  };
}

/** The group's pre/post means, share improved and abstinence, every figure under 5 people suppressed. */
export function OutcomesSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const report = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'outcomes'),
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{programmeId}/outcomes/report', { params: { path: { programmeId } } })),
  });
  const exportXlsx = useMutation({
    mutationFn: () => download(`/api/programmes/${programmeId}/outcomes/export`, 'outcomes.xlsx'),
  });
  return (
    <div className="stack">
      <Alert type="info" showIcon title={t('counselling.outcomes.suppressionRule')} />
      <ErrorAlert error={exportXlsx.error} />
      <QueryState query={report}>
        {(r) => (
          <ReportView
            report={r}
            extra={
              <Button
                icon={<DownloadOutlined aria-hidden />}
                loading={exportXlsx.isPending}
                onClick={() => exportXlsx.mutate()}
              >
                {t('counselling.outcomes.export')}
              </Button>
            }
          />
        )}
      </QueryState>
      <MeasuresCard programmeId={programmeId} />
    </div>
  );
}

function ReportView({ report, extra }: { report: Report; extra: ReactNode }) {
  const { t } = useTranslation();
  const weekLabel = (week: number) => t('counselling.outcomes.week', { week });
  const prePost = useMemo(() => prePostChart(report), [report]);
  const shares = useMemo(
    () => shareChart(report, (week) => t('counselling.outcomes.week', { week })),
    [report, t],
  );
  const chart = (data: ChartData, percent: boolean, label: string) =>
    data.categories.length === 0 ? (
      <Typography.Text type="secondary">{t('counselling.outcomes.noMeasures')}</Typography.Text>
    ) : data.allSuppressed ? (
      <Typography.Text type="secondary">{t('counselling.outcomes.chartSuppressed')}</Typography.Text>
    ) : (
      <Suspense fallback={<Skeleton active />}>
        <EChart option={barOption(t, data, percent)} label={label} height={260} />
      </Suspense>
    );

  return (
    <>
      <Card
        size="small"
        title={t('counselling.outcomes.measures', { date: formatLocalDate(report.asOf) })}
        extra={extra}
      >
        <Table
          rowKey="instrument"
          size="small"
          pagination={false}
          dataSource={report.measures}
          locale={{ emptyText: <span className="muted">{t('counselling.outcomes.noMeasures')}</span> }}
          columns={[
            {
              title: t('counselling.outcomes.instrument'),
              dataIndex: 'instrument',
              render: (i: string) => i.toUpperCase(),
            },
            {
              title: t('counselling.outcomes.meanPre'),
              key: 'pre',
              render: (_, m) => <Figure figure={m.meanPre} kind="mean" />,
            },
            {
              title: t('counselling.outcomes.meanPost'),
              key: 'post',
              render: (_, m) => <Figure figure={m.meanPost} kind="mean" />,
            },
            {
              title: t('counselling.outcomes.meanChange'),
              key: 'change',
              render: (_, m) => <Figure figure={m.meanChange} kind="mean" />,
            },
            {
              title: t('counselling.outcomes.shareImproved'),
              key: 'improved',
              render: (_, m) => <Figure figure={m.shareImproved} kind="share" />,
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('counselling.outcomes.abstinence')}>
        <Table
          rowKey="week"
          size="small"
          pagination={false}
          dataSource={report.abstinence}
          columns={[
            {
              title: t('counselling.outcomes.assessedAt'),
              dataIndex: 'week',
              render: (w: number) => weekLabel(w),
            },
            {
              title: t('counselling.outcomes.rate'),
              key: 'rate',
              render: (_, a) => <Figure figure={a.rate} kind="share" />,
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('counselling.outcomes.prePostChart')}>
            {chart(prePost, false, t('counselling.outcomes.prePostChart'))}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('counselling.outcomes.shareChart')}>
            {chart(shares, true, t('counselling.outcomes.shareChart'))}
          </Card>
        </Col>
      </Row>
    </>
  );
}
