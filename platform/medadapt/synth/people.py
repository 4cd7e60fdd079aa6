"""People in a record and the many written forms of their names (ru and kk grammar).

Real records write the same person as "Жумабеков Ерлан Серикович", "ЖУМАБЕКОВ Е.С.",
"Е.С. Жумабеков", "у пациента Жумабекова Ерлана", "Жұмабеков Ерлан Серікұлының"... A detector
must catch all of them, so every form is generated here and linked by one `person_id`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

# (Kazakh spelling, Russian-document spelling)
KZ_MALE = [("Ерлан", "Ерлан"), ("Нұрлан", "Нурлан"), ("Асхат", "Асхат"), ("Дәурен", "Даурен"),
           ("Бауыржан", "Бауыржан"), ("Серік", "Серик"), ("Қайрат", "Кайрат"), ("Ержан", "Ержан"),
           ("Талғат", "Талгат"), ("Мұрат", "Мурат"), ("Ғалым", "Галым"), ("Жандос", "Жандос"),
           ("Берік", "Берик"), ("Әлібек", "Алибек"), ("Дархан", "Дархан"), ("Нұржан", "Нуржан"),
           ("Санжар", "Санжар"), ("Темірлан", "Темирлан"), ("Ақжол", "Акжол"), ("Болат", "Болат")]
KZ_FEMALE = [("Айгүл", "Айгуль"), ("Гүлнар", "Гульнар"), ("Жанар", "Жанар"), ("Динара", "Динара"),
             ("Әйгерім", "Айгерим"), ("Сәуле", "Сауле"), ("Мөлдір", "Мольдир"),
             ("Ақмарал", "Акмарал"), ("Айжан", "Айжан"), ("Гүлмира", "Гульмира"),
             ("Назгүл", "Назгуль"), ("Ботагөз", "Ботагоз"), ("Салтанат", "Салтанат"),
             ("Аружан", "Аружан"), ("Жібек", "Жибек")]
KZ_SURNAME = [("Жұмабеков", "Жумабеков"), ("Ахметов", "Ахметов"), ("Сәрсенбаев", "Сарсенбаев"),
              ("Омаров", "Омаров"), ("Тоқтаров", "Токтаров"), ("Әбдірахманов", "Абдрахманов"),
              ("Қасымов", "Касымов"), ("Серікбаев", "Серикбаев"), ("Байжанов", "Байжанов"),
              ("Оспанов", "Оспанов"), ("Есенов", "Есенов"), ("Төлеубаев", "Тулеубаев"),
              ("Бекмұратов", "Бекмуратов"), ("Нұрпейісов", "Нурпеисов"),
              ("Мұхамедиев", "Мухамедиев"),
              ("Жақсылықов", "Жаксылыков"), ("Ізбасаров", "Избасаров"), ("Смағұлов", "Смагулов")]
RU_MALE = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Владимир", "Игорь", "Виктор",
           "Олег", "Николай", "Юрий", "Геннадий", "Валерий", "Павел"]
RU_FEMALE = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Людмила", "Галина",
             "Марина", "Валентина", "Анна", "Надежда"]
RU_SURNAME = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
              "Новиков", "Морозов", "Волков", "Федоров", "Белоусов", "Никитин", "Гришин"]
KOREAN_SURNAME = ["Ким", "Пак", "Цой", "Тен", "Ли", "Хван", "Шин", "Когай", "Югай", "Тян"]
FATHER_RU = ["Иван", "Сергей", "Николай", "Петр", "Александр", "Виктор", "Юрий", "Геннадий"]

VOWELS_BACK = set("аоұыуяё")
VOWELS_FRONT = set("әөүіеиэю")
VOICELESS = set("кқпстфхцчшщбвгд")


def ru_patronymic(father: str, male: bool) -> str:
    """Russian-style patronymic from a father's name (Серик -> Серикович / Сериковна)."""
    if father.endswith("ий"):
        return father[:-2] + ("ьевич" if male else "ьевна")
    if father.endswith("й"):
        return father[:-1] + ("евич" if male else "евна")
    soft = father[-1] in "жшчщц"
    return father + (("евич" if soft else "ович") if male else ("евна" if soft else "овна"))


@dataclass(frozen=True)
class Person:
    """One person; `kk_*` are Kazakh spellings (equal to ru for Russian/Korean names)."""

    person_id: str
    surname: str
    first: str
    patronymic: str
    kk_surname: str
    kk_first: str
    kk_patronymic: str
    male: bool
    origin: str  # kazakh | russian | korean
    entity: str  # patient | relative | staff

    def parts(self, lang: str) -> tuple[str, str, str]:
        if lang == "kk":
            return self.kk_surname, self.kk_first, self.kk_patronymic
        return self.surname, self.first, self.patronymic

    def full(self, lang: str, order: str = "sfp") -> str:
        s, f, p = self.parts(lang)
        words = {"sfp": [s, f, p], "fps": [f, p, s], "sf": [s, f], "fs": [f, s]}[order]
        return " ".join(w for w in words if w)

    def initials(self, lang: str, style: str = "after") -> str:
        """`Иванов И.И.`, `И.И. Иванов`, `Иванов И. И.`, `ИВАНОВ И.И.`."""
        s, f, p = self.parts(lang)
        ini = f[0] + "." + (p[0] + "." if p else "")
        if style == "spaced":
            return s + " " + ini.replace(".", ". ").strip()
        if style == "before":
            return ini + " " + s
        if style == "caps":
            return (s + " " + ini).upper()
        return s + " " + ini

    def ru_case(self, case: str, with_patronymic: bool = True) -> str:
        """Russian genitive/dative/instrumental of "Surname First [Patronymic]"."""
        s, f, p = self.parts("ru")
        words = [_ru_surname(s, self.male, self.origin, case), _ru_first(f, self.male, case)]
        if with_patronymic and p:
            words.append(_ru_patronymic(p, case))
        return " ".join(words)

    def kk_case(self, case: str, order: str = "sfp") -> str:
        """Kazakh case suffix on the last word: genitive, dative, accusative, instrumental."""
        base = self.full("kk", order)
        return base + kk_suffix(base, case)


def _ru_surname(s: str, male: bool, origin: str, case: str) -> str:
    if origin == "korean" or s.endswith(("ұлы", "қызы", "улы", "кызы")):
        return s
    ends = {"gen": ("а", "ой"), "dat": ("у", "ой"), "ins": ("ым", "ой")}[case]
    if male:
        return s + ends[0]
    return s[:-1] + ends[1]  # Иванова -> Ивановой


def _ru_first(f: str, male: bool, case: str) -> str:
    if male:
        if f[-1] in "йь":
            return f[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
        return f + {"gen": "а", "dat": "у", "ins": "ом"}[case]
    if f.endswith("ья") or f.endswith("ия"):
        return f[:-1] + {"gen": "и", "dat": "е", "ins": "ей"}[case]
    if f.endswith("а"):
        gen = "и" if f[-2] in "гкхжшчщ" else "ы"
        return f[:-1] + {"gen": gen, "dat": "е", "ins": "ой"}[case]
    return f  # Айгуль, Салтанат: female names ending in a consonant do not decline


def _ru_patronymic(p: str, case: str) -> str:
    if p.endswith("вич"):
        return p + {"gen": "а", "dat": "у", "ins": "ем"}[case]
    if p.endswith("вна"):
        return p[:-1] + {"gen": "ы", "dat": "е", "ins": "ой"}[case]
    return p  # -ұлы / -қызы


def kk_suffix(word: str, case: str) -> str:
    """Kazakh case ending by vowel harmony and the final sound (simplified, regular nouns)."""
    last = word[-1].lower()
    if word.endswith(("ұлы", "қызы")) and case in ("dat", "acc"):
        return "на" if case == "dat" else "н"  # possessive stems: Серікұлына, Серікқызын
    vowels = [c for c in word.lower() if c in VOWELS_BACK | VOWELS_FRONT]
    front = bool(vowels) and vowels[-1] in VOWELS_FRONT
    if case == "gen":
        stem = "н" if last in VOWELS_BACK | VOWELS_FRONT | set("мнң") else (
            "т" if last in VOICELESS else "д")
        return stem + ("ің" if front else "ың")
    if case == "dat":
        if last in VOICELESS:
            return "ке" if front else "қа"
        return "ге" if front else "ға"
    if case == "acc":
        stem = "н" if last in VOWELS_BACK | VOWELS_FRONT else ("т" if last in VOICELESS else "д")
        return stem + ("і" if front else "ы")
    if case == "ins":
        return ("пен" if last in VOICELESS else "бен" if last in "жз" else "мен")
    raise ValueError(case)


def _kk_patronymic(father_kk: str, male: bool, joined: bool) -> str:
    suffix = "ұлы" if male else "қызы"
    return father_kk + suffix if joined else f"{father_kk} {suffix}"


def make_person(rng: random.Random, person_id: str, entity: str, male: bool | None = None,
                origin: str | None = None) -> Person:
    """Draw a person; Kazakh names get either a -ович or a -ұлы/-қызы patronymic."""
    male = rng.random() < 0.5 if male is None else male
    origin = origin or rng.choices(["kazakh", "russian", "korean"], [0.65, 0.22, 0.13])[0]
    if origin == "kazakh":
        sk, sr = rng.choice(KZ_SURNAME)
        fk, fr = rng.choice(KZ_MALE if male else KZ_FEMALE)
        father_k, father_r = rng.choice(KZ_MALE)
        if not male:
            sk, sr = sk + "а", sr + "а"
        style = rng.choice(["ru", "joined", "spaced"])
        if style == "ru":
            pk = pr = ru_patronymic(father_r, male)
        else:
            pk = _kk_patronymic(father_k, male, style == "joined")
            pr = pk
        return Person(person_id, sr, fr, pr, sk, fk, pk, male, origin, entity)
    first = rng.choice(RU_MALE if male else RU_FEMALE)
    patronymic = ru_patronymic(rng.choice(FATHER_RU), male)
    if origin == "korean":
        surname = rng.choice(KOREAN_SURNAME)
    else:
        surname = rng.choice(RU_SURNAME) + ("" if male else "а")
    return Person(person_id, surname, first, patronymic, surname, first, patronymic, male,
                  origin, entity)


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                     "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "",
                     "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h", "i"], strict=True))


def translit(text: str) -> str:
    """Latin transliteration for e-mail addresses."""
    return "".join(TRANSLIT.get(c, c) for c in text.lower() if c.isalnum())


RELATIONS = {True: [("супруг", "супруга", "жұбайы"), ("сын", "сына", "ұлы"),
                    ("брат", "брата", "бауыры")],
             False: [("супруга", "супруги", "жұбайы"), ("дочь", "дочери", "қызы"),
                     ("сестра", "сестры", "апасы")]}


def _gendered_surname(surname: str, from_male: bool, to_male: bool) -> str:
    if from_male == to_male or not surname.endswith(("ов", "ев", "ин", "ова", "ева", "ина")):
        return surname
    return surname + "а" if not to_male else surname[:-1]


def make_relative(rng: random.Random, person_id: str, patient: Person
                  ) -> tuple[Person, tuple[str, str, str]]:
    """A relative with a sex-matching relation word, usually sharing the family surname."""
    male = rng.random() < 0.5
    relation = rng.choice(RELATIONS[male])
    rel = make_person(rng, person_id, "relative", male=male, origin=patient.origin)
    if rng.random() < 0.75:
        rel = replace(rel, surname=_gendered_surname(patient.surname, patient.male, male),
                      kk_surname=_gendered_surname(patient.kk_surname, patient.male, male))
    return rel, relation
