// Starts the TypeScript worker entry through tsx, for tests and unbundled runs (the bundle uses dist/worker.js).
import { register } from 'tsx/esm/api';

register();
await import('./entry.ts');
