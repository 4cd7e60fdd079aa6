"""A synthetic, learnable A-E task in the dialogue format (tests, benchmark, smoke runs).

The right letter is fixed by one diagnosis keyword in the question (ru or kk), so a random
tiny model scores at chance (20%) and a trained adapter can score far above it. No patient
text is involved.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import torch

LETTERS = "ABCDE"
KEYWORDS = {
    "ru": ["перелом", "артроз", "вывих", "сколиоз", "остеомиелит"],
    "kk": ["сынық", "артроз", "шығу", "сколиоз", "остеомиелит"],
}
FILLER = {
    "ru": ["Пациент поступил в отделение.", "Жалобы на боль.", "Анамнез без особенностей.",
           "Назначено обследование.", "Состояние средней тяжести."],
    "kk": ["Науқас бөлімшеге түсті.", "Ауырсынуға шағым.", "Анамнезі ерекшеліксіз.",
           "Тексеру тағайындалды.", "Жағдайы орташа."],
}
QUESTION = {"ru": "Диагноз: {kw}. Выберите код (A–E).",
            "kk": "Диагноз: {kw}. Кодты таңдаңыз (A–E)."}


def toy_dialogue(index: int, rng: random.Random, filler: int = 2) -> dict:
    """One dialogue: system + user (filler sentences + keyword question) -> one letter."""
    language = rng.choice(["ru", "kk"])
    answer = rng.randrange(5)
    context = " ".join(rng.sample(FILLER[language], k=min(filler, 5)))
    question = QUESTION[language].format(kw=KEYWORDS[language][answer])
    return {
        "id": f"toy-{index:05d}", "patient_id": f"synthetic-{index:05d}", "language": language,
        "split": "train", "task": "mcq_toy",
        "messages": [
            {"role": "system", "content": "Ответь одной буквой."},
            {"role": "user", "content": f"{context} {question}"},
            {"role": "assistant", "content": LETTERS[answer]},
        ],
    }


def toy_dialogues(n: int, seed: int = 0, filler: int = 2) -> list[dict]:
    rng = random.Random(seed)
    return [toy_dialogue(i, rng, filler) for i in range(n)]


CODES = ["S72", "M17", "S43", "M41", "M86"]  # ICD-10 blocks, one per keyword


def toy_mc_items(n: int, seed: int = 0) -> list[dict]:
    """The toy task as KazMMLU-format rows (validation items for a search's objective)."""
    rng = random.Random(seed)
    rows = []
    for index in range(n):
        dialogue = toy_dialogue(index, rng)
        answer = dialogue["messages"][-1]["content"]
        row = {"id": f"toy-mc-{index:04d}", "Subject": "Medicine", "Level": "Professional",
               "Language": dialogue["language"],
               "Question": dialogue["messages"][1]["content"], "Answer Key": answer}
        row.update({f"Option {letter}": code for letter, code in zip(LETTERS, CODES,
                                                                     strict=True)})
        rows.append(row)
    return rows


def write_jsonl(rows: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def write_toy_search_data(folder: Path) -> tuple[Path, Path, Path]:
    """(train dialogues, eval dialogues, validation MC items) for a small search."""
    return (write_jsonl(toy_dialogues(24), folder / "train.jsonl"),
            write_jsonl(toy_dialogues(6, seed=1), folder / "val.jsonl"),
            write_jsonl(toy_mc_items(10, seed=2), folder / "val_items.jsonl"))


@torch.no_grad()
def letter_accuracy(model: torch.nn.Module, tokenizer, rows: list[dict]) -> float:
    """Zero-shot A-E accuracy: argmax over the five letter tokens after the prompt."""
    letter_ids = [tokenizer.convert_tokens_to_ids(letter) for letter in LETTERS]
    model.eval()
    correct = 0
    for row in rows:
        prompt = row["messages"][:-1]
        ids = tokenizer.apply_chat_template(prompt, tokenize=True, return_dict=True,
                                            add_generation_prompt=True)["input_ids"]
        logits = model(input_ids=torch.tensor([list(ids)])).logits[0, -1]
        pred = int(torch.argmax(logits[letter_ids]))
        correct += LETTERS[pred] == row["messages"][-1]["content"]
    return correct / max(len(rows), 1)


def learnable_tiny(out_dir: Path, cache_dir: Path | None = None, init_range: float = 0.2,
                   seed: int = 0) -> Path:
    """The embedded tiny model's shape and tokenizer, re-initialised with wider weights.

    At the default init (0.02) the tied 64-d embeddings bound every logit to about +-1.3
    after the final norm, which LoRA cannot change; a short CPU run then cannot show
    learning. Wider init keeps the model at chance before training (it is random) but lets
    a few dozen LoRA steps learn the task."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    from medadapt.tiny import resolve_model

    if (out_dir / "config.json").exists():
        return out_dir
    source = resolve_model("tiny", cache_dir)
    config = AutoConfig.from_pretrained(source)
    config.initializer_range = init_range
    torch.manual_seed(seed)
    AutoModelForCausalLM.from_config(config).save_pretrained(out_dir)
    AutoTokenizer.from_pretrained(source).save_pretrained(out_dir)
    return out_dir
