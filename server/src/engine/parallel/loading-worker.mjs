// A scan worker that is still loading (for pool.test.ts): it never says it is ready and never answers a batch.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {});
