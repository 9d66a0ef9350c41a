import { Descriptions, Form, Input, Radio, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatLocalDate } from '../../lib/time';
import { InboxOutcomeModal } from '../inbox/InboxOutcomeModal';
import {
  declarationInboxFacts,
  declarationOutcomeBody,
  type DeclarationDecision,
  type DeclarationOutcomeValues,
} from './declaration-inbox';

type Item = Schemas['InboxItemView'];

/** What the volunteer declared, under the activity (the item's title) and what was done (its summary). */
export function DeclarationInboxFacts({
  item,
  column = { xs: 1, md: 3 },
}: {
  item: Item;
  column?: DescriptionsProps['column'];
}) {
  const { t } = useTranslation();
  const f = declarationInboxFacts(item.details);
  return (
    <Descriptions
      size="small"
      column={column}
      items={[
        { key: 'volunteer', label: t('declarationInbox.volunteer'), children: f.volunteer || '—' },
        {
          key: 'serviceDate',
          label: t('declarationInbox.serviceDate'),
          children: f.serviceDate ? formatLocalDate(f.serviceDate) : '—',
        },
        { key: 'place', label: t('declarationInbox.place'), children: f.place || '—' },
        {
          key: 'hours',
          label: t('declarationInbox.hours'),
          children: f.hours === null ? '—' : t('declarationInbox.hoursValue', { hours: f.hours }),
        },
        { key: 'contactName', label: t('declarationInbox.contactName'), children: f.contactName || '—' },
        {
          key: 'contactPhone',
          label: t('declarationInbox.contactPhone'),
          children: f.contactPhone ? (
            <a href={`tel:${f.contactPhone.replace(/[\s-]/g, '')}`}>{f.contactPhone}</a>
          ) : (
            '—'
          ),
        },
      ]}
    />
  );
}

/**
 * The partner's answer to a declaration: confirm the hours (with an optional note), or not, with the
 * reason the volunteer reads.
 */
export function DeclarationOutcomeModal({
  item,
  decision,
  onSaved,
  onClose,
}: {
  item: Item;
  decision: DeclarationDecision;
  onSaved: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeclarationOutcomeValues>();
  const chosen = Form.useWatch('decision', form) ?? decision;
  return (
    <InboxOutcomeModal<DeclarationOutcomeValues>
      item={item}
      form={form}
      title={t('declarationInbox.title', { title: item.title })}
      okText={chosen === 'confirm' ? t('declarationInbox.confirm') : t('declarationInbox.reject')}
      okDanger={chosen === 'reject'}
      initialValues={{ decision }}
      toBody={declarationOutcomeBody}
      onSaved={onSaved}
      onClose={onClose}
    >
      <p>{t('declarationInbox.explain')}</p>
      {item.summary ? <p className="muted">{item.summary}</p> : null}
      <DeclarationInboxFacts item={item} column={{ xs: 1, sm: 2 }} />
      <Form.Item name="decision" label={t('declarationInbox.decision')}>
        <Radio.Group
          options={[
            { value: 'confirm', label: t('declarationInbox.confirm') },
            { value: 'reject', label: t('declarationInbox.reject') },
          ]}
        />
      </Form.Item>
      {chosen === 'reject' ? (
        <Form.Item
          name="reason"
          label={t('declarationInbox.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      ) : (
        <Form.Item name="notes" label={t('declarationInbox.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
    </InboxOutcomeModal>
  );
}
