/**
 * The app is written against React's API and runs on Preact's (preact/compat): React DOM alone was
 * 64 KB of the self-check's 150 KB gzip budget (issue 11), which left no room for citizens'
 * fixes; Preact gives the same components in a few KB. Used by the build (vite.config.ts) and by
 * the unit tests (vitest.config.ts), so tests render with what ships. Types stay @types/react's.
 * `react/jsx-runtime`, `react-dom/client` and `react-dom/server` follow by prefix.
 */
export const preactAliases: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
};
