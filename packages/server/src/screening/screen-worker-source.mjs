// The screening thread from the TypeScript sources (no bundle built): tsx compiles it on this thread.
import { register } from 'tsx/esm/api';

register();
await import('./screen-worker.ts');
