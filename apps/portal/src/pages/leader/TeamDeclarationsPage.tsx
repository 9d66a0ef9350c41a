import { Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import {
  DeclarationFacts,
  DeclarationOutcome,
  ReviewActions,
  StatusFilterControl,
} from '../../components/declarations/DeclarationReview';
import { useReviewQueue, type StatusFilter } from '../../components/declarations/review-queue';

/**
 * A team leader's queue of hours declared for their teams' shifts (never their own): confirm, and they
 * count as verified by the leader, or reject with a reason the volunteer reads. Its texts are the desks'
 * (the route loads them), so the volunteers' first load does not carry them.
 */
export default function TeamDeclarationsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('pending');
  const queue = useReviewQueue(status);
  return (
    <PhonePage title={t('declarations.title')} back="/v/team">
      <p className="muted" style={{ margin: 0 }}>
        {t('declarations.leaderExplain')}
      </p>
      <StatusFilterControl block value={status} onChange={setStatus} />
      {queue.isPending ? <Skeleton active /> : null}
      <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      {queue.data?.length === 0 ? <Empty description={t('declarations.empty')} /> : null}
      {queue.data?.map((row) => (
        <Panel key={row.declaration.id} aria-labelledby={`declaration-${row.declaration.id}`}>
          <h2 id={`declaration-${row.declaration.id}`}>{row.declaration.activity}</h2>
          <DeclarationOutcome declaration={row.declaration} />
          <DeclarationFacts row={row} />
          <div style={{ marginTop: 8 }}>
            <ReviewActions declaration={row.declaration} />
          </div>
        </Panel>
      ))}
    </PhonePage>
  );
}
