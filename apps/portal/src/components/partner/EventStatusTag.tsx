import { StatusTag } from '../StatusTag';
import { TAG_COLORS } from '../tag-colors';

const COLORS: Record<string, string> = {
  draft: TAG_COLORS.grey,
  submitted: TAG_COLORS.blue,
  changes_requested: TAG_COLORS.orange,
  approved: TAG_COLORS.green,
  rejected: TAG_COLORS.red,
  completed: TAG_COLORS.purple,
  cancelled: TAG_COLORS.grey,
};

export function EventStatusTag({ status }: { status: string }) {
  return <StatusTag family="eventStatus" status={status} colors={COLORS} />;
}
