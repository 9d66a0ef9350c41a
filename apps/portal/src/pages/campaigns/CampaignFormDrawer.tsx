import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { FormDrawer } from '../../components/FormDrawer';
import {
  campaignBody,
  campaignChangeBody,
  campaignFormValues,
  STAGE_VERSIONS,
  targetTotal,
  versionLabel,
  type CampaignFormValues,
} from './campaign-form';
import { useOrganisations } from './queries';

type Campaign = Schemas['CampaignView'];

/**
 * Plan a campaign, or change its plan: its period, partner organisations, the instruments pinned per stage
 * (only while a draft), targets per community.
 */
export function CampaignFormDrawer({
  campaign,
  onClose,
}: {
  campaign?: Campaign;
  onClose: (saved?: Campaign) => void;
}) {
  const pinned = !!campaign && campaign.status !== 'draft';
  const { t } = useTranslation();
  const [form] = Form.useForm<CampaignFormValues>();
  const targets = Form.useWatch('targets', form);
  const organisations = useOrganisations();
  const save = useMutation({
    mutationFn: (v: CampaignFormValues) =>
      campaign
        ? unwrap(
            api.PATCH('/api/campaigns/{id}', {
              params: { path: { id: campaign.id } },
              body: campaignChangeBody(v, campaign.status),
            }),
          )
        : unwrap(api.POST('/api/campaigns', { body: campaignBody(v) })),
    onSuccess: (saved) => onClose(saved),
    onError: (e) =>
      form.setFields(
        fieldErrors(e).map((f) => ({
          // The API names the period's ends and instruments.stage1; the form has one field for each.
          name: (f.name === 'startsOn' || f.name === 'endsOn'
            ? ['period']
            : f.name.replace(/^instruments\./, '').split('.')) as never,
          errors: f.errors,
        })),
      ),
  });

  return (
    <FormDrawer
      size={600}
      title={campaign ? t('campaigns.editTitle') : t('campaigns.newTitle')}
      saving={save.isPending}
      error={save.isError ? save.error : null}
      onSave={() => form.submit()}
      onClose={() => onClose()}
    >
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        initialValues={campaignFormValues(campaign)}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="name"
          label={t('campaigns.name')}
          rules={[{ required: true, whitespace: true, message: t('campaigns.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('campaigns.period')}
          rules={[{ required: true, message: t('campaigns.periodRequired') }]}
        >
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            aria-label={t('campaigns.period')}
            placeholder={[t('common.from'), t('common.to')]}
          />
        </Form.Item>
        <Form.Item
          name="partnerOrganisationIds"
          label={t('campaigns.partners')}
          extra={t('campaigns.partnersHint')}
        >
          <Select
            mode="multiple"
            loading={organisations.isPending}
            optionFilterProp="label"
            options={(organisations.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}（${t(`organisationKind.${o.kind}`)}）`,
            }))}
          />
        </Form.Item>
        {pinned ? (
          <Alert type="info" showIcon title={t('campaigns.instrumentsPinned')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="stage1"
          label={t('campaigns.stage1')}
          rules={[{ required: true, message: t('campaigns.instrumentRequired') }]}
        >
          <Checkbox.Group
            disabled={pinned}
            options={STAGE_VERSIONS.stage1.map((v) => ({ value: v, label: versionLabel(v) }))}
          />
        </Form.Item>
        <Form.Item
          name="stage2"
          label={t('campaigns.stage2')}
          rules={[{ required: true, message: t('campaigns.instrumentRequired') }]}
        >
          <Checkbox.Group
            disabled={pinned}
            options={STAGE_VERSIONS.stage2.map((v) => ({ value: v, label: versionLabel(v) }))}
          />
        </Form.Item>
        <Typography.Text strong>{t('campaigns.targets')}</Typography.Text>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item
                    name={[field.name, 'community']}
                    style={{ flex: 2 }}
                    rules={[{ required: true, whitespace: true, message: t('campaigns.communityRequired') }]}
                  >
                    <Input
                      maxLength={100}
                      placeholder={t('campaigns.community')}
                      aria-label={t('campaigns.communityN', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'target']}
                    style={{ flex: 1 }}
                    rules={[{ required: true, message: t('campaigns.targetRequired') }]}
                  >
                    <InputNumber
                      min={1}
                      max={100000}
                      precision={0}
                      style={{ width: '100%' }}
                      placeholder={t('campaigns.target')}
                      aria-label={t('campaigns.targetN', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={t('campaigns.removeCommunity', { n: i + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Flex justify="space-between" align="center">
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ community: '', target: 100 })}
                >
                  {t('campaigns.addCommunity')}
                </Button>
                <Typography.Text type="secondary">
                  {t('campaigns.targetTotal', { n: targetTotal(targets) })}
                </Typography.Text>
              </Flex>
            </div>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
