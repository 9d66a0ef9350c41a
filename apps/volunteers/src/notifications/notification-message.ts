import { STATION_TIME_ZONE } from '../time/local-date';
import type { NotificationDetails, NotificationKind } from './notification.entity';

/** The line a volunteer reads (in the app and through the outbound channel) for a notification. */
export function notificationMessage(kind: NotificationKind, details: NotificationDetails | null): string {
  const shift = details?.shiftTitle ? `“${details.shiftTitle}”` : '您报名的岗位';
  const when = details?.startsAt
    ? `（${localTime(details.startsAt)}${details.venue ? `，${details.venue}` : ''}）`
    : '';
  switch (kind) {
    case 'waitlist_promoted':
      return `候补成功：您已确认参加${shift}${when}。`;
    case 'waitlist_offered':
      return `${shift}${when}有空位为您保留，请在截止时间前确认。`;
    case 'waitlist_offer_expired':
      return `${shift}的保留名额已过期，已顺延给下一位候补志愿者。`;
    case 'shift_changed':
      return `${shift}的安排有变动${when}，请查看最新信息。`;
    case 'shift_cancelled':
      return `${shift}${when}已取消${details?.reason ? `：${details.reason}` : ''}。`;
    case 'shift_reminder':
      return `提醒：${shift}将于24小时内开始${when}。`;
    default:
      return assertUnreachable(kind);
  }
}

function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: STATION_TIME_ZONE,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

function assertUnreachable(value: never): never {
  throw new Error(`Unknown notification kind ${String(value)}`);
}
