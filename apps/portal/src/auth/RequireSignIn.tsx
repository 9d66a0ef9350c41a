import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './use-session';

export function RequireSignIn() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'signed_out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}
