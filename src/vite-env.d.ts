/// <reference types="vite/client" />

// Each language's messages (vite.config.ts, messages()): a URL to fetch, or the messages themselves.
declare module 'virtual:messages/*' {
  const source: { url: string } | { bundle: import('./i18n/messages').Bundle };
  export default source;
}
