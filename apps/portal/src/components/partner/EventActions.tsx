import { CheckOutlined, EditOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/errors';
import { hasRole, useAccount } from '../../auth/use-session';
import { TextPromptModal } from '../TextPromptModal';
import { movesOf } from './event-moves';
import { usePartnerLinks, useTransition, type EventAction, type PartnerEvent } from './queries';

type Prompted = Exclude<EventAction, 'approve' | 'complete'>;

/**
 * The lifecycle buttons of a partner event: the partner edits, submits (or resubmits after changes),
 * cancels and completes; a coordinator reviews (request changes with a comment, approve, reject with a
 * reason). `full` adds the less frequent moves (cancel, complete) for the event's own page.
 */
export function EventActions({ event, full = false }: { event: PartnerEvent; full?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const links = usePartnerLinks();
  const reviewer = hasRole(useAccount(), 'coordinator', 'admin');
  const move = useTransition();
  const [prompt, setPrompt] = useState<Prompted | null>(null);
  const resubmit = event.status === 'changes_requested';

  const run = (action: EventAction, text?: string) =>
    move.mutateAsync({ id: event.id, action, text }).then(() => {
      void message.success(t(`eventActions.done.${action}`));
    });
  const direct = (action: EventAction) =>
    void run(action).catch((e: unknown) => void message.error(errorMessage(t, e)));

  const buttons = movesOf(event.status, reviewer, full).map((m) => {
    switch (m) {
      case 'edit':
        return (
          <Button
            key={m}
            icon={<EditOutlined aria-hidden />}
            onClick={() => void navigate(links.editEvent(event.id))}
          >
            {t('eventActions.edit')}
          </Button>
        );
      case 'submit':
        return resubmit ? (
          <Button
            key={m}
            type="primary"
            icon={<SendOutlined aria-hidden />}
            onClick={() => setPrompt('submit')}
          >
            {t('eventActions.resubmit')}
          </Button>
        ) : (
          <Popconfirm key={m} title={t('eventActions.submitConfirm')} onConfirm={() => direct('submit')}>
            <Button type="primary" icon={<SendOutlined aria-hidden />} loading={move.isPending}>
              {t('eventActions.submit')}
            </Button>
          </Popconfirm>
        );
      case 'approve':
        return (
          <Popconfirm
            key={m}
            title={t('eventActions.approveConfirm', { title: event.title })}
            description={t('eventActions.approveExplain')}
            onConfirm={() => direct('approve')}
          >
            <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={move.isPending}>
              {t('eventActions.approve')}
            </Button>
          </Popconfirm>
        );
      case 'complete':
        return (
          <Popconfirm key={m} title={t('eventActions.completeConfirm')} onConfirm={() => direct('complete')}>
            <Button>{t('eventActions.complete')}</Button>
          </Popconfirm>
        );
      case 'request-changes':
        return (
          <Button key={m} icon={<RollbackOutlined aria-hidden />} onClick={() => setPrompt(m)}>
            {t('eventActions.requestChanges')}
          </Button>
        );
      case 'reject':
      case 'cancel':
        return (
          <Button key={m} danger icon={<StopOutlined aria-hidden />} onClick={() => setPrompt(m)}>
            {t(`eventActions.${m}`)}
          </Button>
        );
    }
  });

  return (
    <Flex gap={8} wrap>
      {buttons}
      {prompt ? (
        <TextPromptModal
          title={t(`eventActions.prompt.${prompt}.title`, { title: event.title })}
          label={t(`eventActions.prompt.${prompt}.label`)}
          explain={t(`eventActions.prompt.${prompt}.explain`)}
          okText={t(`eventActions.prompt.${prompt}.ok`)}
          danger={prompt === 'reject' || prompt === 'cancel'}
          required={prompt !== 'submit'}
          maxLength={prompt === 'request-changes' || prompt === 'submit' ? 2000 : 500}
          onSubmit={(text) => run(prompt, text)}
          onClose={() => setPrompt(null)}
        />
      ) : null}
    </Flex>
  );
}
