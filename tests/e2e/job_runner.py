"""How the e2e tests run a job file: through the console script, as a user would."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEDADAPT = str(Path(sys.executable).with_name("medadapt"))


def run_job(job: str, out: Path, secret: str, *overrides: str,
            timeout: int = 1200) -> subprocess.CompletedProcess:
    """`medadapt run JOB output_dir=OUT ...` with its own de-identification secret.

    The pre-trained backbone is built once per cache (minutes), as `make demo` does: the run
    shares the user's cache (or $MEDADAPT_CACHE) rather than rebuild it in every session.
    """
    from medadapt.tiny import default_cache_dir

    env = {**os.environ, "COLUMNS": "200", "MEDADAPT_CACHE": str(default_cache_dir()),
           "MEDADAPT_DEID_SECRET": secret}
    return subprocess.run([MEDADAPT, "run", str(ROOT / job), f"output_dir={out}", *overrides],
                          capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
