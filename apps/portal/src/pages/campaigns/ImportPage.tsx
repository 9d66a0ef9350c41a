import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, authFetch, download, type Schemas } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DeskPage } from '../../components/DeskPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/time';
import { CampaignTabs } from './CampaignTabs';
import { badRows, importContentType, importRefusal, type ImportProblem } from './import-outcome';
import { useCampaign } from './queries';

type Summary = Schemas['ImportSummaryView'];
const MAX_MB = 10;

/** The file as the raw body (the import takes no multipart): 201 imported, 200 the same file before. */
async function upload(campaignId: string, file: File): Promise<{ summary: Summary; again: boolean }> {
  const type = importContentType(file.name);
  if (!type) throw new ApiError(415, 'IMPORT_FILE_TYPE_UNSUPPORTED', file.name);
  const response = await authFetch(
    new Request(`${location.origin}/api/campaigns/${campaignId}/imports`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: file,
    }),
  );
  if (!response.ok) throw await ApiError.from(response);
  return { summary: (await response.json()) as Summary, again: response.status === 200 };
}

/** Paper stage-1 forms from a day without network: the template, the upload, every bad row named. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const campaign = useCampaign(id);
  const template = useMutation({
    mutationFn: () => download(`/api/campaigns/${id}/import-template`, '初筛登记模板.xlsx'),
  });
  const importing = useMutation({
    mutationFn: (file: File) => upload(id, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns', id] }),
  });
  const refusal = importing.isError ? importRefusal(importing.error) : null;

  return (
    <DeskPage title={t('screeningImport.title', { name: campaign.data?.name ?? '' })}>
      <CampaignTabs id={id} />
      <Typography.Paragraph style={{ margin: 0 }}>{t('screeningImport.explain')}</Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={template.isPending}
          onClick={() => template.mutate()}
        >
          {t('screeningImport.template')}
        </Button>
      </Flex>
      <ErrorAlert error={template.error} />
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        showUploadList={false}
        disabled={importing.isPending}
        beforeUpload={(file) => {
          importing.mutate(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">
          {importing.isPending ? t('screeningImport.uploading') : t('screeningImport.drop')}
        </p>
        <p className="ant-upload-hint">{t('screeningImport.dropHint', { mb: MAX_MB })}</p>
      </Upload.Dragger>
      {importing.isSuccess ? (
        <ImportDone summary={importing.data.summary} again={importing.data.again} />
      ) : null}
      {refusal?.kind === 'rows' ? <RowProblems problems={refusal.problems} /> : null}
      {refusal?.kind === 'tooLarge' ? (
        <Alert type="error" showIcon role="alert" title={t('screeningImport.tooLarge', { mb: MAX_MB })} />
      ) : null}
      {refusal?.kind === 'fileType' ? (
        <Alert type="error" showIcon role="alert" title={t('screeningImport.fileType')} />
      ) : null}
      {refusal?.kind === 'unreadable' ? (
        <Alert type="error" showIcon role="alert" title={t('screeningImport.unreadable')} />
      ) : null}
      {refusal?.kind === 'other' ? (
        <Alert type="error" showIcon role="alert" title={errorMessage(t, refusal.error)} />
      ) : null}
    </DeskPage>
  );
}

function ImportDone({ summary, again }: { summary: Summary; again: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={again ? t('screeningImport.again') : t('screeningImport.done')}
      description={
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'rows', label: t('screeningImport.rows'), children: summary.rows },
            { key: 'residents', label: t('screeningImport.residents'), children: summary.residents },
            { key: 'results', label: t('screeningImport.results'), children: summary.results },
            { key: 'positive', label: t('screeningImport.positive'), children: summary.stage1Positive },
            {
              key: 'at',
              label: t('screeningImport.importedAt'),
              children: formatDateTime(summary.importedAt),
            },
          ]}
        />
      }
    />
  );
}

function RowProblems({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const rows = badRows(problems);
  return (
    <div className="stack">
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('screeningImport.refused', { count: rows.length })}
        description={t('screeningImport.refusedRows', {
          rows: rows.join(t('common.listSeparator')),
          count: problems.length,
        })}
      />
      <Table<ImportProblem & { n: number }>
        rowKey="n"
        size="small"
        pagination={problems.length > 100 ? { pageSize: 100 } : false}
        dataSource={problems.map((p, n) => ({ ...p, n }))}
        caption={t('screeningImport.problems')}
        columns={[
          { title: t('screeningImport.row'), dataIndex: 'row', width: 80 },
          { title: t('screeningImport.column'), dataIndex: 'column', width: 200 },
          { title: t('screeningImport.reason'), dataIndex: 'reason' },
        ]}
      />
    </div>
  );
}
