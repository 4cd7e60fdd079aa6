"""The tune section: space validation, translation to Ray Tune, and applying a sampled
point onto the train section (no Ray cluster)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from medadapt.errors import ConfigError
from medadapt.train.settings import TrainConfig
from medadapt.tune.objective import trial_train_config
from medadapt.tune.settings import TuneConfig
from medadapt.tune.space import apply_point, mix_label, parse_mix, search_space


@pytest.mark.parametrize("space, message", [
    ({"lora.rank": {"grid": [8]}}, "not a train key"),
    ({"lr": {"grid": [1e-4], "choice": [2e-4]}}, "exactly one"),
    ({"lr": {"loguniform": [0, 1e-3]}}, "lo < hi"),
    ({"lr": {"grid": []}}, "at least one value"),
    ({"mix": {"uniform": [0, 1]}}, "grid or choice"),
])
def test_bad_space_is_rejected_with_the_key(space, message):
    with pytest.raises(ValidationError, match=message):
        TuneConfig(space=space, searcher="random")


def test_grid_searcher_refuses_ranges():
    with pytest.raises(ValidationError, match="searcher=grid"):
        TuneConfig(space={"lr": {"loguniform": [1e-5, 1e-3]}})


def test_space_translates_to_tune_domains():
    from ray.tune.search.sample import Categorical, Float

    cfg = TuneConfig(searcher="random", space={
        "lr": {"loguniform": [1e-5, 1e-3]}, "lora.r": {"grid": [8, 16]},
        "lora.target_modules": {"choice": [["q_proj", "v_proj"], "all-linear"]},
        "mix": {"choice": [{"kk": 0.5, "ru": 0.5}, {"kk": 0.8, "ru": 0.2}]}})
    space = search_space(cfg)
    assert isinstance(space["lr"], Float) and isinstance(space["lora.r"], Categorical)
    assert space["mix"].categories == ["kk=0.5,ru=0.5", "kk=0.8,ru=0.2"]
    assert search_space(TuneConfig(space={"lora.r": {"grid": [8, 16]}}))["lora.r"] == \
        {"grid_search": [8, 16]}


def test_point_lands_on_a_copy_of_train():
    train = TrainConfig()
    tuned = apply_point(train, {"lora.r": 8, "lr": 5e-4, "lora.target_modules": "all-linear",
                                "mix": "kk=0.5,ru=0.5"})
    assert (tuned.lora.r, tuned.lr, tuned.lora.target_modules) == (8, 5e-4, "all-linear")
    assert train.lora.r == 16  # the job's section is untouched
    assert parse_mix(mix_label({"ru": 0.3, "kk": 0.7})) == {"kk": 0.7, "ru": 0.3}


def test_invalid_values_fail_before_any_trial():
    with pytest.raises(ConfigError, match="tune.space.lora.dropout"):
        TuneConfig(space={"lora.dropout": {"grid": [0.1, 1.5]}}).check_against(TrainConfig())


def test_trial_config_follows_the_search_policy():
    cfg = TuneConfig(space={"lr": {"grid": [1e-3]}}, max_t=12, grace_period=3,
                     resources={"cpus": 2, "gpus": 1, "workers": 1})
    trial = trial_train_config(TrainConfig(), cfg, {"lr": 1e-3}, "exp")
    assert (trial.max_steps, trial.eval_every_steps, trial.ray.checkpoint_every_steps) == \
        (12, 3, 3)
    assert trial.ray.use_gpu and trial.ray.cpus_per_worker == 2
    assert trial.wandb.group == "exp" and trial.lr == 1e-3


def tune_job(tmp_path, **tune):
    from medadapt.config import validate_job

    return validate_job({"name": "j", "output_dir": str(tmp_path / "out"), "stages": ["tune"],
                         "train": {"data": {"train": ["t.jsonl"], "eval": ["v.jsonl"]}},
                         "tune": {"space": {"lr": {"grid": [1e-4, 2e-4]}}, "max_t": 4,
                                  **tune}}, "test")


def test_same_search_keeps_its_experiment_and_a_new_one_gets_its_own(tmp_path):
    from medadapt.tune.run import experiment_paths

    base = experiment_paths(tune_job(tmp_path), tmp_path)
    faster = experiment_paths(tune_job(tmp_path, max_concurrent_trials=8,
                                       resources={"cpus": 4}), tmp_path)
    other = experiment_paths(tune_job(tmp_path, space={"lr": {"grid": [1e-3]}}), tmp_path)
    assert base == faster  # run-only settings resume the same experiment
    assert other[1] != base[1] and other[0] == base[0] == str(tmp_path / "ray")


def test_named_experiment_with_changed_space_is_refused(tmp_path):
    from medadapt.tune.run import check_identity

    check_identity(tune_job(tmp_path, name="exp"), tmp_path, "/s/exp", restoring=False)
    check_identity(tune_job(tmp_path, name="exp"), tmp_path, "/s/exp", restoring=True)
    changed = tune_job(tmp_path, name="exp", space={"lr": {"grid": [1e-3]}})
    with pytest.raises(ConfigError, match="tune.name: experiment /s/exp exists"):
        check_identity(changed, tmp_path, "/s/exp", restoring=True)


def row(trial_id, status, objective, eval_loss=1.0, **extra):
    return {"trial_id": trial_id, "status": status, "objective": objective,
            "eval_loss": eval_loss, **extra}


def test_best_is_the_completed_trial_with_the_best_objective():
    from medadapt.tune.outputs import pick_best

    nan = float("nan")
    rows = [row("a", "completed", 0.4), row("b", "stopped", nan), row("c", "completed", 0.6),
            row("d", "completed", 0.6, eval_loss=0.5), row("e", "error", nan)]
    assert pick_best(rows, "max")["trial_id"] == "d"  # ties broken by lower eval loss
    assert pick_best(rows, "min")["trial_id"] == "a"
    assert pick_best([row("b", "stopped", nan)], "max") is None


def test_best_yaml_is_a_train_job_with_the_best_values_and_its_mix(tmp_path):
    import yaml

    from medadapt.config import validate_job
    from medadapt.tune.outputs import best_job

    job = tune_job(tmp_path, space={"lr": {"grid": [1e-4, 2e-4]},
                                    "lora.target_modules": {"grid": [["q_proj"], "all-linear"]},
                                    "mix": {"grid": [{"kk": 1, "ru": 1}]}})
    best = row("t1", "completed", 0.7, lr=2e-4, **{"lora.target_modules": '["q_proj"]',
                                                    "mix": "kk=1,ru=1"})
    from medadapt.records import TrialContext

    context = TrialContext(tune={}, train={}, experiment="exp", out_dir=str(tmp_path), max_t=4,
                           train_paths=["/d/t.jsonl"], eval_paths=["/d/v.jsonl"],
                           train_storage=str(tmp_path), val_items="v.jsonl")
    text = best_job(job, best, context, tmp_path)
    assert text.startswith("# best trial t1 of exp: val_accuracy=0.7000")
    final = validate_job(yaml.safe_load(text), "best.yaml")
    assert final.stages == ["train"] and final.train.lr == 2e-4
    assert final.train.lora.target_modules == ["q_proj"]
    assert final.train.data.train == [str(tmp_path / "trials" / "t1" / "train_mix.jsonl")]
    assert final.train.data.eval == ["/d/v.jsonl"]


def test_optuna_learns_only_from_final_objectives():
    from ray.tune.search import ConcurrencyLimiter

    from medadapt.tune.run import make_searcher

    cfg = TuneConfig(searcher="optuna", num_samples=4, max_concurrent_trials=2,
                     space={"lr": {"loguniform": [1e-5, 1e-2]}, "lora.r": {"grid": [4, 8]}})
    searcher = make_searcher(cfg)
    assert isinstance(searcher, ConcurrencyLimiter)
    searcher.set_search_properties(None, None, search_space(cfg))
    first, second = searcher.suggest("t1"), searcher.suggest("t2")
    assert 1e-5 <= first["lr"] <= 1e-2 and second["lora.r"] in (4, 8)
    assert searcher.suggest("t3") is None  # two at a time
    searcher.on_trial_result("t1", {"eval_loss": 2.0, "step": 2, "training_iteration": 1})
    searcher.on_trial_complete("t1", {"eval_loss": 1.0, "val_accuracy": 0.5, "step": 6})
    searcher.on_trial_complete("t2", {"eval_loss": 3.0, "step": 2})  # cut by ASHA
    study = searcher.searcher._ot_study
    states = sorted(t.state.name for t in study.trials)
    assert states == ["COMPLETE", "PRUNED"] and study.best_value == 0.5
    assert searcher.suggest("t3") is not None


def test_sampled_mix_becomes_the_trials_training_file(tmp_path):
    import json

    from medadapt.train.toy import toy_dialogues, write_jsonl
    from medadapt.tune.objective import trial_train_paths

    rows = toy_dialogues(40)
    source = str(write_jsonl(rows, tmp_path / "train.jsonl"))
    cfg = TuneConfig(space={"mix": {"grid": [{"kk": 3, "ru": 1}]}}, mix_size=12)
    assert trial_train_paths({}, [source], tmp_path, cfg) == [source]  # no mix sampled
    (path,) = trial_train_paths({"mix": "kk=3,ru=1"}, [source], tmp_path, cfg)
    mixed = [json.loads(line) for line in open(path, encoding="utf-8")]
    languages = [row["language"] for row in mixed]
    assert (languages.count("kk"), languages.count("ru")) == (9, 3)
    assert {row["id"] for row in mixed} <= {row["id"] for row in rows}


def test_dialogues_without_language_fail_a_mix_search_before_trials(tmp_path):
    import json

    from medadapt.tune.run import check_dialogues

    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "x", "messages": [
        {"role": "user", "content": "q"}, {"role": "assistant", "content": "A"}]}) + "\n")
    check_dialogues([str(path)], [str(path)], mix=False)
    with pytest.raises(ConfigError, match=r"d.jsonl:1: a mix search needs each dialogue's"):
        check_dialogues([str(path)], [], mix=True)
    with pytest.raises(ConfigError, match="train.data: .*missing.jsonl"):
        check_dialogues([str(tmp_path / "missing.jsonl")], [], mix=False)


def test_objective_weighs_indomain_and_general_and_applies_the_drop_constraint():
    from medadapt.tune.objective import combine_objective
    from medadapt.tune.settings import ObjectiveSettings

    only_icd = ObjectiveSettings(indomain=1, general=0, tasks=["icd10"], max_general_drop_pp=10)
    scores = {"val_accuracy": 0.30, "val_base_accuracy": 0.35, "val_indomain": 0.8}
    assert combine_objective(scores, only_icd) == pytest.approx(0.8)
    dropped = {**scores, "val_accuracy": 0.20}  # 15 pp below the base: infeasible
    assert combine_objective(dropped, only_icd) == only_icd.infeasible_value
    mixed = ObjectiveSettings(indomain=3, general=1)
    assert combine_objective(scores, mixed) == pytest.approx((3 * 0.8 + 0.30) / 4)
    assert combine_objective({"val_accuracy": 0.4}, ObjectiveSettings()) == pytest.approx(0.4)
    assert "icd10" in only_icd.describe() and "10 pp" in only_icd.describe()


def test_objective_needs_a_weight_and_known_tasks():
    from medadapt.tune.settings import ObjectiveSettings

    with pytest.raises(ValueError, match="positive weight"):
        ObjectiveSettings(indomain=0, general=0)
    with pytest.raises(ValueError, match="unknown"):
        ObjectiveSettings(indomain=1, tasks=["summary"])


def test_summary_names_the_objective():
    from medadapt.tune.outputs import describe_objective
    from medadapt.tune.settings import TuneConfig

    cfg = TuneConfig(metric="val_objective",
                     objective={"indomain": 1, "general": 0, "max_general_drop_pp": 5})
    assert describe_objective(cfg).startswith("max val_objective = 1 x mean in-domain score")
    assert "KazMMLU" in describe_objective(TuneConfig())
