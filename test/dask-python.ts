// The Python that runs the Dask recipe (examples/dask): the first of $DATASAN_PYTHON, python3 on PATH and
// Debian's /usr/bin/python3 that can import Dask's `distributed` (a pyenv python3 may shadow Debian's).
import { spawnSync } from 'node:child_process';

export function pythonWithDistributed(): string | undefined {
  const candidates = [process.env.DATASAN_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);
  return candidates.find((p) => spawnSync(p, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
}

/** Under CI (CI set, not "false" or "0") a missing Dask is a failure, not a skip: .ci/run installs it. */
export const underCi = !!process.env.CI && !['false', '0'].includes(process.env.CI);
