import { RequireRole } from '../../auth/RequireRole';
import { DeskShell } from './DeskShell';

export default function AdminLayout() {
  return (
    <RequireRole roles={['admin']}>
      <DeskShell />
    </RequireRole>
  );
}
