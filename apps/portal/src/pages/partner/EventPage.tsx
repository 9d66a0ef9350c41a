import { CheckOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Skeleton,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { hasRole, useAccount } from '../../auth/use-session';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventActions } from '../../components/partner/EventActions';
import { EventStatusTag } from '../../components/partner/EventStatusTag';
import { EventWhen } from '../../components/partner/EventTable';
import {
  EVENT_KEY,
  useEvent,
  usePartnerLinks,
  useStaffing,
  type PartnerEvent,
} from '../../components/partner/queries';
import { StaffingBar } from '../../components/partner/StaffingBar';
import { QueryState } from '../../components/QueryState';
import { TAG_COLORS } from '../../components/tag-colors';
import { TextPromptModal } from '../../components/TextPromptModal';
import { formatDateTime, formatLocalDate, formatRange } from '../../lib/time';
import { volunteersNeeded } from './event-form';

type Transition = Schemas['EventTransitionView'];
type HoursRecord = Schemas['EventHoursView'];

/** One partner event: details, the conversation with the station, staffing and the hours to certify. */
export default function EventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  if (event.isPending) return <Skeleton active />;
  if (event.isError) return <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />;
  return <EventView event={event.data} />;
}

function EventView({ event }: { event: PartnerEvent }) {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: [EVENT_KEY, event.id, 'history', event.version, event.status],
    queryFn: () => unwrap(api.GET('/api/events/{id}/history', { params: { path: { id: event.id } } })),
  });
  const lastRequest = [...(history.data?.items ?? [])].reverse().find((h) => h.action === 'request_changes');
  const staffed = event.status === 'approved' || event.status === 'completed';

  return (
    <DeskPage title={event.title} extra={<EventActions event={event} full />}>
      <Flex gap={8} align="center" wrap>
        <EventStatusTag status={event.status} />
        <Typography.Text type="secondary">
          {event.organisationName} · {t('eventPage.version', { version: event.version })}
        </Typography.Text>
      </Flex>
      {event.status === 'changes_requested' && lastRequest ? (
        <Alert
          type="warning"
          showIcon
          title={t('eventPage.changesRequested', { name: lastRequest.byName })}
          description={lastRequest.comment}
        />
      ) : null}
      {event.statusReason && (event.status === 'rejected' || event.status === 'cancelled') ? (
        <Alert
          type={event.status === 'rejected' ? 'error' : 'info'}
          showIcon
          title={t(`eventPage.reason.${event.status}`)}
          description={event.statusReason}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15} className="stack">
          <EventDetails event={event} />
          {staffed ? <StaffingCard event={event} /> : null}
          {staffed ? <HoursCard event={event} /> : null}
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={<h2 className="card-title">{t('eventPage.conversation')}</h2>}>
            <QueryState query={history} isEmpty={(h) => h.items.length === 0}>
              {(h) => <Conversation items={h.items} />}
            </QueryState>
          </Card>
        </Col>
      </Row>
    </DeskPage>
  );
}

function EventDetails({ event }: { event: PartnerEvent }) {
  const { t } = useTranslation();
  const links = usePartnerLinks();
  const recurrence = event.schedule.recurrence;
  return (
    <Card size="small" title={<h2 className="card-title">{t('eventPage.details')}</h2>}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'kind', label: t('eventForm.kind'), children: t(`eventKind.${event.kind}`) },
          { key: 'community', label: t('eventForm.community'), children: event.community ?? '—' },
          { key: 'venue', label: t('eventForm.venue'), children: event.venue.name },
          { key: 'address', label: t('eventForm.address'), children: event.venue.address ?? '—' },
          { key: 'when', label: t('eventPage.when'), children: <EventWhen event={event} /> },
          {
            key: 'repeat',
            label: t('eventForm.repeat'),
            children: recurrence
              ? t('eventPage.weekly', {
                  days: recurrence.daysOfWeek.map((d) => t(`weekday.${d}`)).join(t('common.listSeparator')),
                  until: formatLocalDate(recurrence.until),
                })
              : t('eventForm.repeats.once'),
          },
          {
            key: 'contact',
            label: t('eventPage.contact'),
            children: event.contact ? `${event.contact.name} ${event.contact.phone}` : '—',
          },
          {
            key: 'needed',
            label: t('eventPage.needed'),
            children: t('eventPage.neededValue', { count: volunteersNeeded(event) }),
          },
          ...(event.projectId
            ? [
                {
                  key: 'project',
                  label: t('eventPage.project'),
                  children: <Link to={links.project(event.projectId)}>{t('eventPage.openProject')}</Link>,
                },
              ]
            : []),
          ...(event.description
            ? [
                {
                  key: 'description',
                  label: t('eventForm.description'),
                  children: event.description,
                  span: 2,
                },
              ]
            : []),
        ]}
      />
      <Table<PartnerEvent['roles'][number]>
        rowKey="key"
        size="small"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={event.roles}
        scroll={{ x: 560 }}
        columns={[
          { title: t('eventForm.roleName'), dataIndex: 'name' },
          { title: t('eventForm.roleCount'), dataIndex: 'count' },
          {
            title: t('eventPage.requirements'),
            key: 'needs',
            render: (_, r) =>
              [...(r.requiredSkills ?? []), ...(r.requiredCertifications ?? [])].join(
                t('common.listSeparator'),
              ) || '—',
          },
          {
            title: t('eventForm.signupMode'),
            key: 'mode',
            render: (_, r) => t(`signUpMode.${r.signupMode ?? 'auto'}`),
          },
        ]}
      />
      {event.occurrences.length > 1 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('eventPage.dates')}：
          {event.occurrences.map((o) => formatRange(o.startsAt, o.endsAt)).join(t('common.listSeparator'))}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/** The history as a conversation, oldest first: who did what, when, and what they said. */
function Conversation({ items }: { items: Transition[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={items.map((h) => ({
        key: h.id,
        color: h.action === 'request_changes' ? 'orange' : h.action === 'reject' ? 'red' : 'blue',
        content: (
          <div>
            <div>
              <strong>{h.byName}</strong>
              <Typography.Text type="secondary">
                {t('common.inParens', { text: t(`role.${h.byRole}`, { defaultValue: h.byRole }) })}
              </Typography.Text>{' '}
              {t(`eventHistory.${h.action}`)}
            </div>
            {h.comment ? <blockquote className="conversation-comment">{h.comment}</blockquote> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(h.at)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

function StaffingCard({ event }: { event: PartnerEvent }) {
  const { t } = useTranslation();
  const staffing = useStaffing(event);
  const roleName = new Map(event.roles.map((r) => [r.key, r.name] as const));
  return (
    <Card size="small" title={<h2 className="card-title">{t('eventPage.staffing')}</h2>}>
      <QueryState query={staffing}>
        {(s) => (
          <div className="stack">
            <StaffingBar
              needed={s.needed}
              confirmed={s.confirmed}
              waitlisted={s.waitlisted}
              atRisk={s.atRisk}
              width={320}
            />
            {s.shifts.length === 0 ? (
              <Typography.Text type="secondary">{t('eventPage.noShiftsYet')}</Typography.Text>
            ) : (
              <Table<Schemas['EventShiftStaffingView']>
                rowKey="shiftId"
                size="small"
                pagination={false}
                dataSource={s.shifts}
                scroll={{ x: 560 }}
                columns={[
                  {
                    title: t('eventPage.shiftStarts'),
                    key: 'at',
                    render: (_, x) => formatDateTime(x.startsAt),
                  },
                  {
                    title: t('eventForm.roleName'),
                    key: 'role',
                    render: (_, x) => (x.roleKey ? (roleName.get(x.roleKey) ?? x.roleKey) : '—'),
                  },
                  {
                    title: t('partnerEvents.columns.staffing'),
                    key: 'bar',
                    render: (_, x) => (
                      <StaffingBar
                        needed={x.capacity}
                        confirmed={x.confirmed}
                        waitlisted={x.waitlisted}
                        atRisk={x.atRisk}
                      />
                    ),
                  },
                  { title: t('eventPage.pending'), dataIndex: 'pending' },
                ]}
              />
            )}
          </div>
        )}
      </QueryState>
    </Card>
  );
}

/** Certifying hours in one screen: each volunteer's hours at the event, confirmed or disputed here. */
function HoursCard({ event }: { event: PartnerEvent }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const account = useAccount();
  const canCertify = hasRole(account, 'partner', 'coordinator', 'admin');
  const [disputing, setDisputing] = useState<HoursRecord | null>(null);
  const key = [EVENT_KEY, event.id, 'hours'];
  const hours = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/events/{id}/hours', { params: { path: { id: event.id } } })),
  });
  const confirm = useMutation({
    mutationFn: async (ids: string[]) => {
      for (const hoursRecordId of ids)
        await unwrap(
          api.POST('/api/events/{id}/hours/{hoursRecordId}/confirm', {
            params: { path: { id: event.id, hoursRecordId } },
          }),
        );
      return ids.length;
    },
    onSuccess: (count) => void message.success(t('eventHours.confirmed', { count })),
    onError: (e) => void message.error(errorMessage(t, e)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const undecided = (hours.data?.items ?? []).filter((r) => r.decision === null);

  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('eventHours.title')}</h2>}
      extra={
        canCertify && undecided.length > 1 ? (
          <Button
            size="small"
            icon={<CheckOutlined aria-hidden />}
            loading={confirm.isPending}
            onClick={() => confirm.mutate(undecided.map((r) => r.hoursRecordId))}
          >
            {t('eventHours.confirmAll', { count: undecided.length })}
          </Button>
        ) : null
      }
    >
      <QueryState
        query={hours}
        isEmpty={(h) => h.items.length === 0}
        empty={<Empty description={t('eventHours.none')} />}
      >
        {(h) => (
          <Table<HoursRecord>
            rowKey="hoursRecordId"
            size="small"
            pagination={false}
            dataSource={h.items}
            scroll={{ x: 640 }}
            columns={[
              { title: t('eventHours.volunteer'), dataIndex: 'volunteerName' },
              {
                title: t('eventHours.attended'),
                key: 'attended',
                render: (_, r) =>
                  r.checkedInAt && r.checkedOutAt ? formatRange(r.checkedInAt, r.checkedOutAt) : '—',
              },
              { title: t('eventHours.hours'), dataIndex: 'hours' },
              {
                title: t('eventHours.decision'),
                key: 'decision',
                render: (_, r) => <HoursDecision record={r} />,
              },
              ...(canCertify
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      render: (_: unknown, r: HoursRecord) => (
                        <Flex gap={4} wrap>
                          {r.decision !== 'confirmed' ? (
                            <Button
                              size="small"
                              type="primary"
                              aria-label={t('eventHours.confirmOf', { name: r.volunteerName })}
                              loading={confirm.isPending && confirm.variables?.includes(r.hoursRecordId)}
                              onClick={() => confirm.mutate([r.hoursRecordId])}
                            >
                              {t('eventHours.confirm')}
                            </Button>
                          ) : null}
                          {r.decision === null ? (
                            <Button
                              size="small"
                              danger
                              aria-label={t('eventHours.disputeOf', { name: r.volunteerName })}
                              icon={<ExclamationCircleOutlined aria-hidden />}
                              onClick={() => setDisputing(r)}
                            >
                              {t('eventHours.dispute')}
                            </Button>
                          ) : null}
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {disputing ? (
        <TextPromptModal
          title={t('eventHours.disputeTitle', { name: disputing.volunteerName })}
          label={t('common.reason')}
          explain={t('eventHours.disputeExplain')}
          okText={t('eventHours.dispute')}
          danger
          onSubmit={(reason) =>
            unwrap(
              api.POST('/api/events/{id}/hours/{hoursRecordId}/dispute', {
                params: { path: { id: event.id, hoursRecordId: disputing.hoursRecordId } },
                body: { reason },
              }),
            ).then(() => queryClient.invalidateQueries({ queryKey: key }))
          }
          onClose={() => setDisputing(null)}
        />
      ) : null}
    </Card>
  );
}

function HoursDecision({ record }: { record: HoursRecord }) {
  const { t } = useTranslation();
  if (record.decision === 'confirmed')
    return <Tag color={TAG_COLORS.green}>{t('eventHours.decisions.confirmed')}</Tag>;
  if (record.decision === 'disputed')
    return (
      <>
        <Tag color={TAG_COLORS.red}>{t('eventHours.decisions.disputed')}</Tag>
        {record.reason ? <Typography.Text type="secondary">{record.reason}</Typography.Text> : null}
      </>
    );
  return <Tag color={TAG_COLORS.gold}>{t('eventHours.decisions.undecided')}</Tag>;
}
