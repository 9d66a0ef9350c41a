import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { session } from './api/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import './app/global.css';

const state = session.getState();
void initI18n(state.status === 'signed_out' ? null : state.account.accountId).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
