// A scan worker that says it is ready and then never answers a batch (for pool.test.ts): a batch given to
// it never comes back.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => {});
