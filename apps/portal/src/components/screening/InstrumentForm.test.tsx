import { MOCA_V1, AD8_V1 } from '@linkage/screening-rules';
import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import zhCN from '../../i18n/locales/zh-CN.json';
import { idNumberProblem } from '../../pages/screener/RegisterResident';
import { InstrumentForm } from './InstrumentForm';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

const MOCA_OF_22: Record<string, number> = {
  trail_making: 1,
  cube: 1,
  clock: 2,
  naming: 3,
  digits: 2,
  tapping: 1,
  serial_sevens: 2,
  sentence_repetition: 1,
  fluency: 0,
  abstraction: 1,
  delayed_recall: 2,
  orientation: 6,
};

/**
 * Taps an item's answer as the screener does: the item's block (a fieldset whose legend is the item's
 * label), then the button of the answer. (Plain DOM queries: jsdom's role queries are slow on a 12-item form.)
 */
function tap(label: string, value: string | number) {
  const block = [...document.querySelectorAll('fieldset')].find((f) =>
    f.querySelector('legend')?.textContent?.includes(label),
  );
  if (!block) throw new Error(`no item ${label}`);
  const input = block.querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!input) throw new Error(`no answer ${value} for ${label}`);
  fireEvent.click(input);
}

/** The form's save button, checked to carry its label. */
function saveButton(name: string): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>('form button[type="submit"]')!;
  expect(button.textContent).toBe(name);
  return button;
}
const disabled = (name: string) => saveButton(name).disabled;
const statusText = () => document.querySelector('[role="status"]')!.textContent;

// antd renders a dozen radio groups per form: a busy CI core needs more than vitest's 5 s default.
describe('an instrument entered item by item', { timeout: 20_000 }, () => {
  it('shows the AD8 total as it is computed, and saves the raw answers once every item is answered', () => {
    const onSave = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <InstrumentForm definition={AD8_V1} onSave={onSave} />
      </I18nextProvider>,
    );
    AD8_V1.items.forEach((item, i) => {
      expect(disabled('保存 AD8 结果')).toBe(true);
      tap(item.label.zh, i < 3 ? 'yes' : 'no');
      expect(statusText()).toContain(`当前得分：${Math.min(i + 1, 3)} / 8`);
    });
    expect(statusText()).toContain('阳性');
    expect(disabled('保存 AD8 结果')).toBe(false);
    fireEvent.click(saveButton('保存 AD8 结果'));
    expect(onSave).toHaveBeenCalledWith(
      Object.fromEntries(AD8_V1.items.map((item, i) => [item.key, i < 3 ? 'yes' : 'no'])),
    );
  });

  it('spells out the MoCA adjustment: 22 raw, 9 years of education, 23', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <InstrumentForm
          definition={MOCA_V1}
          education={{ level: 'junior_secondary', years: 9 }}
          onSave={vi.fn()}
        />
      </I18nextProvider>,
    );
    for (const item of MOCA_V1.items) tap(item.label.zh, MOCA_OF_22[item.key]);
    const status = statusText();
    expect(status).toContain('当前得分：22 / 30');
    expect(status).toContain('受教育 9 年（≤ 12 年），总分加 1 分');
    expect(status).toContain('按评分规则计算：23 分');
  });

  it('does not save a stage-2 instrument without education, and says why', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <InstrumentForm definition={MOCA_V1} onSave={vi.fn()} />
      </I18nextProvider>,
    );
    for (const item of MOCA_V1.items) tap(item.label.zh, MOCA_OF_22[item.key]);
    expect(screen.getByText(/请先登记该居民的受教育程度和年限/)).toBeTruthy();
    expect(disabled('保存 MoCA 结果')).toBe(true);
  });
});

describe('the ID number on the registration form', () => {
  it.each([
    ['37061319560312002X', '1956-03-12', 'female', null],
    ['370613195603120021', '1956-03-12', 'female', 'check_digit'],
    ['3706131956031200', '1956-03-12', 'female', 'shape'],
    ['37061319560312002X', '1956-03-13', 'female', 'birth_date_mismatch'],
    ['37061319560312002X', '1956-03-12', 'male', 'sex_mismatch'],
    ['', '1956-03-12', 'female', null],
  ])('%s for %s, %s: %s', (id, birthDate, sex, problem) => {
    expect(idNumberProblem(id, birthDate, sex)).toBe(problem);
  });
});
