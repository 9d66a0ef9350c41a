import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Flex, Form, Input, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { hasRole, useAccount } from '../../auth/use-session';
import { DeskPage } from '../../components/DeskPage';
import { LoadMore } from '../../components/LoadMore';
import { TableEmpty } from '../../components/QueryState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AcceptInboxItemModal } from '../../components/inbox/AcceptInboxItemModal';
import {
  InboxStatusFilter,
  InboxStatusTag,
  useInboxItems,
  type InboxFilter,
  type InboxItem,
} from '../../components/inbox/inbox-list';
import {
  DeclarationInboxFacts,
  DeclarationOutcomeModal,
} from '../../components/declarations/DeclarationInbox';
import {
  DECLARATION_KIND,
  declarationCategoryKey,
  type DeclarationDecision,
} from '../../components/declarations/declaration-inbox';
import { InboxOutcomeModal } from '../../components/inbox/InboxOutcomeModal';
import { ReferralFacts } from '../../components/referrals/ReferralFacts';
import { ReferralOutcomeModal } from '../../components/referrals/ReferralOutcomeModal';
import { outcomeCategoryKey, REFERRAL_KIND } from '../../components/referrals/referral-outcome';
import { formatDateTime } from '../../lib/time';

type Item = InboxItem;

/**
 * Work other services address to the organisation (a screening referral, a volunteer's declared hours):
 * accept it, then say what came of it.
 */
export default function InboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const member = hasRole(useAccount(), 'partner');
  const [status, setStatus] = useState<InboxFilter>('received');
  const [accepting, setAccepting] = useState<Item | null>(null);
  const [closing, setClosing] = useState<{ item: Item; decision?: DeclarationDecision } | null>(null);
  const { items, rows } = useInboxItems(status);
  const done = () => {
    void message.success(t('inbox.saved'));
    return queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };

  return (
    <DeskPage title={t('inbox.title')}>
      <InboxStatusFilter label={t('inbox.status')} value={status} onChange={setStatus} />
      <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />
      <Table<Item>
        rowKey="id"
        loading={items.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: <TableEmpty text={t('inbox.none')} /> }}
        expandable={{
          rowExpandable: (i) => !!i.details || !!i.outcome,
          expandedRowRender: (i) => <ItemDetails item={i} />,
        }}
        columns={[
          {
            title: t('inbox.item'),
            key: 'title',
            render: (_, i) => (
              <>
                <strong>{i.title}</strong>
                {i.summary ? (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {i.summary}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          },
          {
            title: t('inbox.kind'),
            key: 'kind',
            render: (_, i) => t(`inbox.kinds.${i.kind}`, { defaultValue: i.kind }),
          },
          {
            title: t('inbox.from'),
            key: 'from',
            render: (_, i) => t(`inbox.services.${i.origin.service}`, { defaultValue: i.origin.service }),
          },
          { title: t('inbox.sentAt'), key: 'sent', render: (_, i) => formatDateTime(i.sentAt) },
          {
            title: t('inbox.dueAt'),
            key: 'due',
            render: (_, i) => (i.dueAt ? formatDateTime(i.dueAt) : '—'),
          },
          {
            title: t('inbox.status'),
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
                      {/* Declared hours are answered as they are: taking them on first would tell nobody anything. */}
                      {i.status === 'received' && i.kind !== DECLARATION_KIND ? (
                        <Button size="small" type="primary" onClick={() => setAccepting(i)}>
                          {t('inbox.accept')}
                        </Button>
                      ) : null}
                      {(i.status === 'received' || i.status === 'accepted') && i.kind === DECLARATION_KIND ? (
                        <>
                          <Button
                            size="small"
                            type="primary"
                            aria-label={t('declarationInbox.confirmNamed', { title: i.title })}
                            onClick={() => setClosing({ item: i, decision: 'confirm' })}
                          >
                            {t('declarationInbox.confirm')}
                          </Button>
                          <Button
                            size="small"
                            danger
                            aria-label={t('declarationInbox.rejectNamed', { title: i.title })}
                            onClick={() => setClosing({ item: i, decision: 'reject' })}
                          >
                            {t('declarationInbox.reject')}
                          </Button>
                        </>
                      ) : i.status === 'received' || i.status === 'accepted' ? (
                        <Button size="small" onClick={() => setClosing({ item: i })}>
                          {t('inbox.recordOutcome')}
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
            title: t('inbox.acceptTitle', { title: accepting.title }),
            label: t('inbox.notes'),
            explain: t('inbox.acceptExplain'),
            okText: t('inbox.accept'),
          }}
          onSaved={done}
          onClose={() => setAccepting(null)}
        />
      ) : null}
      {closing?.item.kind === REFERRAL_KIND ? (
        <ReferralOutcomeModal item={closing.item} onSaved={done} onClose={() => setClosing(null)} />
      ) : closing?.item.kind === DECLARATION_KIND ? (
        <DeclarationOutcomeModal
          item={closing.item}
          decision={closing.decision ?? 'confirm'}
          onSaved={done}
          onClose={() => setClosing(null)}
        />
      ) : closing ? (
        <OutcomeModal item={closing.item} onSaved={done} onClose={() => setClosing(null)} />
      ) : null}
    </DeskPage>
  );
}

function ItemDetails({ item }: { item: Item }) {
  const { t } = useTranslation();
  const category = item.outcome?.category ?? null;
  const categoryKey =
    item.kind === DECLARATION_KIND ? declarationCategoryKey(category) : outcomeCategoryKey(category);
  return (
    <div className="stack">
      {item.kind === REFERRAL_KIND ? (
        <ReferralFacts item={item} />
      ) : item.kind === DECLARATION_KIND ? (
        <DeclarationInboxFacts item={item} />
      ) : item.details ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={Object.entries(item.details).map(([k, v]) => ({
            key: k,
            label: k,
            children: String(v ?? '—'),
          }))}
        />
      ) : null}
      {item.outcome ? (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('inbox.outcomeBy', {
            name: item.outcome.recordedBy.displayName,
            time: formatDateTime(item.outcome.recordedAt),
            status: t(`inboxStatus.${item.outcome.status}`),
          })}
          {categoryKey ? ` · ${t(categoryKey)}` : item.outcome.category ? ` · ${item.outcome.category}` : ''}
          {item.outcome.notes ? ` · ${item.outcome.notes}` : ''}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

interface OutcomeValues {
  status: Schemas['InboxOutcome'];
  category?: string;
  notes?: string;
}

function OutcomeModal({
  item,
  onSaved,
  onClose,
}: {
  item: Item;
  onSaved: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OutcomeValues>();
  return (
    <InboxOutcomeModal<OutcomeValues>
      item={item}
      form={form}
      title={t('inbox.outcomeTitle', { title: item.title })}
      initialValues={{ status: 'completed' }}
      toBody={(v) => ({
        status: v.status,
        category: v.category?.trim() || undefined,
        notes: v.notes?.trim() || undefined,
      })}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item name="status" label={t('inbox.outcome')}>
        <Radio.Group
          options={(['completed', 'declined'] as const).map((s) => ({
            value: s,
            label: t(`inboxStatus.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('inbox.category')}
        extra={t('inbox.categoryHint')}
        rules={[{ pattern: /^[a-z][a-z0-9_]{0,59}$/, message: t('inbox.categoryInvalid') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="notes" label={t('inbox.notes')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </InboxOutcomeModal>
  );
}
