// Starts the TypeScript worker through tsx, for tests and unbundled runs (the bundle uses dist/scan-worker.js).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
