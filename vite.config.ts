import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `--mode test` builds the same app with test hooks (renderer info, frame
// counter, store access) into dist-test/; the production build never has them.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  build: {
    outDir: mode === 'test' ? 'dist-test' : 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
}));
