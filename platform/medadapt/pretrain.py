"""The embedded default that can learn: `tiny-med`, a small Llama pre-trained once, locally,
on generated bilingual case histories, so a LoRA adapter has something to specialise.

A randomly initialised backbone cannot learn an in-domain task from a few dozen dialogues
in a CPU demo's budget; one that has read case histories and practised copying facts out
of them (ICD-10 codes, AO/OTA types, diagnoses, dates) in plain "Вопрос/Ответ" form can.
Pre-training never sees the chat template, so the base model does not already answer the
corpus's ChatML dialogues: instruction tuning on the hospital's own dialogues is the lift
the demo measures.

Honesty: pre-training records come from a seed range (`PRETRAIN_SEED_MIN` and up) that no
job, demo or test scores on, and none of the multiple-choice facts is in its text (tests
check both). The cache key hashes the recipe, its version and the tokenizer's directory, so
a changed recipe rebuilds; the generator's digest is recorded beside the weights. Nothing
downloads.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import math
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from medadapt.io import publish_dir
from medadapt.tiny import TINY_MED

__all__ = ["PRETRAIN_SEED_MIN", "TINY_MED", "PretrainRecipe", "resolve_pretrained"]
log = logging.getLogger(__name__)
PRETRAIN_VERSION = "v1"
PRETRAIN_SEED_MIN = 1_000_000  # jobs and tests score on seeds below this, never above


@dataclass(frozen=True)
class PretrainRecipe:
    """Everything that decides the pre-trained weights (all of it is in the cache key)."""

    patients: int = 120
    seed: int = PRETRAIN_SEED_MIN + 17
    pages: tuple[int, int] = (2, 4)
    qa_per_fact: int = 2
    seq_len: int = 256
    batch: int = 16
    steps: int = 300
    lr: float = 4e-3
    warmup: int = 20
    shape: dict[str, int] = field(default_factory=lambda: {
        "hidden_size": 128, "intermediate_size": 384, "num_hidden_layers": 4,
        "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 4096})


# Plain-text questions (never ChatML): fact key -> (ru, kk) question.
QUESTIONS = {
    "icd10": ("Какой код МКБ-10?", "ХАЖ-10 коды қандай?"),
    "ao_ota": ("Тип перелома по AO/OTA?", "AO/OTA бойынша сыну түрі?"),
    "diagnosis_pre": ("Диагноз при поступлении?", "Түскендегі диагноз?"),
    "surgery_date": ("Дата операции?", "Операция күні?"),
    "implants": ("Какие имплантаты?", "Қандай импланттар?"),
}


def _fact_answer(facts: dict[str, Any], key: str) -> str | None:
    if key == "ao_ota":
        return (facts.get("fracture") or {}).get("ao_ota")
    value = facts.get(key)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or None
    return str(value) if value else None


def _window(text: str, needle: str, rng: random.Random, width: int = 700) -> str | None:
    """A stretch of record text around the fact's first mention (None if not stated)."""
    at = text.find(needle)
    if at < 0:
        return None
    start = max(0, at - rng.randint(50, width))
    return text[start:at + len(needle) + rng.randint(20, 200)]


def qa_blocks(text: str, facts: dict[str, Any], language: str, rng: random.Random,
              repeats: int = 1) -> Iterator[str]:
    """Record excerpts + plain question + the fact as the answer, for facts the text states
    (each fact `repeats` times, each time a different stretch of text around it)."""
    column = 1 if language == "kk" else 0
    for key, questions in QUESTIONS.items():
        answer = _fact_answer(facts, key)
        needle = answer if key != "icd10" else (answer or "").split(",")[0]
        for _ in range(repeats):
            excerpt = _window(text, needle, rng) if answer and needle else None
            if excerpt:
                yield f"{excerpt}\n\nВопрос: {questions[column]}\nОтвет: {answer}\n"


def pretraining_texts(recipe: PretrainRecipe) -> list[str]:
    """Whole records and their Q/A blocks, from seeds no scored set uses."""
    from medadapt.records import SynthTruth
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    if recipe.seed < PRETRAIN_SEED_MIN:
        raise ValueError(f"pre-training seed {recipe.seed} is below {PRETRAIN_SEED_MIN}: "
                         "scored sets use those seeds")
    rng = random.Random(recipe.seed)
    texts: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "corpus"
        generate_corpus(SynthConfig(patients=recipe.patients, seed=recipe.seed,
                                    pages=recipe.pages), out)
        for path in sorted((out / "truth").glob("*.json")):
            truth = SynthTruth.model_validate_json(path.read_text(encoding="utf-8"))
            record = "\n".join(truth.pages)
            texts.append(record)
            texts.extend(qa_blocks(record, truth.facts, truth.language, rng,
                                      recipe.qa_per_fact))
    return texts


def token_rows(texts: list[str], tokenizer: Any, seq_len: int) -> Any:
    """All texts, each ended by EOS, concatenated and cut into rows of `seq_len` tokens."""
    import torch

    ids: list[int] = []
    for text in texts:
        ids.extend(tokenizer(text, add_special_tokens=False)["input_ids"])
        ids.append(tokenizer.eos_token_id)
    rows = len(ids) // seq_len
    return torch.tensor(ids[:rows * seq_len], dtype=torch.long).view(rows, seq_len)


def _lr_at(step: int, recipe: PretrainRecipe) -> float:
    if step < recipe.warmup:
        return recipe.lr * (step + 1) / recipe.warmup
    progress = (step - recipe.warmup) / max(1, recipe.steps - recipe.warmup)
    return recipe.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def pretrain_loop(model: Any, rows: Any, recipe: PretrainRecipe) -> list[float]:
    """Plain torch AdamW over shuffled rows, warm-up then cosine; returns the loss per step."""
    import torch

    torch.manual_seed(recipe.seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=recipe.lr, weight_decay=0.01,
                                  betas=(0.9, 0.95))
    model.train()
    losses, order, cursor = [], torch.randperm(len(rows)), 0
    for step in range(recipe.steps):
        if cursor + recipe.batch > len(order):
            order, cursor = torch.randperm(len(rows)), 0
        batch = rows[order[cursor:cursor + recipe.batch]]
        cursor += recipe.batch
        for group in optimizer.param_groups:
            group["lr"] = _lr_at(step, recipe)
        loss = model(input_ids=batch, labels=batch).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(float(loss.detach()))
        if step % 20 == 0 or step == recipe.steps - 1:
            log.info("pretrain %s: step %d/%d loss %.3f", TINY_MED, step + 1, recipe.steps,
                     losses[-1])
    model.eval()
    return losses


def build_pretrained(out_dir: Path, tokenizer_dir: str, recipe: PretrainRecipe) -> Path:
    """Tokenizer of the tiny backbone + a Llama of `recipe.shape` pre-trained on records."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    started = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    texts = pretraining_texts(recipe)
    rows = token_rows(texts, tokenizer, recipe.seq_len)
    torch.manual_seed(recipe.seed)
    config = LlamaConfig(vocab_size=len(tokenizer), pad_token_id=tokenizer.pad_token_id,
                         eos_token_id=tokenizer.eos_token_id, bos_token_id=None,
                         tie_word_embeddings=True, **recipe.shape)
    model = LlamaForCausalLM(config)
    losses = pretrain_loop(model, rows, recipe)
    out_dir.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(out_dir)
    model.save_pretrained(out_dir, is_main_process=True)  # also inside a Train worker
    missing = [n for n in ("config.json", "model.safetensors") if not (out_dir / n).is_file()]
    if missing:
        raise RuntimeError(f"{TINY_MED}: save_pretrained wrote no {missing} in {out_dir}")
    info = {"recipe": asdict(recipe), "texts": len(texts), "rows": len(rows),
            "generator_digest": generator_digest(),
            "tokens": int(rows.numel()), "first_loss": losses[0], "last_loss": losses[-1],
            "seconds": round(time.perf_counter() - started, 1)}
    (out_dir / "pretrain.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return out_dir


def generator_digest() -> str:
    """Hash of the generator's source and data: a changed generator changes the records."""
    import medadapt.synth as synth

    root = Path(synth.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(recipe: PretrainRecipe, tokenizer_dir: str) -> str:
    """Recipe + version + tokenizer. The generator's digest is recorded in pretrain.json, not
    keyed: a backbone must not change identity in the middle of a job because someone edited
    synth/ (corpus counts tokens with it, Train workers load it); bump PRETRAIN_VERSION when
    the generator's records change on purpose."""
    payload = [PRETRAIN_VERSION, asdict(recipe), Path(tokenizer_dir).name]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:12]


def _complete(target: Path) -> bool:
    return (target / "config.json").is_file() and (target / "model.safetensors").is_file()


def resolve_pretrained(cache_dir: Path | None = None,
                       recipe: PretrainRecipe | None = None) -> str:
    """The `tiny-med` directory, built once per cache (a lock keeps concurrent callers,
    such as Train workers or tune trials, from building it twice)."""
    from medadapt.tiny import TINY, default_cache_dir, resolve_model

    recipe = recipe or PretrainRecipe()
    cache = cache_dir or default_cache_dir()
    tokenizer_dir = resolve_model(TINY, cache)
    target = cache / f"{TINY_MED}-{cache_key(recipe, tokenizer_dir)}"
    if _complete(target):
        return str(target)
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / f".{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _complete(target):
            shutil.rmtree(target, ignore_errors=True)  # a partial copy left by a failed save
            log.warning("building the embedded backbone %s once (pre-training on generated "
                        "records, a few minutes on 2 CPU cores) -> %s", TINY_MED, target)
            publish_dir(lambda staging: build_pretrained(staging, tokenizer_dir, recipe),
                        target)
    return str(target)
