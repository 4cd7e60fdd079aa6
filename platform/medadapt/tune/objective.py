"""One Tune trial: the sampled point applied to the job's `train`, trained on Ray Train V2,
then scored on validation data: KazMMLU-format items and, when the objective weighs them,
the in-domain tasks on the val split's dialogues (held out from training).

Ray 2.60 runs Train V2, so the trial function builds its own `TorchTrainer` (it runs inside
the trial) and `TuneReportCallback` forwards every Train report (eval loss at each checkpoint
step) to Tune, where ASHA cuts weak trials. The trial's Train run is named after the trial
id under the experiment's storage, so a retried trial resumes its own checkpoints.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from medadapt.records import TrialContext
from medadapt.train.session import RunPaths
from medadapt.train.settings import TrainConfig
from medadapt.train.tracking import numeric_metrics
from medadapt.tune.settings import MIX_KEY, ObjectiveSettings, TuneConfig
from medadapt.tune.space import apply_point, parse_mix

ADAPTER_VARIANT = "trial"
# Ray Data asks 1 CPU per read task by default; with trials' workers holding most CPUs of a
# small node, concurrent trials' reads would wait on each other forever. Reading a JSONL
# file is light, so each read task asks for a slice.
READ_TASK_CPUS = 0.1


def trial_run_name(experiment: str, trial_id: str) -> str:
    """Shared by the trial's Train run and the driver's callback: one W&B run per trial."""
    return f"{experiment}-{trial_id}"


def trial_train_config(train: TrainConfig, tune_cfg: TuneConfig, point: dict[str, Any],
                       group: str) -> TrainConfig:
    """The job's train section + the sampled values + the search's step/report policy."""
    cfg = apply_point(train, point)
    data = cfg.model_dump(mode="json")
    every = tune_cfg.report_steps()
    data["max_steps"] = tune_cfg.max_t or cfg.max_steps
    data["eval_every_steps"] = every
    res = tune_cfg.resources
    data["ray"].update(num_workers=res.workers, cpus_per_worker=res.cpus,
                       use_gpu=res.gpus > 0, gpus_per_worker=res.gpus or 1,
                       checkpoint_every_steps=every, max_failures=0)  # Tune retries trials
    data["wandb"].update(group=group, log_checkpoints=False)
    return TrainConfig.model_validate(data)


def trial_train_paths(point: dict[str, Any], train: list[str], trial_dir: Path,
                      tune_cfg: TuneConfig) -> list[str]:
    """The job's dialogues, or a kk:ru mix of them when the trial sampled one."""
    if MIX_KEY not in point:
        return list(train)
    from medadapt.corpus.mix import build_mix

    rows = build_mix(dialogues_with_language(train), parse_mix(point[MIX_KEY]),
                     tune_cfg.seed, tune_cfg.mix_size)
    path = trial_dir / "train_mix.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return [str(path)]


def dialogues_with_language(paths: list[str]) -> list[dict[str, Any]]:
    """Whole dialogue rows (checked against the contract), each with its `language`."""
    from medadapt.train.data import DialogueError, decode_dialogue

    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                row = decode_dialogue(line, f"{path}:{number}")
                if not isinstance(row.get("language"), str):
                    raise DialogueError(f"{path}:{number}: a mix search needs each "
                                        "dialogue's 'language' (kk, ru, mixed)")
                rows.append(row)
    return rows


def fit_in_trial(cfg: TrainConfig, paths: RunPaths) -> dict[str, Any]:
    """Train V2 inside the trial; every Train report also reaches Tune (for ASHA)."""
    from ray.tune.integration.ray_train import TuneReportCallback

    from medadapt.train.trainer import fit

    result = fit(cfg, paths, callbacks=[TuneReportCallback()], read_cpus=READ_TASK_CPUS)
    return result.metrics


def _mc_scores(scorer: Any, items: list[Any], variant: str) -> dict[str, float]:
    from medadapt.evaluate.metrics import point_metrics

    rows = scorer.score(items, variant)
    return point_metrics([r["gold"] for r in rows], [r["pred"] for r in rows])


def _task_scores(loaded: Any, cfg: TrainConfig, objective: ObjectiveSettings,
                 dialogues: list[str]) -> dict[str, float]:
    """Mean in-domain score per task on the held-out val dialogues, and their mean."""
    from medadapt.evaluate.indomain import TaskGenerator
    from medadapt.evaluate.tasks import load_task_items

    items = load_task_items(dialogues, objective.tasks, objective.task_limit)
    if not items:
        return {}
    rows = TaskGenerator(loaded, cfg.max_length, batch_size=8).generate(items, ADAPTER_VARIANT)
    out = {}
    for task in objective.tasks:
        scores = [r["score"] for r in rows if r["task"] == task]
        if scores:
            out[f"val_{task}"] = sum(scores) / len(scores)
    out["val_indomain"] = sum(out.values()) / len(out)
    return out


def combine_objective(scores: dict[str, float], objective: ObjectiveSettings) -> float:
    """Weighted in-domain + general score; the infeasible value when the constraint fails."""
    drop = objective.max_general_drop_pp
    if drop is not None and "val_base_accuracy" in scores and \
            100 * (scores["val_base_accuracy"] - scores["val_accuracy"]) > drop:
        return objective.infeasible_value
    total = objective.general * scores.get("val_accuracy", 0.0)
    if objective.indomain:
        total += objective.indomain * scores.get("val_indomain", 0.0)
    return total / (objective.general + objective.indomain)


def score_adapter(cfg: TrainConfig, adapter: Path, items_path: str, count: int, gpus: float,
                  objective: ObjectiveSettings | None = None,
                  dialogues: list[str] | None = None) -> dict[str, float]:
    """The trial's validation scores (in this process): KazMMLU-format letter accuracy of
    base + adapter on the val items, in-domain task scores on the val dialogues when the
    objective weighs them, and `val_objective`."""
    from medadapt.evaluate.items import load_items
    from medadapt.evaluate.modeling import load_scoring_model
    from medadapt.evaluate.scoring import Scorer, ScoringSettings
    from medadapt.evaluate.settings import BASE_VARIANT, AdapterSpec

    objective = objective or ObjectiveSettings()
    need_base = objective.max_general_drop_pp is not None
    items = load_items(items_path, limit=count)
    loaded = load_scoring_model(cfg.model, [AdapterSpec(name=ADAPTER_VARIANT, path=str(adapter))],
                                include_base=need_base, cache_dir=cfg.cache_dir, gpus=gpus)
    scorer = Scorer(loaded, ScoringSettings(max_length=cfg.max_length, batch_size=8))
    scores = {f"val_{k}": float(v)
              for k, v in numeric_metrics(_mc_scores(scorer, items, ADAPTER_VARIANT)).items()}
    if need_base:
        scores["val_base_accuracy"] = _mc_scores(scorer, items, BASE_VARIANT)["accuracy"]
    if objective.indomain and dialogues:
        scores.update(_task_scores(loaded, cfg, objective, dialogues))
    scores["val_objective"] = combine_objective(scores, objective)
    return scores


def run_trial(config: dict[str, Any], context: TrialContext) -> None:
    """The Tune trainable: train the sampled point, score it, report the objective."""
    from ray import tune

    tune_cfg = TuneConfig.model_validate(context.tune)
    trial_id = tune.get_context().get_trial_id()
    point = {k: v for k, v in config.items() if k in tune_cfg.space}
    cfg = trial_train_config(TrainConfig.model_validate(context.train), tune_cfg, point,
                             context.experiment)
    trial_dir = Path(context.out_dir) / "trials" / trial_id
    trial_dir.mkdir(parents=True, exist_ok=True)
    with open(trial_dir / "starts.log", "a", encoding="utf-8") as handle:
        handle.write(f"{time.time():.3f}\n")  # one line per (re)start of this trial
    paths = RunPaths(train=trial_train_paths(point, context.train_paths, trial_dir, tune_cfg),
                     evals=context.eval_paths,
                     run_name=trial_run_name(context.experiment, trial_id),
                     storage=context.train_storage,
                     wandb_dir=Path(context.out_dir) / "wandb", out_dir=trial_dir)
    final = fit_in_trial(cfg, paths)
    scores = score_adapter(cfg, paths.adapter_out, context.val_items, tune_cfg.val_count,
                           tune_cfg.resources.gpus, tune_cfg.objective, context.eval_paths)
    report = {**numeric_metrics(final), **scores, "done_steps": final.get("step", 0)}
    (trial_dir / "result.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    tune.report(report)
