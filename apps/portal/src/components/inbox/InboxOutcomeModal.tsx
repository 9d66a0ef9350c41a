import { useMutation } from '@tanstack/react-query';
import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../ErrorAlert';

export type InboxOutcomeBody = Schemas['RecordOutcomeDto'];

/**
 * The dialog in which an organisation says what came of an inbox item (POST /api/inbox/:id/outcome):
 * each kind brings its own fields and how they make the body; the dialog sends it, shows a refusal
 * above the fields and stays open, and closes once the inbox is refreshed.
 */
export function InboxOutcomeModal<V extends object>({
  item,
  form,
  title,
  okText,
  okDanger = false,
  initialValues,
  toBody,
  onSaved,
  onClose,
  children,
}: {
  item: Schemas['InboxItemView'];
  form: FormInstance<V>;
  title: string;
  okText?: string;
  okDanger?: boolean;
  initialValues?: Partial<V>;
  toBody: (values: V) => InboxOutcomeBody;
  onSaved: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const save = useMutation({
    mutationFn: (v: V) =>
      unwrap(
        api.POST('/api/inbox/{id}/outcome', {
          params: { path: { id: item.id } },
          body: toBody(v),
        }),
      ),
    onSuccess: () => void onSaved().then(onClose),
  });
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={{ danger: okDanger }}
      cancelText={t('common.close')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => save.mutate(v)}>
        <ErrorAlert error={save.error} style={{ marginBottom: 12 }} />
        {children}
      </Form>
    </Modal>
  );
}
