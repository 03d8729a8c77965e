/** Entry: one client for the gateway the page's server names, and the page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configuredGraphqlUrl, createGatewayClient } from './api/gateway-client';
import { App } from './app';
import './styles.css';

const client = createGatewayClient({ url: configuredGraphqlUrl() });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
