import { Alert, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAccount } from '../../auth/use-session';
import { useEnrolments, useIntake } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PhonePage } from '../../components/PhonePage';
import { ApplicationResult } from './ApplicationResult';
import { IntakeForm } from './IntakeForm';
import { MemberPanel } from './MemberPanel';
import { useMyApplication, useOpenProgrammes } from './queries';

/**
 * One programme for a student: its intake survey before they apply, their result after, and once they
 * are a member their daily check-in, streak, goal and buddy.
 */
export default function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const account = useAccount();
  const open = useOpenProgrammes();
  const application = useMyApplication(id);
  const enrolled = application.data?.status === 'enrolled';
  const enrolments = useEnrolments(id, enrolled);
  const intake = useIntake(id);
  const programme = open.data?.items.find((p) => p.id === id);
  const membership = enrolments.data?.find((e) => e.accountId === account.accountId && e.status === 'active');

  const body = () => {
    if (application.isPending) return <Skeleton active />;
    if (application.isError)
      return <ErrorAlert error={application.error} onRetry={() => void application.refetch()} />;
    const mine = application.data;
    if (mine === null) {
      if (intake.isPending) return <Skeleton active />;
      if (intake.isError) return <ErrorAlert error={intake.error} onRetry={() => void intake.refetch()} />;
      if (intake.data === null || intake.data.publishedAt === null)
        return <Alert type="info" showIcon title={t('groups.intake.notOpen')} />;
      return <IntakeForm programmeId={id} intake={intake.data} />;
    }
    if (!enrolled) return <ApplicationResult application={mine} />;
    if (enrolments.isPending) return <Skeleton active />;
    if (enrolments.isError)
      return <ErrorAlert error={enrolments.error} onRetry={() => void enrolments.refetch()} />;
    if (!membership) return <Alert type="info" showIcon title={t('groups.withdrawn')} />;
    return <MemberPanel programmeId={id} enrolment={membership} />;
  };

  return (
    <PhonePage title={programme?.title ?? t('groups.title')} back="/v/groups">
      {programme?.description && !enrolled ? (
        <Card size="small">
          <Typography.Paragraph style={{ margin: 0 }}>{programme.description}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {t(`counselling.confidentiality.${programme.confidentiality}`)}
          </Typography.Text>
        </Card>
      ) : null}
      {body()}
    </PhonePage>
  );
}
