import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { lazy, Suspense } from 'react';
import { useSession } from '../auth/use-session';
import { queryClient } from './query-client';
import { router } from './router';
import { theme } from './theme';

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      // antd would write two-character Chinese labels as "报 名"; we don't want the space.
      button={{ autoInsertSpace: false }}
      theme={theme}
    >
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
          <Relogin />
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

const ReloginModal = lazy(() => import('../auth/ReloginModal'));

/** The "session ended" dialog, loaded only when a session ends (it brings the sign-in form). */
function Relogin() {
  const state = useSession();
  if (state.status !== 'expired') return null;
  return (
    <Suspense fallback={null}>
      <ReloginModal />
    </Suspense>
  );
}
