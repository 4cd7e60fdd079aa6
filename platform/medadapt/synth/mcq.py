"""Synthetic KazMMLU-format orthopedic multiple-choice items (Russian and Kazakh), seeded.

For tests and the demo: real KazMMLU needs the network. Each fact below is one question with
its right answer and four distractors; items shuffle the options with `random.Random(seed)`,
so the same seed gives the same file. `four_option_every=k` blanks `Option E` (after moving
the right answer off E) on every k-th item, as some KazMMLU items have only four options.
`messy=True` also writes answer keys the way real files do: ' b ', Cyrillic 'В', 'C '.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from typing import Any

LETTERS = ("A", "B", "C", "D", "E")
SUBJECT = "Medicine"
LEVEL = "Professional & University"
CYRILLIC_TWIN = {"A": "А", "B": "В", "C": "С", "E": "Е"}

# (question, right answer, four distractors)
FACTS_RU: list[tuple[str, str, list[str]]] = [
    ("Какой аппарат применяют для чрескостного компрессионно-дистракционного остеосинтеза?",
     "Аппарат Илизарова", ["Шина Белера", "Повязка Дезо", "Гипсовая лонгета", "Корсет Шено"]),
    ("Какая классификация используется для переломов шейки бедренной кости?",
     "Классификация Гардена", ["Классификация Вебера", "Классификация Нира",
                               "Классификация Шацкера", "Классификация Салтера-Харриса"]),
    ("Какой симптом характерен для повреждения передней крестообразной связки?",
     "Симптом переднего выдвижного ящика", ["Симптом Ласега", "Симптом Финкельштейна",
                                            "Симптом Тинеля", "Симптом Фалена"]),
    ("Какой метод визуализации предпочтителен для оценки повреждения мениска?",
     "Магнитно-резонансная томография", ["Рентгенография", "Денситометрия",
                                         "Сцинтиграфия", "Термография"]),
    ("Какое осложнение наиболее опасно после эндопротезирования тазобедренного сустава?",
     "Тромбоэмболия легочной артерии", ["Контрактура кисти", "Плоскостопие",
                                        "Эпикондилит", "Бурсит локтевого сустава"]),
    ("Какой код МКБ-10 соответствует перелому шейки бедра?",
     "S72.0", ["M17.1", "S82.2", "M16.1", "S42.2"]),
    ("Какой препарат используется для профилактики тромбоза после артропластики?",
     "Эноксапарин", ["Цефазолин", "Кеторолак", "Омепразол", "Парацетамол"]),
    ("Что характерно для гонартроза III стадии по Келлгрену-Лоуренсу?",
     "Выраженное сужение суставной щели", ["Норма", "Отек мягких тканей",
                                           "Линия перелома", "Пневматизация"]),
    ("Какая иммобилизация применяется при переломе лучевой кости в типичном месте?",
     "Гипсовая лонгета", ["Аппарат Илизарова", "Скелетное вытяжение",
                          "Корсет", "Шина Белера"]),
    ("Какой доступ чаще используют при тотальном эндопротезировании тазобедренного сустава?",
     "Задне-латеральный доступ", ["Доступ Кохера к локтю", "Парапателлярный доступ",
                                  "Доступ Генри", "Доступ к плечу"]),
]
FACTS_KK: list[tuple[str, str, list[str]]] = [
    ("Сүйек арқылы компрессиялық-дистракциялық остеосинтез үшін қандай аппарат қолданылады?",
     "Илизаров аппараты", ["Белер шинасы", "Дезо таңғышы", "Гипс лонгетасы", "Шено корсеті"]),
    ("Ортан жілік мойнының сынуы үшін қандай жіктеме қолданылады?",
     "Гарден жіктемесі", ["Вебер жіктемесі", "Нир жіктемесі", "Шацкер жіктемесі",
                          "Салтер-Харрис жіктемесі"]),
    ("Алдыңғы айқыш байламның зақымдануына қандай симптом тән?",
     "Алдыңғы тартпа симптомы", ["Ласег симптомы", "Финкельштейн симптомы",
                                 "Тинель симптомы", "Фален симптомы"]),
    ("Менискінің зақымдануын бағалау үшін қандай әдіс тиімді?",
     "Магниттік-резонанстық томография", ["Рентгенография", "Денситометрия",
                                          "Сцинтиграфия", "Термография"]),
    ("Жамбас буынын эндопротездеуден кейін ең қауіпті асқыну қайсы?",
     "Өкпе артериясының тромбоэмболиясы", ["Қол контрактурасы", "Жалпақ табан",
                                           "Эпикондилит", "Шынтақ бурситі"]),
    ("Артропластикадан кейін тромбоздың алдын алу үшін қандай дәрі қолданылады?",
     "Эноксапарин", ["Цефазолин", "Кеторолак", "Омепразол", "Парацетамол"]),
    ("Кәрі жіліктің әдеттегі жерде сынуында қандай иммобилизация қолданылады?",
     "Гипс лонгетасы", ["Илизаров аппараты", "Қаңқалық тартылым", "Корсет",
                        "Белер шинасы"]),
    ("Ортан жілік мойнының сынуына ХАЖ-10 бойынша қандай код сәйкес келеді?",
     "S72.0", ["M17.1", "S82.2", "M16.1", "S42.2"]),
]


def _key_text(letter: str, index: int, messy: bool) -> str:
    """The Answer Key cell: clean, or one of the messy spellings real files contain."""
    if not messy:
        return letter
    style = index % 4
    if style == 1:
        return f" {letter.lower()} "
    if style == 2 and letter in CYRILLIC_TWIN:
        return CYRILLIC_TWIN[letter]
    if style == 3:
        return f"{letter} "
    return letter


def make_item(fact: tuple[str, str, list[str]], language: str, index: int,
              rng: random.Random, four_options: bool, messy: bool) -> dict[str, Any]:
    question, right, wrong = fact
    options = [right, *wrong]
    rng.shuffle(options)
    if four_options and options[-1] == right:  # keep the right answer among A-D
        swap = rng.randrange(4)
        options[swap], options[-1] = options[-1], options[swap]
    answer = LETTERS[options.index(right)]
    row: dict[str, Any] = {"id": f"synth-{language}-{index:04d}", "Subject": SUBJECT,
                           "Level": LEVEL, "Question": question, "Language": language}
    for letter, text in zip(LETTERS, options, strict=True):
        row[f"Option {letter}"] = text
    if four_options:
        row["Option E"] = None
    row["Answer Key"] = _key_text(answer, index, messy)
    return row


def generate_mcq(n: int, seed: int = 0, languages: tuple[str, ...] = ("ru", "kk"),
                 four_option_every: int = 5, messy: bool = False) -> list[dict[str, Any]]:
    """`n` KazMMLU-format rows cycling over languages and facts (same seed -> same rows)."""
    banks = {"ru": FACTS_RU, "kk": FACTS_KK}
    unknown = [lang for lang in languages if lang not in banks]
    if unknown:
        raise ValueError(f"languages {unknown}: synthetic items exist for {sorted(banks)}")
    rng = random.Random(f"medadapt-mcq/v1/{seed}")
    rows = []
    for index in range(n):
        language = languages[index % len(languages)]
        bank = banks[language]
        fact = bank[(index // len(languages)) % len(bank)]
        four = four_option_every > 0 and index % four_option_every == four_option_every - 1
        rows.append(make_item(fact, language, index, rng, four, messy))
    return rows


def write_mcq(rows: list[dict[str, Any]], path: Path) -> Path:
    """Write rows as CSV, JSONL or Parquet, chosen by the file suffix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        columns = list(dict.fromkeys(k for row in rows for k in row))
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows([{k: ("" if v is None else v) for k, v in r.items()} for r in rows])
    elif suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
    elif suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        raise ValueError(f"{path}: write .csv, .jsonl or .parquet")
    return path
