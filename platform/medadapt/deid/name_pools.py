"""Surrogate name pools: (Russian spelling, Kazakh spelling) pairs, grouped by initial letter.

Every pool has names for every letter in IMAGE_LETTERS, so the keyed initial-letter map can
always find a surrogate whose initial matches what the initials-only mentions became. Male
names end in a consonant and surnames in -ов/-ев/-ин, so Russian case endings apply cleanly.
"""

from __future__ import annotations

IMAGE_LETTERS = "АБДЕКМНРСТ"
Pair = tuple[str, str]


def _pairs(spec: str) -> dict[str, list[Pair]]:
    """'Ерлан Ержан Нурлан/Нұрлан' -> {'Е': [...], 'Н': [('Нурлан', 'Нұрлан')]}."""
    out: dict[str, list[Pair]] = {}
    for item in spec.split():
        ru, _, kk = item.partition("/")
        out.setdefault(ru[0], []).append((ru, kk or ru))
    return out


MALE = {
    "ru": _pairs(
        "Антон Артур Арсен Борис Богдан Денис Давид Егор Ефим Кирилл Константин Максим Марк "
        "Назар Наум Роман Ростислав Степан Святослав Семен Тарас Трофим"
    ),
    "kk": _pairs(
        "Арман Алмас Асхат/Асқат Бауржан/Бауыржан Берик/Берік Болат Даурен/Дәурен Дамир "
        "Дархан Ерлан Ержан Ермек Канат/Қанат Кайрат/Қайрат Куаныш/Қуаныш Марат Мурат/Мұрат "
        "Медет Нурлан/Нұрлан Нуржан/Нұржан Рахат Рустем/Рүстем Серик/Серік Самат Санжар "
        "Талгат/Талғат Тимур Темирлан/Теміржан"
    ),
}
FEMALE = {
    "ru": _pairs(
        "Анна Алина Белла Богдана Дарина Диана Елена Ева Карина Кира Марина Милана Нина "
        "Надежда Регина Римма Светлана Стефания Тамара Таисия"
    ),
    "kk": _pairs(
        "Айгерим/Айгерім Айжан Балжан Ботагоз/Ботагөз Динара Дана Енлик/Еңлік Еркежан "
        "Камила Куралай/Құралай Мадина Меруерт Назгуль/Назгүл Нургуль/Нұргүл Раушан Рабига/Рабиға "
        "Салтанат Сауле/Сәуле Толкын/Толқын Томирис"
    ),
}
SURNAMES: dict[str, list[Pair]] = {
    "kk": [
        (ru, kk or ru)
        for ru, _, kk in (
            s.partition("/")
            for s in (
                "Ахметов Байжанов Досмухамедов/Досмұхамедов Есенов Жакупов/Жақыпов "
                "Искаков/Ысқақов Калиев/Қалиев Мухамеджанов/Мұхамеджанов Нургалиев/Нұрғалиев "
                "Оспанов Рахимов/Рахымов Сагинтаев/Сағынтаев Тулегенов/Төлегенов "
                "Умбетов/Өмбетов Шаймерденов Кенжебаев Абдрахманов/Әбдірахманов "
                "Бекмуханов/Бекмұханов Сарсенбаев/Сәрсенбаев Жумагулов/Жұмағұлов "
                "Турсунов/Тұрсынов Адилов/Әділов Смагулов/Смағұлов Копбаев/Қопбаев"
            ).split()
        )
    ],
    "ru": [
        (s, s)
        for s in (
            "Смирнов Кузнецов Попов Соколов Лебедев Новиков Морозов Федоров Михайлов Орлов "
            "Никитин Захаров Зайцев Соловьев Борисов Яковлев Григорьев Романов Воробьев "
            "Сергеев Титов Белов Комаров Ильин"
        ).split()
    ],
}
KOREAN: list[Pair] = [(s, s) for s in "Ким Пак Цой Тен Ли Югай Когай Хан Нам Пян".split()]


def _check() -> None:
    for pools in (MALE, FEMALE):
        for origin, by_letter in pools.items():
            missing = [c for c in IMAGE_LETTERS if c not in by_letter]
            assert not missing, f"surrogate pool {origin} lacks letters {missing}"


_check()
