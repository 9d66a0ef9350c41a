import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { formatLocalDate } from '../../lib/time';
import { StatusTag } from '../StatusTag';
import { TextPromptModal } from '../TextPromptModal';
import {
  DECLARATION_COLORS,
  DECLARATION_STATUSES,
  reviewerOf,
  reviewerText,
  type Declaration,
} from './declarations';
import { servedFor, type ReviewRow, type StatusFilter } from './review-queue';

// What reviewers of declared hours see and do, on the desk and on a team leader's phone alike.

/** Pending, confirmed, rejected or all. */
export function StatusFilterControl({
  value,
  onChange,
  block,
}: {
  value: StatusFilter;
  onChange: (value: StatusFilter) => void;
  block?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Segmented<StatusFilter>
      block={block}
      aria-label={t('declarations.status')}
      value={value}
      onChange={onChange}
      options={[...DECLARATION_STATUSES, 'all' as const].map((s) => ({
        value: s,
        label: s === 'all' ? t('common.all') : t(`declare.status.${s}`),
      }))}
    />
  );
}

/** The status, and for an answered declaration who answered it and why it was rejected. */
export function DeclarationOutcome({ declaration: d }: { declaration: Declaration }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap align="center">
      <StatusTag family="declare.status" status={d.status} colors={DECLARATION_COLORS} />
      {d.status !== 'pending' ? (
        <span className="muted">{t('declare.reviewer', { who: reviewerText(t, reviewerOf(d)) })}</span>
      ) : null}
      {d.rejectReason ? (
        <div style={{ overflowWrap: 'anywhere', flexBasis: '100%' }}>{d.rejectReason}</div>
      ) : null}
    </Flex>
  );
}

/** Everything a declaration says, one fact a line (a phone's width). */
export function DeclarationFacts({ row }: { row: ReviewRow }) {
  const { t } = useTranslation();
  const d = row.declaration;
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'volunteer', label: t('declarations.volunteer'), children: d.volunteerName },
        { key: 'date', label: t('declarations.date'), children: formatLocalDate(d.serviceDate) },
        { key: 'place', label: t('declarations.place'), children: d.place },
        {
          key: 'hours',
          label: t('declare.hours'),
          children: t('declarations.hoursValue', { hours: Number(d.hours) }),
        },
        { key: 'content', label: t('declarations.content'), children: d.content },
        { key: 'contact', label: t('declarations.contact'), children: <Contact declaration={d} /> },
        { key: 'for', label: t('declarations.for'), children: servedFor(t, row) },
      ]}
    />
  );
}

export function Contact({ declaration: d }: { declaration: Declaration }) {
  return (
    <span>
      {d.contactName} <a href={`tel:${d.contactPhone.replace(/[\s-]/g, '')}`}>{d.contactPhone}</a>
    </span>
  );
}

/** Confirm (the hours then count, verified by the reviewer) or reject with a reason. */
export function ReviewActions({ declaration: d }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['declarations'] }),
      queryClient.invalidateQueries({ queryKey: ['hours'] }),
    ]);
  const confirm = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/hours/declarations/{id}/confirm', { params: { path: { id: d.id } } })),
    onSuccess: () => {
      void message.success(t('declarations.confirmedDone', { name: d.volunteerName }));
      return refresh();
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  if (d.status !== 'pending') return null;
  const named = { name: d.volunteerName, activity: d.activity };
  return (
    <Flex gap={8} wrap>
      <Button
        type="primary"
        size="small"
        loading={confirm.isPending}
        aria-label={t('declarations.confirmNamed', named)}
        onClick={() => confirm.mutate()}
      >
        {t('declarations.confirm')}
      </Button>
      <Button
        danger
        size="small"
        aria-label={t('declarations.rejectNamed', named)}
        onClick={() => setRejecting(true)}
      >
        {t('declarations.reject')}
      </Button>
      {rejecting ? (
        <TextPromptModal
          title={t('declarations.rejectNamed', named)}
          label={t('declarations.reason')}
          explain={t('declarations.rejectExplain')}
          okText={t('declarations.reject')}
          danger
          onSubmit={(reason) =>
            unwrap(
              api.POST('/api/hours/declarations/{id}/reject', {
                params: { path: { id: d.id } },
                body: { reason },
              }),
            ).then(() => {
              void message.success(t('declarations.rejectedDone', { name: d.volunteerName }));
              return refresh();
            })
          }
          onClose={() => setRejecting(false)}
        />
      ) : null}
    </Flex>
  );
}
