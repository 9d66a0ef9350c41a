import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * A dialog asking for one text before an action goes out: a reason (reject, cancel, dispute), a comment
 * (request changes) or an optional note. The action's error shows in the dialog, which stays open.
 */
export function TextPromptModal({
  title,
  label,
  explain,
  okText,
  danger = false,
  required = true,
  maxLength = 500,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  explain?: string;
  okText: string;
  danger?: boolean;
  required?: boolean;
  maxLength?: number;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text?: string }>();
  const send = useMutation({ mutationFn: onSubmit, onSuccess: () => onClose(true) });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common.close')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v.text?.trim() ?? '')}>
        <ErrorAlert error={send.error} style={{ marginBottom: 12 }} />
        {explain ? <p>{explain}</p> : null}
        <Form.Item
          name="text"
          label={label}
          rules={required ? [{ required: true, whitespace: true, message: t('common.textRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={maxLength} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
