import { QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Panel } from '../../components/Panel';
import { PhonePage } from '../../components/PhonePage';
import { QueryState } from '../../components/QueryState';
import { ShiftStaffing } from '../../components/staff/ShiftStaffing';
import { formatRange } from '../../lib/time';
import { CardScanPanel } from './CardScanPanel';

/** One of my team's shifts: the QR for the venue, who signed up, attendance by hand, no-shows. */
export default function LeaderShiftPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const shift = useQuery({
    queryKey: ['shift', id],
    queryFn: () => unwrap(api.GET('/api/shifts/{id}', { params: { path: { id } } })),
  });
  return (
    <PhonePage title={shift.data?.title ?? t('leader.shift')} back="/v/team">
      <QueryState query={shift}>
        {(s) => (
          <>
            <Panel>
              <p>{formatRange(s.startsAt, s.endsAt)}</p>
              <p className="muted">{s.location.venue}</p>
              <p>{t('leader.seats', { taken: s.seatsTaken, capacity: s.capacity })}</p>
              <Flex gap={8} wrap>
                <Button
                  type="primary"
                  icon={<QrcodeOutlined aria-hidden />}
                  onClick={() => void navigate(`/qr/${s.id}?purpose=check_in`)}
                >
                  {t('leader.showCheckIn')}
                </Button>
                <Button
                  icon={<QrcodeOutlined aria-hidden />}
                  onClick={() => void navigate(`/qr/${s.id}?purpose=check_out`)}
                >
                  {t('leader.showCheckOut')}
                </Button>
              </Flex>
            </Panel>
            <Panel aria-label={t('cardScan.title')}>
              <h2>{t('cardScan.title')}</h2>
              <CardScanPanel shiftId={s.id} />
            </Panel>
            <Panel aria-label={t('leader.roster')}>
              <h2>{t('leader.roster')}</h2>
              <ShiftStaffing shift={s} />
            </Panel>
          </>
        )}
      </QueryState>
    </PhonePage>
  );
}
