import { CloudUploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { INSTRUMENTS, type Answers, type InstrumentDefinition } from '@linkage/screening-rules';
import { Alert, Badge, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAccount } from '../../auth/use-session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { TAG_COLORS } from '../../components/tag-colors';
import { InstrumentForm, localised } from '../../components/screening/InstrumentForm';
import { instrumentName } from '../../components/screening/instrument-preview';
import { QueuedResult, ResultSummary } from '../../components/screening/ResultSummary';
import { formatDateTime, formatRange } from '../../lib/time';
import type { ResidentRef } from '../../offline/screening-queue';
import { useScreeningQueue, type Recorded } from '../../offline/use-screening-queue';
import { SCREENER_REASON, screenerKeys } from './queries';
import { RegisterResident } from './RegisterResident';

type Session = Schemas['ScreeningSessionView'];
type ResidentSummary = Schemas['ResidentSummaryView'];

/** The stage-1 instruments a screener enters (the built-in versions every campaign uses by default). */
const STAGE1: InstrumentDefinition[] = [...INSTRUMENTS.values()].filter((d) => d.stage === 1);

type View =
  | { kind: 'list' }
  | { kind: 'register' }
  | { kind: 'resident'; ref: ResidentRef; name: string; kept: boolean };

/**
 * The screener's tablet page for one session while it runs: register residents (consent first), enter the
 * stage-1 forms, see the session's residents. Works without network: what is entered is kept on the
 * device and sent when the network returns (a pending count shows what waits).
 */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const session = useQuery({
    queryKey: screenerKeys.session(id),
    queryFn: () => unwrap(api.GET('/api/sessions/{id}', { params: { path: { id } } })),
    staleTime: 5 * 60_000,
  });
  return (
    <PhonePage title={t('screener.sessionTitle')} back="/v/screening">
      <QueryState query={session}>{(s) => <SessionWork session={s} />}</QueryState>
    </PhonePage>
  );
}

function SessionWork({ session }: { session: Session }) {
  const { t } = useTranslation();
  const account = useAccount();
  const queryClient = useQueryClient();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['screening'] });
  const queue = useScreeningQueue(account.accountId, session.id, refresh);

  const residents = useQuery({
    queryKey: screenerKeys.residents(session.id),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/residents', {
          params: { query: { campaignId: session.campaignId, limit: 100, reason: SCREENER_REASON } },
        }),
      );
      return page.items.filter((r) => r.sessionId === session.id);
    },
  });

  const keptRegistrations = queue.pending.filter((w) => w.kind === 'registration');
  const pendingCount = queue.pending.length;

  return (
    <>
      <Panel aria-label={t('screener.sessionTitle')}>
        <h2>
          {session.community} · {session.venue.name}
        </h2>
        <p>{formatRange(session.startsAt, session.endsAt)}</p>
        <div className="pending-line" role="status" aria-live="polite">
          <Badge
            count={pendingCount}
            showZero
            color={pendingCount ? TAG_COLORS.orange : TAG_COLORS.green}
            overflowCount={999}
          />{' '}
          {pendingCount ? t('screener.pending', { count: pendingCount }) : t('screener.nothingPending')}
          {pendingCount ? (
            <Button
              size="large"
              icon={<CloudUploadOutlined aria-hidden />}
              onClick={() => void queue.flush()}
              style={{ marginLeft: 8 }}
            >
              {t('screener.sendNow')}
            </Button>
          ) : null}
        </div>
      </Panel>
      {queue.failed.map((w) => (
        <Alert
          key={w.id}
          type="error"
          showIcon
          title={
            w.kind === 'registration'
              ? t('screener.failedRegistration', { name: w.body.name })
              : t('screener.failedResult', { name: w.residentName, instrument: w.body.version })
          }
          description={w.failure ? errorMessage(t, failureError(w.failure)) : null}
          action={
            <Button size="small" onClick={() => void queue.dismiss(w.id)}>
              {t('common.dismiss')}
            </Button>
          }
        />
      ))}
      <ErrorAlert error={error} />

      {view.kind === 'register' ? (
        <RegisterResident
          campaignId={session.campaignId}
          sessionId={session.id}
          community={session.community}
          saving={registering}
          onCancel={() => setView({ kind: 'list' })}
          onRegister={(body) => {
            setRegistering(true);
            setError(null);
            queue
              .register(body)
              .then((outcome) => {
                if (outcome.kind === 'sent') {
                  refresh();
                  setView({
                    kind: 'resident',
                    ref: { id: outcome.resident.id },
                    name: outcome.resident.name,
                    kept: false,
                  });
                } else {
                  setView({
                    kind: 'resident',
                    ref: { localId: outcome.localId },
                    name: body.name,
                    kept: true,
                  });
                }
              })
              .catch(setError)
              .finally(() => setRegistering(false));
          }}
        />
      ) : null}

      {view.kind === 'resident' ? (
        <ResidentWork
          key={view.ref.id ?? view.ref.localId}
          view={view}
          sessionId={session.id}
          queue={queue}
          onBack={() => setView({ kind: 'list' })}
        />
      ) : null}

      {view.kind === 'list' ? (
        <>
          <Button
            type="primary"
            size="large"
            block
            icon={<UserAddOutlined aria-hidden />}
            onClick={() => {
              setError(null);
              setView({ kind: 'register' });
            }}
          >
            {t('screener.register')}
          </Button>
          <Panel aria-label={t('screener.residentsTitle')}>
            <h2>{t('screener.residentsTitle')}</h2>
            <ul className="resident-list">
              {keptRegistrations.map((w) => (
                <li key={w.id}>
                  <Button
                    type="link"
                    size="large"
                    onClick={() =>
                      setView({ kind: 'resident', ref: { localId: w.id }, name: w.body.name, kept: true })
                    }
                  >
                    {w.body.name}
                  </Button>
                  <Tag color={TAG_COLORS.orange}>{t('screener.keptTag')}</Tag>
                </li>
              ))}
            </ul>
            <QueryState
              query={residents}
              isEmpty={(d) => d.length === 0 && keptRegistrations.length === 0}
              empty={t('screener.noResidents')}
            >
              {(items) => (
                <ul className="resident-list">
                  {items.map((r: ResidentSummary) => (
                    <li key={r.id}>
                      <Button
                        type="link"
                        size="large"
                        onClick={() =>
                          setView({ kind: 'resident', ref: { id: r.id }, name: r.name, kept: false })
                        }
                      >
                        {r.name}
                      </Button>
                      <span className="muted">
                        {t(`screener.sex.${r.sex}`)} · {r.birthDate} · {formatDateTime(r.createdAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </QueryState>
          </Panel>
        </>
      ) : null}
    </>
  );
}

/** A refusal kept on the device, as the error it was, for its translated message. */
function failureError(failure: { code: string; message: string }): ApiError {
  return new ApiError(422, failure.code, failure.message);
}

function ResidentWork({
  view,
  sessionId,
  queue,
  onBack,
}: {
  view: Extract<View, { kind: 'resident' }>;
  sessionId: string;
  queue: ReturnType<typeof useScreeningQueue>;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const residentId = view.ref.id ?? queue.registered.get(view.ref.localId ?? '');
  const [outcomes, setOutcomes] = useState<Record<string, Recorded>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const results = useQuery({
    queryKey: screenerKeys.results(residentId ?? ''),
    enabled: Boolean(residentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/residents/{id}/results', {
          params: { path: { id: residentId! }, query: { limit: 50, reason: SCREENER_REASON } },
        }),
      ),
  });
  const stored = results.data?.items ?? [];

  const save = (definition: InstrumentDefinition, answers: Answers) => {
    setSaving(definition.version);
    setError(null);
    queue
      .record(view.ref, view.name, {
        clientId: crypto.randomUUID(),
        version: definition.version,
        answers,
        sessionId,
        administeredAt: new Date().toISOString(),
      })
      .then((outcome) => {
        setOutcomes((o) => ({ ...o, [definition.version]: outcome }));
        if (outcome.kind === 'sent')
          void queryClient.invalidateQueries({ queryKey: screenerKeys.results(residentId ?? '') });
      })
      .catch(setError)
      .finally(() => setSaving(null));
  };

  return (
    <Panel aria-label={view.name}>
      <h2>
        {view.name}{' '}
        {view.kept && !residentId ? <Tag color={TAG_COLORS.orange}>{t('screener.keptTag')}</Tag> : null}
      </h2>
      <Button onClick={onBack}>{t('screener.backToList')}</Button>
      <ErrorAlert error={error} style={{ marginTop: 8 }} />
      {STAGE1.map((definition) => {
        const done = stored.find((r) => r.version === definition.version);
        let outcome = outcomes[definition.version];
        // Kept on the device and sent since: the stored result is the one to show.
        const keptId = outcome?.kind === 'kept' ? outcome.clientId : null;
        if (keptId && done && !queue.pending.some((w) => w.id === keptId))
          outcome = { kind: 'sent', result: done };
        return (
          <section key={definition.version} className="instrument-section">
            <h3>{localised(definition.name, i18n.language)}</h3>
            {outcome?.kind === 'sent' ? (
              <ResultSummary result={outcome.result} />
            ) : outcome?.kind === 'kept' ? (
              <QueuedResult code={definition.code} />
            ) : done ? (
              <ResultSummary result={done} />
            ) : (
              <InstrumentForm
                definition={definition}
                saving={saving === definition.version}
                onSave={(answers) => save(definition, answers)}
              />
            )}
          </section>
        );
      })}
      {stored.length > 0 ? (
        <p className="muted">
          {t('screener.storedCount', {
            count: stored.length,
            names: stored.map((r) => instrumentName(r.instrument)).join(t('common.listSeparator')),
          })}
        </p>
      ) : null}
    </Panel>
  );
}
