import { NOTIFICATION_KINDS } from './notification.entity';
import { notificationMessage } from './notification-message';

const details = {
  shiftTitle: '社区消防安全宣传',
  startsAt: '2026-05-01T01:00:00.000Z',
  venue: '南山社区服务中心',
  reason: '暴雨预警',
};

describe('notification messages', () => {
  it.each(NOTIFICATION_KINDS.map((k) => [k]))('%s names the shift', (kind) => {
    expect(notificationMessage(kind, details)).toContain('社区消防安全宣传');
  });

  it.each([
    ['shift_reminder', '24小时内'],
    ['shift_cancelled', '暴雨预警'],
    ['shift_changed', '5/1 09:00'],
    ['waitlist_promoted', '南山社区服务中心'],
  ] as const)('%s says %s', (kind, text) => {
    expect(notificationMessage(kind, details)).toContain(text);
  });

  it('reads without details', () => {
    expect(notificationMessage('shift_reminder', null)).toBe('提醒：您报名的岗位将于24小时内开始。');
  });
});
