import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import zhCN from '../i18n/locales/zh-CN.json';
import { setDateLocale } from '../lib/time';
import { ApiError } from './client';
import { errorKey, errorMessage, fieldErrors } from './errors';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  setDateLocale('zh-CN');
});

describe('error messages', () => {
  it('maps a known code to its translation', () => {
    expect(errorKey('SHIFT_NOT_OPEN')).toBe('errors.SHIFT_NOT_OPEN');
    expect(errorMessage(t.t, new ApiError(422, 'SHIFT_NOT_OPEN', 'closed'))).toBe('该岗位不在报名中。');
  });

  it('falls back to a generic message with the status for a code it does not know', () => {
    expect(errorKey('SOMETHING_NEW')).toBe('errors.generic');
    expect(errorMessage(t.t, new ApiError(418, 'SOMETHING_NEW', 'teapot'))).toBe(
      '操作没有成功（418），请稍后再试。',
    );
  });

  it('says what a shift needs that the volunteer lacks', () => {
    const error = new ApiError(422, 'SIGNUP_REQUIREMENTS_MISSING', 'needs', {
      skills: ['认知筛查'],
      certifications: ['急救'],
      team: true,
    });
    expect(errorMessage(t.t, error)).toBe(
      '该岗位需要： 技能“认知筛查”、有效的“急救”证书、所属服务队的成员身份',
    );
  });

  it('names the overlapping shift with its local start time', () => {
    const error = new ApiError(409, 'SHIFT_OVERLAP', 'overlap', {
      shifts: [
        {
          id: 's',
          title: '消防宣传',
          startsAt: '2026-11-28T01:00:00.000Z',
          endsAt: '2026-11-28T03:00:00.000Z',
        },
      ],
    });
    expect(errorMessage(t.t, error)).toContain('消防宣传（11月28日 周六 09:00）');
  });

  it('names the status a partner event was in when a move was refused', () => {
    const error = new ApiError(409, 'EVENT_TRANSITION_NOT_ALLOWED', 'no', {
      status: 'approved',
      action: 'submit',
    });
    expect(errorMessage(t.t, error)).toBe('活动当前为“已批准”，不能进行此操作，请刷新页面。');
  });

  it('puts the fields a module names in its own 400 on the form, as it does for VALIDATION_FAILED', () => {
    const details = [{ field: 'schedule.recurrence.until', messages: ['too many occurrences'] }];
    expect(fieldErrors(new ApiError(400, 'EVENT_SCHEDULE_INVALID', 'bad', details))).toEqual([
      { name: 'schedule.recurrence.until', errors: ['too many occurrences'] },
    ]);
    expect(fieldErrors(new ApiError(409, 'EVENT_TRANSITION_NOT_ALLOWED', 'no', { status: 'x' }))).toEqual([]);
  });

  it('speaks English too', async () => {
    await t.changeLanguage('en');
    expect(errorMessage(t.t, new ApiError(0, 'NETWORK_ERROR', 'Failed to fetch'))).toBe(
      'No connection: check the network and try again.',
    );
    await t.changeLanguage('zh-CN');
  });
});
