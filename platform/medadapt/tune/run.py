"""Run (or resume) a LoRA search with Ray Tune; `outputs.py` then writes what a user acts on.

Resume: an experiment under `<storage_path>/<name>` that Tune can restore is restored
(finished trials are kept, unfinished and errored ones run again); a new one starts
otherwise. A failing trial is retried `max_failures` times and resumes its own Train
checkpoints. ASHA cuts trials on the token-mean eval loss; the best trial is picked on the
validation multiple-choice accuracy of its adapter.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path
from typing import Any

from medadapt.config import JobConfig
from medadapt.errors import ConfigError, UserError
from medadapt.records import TrialContext
from medadapt.tune.outputs import write_outputs
from medadapt.tune.settings import MIX_KEY, TuneConfig
from medadapt.tune.space import search_space

log = logging.getLogger(__name__)
# The trial function only drives Train V2 (whose workers request their own resources) and
# scores at the end; Tune rejects an empty request, so it asks for a sliver of a CPU.
TRIAL_DRIVER_CPU = 0.01
STATE_API_TRIES = 30  # seconds a freshly started dashboard gets to answer


# Settings that change how fast a search runs, not what it finds: changing them keeps
# (and resumes) the same experiment.
RUN_ONLY = {"resources", "max_concurrent_trials", "max_failures", "storage_path", "name"}
IDENTITY = "search.json"


def search_fingerprint(job: JobConfig) -> str:
    """Hash of what the search explores: the tune section (minus run-only settings) and the
    train section it starts from (minus Ray/W&B)."""
    payload = {"tune": job.tune.model_dump(mode="json", exclude=RUN_ONLY),
               "train": job.train.model_dump(mode="json", exclude={"ray", "wandb"})}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def experiment_paths(job: JobConfig, out_dir: Path) -> tuple[str, str]:
    """(storage_path, name). The default name carries the search's fingerprint, so a changed
    space starts a new experiment and the same one resumes. Storage is made absolute so
    workers and restores agree on it."""
    cfg: TuneConfig = job.tune
    storage = cfg.storage_path or str(out_dir / "ray")
    if "://" not in storage:
        storage = str(Path(storage).expanduser().resolve())
    return storage, cfg.name or f"{job.name}-tune-{search_fingerprint(job)[:8]}"


def check_identity(job: JobConfig, out_dir: Path, path: str, restoring: bool) -> None:
    """Refuse to resume a named experiment that searched something else (a restore would
    silently keep the old space); record this search's identity otherwise."""
    record = out_dir / IDENTITY
    fingerprint = search_fingerprint(job)
    if restoring and record.exists():
        known = json.loads(record.read_text(encoding="utf-8"))
        if known.get("experiment") == path and known.get("fingerprint") != fingerprint:
            raise ConfigError(f"tune.name: experiment {path} exists with different tune/"
                              "train settings; give a new tune.name (or remove it) to start "
                              "a new search")
    record.write_text(json.dumps({"experiment": path, "fingerprint": fingerprint}),
                      encoding="utf-8")


def prepare_val_items(cfg: TuneConfig, out_dir: Path) -> str:
    """The validation item file: the given one, or synthetic KazMMLU-format items."""
    if cfg.val_items != "synth":
        if not Path(cfg.val_items).expanduser().exists():
            raise ConfigError(f"tune.val_items: {cfg.val_items} not found; give a KazMMLU-"
                              "format CSV/JSONL/Parquet file or 'synth'")
        return str(Path(cfg.val_items).expanduser().resolve())
    from medadapt.synth.mcq import generate_mcq, write_mcq

    path = out_dir / "val_items.jsonl"
    if not path.exists():
        write_mcq(generate_mcq(cfg.val_count, seed=cfg.seed), path)
    return str(path)


def build_tuner(job: JobConfig, out_dir: Path, context: TrialContext):
    """A fresh Tuner, or the restored one when the experiment exists."""
    from ray import tune
    from ray.tune.schedulers import ASHAScheduler

    from medadapt.tune.objective import run_trial
    from medadapt.tune.tracking import TrialRuns

    cfg: TuneConfig = job.tune
    storage, name = experiment_paths(job, out_dir)
    trainable = tune.with_resources(tune.with_parameters(run_trial, context=context),
                                    {"CPU": TRIAL_DRIVER_CPU})
    path = f"{storage}/{name}"
    restoring = tune.Tuner.can_restore(path)
    check_identity(job, out_dir, path, restoring)
    if restoring:
        log.info("resuming tune experiment %s", path)
        return tune.Tuner.restore(path, trainable, resume_unfinished=True,
                                  resume_errored=True), True
    scheduler = None
    if cfg.scheduler == "asha":
        scheduler = ASHAScheduler(time_attr="step", metric=cfg.rung_metric, mode=cfg.rung_mode,
                                  max_t=context.max_t, grace_period=cfg.grace_period,
                                  reduction_factor=cfg.reduction_factor,
                                  stop_last_trials=False)  # the final report is the objective
    tuner = tune.Tuner(
        trainable, param_space=search_space(cfg),
        tune_config=tune.TuneConfig(scheduler=scheduler, num_samples=cfg.num_samples,
                                    search_alg=make_searcher(cfg)),
        run_config=tune.RunConfig(name=name, storage_path=storage, verbose=0,
                                  callbacks=[TrialRuns(job.train.wandb, name, out_dir / "wandb",
                                                       cfg.metric)],
                                  failure_config=tune.FailureConfig(
                                      max_failures=cfg.max_failures)))
    return tuner, False


def make_searcher(cfg: TuneConfig):
    """Grid / random: Tune's variant generator (it also caps concurrency). Optuna: TPE on the
    final objective behind a concurrency limiter."""
    from ray.tune.search import ConcurrencyLimiter
    from ray.tune.search.basic_variant import BasicVariantGenerator

    if cfg.searcher != "optuna":
        return BasicVariantGenerator(random_state=cfg.seed,
                                     max_concurrent=cfg.max_concurrent_trials)
    from medadapt.tune.searchers import FinalObjectiveOptuna

    return ConcurrencyLimiter(FinalObjectiveOptuna(metric=cfg.metric, mode=cfg.mode,
                                                   seed=cfg.seed),
                              max_concurrent=cfg.max_concurrent_trials)


def check_dialogues(train: list[str], evals: list[str], mix: bool) -> None:
    """Bad dialogue files fail here, once, rather than in every trial."""
    from medadapt.train.data import DialogueError, read_dialogues
    from medadapt.tune.objective import dialogues_with_language

    try:
        dialogues_with_language(train) if mix else read_dialogues(train)
        read_dialogues(evals)
    except (DialogueError, OSError) as err:
        raise ConfigError(f"train.data: {err}") from None


def tune_context(job: JobConfig, out_dir: Path, train: list[str],
                 evals: list[str]) -> TrialContext:
    """What every trial needs, as plain data (workers rebuild configs from dicts)."""
    cfg: TuneConfig = job.tune
    max_t = cfg.max_t or job.train.max_steps
    cfg.check_against(job.train)  # validated with the job; again for direct callers
    if not evals:
        raise ConfigError("train.data.eval: the search needs eval dialogues (ASHA cuts on "
                          "eval loss)")
    check_dialogues(train, evals, MIX_KEY in cfg.space)
    storage, name = experiment_paths(job, out_dir)
    return TrialContext(
        tune=cfg.model_dump(mode="json"), train=job.train.model_dump(mode="json"),
        experiment=name, out_dir=str(out_dir), max_t=max_t,
        train_paths=[str(Path(p).resolve()) for p in train],
        eval_paths=[str(Path(p).resolve()) for p in evals],
        train_storage=f"{storage}/{name}-trials", val_items=prepare_val_items(cfg, out_dir))


def require_state_api() -> None:
    """ASHA stops trials by killing them; Train V2 then removes the trial's placement group
    from a cleaner actor that asks the State API (served by the dashboard) whether the run's
    controller died. Without it every cut trial keeps its CPUs/GPUs and the search stalls."""
    from ray.util.state import list_actors
    from ray.util.state.exception import RayStateApiException

    for attempt in range(STATE_API_TRIES):
        try:
            list_actors(limit=1, raise_on_missing_output=False)
            return
        except (RayStateApiException, ConnectionError) as err:
            error: Exception = err
            if attempt < STATE_API_TRIES - 1:
                time.sleep(1)  # a freshly started head serves it a few seconds late
    raise UserError("tune.scheduler=asha needs the Ray dashboard (State API) on the "
                    "cluster: Ray Train frees a stopped trial's resources through it. "
                    "Start Ray with the dashboard (the default of `ray start --head`) "
                    f"or use tune.scheduler=none ({type(error).__name__})")


def run_tune(job: JobConfig, out_dir: Path, train: list[str],
             evals: list[str]) -> dict[str, Any]:
    """Search `job.tune.space` around `job.train` on the `train`/`evals` dialogue files
    (resuming a stored experiment)."""
    from medadapt.pipelines.runtime import ensure_ray

    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    context = tune_context(job, out_dir, train, evals)
    ensure_ray(worker_logs=True)  # with the dashboard: Train V2 frees a cut trial's CPUs
    if job.tune.scheduler == "asha":
        require_state_api()
    tuner, resumed = build_tuner(job, out_dir, context)
    if job.tune.searcher == "optuna":
        from medadapt.tune.searchers import objective_only_at_the_end

        with objective_only_at_the_end():
            tuner.fit()
    else:
        tuner.fit()
    storage, name = experiment_paths(job, out_dir)
    return write_outputs(job, out_dir, context, f"{storage}/{name}", resumed)
