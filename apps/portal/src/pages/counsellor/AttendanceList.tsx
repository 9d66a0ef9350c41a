import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys, useEnrolments } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatRange } from '../../lib/time';
import { allPresentEntries, attendanceRows, oneEntry, type AttendanceEntry } from './attendance';

type Session = Schemas['SessionView'];

/** A session's list: one tap marks a member present or absent; the rest present in one request. */
export function AttendanceList({ programmeId, session }: { programmeId: string; session: Session }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useEnrolments(programmeId);
  const key = counsellingKeys.part(programmeId, 'attendance', session.id);
  const lines = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{programmeId}/sessions/{sessionId}/attendance', {
          params: { path: { programmeId, sessionId: session.id } },
        }),
      ),
  });
  const record = useMutation({
    mutationFn: (entries: AttendanceEntry[]) =>
      unwrap(
        api.PUT('/api/programmes/{programmeId}/sessions/{sessionId}/attendance', {
          params: { path: { programmeId, sessionId: session.id } },
          body: { entries },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: counsellingKeys.part(programmeId, 'flags') });
    },
  });
  const rows = attendanceRows(members.data ?? [], lines.data ?? []);
  const rest = allPresentEntries(members.data ?? [], lines.data ?? []);

  return (
    <Card
      size="small"
      title={t('counselling.attendance.title', {
        topic: session.topic,
        time: formatRange(session.startsAt, session.endsAt),
      })}
      extra={
        <Button
          type="primary"
          disabled={rest.length === 0}
          loading={record.isPending && (record.variables?.length ?? 0) > 1}
          onClick={() => record.mutate(rest)}
        >
          {t('counselling.attendance.allPresent')}
        </Button>
      }
    >
      <ErrorAlert error={members.error ?? lines.error ?? record.error} style={{ marginBottom: 12 }} />
      <List
        loading={members.isPending || lines.isPending}
        dataSource={rows}
        locale={{ emptyText: <span className="muted">{t('counselling.members.none')}</span> }}
        renderItem={({ enrolment, line }) => (
          <List.Item>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{enrolment.displayName}</Typography.Text>
                <Typography.Text type="secondary">
                  {line
                    ? t(`counselling.attendance.${line.status}`) +
                      (line.absenceReason ? `：${line.absenceReason}` : '')
                    : t('counselling.attendance.unmarked')}
                </Typography.Text>
              </Space>
              <Space wrap>
                <Button
                  type={line?.status === 'present' ? 'primary' : 'default'}
                  aria-pressed={line?.status === 'present'}
                  aria-label={t('counselling.attendance.markPresent', { name: enrolment.displayName })}
                  onClick={() => record.mutate([oneEntry(enrolment.id, true)])}
                >
                  {t('counselling.attendance.present')}
                </Button>
                <Button
                  type={line?.status === 'absent' ? 'primary' : 'default'}
                  danger={line?.status === 'absent'}
                  aria-pressed={line?.status === 'absent'}
                  aria-label={t('counselling.attendance.markAbsent', { name: enrolment.displayName })}
                  onClick={() =>
                    record.mutate([oneEntry(enrolment.id, false, line?.absenceReason ?? undefined)])
                  }
                >
                  {t('counselling.attendance.absent')}
                </Button>
                {line?.status === 'absent' ? (
                  <AbsenceReason
                    name={enrolment.displayName}
                    initial={line.absenceReason ?? ''}
                    onSave={(reason) => record.mutate([oneEntry(enrolment.id, false, reason)])}
                  />
                ) : null}
              </Space>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function AbsenceReason({
  name,
  initial,
  onSave,
}: {
  name: string;
  initial: string;
  onSave: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(initial);
  return (
    <Space.Compact>
      <Input
        value={reason}
        maxLength={500}
        placeholder={t('counselling.attendance.reason')}
        aria-label={t('counselling.attendance.reasonOf', { name })}
        onChange={(e) => setReason(e.target.value)}
        style={{ width: 180 }}
      />
      <Button disabled={!reason.trim() || reason.trim() === initial} onClick={() => onSave(reason)}>
        {t('common.save')}
      </Button>
    </Space.Compact>
  );
}
