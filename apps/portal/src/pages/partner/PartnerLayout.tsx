import { RequireRole } from '../../auth/RequireRole';
import { DeskShell } from '../desk/DeskShell';

/** A partner member's pages: the desk's shell (laptop first, the menu folds away on a phone). */
export default function PartnerLayout() {
  return (
    <RequireRole roles={['partner']}>
      <DeskShell />
    </RequireRole>
  );
}
