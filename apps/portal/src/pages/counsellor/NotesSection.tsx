import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys, useEnrolments } from '../../components/counselling/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatRange } from '../../lib/time';

type Note = Schemas['NoteView'];

/** `session:<id>`, `member:<id>` or `programme`: what a note is about, as one select's value. */
type Subject = string;

/**
 * Confidential notes: the programme's counsellors write and read them (each read audited); notes are
 * never edited, a correction is a new entry pointing at the one it corrects. An admin sees entries only.
 */
export function NotesSection({ programmeId, canWrite }: { programmeId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const notes = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'notes'),
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{programmeId}/notes', { params: { path: { programmeId } } })),
  });
  const sessions = useQuery({
    queryKey: counsellingKeys.part(programmeId, 'sessions'),
    enabled: canWrite,
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{programmeId}/sessions', { params: { path: { programmeId } } })),
  });
  const members = useEnrolments(programmeId, canWrite);
  const [correcting, setCorrecting] = useState<Note | null>(null);

  const sessionName = new Map(
    (sessions.data ?? []).map((s) => [s.id, `${s.topic}（${formatRange(s.startsAt, s.endsAt)}）`]),
  );
  const memberName = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));
  const about = (n: Note) =>
    n.sessionId
      ? t('counselling.notes.aboutSession', { name: sessionName.get(n.sessionId) ?? '' })
      : n.enrolmentId
        ? t('counselling.notes.aboutMember', { name: memberName.get(n.enrolmentId) ?? '' })
        : t('counselling.notes.aboutProgramme');
  const list = [...(notes.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div className="stack">
      <Alert
        type="warning"
        showIcon
        icon={<LockOutlined aria-hidden />}
        title={t('counselling.notes.confidential')}
        description={t('counselling.notes.confidentialExplain')}
      />
      {canWrite ? (
        <NoteForm
          programmeId={programmeId}
          correcting={correcting}
          onDone={() => setCorrecting(null)}
          subjects={[
            { value: 'programme', label: t('counselling.notes.aboutProgramme') },
            ...(sessions.data ?? []).map((s) => ({
              value: `session:${s.id}`,
              label: t('counselling.notes.aboutSession', { name: sessionName.get(s.id) }),
            })),
            ...(members.data ?? []).map((m) => ({
              value: `member:${m.id}`,
              label: t('counselling.notes.aboutMember', { name: m.displayName }),
            })),
          ]}
        />
      ) : null}
      <Card size="small" title={t('counselling.notes.title')}>
        <ErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />
        <List<Note>
          loading={notes.isPending}
          dataSource={list}
          locale={{ emptyText: <span className="muted">{t('counselling.notes.none')}</span> }}
          renderItem={(n) => (
            <List.Item
              actions={
                canWrite && n.contentVisible
                  ? [
                      <Button key="correct" size="small" type="link" onClick={() => setCorrecting(n)}>
                        {t('counselling.notes.correct')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <>
                    {about(n)} · {n.authorName} ·{' '}
                    <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                    {n.correctsId ? (
                      <Tag style={{ marginLeft: 8 }}>{t('counselling.notes.correction')}</Tag>
                    ) : null}
                  </>
                }
                description={
                  n.contentVisible ? (
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                      {n.body}
                    </Typography.Paragraph>
                  ) : (
                    <Typography.Text type="secondary">
                      <LockOutlined aria-hidden /> {t('counselling.notes.hidden')}
                    </Typography.Text>
                  )
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}

function NoteForm({
  programmeId,
  subjects,
  correcting,
  onDone,
}: {
  programmeId: string;
  subjects: { value: Subject; label: string }[];
  correcting: Note | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ subject: Subject; body: string }>();
  const write = useMutation({
    mutationFn: (v: { subject: Subject; body: string }) => {
      const [kind, id] = v.subject.split(':');
      return unwrap(
        api.POST('/api/programmes/{programmeId}/notes', {
          params: { path: { programmeId } },
          body: {
            body: v.body.trim(),
            ...(kind === 'session' ? { sessionId: id } : kind === 'member' ? { enrolmentId: id } : {}),
            ...(correcting ? { correctsId: correcting.id } : {}),
          },
        }),
      );
    },
    onSuccess: () => {
      form.resetFields();
      onDone();
      void queryClient.invalidateQueries({ queryKey: counsellingKeys.part(programmeId, 'notes') });
    },
  });
  const subjectOf = (n: Note): Subject =>
    n.sessionId ? `session:${n.sessionId}` : n.enrolmentId ? `member:${n.enrolmentId}` : 'programme';
  return (
    <Card
      size="small"
      title={
        correcting
          ? t('counselling.notes.correcting', { time: formatDateTime(correcting.createdAt) })
          : t('counselling.notes.new')
      }
      extra={
        correcting ? (
          <Button size="small" onClick={onDone}>
            {t('counselling.notes.cancelCorrection')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={write.error} style={{ marginBottom: 12 }} />
      <Form
        key={correcting?.id ?? 'new'}
        form={form}
        layout="vertical"
        initialValues={{ subject: correcting ? subjectOf(correcting) : 'programme', body: '' }}
        onFinish={(v) => write.mutate(v)}
      >
        <Form.Item name="subject" label={t('counselling.notes.about')}>
          <Select
            options={subjects}
            aria-label={t('counselling.notes.about')}
            disabled={correcting !== null}
          />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('counselling.notes.body')}
          rules={[{ required: true, whitespace: true, message: t('counselling.notes.bodyRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={write.isPending}>
          {t('counselling.notes.save')}
        </Button>
      </Form>
    </Card>
  );
}
