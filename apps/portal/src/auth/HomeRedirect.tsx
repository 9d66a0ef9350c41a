import { Navigate } from 'react-router';
import { homeOf, useAccount } from './use-session';

export function HomeRedirect() {
  return <Navigate to={homeOf(useAccount())} replace />;
}
