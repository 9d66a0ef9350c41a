import { StatusTag } from '../StatusTag';
import { TAG_COLORS } from '../tag-colors';

const PROGRAMME = { draft: TAG_COLORS.grey, open: TAG_COLORS.green, closed: TAG_COLORS.purple };
const APPLICATION = {
  submitted: TAG_COLORS.blue,
  accepted: TAG_COLORS.green,
  waitlisted: TAG_COLORS.gold,
  referred: TAG_COLORS.orange,
  enrolled: TAG_COLORS.purple,
  withdrawn: TAG_COLORS.grey,
};
const SESSION = { scheduled: TAG_COLORS.blue, completed: TAG_COLORS.green, cancelled: TAG_COLORS.grey };
const ENROLMENT = { active: TAG_COLORS.green, withdrawn: TAG_COLORS.grey };

export const ProgrammeStatusTag = ({ status }: { status: string }) => (
  <StatusTag family="counselling.programmeStatus" status={status} colors={PROGRAMME} />
);
export const ApplicationStatusTag = ({ status }: { status: string }) => (
  <StatusTag family="counselling.applicationStatus" status={status} colors={APPLICATION} />
);
export const SessionStatusTag = ({ status }: { status: string }) => (
  <StatusTag family="counselling.sessionStatus" status={status} colors={SESSION} />
);
export const EnrolmentStatusTag = ({ status }: { status: string }) => (
  <StatusTag family="counselling.enrolmentStatus" status={status} colors={ENROLMENT} />
);
