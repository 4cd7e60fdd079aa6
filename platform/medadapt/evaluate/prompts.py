"""The zero-shot prompt of the study and strict parsing of generated answers.

The study's protocol: one prompt holds the question and its options A-E, the model must
answer with exactly one letter, and anything else counts as wrong. The default template
follows it in Russian (the KazMMLU subset's language); Kazakh and English versions exist
for the breakdowns, and a custom template may use {question}, {options} and {letters}.
"""

from __future__ import annotations

import re
from typing import Any

from medadapt.evaluate.items import ANSWER_PREFIX, LOOKALIKES, MCItem, normalize_letter
from medadapt.evaluate.settings import TEMPLATE_FIELDS, check_template  # noqa: F401

TEMPLATES: dict[str, str] = {
    "ru": ("Ниже приведён вопрос с вариантами ответа. Выберите один правильный вариант.\n\n"
           "Вопрос: {question}\n{options}\n\n"
           "Ответьте только одной буквой ({letters}).\nОтвет:"),
    "kk": ("Төменде жауап нұсқалары бар сұрақ берілген. Бір дұрыс нұсқаны таңдаңыз.\n\n"
           "Сұрақ: {question}\n{options}\n\n"
           "Тек бір әріппен жауап беріңіз ({letters}).\nЖауап:"),
    "en": ("The following is a multiple-choice question. Choose the one correct option.\n\n"
           "Question: {question}\n{options}\n\n"
           "Answer with exactly one letter ({letters}).\nAnswer:"),
}
_OR = {"ru": "или", "kk": "немесе", "en": "or"}
def letters_phrase(letters: list[str], language: str) -> str:
    """['A','B','C'] -> 'A, B или C' (in the prompt's language)."""
    if len(letters) == 1:
        return letters[0]
    return f"{', '.join(letters[:-1])} {_OR.get(language, 'or')} {letters[-1]}"


def build_prompt(item: MCItem, language: str = "ru", template: str | None = None) -> str:
    """The user message for one item: question, its non-empty options, one-letter rule."""
    lang = item.language if language == "auto" else language
    lang = lang if lang in TEMPLATES else "ru"
    options = "\n".join(f"{letter}. {text}" for letter, text in item.options.items())
    letters = letters_phrase(list(item.options), lang)
    return (template or TEMPLATES[lang]).format(question=item.question, options=options,
                                                letters=letters)


def render_context(tokenizer: Any, prompt: str, chat: bool) -> str:
    """Wrap the prompt in the tokenizer's chat template (generation prompt added), if any."""
    if chat and getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template([{"role": "user", "content": prompt}],
                                             tokenize=False, add_generation_prompt=True)
    return prompt


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


_LEAD = re.compile(r"^[(\[]?\s*([A-Za-zАВСЕавсе])\s*[)\]]?\s*[.):]\s*(.+)$", re.DOTALL)


def parse_generated(text: str, item: MCItem) -> str | None:
    """Strictly read one letter from generated text; None (= wrong) when it is not one.

    Accepted: the letter alone in any normalised form ('B', 'b', Cyrillic 'В', '(B)',
    'Ответ: B'), or the letter followed by the start of that same option's text ('B. Аппарат
    Илиз' when generation was cut). A letter the item has no option for is invalid.
    """
    letter = normalize_letter(text)
    if letter is None:
        stripped = ANSWER_PREFIX.sub("", text.strip(), count=1)
        match = _LEAD.match(stripped)
        if not match:
            return None
        letter = match.group(1).translate(LOOKALIKES).upper()
        rest = _squash(match.group(2))
        option = item.options.get(letter)
        if option is None or not rest or not _squash(option).startswith(rest.rstrip(".")):
            return None
    return letter if letter in item.options else None
