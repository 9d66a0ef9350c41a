import './screening.css';
import type { Answers, Education, InstrumentDefinition, InstrumentItem } from '@linkage/screening-rules';
import { Alert, Button, Radio, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instrumentName, pointChoices, previewOf } from './instrument-preview';
import { TAG_COLORS } from '../tag-colors';

/** The name of a definition or item in the reader's language. */
export function localised(text: { zh: string; en: string }, language: string): string {
  return language.startsWith('zh') ? text.zh : text.en;
}

/**
 * One instrument entered item by item, with large targets for a tablet. The score is shown as it is
 * computed (by the same engine the server uses); what the server answers after saving is the result.
 * Stage-2 instruments need the resident's education: without it the form says so and does not save.
 */
export function InstrumentForm({
  definition,
  education,
  saving,
  onSave,
}: {
  definition: InstrumentDefinition;
  education?: Education | null;
  saving?: boolean;
  onSave: (answers: Answers) => void;
}) {
  const { t, i18n } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, number | string>>({});
  const preview = useMemo(() => previewOf(definition, answers, education), [definition, answers, education]);
  const missingEducation = definition.needsEducation && !education;
  const complete = preview.answered === preview.itemCount;
  const title = localised(definition.name, i18n.language);

  return (
    <form
      className="instrument-form stack"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (complete && !missingEducation) onSave(answers);
      }}
    >
      {definition.items.map((item, index) => (
        <ItemField
          key={item.key}
          index={index + 1}
          item={item}
          value={answers[item.key]}
          onChange={(value) => setAnswers((a) => ({ ...a, [item.key]: value }))}
        />
      ))}
      <div className="instrument-score" role="status" aria-live="polite">
        <strong>
          {t('screeningForms.runningTotal', { total: preview.runningTotal, max: definition.maxTotal })}
        </strong>{' '}
        <span>{t('screeningForms.answered', { answered: preview.answered, count: preview.itemCount })}</span>
        {definition.educationAdjustment ? (
          <EducationAdjustment definition={definition} education={education} />
        ) : null}
        {preview.scored ? (
          <div>
            {t('screeningForms.computed', { total: preview.scored.total })}{' '}
            <ClassificationTag classification={preview.scored.classification} />
            <span className="muted"> {t('screeningForms.computedNote')}</span>
          </div>
        ) : null}
      </div>
      {missingEducation ? (
        <Alert type="warning" showIcon title={t('screeningForms.educationRequired')} />
      ) : null}
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={saving}
        disabled={!complete || missingEducation}
      >
        {t('screeningForms.save', { name: instrumentName(definition.code) })}
      </Button>
    </form>
  );
}

function ItemField({
  index,
  item,
  value,
  onChange,
}: {
  index: number;
  item: InstrumentItem;
  value: number | string | undefined;
  onChange: (value: number | string) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = localised(item.label, i18n.language);
  const options =
    item.kind === 'choice'
      ? Object.keys(item.options).map((key) => ({ value: key, label: t(`screeningForms.answer.${key}`) }))
      : pointChoices(item).map((p) => ({ value: p, label: String(p) }));
  return (
    <fieldset className="instrument-item">
      <legend>
        {index}. {label}
        {item.kind === 'points' ? (
          <span className="muted"> {t('screeningForms.points', { max: item.max })}</span>
        ) : null}
      </legend>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        size="large"
        value={value}
        options={options}
        onChange={(e) => onChange(e.target.value as number | string)}
      />
    </fieldset>
  );
}

/** MoCA: +1 point for 12 years of education or fewer, visible before and after saving. */
function EducationAdjustment({
  definition,
  education,
}: {
  definition: InstrumentDefinition;
  education?: Education | null;
}) {
  const { t } = useTranslation();
  const rule = definition.educationAdjustment!;
  if (!education) return <div>{t('screeningForms.adjustmentRule', rule)}</div>;
  return (
    <div>
      {education.years <= rule.maxYears
        ? t('screeningForms.adjustmentApplies', { ...rule, years: education.years })
        : t('screeningForms.adjustmentNone', { ...rule, years: education.years })}
    </div>
  );
}

export function ClassificationTag({ classification }: { classification: 'positive' | 'negative' }) {
  const { t } = useTranslation();
  return (
    <Tag color={classification === 'positive' ? TAG_COLORS.red : TAG_COLORS.green}>
      {t(`screeningForms.classification.${classification}`)}
    </Tag>
  );
}
