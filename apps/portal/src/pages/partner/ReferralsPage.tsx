import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useAccount } from '../../auth/use-session';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AcceptInboxItemModal } from '../../components/inbox/AcceptInboxItemModal';
import {
  InboxStatusFilter,
  InboxStatusTag,
  useInboxItems,
  type InboxFilter,
  type InboxItem,
} from '../../components/inbox/inbox-list';
import { LoadMore } from '../../components/LoadMore';
import { TableEmpty } from '../../components/QueryState';
import { ReferralFacts } from '../../components/referrals/ReferralFacts';
import { ReferralOutcomeModal } from '../../components/referrals/ReferralOutcomeModal';
import {
  outcomeCategoryKey,
  referralFacts,
  REFERRAL_KIND,
} from '../../components/referrals/referral-outcome';
import { formatDateTime } from '../../lib/time';
import { versionLabel } from '../campaigns/campaign-form';

type Item = InboxItem;

/**
 * The memory clinic's screening referrals (its partner inbox, kind screening_referral): who is referred,
 * de-identified, and the steps it records — accept, then completed with a diagnosis and advice, or declined.
 */
export default function ReferralsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const member = hasRole(useAccount(), 'partner');
  const [status, setStatus] = useState<InboxFilter>('received');
  const [accepting, setAccepting] = useState<Item | null>(null);
  const [closing, setClosing] = useState<Item | null>(null);
  const { items, rows } = useInboxItems(status, REFERRAL_KIND);
  const done = () => {
    void message.success(t('referralInbox.saved'));
    return queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };

  return (
    <DeskPage title={t('referralInbox.title')}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('referralInbox.explain')}
      </Typography.Paragraph>
      <InboxStatusFilter label={t('referralInbox.status')} value={status} onChange={setStatus} />
      <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />
      <Table<Item>
        rowKey="id"
        loading={items.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: <TableEmpty text={t('referralInbox.none')} /> }}
        expandable={{
          expandedRowRender: (i) => (
            <div className="stack">
              <ReferralFacts item={i} />
              {i.summary ? (
                <Typography.Paragraph style={{ margin: 0 }}>{i.summary}</Typography.Paragraph>
              ) : null}
              <Outcome item={i} />
            </div>
          ),
        }}
        columns={[
          {
            title: t('referralInbox.pseudonym'),
            key: 'pseudonym',
            render: (_, i) => <strong>{referralFacts(i.details).pseudonym || i.title}</strong>,
          },
          {
            title: t('referralInbox.ageSex'),
            key: 'age',
            render: (_, i) => {
              const f = referralFacts(i.details);
              return t('referralInbox.ageSexText', { age: f.age ?? '—', sex: f.sex || '—' });
            },
          },
          {
            title: t('referralInbox.community'),
            key: 'community',
            render: (_, i) => referralFacts(i.details).community,
          },
          {
            title: t('referralInbox.stage2'),
            key: 'score',
            render: (_, i) => {
              const f = referralFacts(i.details);
              return f.instrument
                ? t('referralInbox.scoreText', {
                    instrument: versionLabel(f.instrument),
                    score: f.score ?? '—',
                  })
                : '—';
            },
          },
          { title: t('referralInbox.sentAt'), key: 'sent', render: (_, i) => formatDateTime(i.sentAt) },
          {
            title: t('referralInbox.dueAt'),
            key: 'due',
            render: (_, i) => (i.dueAt ? formatDateTime(i.dueAt) : '—'),
          },
          {
            title: t('referralInbox.status'),
            key: 'status',
            render: (_, i) => <InboxStatusTag status={i.status} />,
          },
          ...(member
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, i: Item) => (
                    <Flex gap={4} wrap>
                      {i.status === 'received' ? (
                        <Button size="small" type="primary" onClick={() => setAccepting(i)}>
                          {t('referralInbox.accept')}
                        </Button>
                      ) : null}
                      {i.status === 'received' || i.status === 'accepted' ? (
                        <Button size="small" onClick={() => setClosing(i)}>
                          {t('referralInbox.recordOutcome')}
                        </Button>
                      ) : null}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      <LoadMore query={items} />
      {accepting ? (
        <AcceptInboxItemModal
          item={accepting}
          texts={{
            title: t('referralInbox.acceptTitle', { title: accepting.title }),
            label: t('referralInbox.acceptNotes'),
            explain: t('referralInbox.acceptExplain'),
            okText: t('referralInbox.accept'),
          }}
          onSaved={done}
          onClose={() => setAccepting(null)}
        />
      ) : null}
      {closing ? (
        <ReferralOutcomeModal item={closing} onSaved={done} onClose={() => setClosing(null)} />
      ) : null}
    </DeskPage>
  );
}

/** What the clinic recorded, in words: who, when, the diagnosis or the reason, the advice. */
function Outcome({ item }: { item: Item }) {
  const { t } = useTranslation();
  if (!item.outcome) return null;
  const key = outcomeCategoryKey(item.outcome.category);
  return (
    <Typography.Paragraph style={{ margin: 0 }}>
      {t('inbox.outcomeBy', {
        name: item.outcome.recordedBy.displayName,
        time: formatDateTime(item.outcome.recordedAt),
        status: t(`inboxStatus.${item.outcome.status}`),
      })}
      {item.outcome.category ? ` · ${key ? t(key) : item.outcome.category}` : ''}
      {item.outcome.notes ? ` · ${item.outcome.notes}` : ''}
    </Typography.Paragraph>
  );
}
