import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preactAliases } from './build/preact-aliases.ts';
import { stripResearchNotes } from './build/strip-research-notes.ts';

export default defineConfig({
  plugins: [stripResearchNotes(), react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  resolve: { alias: preactAliases },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
