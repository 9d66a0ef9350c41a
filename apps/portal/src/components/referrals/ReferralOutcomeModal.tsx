import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { InboxOutcomeModal } from '../inbox/InboxOutcomeModal';
import {
  DECLINE_REASONS,
  DIAGNOSIS_CATEGORIES,
  referralOutcomeBody,
  type ReferralOutcomeValues,
} from './referral-outcome';

/**
 * The memory clinic's answer to a referral: completed with the diagnosis category and the advice for the
 * station's follow-up, or declined with the reason. It goes back to the screening service as the item's
 * outcome.
 */
export function ReferralOutcomeModal({
  item,
  onSaved,
  onClose,
}: {
  item: Schemas['InboxItemView'];
  onSaved: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReferralOutcomeValues>();
  const step = Form.useWatch('step', form) ?? 'complete';
  return (
    <InboxOutcomeModal<ReferralOutcomeValues>
      item={item}
      form={form}
      title={t('referralInbox.outcomeTitle', { title: item.title })}
      initialValues={{ step: 'complete' }}
      toBody={referralOutcomeBody}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item name="step" label={t('referralInbox.step')}>
        <Radio.Group
          options={[
            { value: 'complete', label: t('referralInbox.complete') },
            { value: 'decline', label: t('referralInbox.decline') },
          ]}
        />
      </Form.Item>
      {step === 'complete' ? (
        <Form.Item
          name="diagnosis"
          label={t('referralInbox.diagnosis')}
          rules={[{ required: true, message: t('referralInbox.diagnosisRequired') }]}
        >
          <Select
            options={DIAGNOSIS_CATEGORIES.map((c) => ({
              value: c,
              label: t(`referralInbox.diagnoses.${c}`),
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="declineReason"
          label={t('referralInbox.declineReason')}
          rules={[{ required: true, message: t('referralInbox.declineReasonRequired') }]}
        >
          <Select
            options={DECLINE_REASONS.map((c) => ({
              value: c,
              label: t(`referralInbox.declineReasons.${c}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="notes"
        label={step === 'complete' ? t('referralInbox.advice') : t('referralInbox.declineNotes')}
        rules={[{ required: true, whitespace: true, message: t('common.textRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </InboxOutcomeModal>
  );
}
