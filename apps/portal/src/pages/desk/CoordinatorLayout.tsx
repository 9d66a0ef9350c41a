import { RequireRole } from '../../auth/RequireRole';
import { DeskShell } from './DeskShell';

export default function CoordinatorLayout() {
  return (
    <RequireRole roles={['coordinator', 'admin']}>
      <DeskShell />
    </RequireRole>
  );
}
