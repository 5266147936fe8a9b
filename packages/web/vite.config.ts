import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { stripResearchNotes } from './build/strip-research-notes.ts';

export default defineConfig({
  plugins: [stripResearchNotes(), react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
