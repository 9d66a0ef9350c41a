import { EDUCATION_LEVELS, type EducationLevel } from '@linkage/screening-rules';
import { Form, InputNumber, Radio, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

/** Typical years for a level, filled in when a level is picked and the years are still empty. */
const TYPICAL_YEARS: Record<EducationLevel, number> = {
  none: 0,
  primary: 6,
  junior_secondary: 9,
  senior_secondary: 12,
  tertiary: 16,
};

/**
 * Education level and years inside an antd Form, under `education`: stage-2 instruments are scored
 * against them (MMSE's cut-off by level, MoCA's +1 for 12 years or fewer), so they are required there.
 */
export function EducationFields({ form, required }: { form: FormInstance; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={['education', 'level']}
        label={t('screeningForms.educationLevel')}
        rules={[{ required, message: t('screeningForms.educationLevelRequired') }]}
      >
        <Radio.Group
          optionType="button"
          size="large"
          options={EDUCATION_LEVELS.map((level) => ({
            value: level,
            label: t(`screeningForms.education.${level}`),
          }))}
          onChange={(e) => {
            const years = form.getFieldValue(['education', 'years']) as number | null | undefined;
            if (years === undefined || years === null)
              form.setFieldValue(['education', 'years'], TYPICAL_YEARS[e.target.value as EducationLevel]);
          }}
        />
      </Form.Item>
      <Form.Item
        name={['education', 'years']}
        label={t('screeningForms.educationYears')}
        rules={[{ required, message: t('screeningForms.educationYearsRequired') }]}
      >
        <InputNumber min={0} max={30} precision={0} size="large" style={{ width: 160 }} />
      </Form.Item>
    </>
  );
}
