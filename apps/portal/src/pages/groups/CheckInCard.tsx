import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Radio, Slider, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { counsellingKeys } from '../../components/counselling/queries';
import { checkInRequest, type CheckInForm } from '../../components/counselling/survey';
import { ErrorAlert } from '../../components/ErrorAlert';

const MOODS: Schemas['CheckInMood'][] = ['very_bad', 'bad', 'neutral', 'good', 'very_good'];

/** Today's check-in in seconds: a stepper, a slider, a mood, a switch, one button. */
export function CheckInCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<CheckInForm>({
    cigarettes: 0,
    craving: 0,
    mood: 'neutral',
    lapse: false,
  });
  const set = (patch: Partial<CheckInForm>) => setValues((v) => ({ ...v, ...patch }));
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/programmes/{programmeId}/check-ins', {
          params: { path: { programmeId } },
          body: checkInRequest(values),
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: counsellingKeys.programme(programmeId) }),
  });
  return (
    <Card size="small" title={t('groups.checkIn.title')}>
      <Form layout="vertical" onFinish={() => send.mutate()}>
        <Form.Item label={<span id="cigarettes-label">{t('groups.checkIn.cigarettes')}</span>}>
          <Flex align="center" gap={16}>
            <Button
              shape="circle"
              size="large"
              icon={<MinusOutlined aria-hidden />}
              aria-label={t('groups.checkIn.fewer')}
              disabled={values.cigarettes === 0}
              onClick={() => set({ cigarettes: Math.max(0, values.cigarettes - 1) })}
            />
            <output
              aria-labelledby="cigarettes-label"
              style={{ fontSize: 28, fontWeight: 700, minWidth: 40, textAlign: 'center' }}
            >
              {values.cigarettes}
            </output>
            <Button
              shape="circle"
              size="large"
              icon={<PlusOutlined aria-hidden />}
              aria-label={t('groups.checkIn.more')}
              onClick={() => set({ cigarettes: Math.min(200, values.cigarettes + 1) })}
            />
          </Flex>
        </Form.Item>
        <Form.Item label={t('groups.checkIn.craving', { value: values.craving })}>
          <Slider
            min={0}
            max={10}
            value={values.craving}
            onChange={(craving) => set({ craving })}
            marks={{ 0: t('groups.checkIn.none'), 10: t('groups.checkIn.strong') }}
            ariaLabelForHandle={t('groups.checkIn.cravingLabel')}
          />
        </Form.Item>
        <Form.Item label={t('groups.checkIn.mood')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            value={values.mood}
            onChange={(e) => set({ mood: e.target.value as CheckInForm['mood'] })}
            options={MOODS.map((m) => ({ value: m, label: t(`groups.mood.${m}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <Flex align="center" gap={12}>
            <Switch
              checked={values.lapse}
              onChange={(lapse) => set({ lapse })}
              aria-labelledby="lapse-label"
            />
            <Typography.Text id="lapse-label">{t('groups.checkIn.lapse')}</Typography.Text>
          </Flex>
        </Form.Item>
        <ErrorAlert error={send.error} style={{ marginBottom: 12 }} />
        {send.isSuccess && !send.isPending ? (
          <Typography.Paragraph type="success" role="status">
            {t('groups.checkIn.saved')}
          </Typography.Paragraph>
        ) : null}
        <Button type="primary" htmlType="submit" block size="large" loading={send.isPending}>
          {t('groups.checkIn.submit')}
        </Button>
      </Form>
    </Card>
  );
}
