import { RequireRole } from '../../auth/RequireRole';
import { DeskShell } from '../desk/DeskShell';

/** The counsellor's desk (admins too: they see programmes and that notes exist, never their text). */
export default function CounsellorLayout() {
  return (
    <RequireRole roles={['counsellor', 'admin']}>
      <DeskShell />
    </RequireRole>
  );
}
