import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PhonePage } from '../../components/PhonePage';
import { formatLocalDate } from '../../lib/time';
import { ApplicationStatusTag } from '../../components/counselling/tags';
import { CounsellingNotices } from './CounsellingNotices';
import { useMyApplication, useOpenProgrammes } from './queries';

/** Group programmes a student may join, with where they stand in each. */
export default function GroupsPage() {
  const { t } = useTranslation();
  const open = useOpenProgrammes();
  return (
    <PhonePage title={t('groups.title')}>
      <CounsellingNotices />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('groups.intro')}
      </Typography.Paragraph>
      <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />
      {open.isPending ? <Skeleton active /> : null}
      {open.data?.items.length === 0 ? <Empty description={t('groups.none')} /> : null}
      {open.data?.items.map((p) => (
        <ProgrammeCard key={p.id} programme={p} />
      ))}
    </PhonePage>
  );
}

function ProgrammeCard({ programme: p }: { programme: Schemas['ProgrammeView'] }) {
  const { t } = useTranslation();
  const mine = useMyApplication(p.id);
  return (
    <Link to={`/v/groups/${p.id}`} style={{ color: 'inherit' }} aria-label={p.title}>
      <Card size="small" hoverable>
        <Flex justify="space-between" align="center" gap={8}>
          <div style={{ flex: 1 }}>
            <Typography.Text strong>{p.title}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {t(`counselling.kind.${p.kind}`)} · {formatLocalDate(p.startsOn)} –{' '}
                {formatLocalDate(p.endsOn)}
              </Typography.Text>
            </div>
            {p.description ? <div style={{ marginTop: 4 }}>{p.description}</div> : null}
            <div style={{ marginTop: 6 }}>
              {mine.data ? (
                <ApplicationStatusTag status={mine.data.status} />
              ) : mine.data === null ? (
                <Typography.Text type="secondary">{t('groups.notApplied')}</Typography.Text>
              ) : null}
            </div>
          </div>
          <RightOutlined aria-hidden />
        </Flex>
      </Card>
    </Link>
  );
}
