import { Form, Input, InputNumber, Radio, Slider, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

type Question = Schemas['QuestionDto'];

/** One question's control, the direct child of its Form.Item (which hands it `value` and `onChange`). */
function answerControl(q: Question) {
  switch (q.type) {
    case 'choice':
      return (
        <Radio.Group>
          <Space orientation="vertical">
            {(q.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value}>
                {o.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'number':
      return <InputNumber min={q.min} max={q.max} inputMode="numeric" style={{ width: '100%' }} />;
    case 'scale':
      return <Slider min={q.min} max={q.max} marks={{ [q.min ?? 0]: q.min, [q.max ?? 10]: q.max }} />;
    case 'text':
      return <Input.TextArea rows={3} maxLength={2000} />;
  }
}

/**
 * A survey's questions as form fields named by question id (inside the caller's Form): the intake a
 * student answers, and the same survey a counsellor records as a pre/post measure.
 */
export function SurveyFields({ survey }: { survey: Schemas['SurveyDefinitionDto'] }) {
  const { t } = useTranslation();
  return survey.questions.map((q, i) => (
    // A group named by the question, so its choices (是/否 in several questions) are told apart.
    <div key={q.id} role="group" aria-label={q.text}>
      <Form.Item
        name={q.id}
        label={`${i + 1}. ${q.text}`}
        rules={q.required === false ? [] : [{ required: true, message: t('groups.intake.required') }]}
      >
        {answerControl(q)}
      </Form.Item>
    </div>
  ));
}
