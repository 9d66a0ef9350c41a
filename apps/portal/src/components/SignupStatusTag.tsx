import { StatusTag } from './StatusTag';
import { TAG_COLORS } from './tag-colors';

const COLORS: Record<string, string> = {
  confirmed: TAG_COLORS.green,
  pending: TAG_COLORS.gold,
  waitlisted: TAG_COLORS.orange,
  offered: TAG_COLORS.blue,
  cancelled: TAG_COLORS.grey,
  rejected: TAG_COLORS.red,
  expired: TAG_COLORS.grey,
};

export function SignupStatusTag({ status }: { status: string }) {
  return <StatusTag family="signupStatus" status={status} colors={COLORS} />;
}

const SHIFT_COLORS: Record<string, string> = {
  open: TAG_COLORS.green,
  full: TAG_COLORS.orange,
  closed: TAG_COLORS.grey,
  cancelled: TAG_COLORS.red,
  completed: TAG_COLORS.blue,
};

export function ShiftStatusTag({ status }: { status: string }) {
  return <StatusTag family="shiftStatus" status={status} colors={SHIFT_COLORS} />;
}
