import { forbidCodeGeneration } from '@jibsa/rules';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './shared/ui/base.css';
import './shared/ui/ui.css';
import './app/home.css';
import './self-check/check.css';
import './self-check/result/result.css';
import './shared/ui/print.css';

// The page's Content-Security-Policy forbids eval: the engine takes its plain paths, not a refused new Function.
forbidCodeGeneration();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
