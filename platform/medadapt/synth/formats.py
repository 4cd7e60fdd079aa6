"""Written forms of dates, phones, e-mails, addresses and document numbers (ru and kk).

Formats are drawn per mention, so one record mixes `12.03.2024`, `12.03.24`,
`12 марта 2024 г.`, `2024 жылғы 12 наурыз` and ISO dates, as real scanned archives do.
"""

from __future__ import annotations

import random
from datetime import date

from medadapt.synth.people import Person, translit

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан"]


def fmt_date(d: date, lang: str, rng: random.Random) -> str:
    """One date in a format typical for `lang` (numeric forms are shared by both)."""
    numeric = [f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}", f"{d:%d.%m.%y}", d.isoformat(),
               f"{d.day}.{d.month:02d}.{d.year}"]
    if lang == "kk":
        words = [f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}",
                 f"{d.day} {KK_MONTHS[d.month - 1]} {d.year} ж.",
                 f"{d.year} ж. {d.day} {KK_MONTHS[d.month - 1]}"]
    else:
        words = [f"{d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year} г.",
                 f"«{d.day:02d}» {RU_MONTHS_GEN[d.month - 1]} {d.year} г.",
                 f"{d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year} года"]
    return rng.choice(numeric + words)


MOBILE_CODES = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]
CITY_CODES = {"Алматы": "727", "Астана": "7172", "Шымкент": "7252", "Қарағанды": "7212"}


def fmt_mobile(rng: random.Random) -> str:
    code = rng.choice(MOBILE_CODES)
    a, b, c = f"{rng.randrange(1000):03d}", f"{rng.randrange(100):02d}", f"{rng.randrange(100):02d}"
    forms = [f"+7 {code} {a} {b} {c}", f"+7 ({code}) {a}-{b}-{c}", f"8 {code} {a} {b}{c}",
             f"8{code}{a}{b}{c}", f"+7{code}{a}{b}{c}", f"8-{code}-{a}-{b}-{c}",
             f"8 ({code}) {a}-{b}-{c}", f"+7-{code}-{a}-{b}{c}"]
    return rng.choice(forms)


def fmt_landline(city: str, rng: random.Random) -> str:
    code = CITY_CODES.get(city, "727")
    if len(code) == 3:
        a, b, c = f"{rng.randrange(200, 1000):03d}", f"{rng.randrange(100):02d}", \
            f"{rng.randrange(100):02d}"
    else:
        a, b, c = f"{rng.randrange(20, 100):02d}", f"{rng.randrange(100):02d}", \
            f"{rng.randrange(100):02d}"
    forms = [f"8 ({code}) {a}-{b}-{c}", f"+7 {code} {a} {b} {c}", f"8{code}{a}{b}{c}",
             f"8 {code} {a}{b}{c}", f"+7 ({code}) {a}-{b}-{c}"]
    return rng.choice(forms)


DOMAINS = ["mail.ru", "gmail.com", "inbox.kz", "yandex.kz", "bk.ru", "mail.kz"]


def fmt_email(p: Person, rng: random.Random, domain: str | None = None) -> str:
    first, last = translit(p.first), translit(p.surname)
    user = rng.choice([f"{first[0]}.{last}", f"{last}{rng.randrange(60, 99)}",
                       f"{first}_{last}", f"{last}.{first[0]}{rng.randrange(1, 999)}"])
    return f"{user}@{domain or rng.choice(DOMAINS)}"


STREETS = {
    "Алматы": ["Толе би", "Абая", "Жандосова", "Розыбакиева", "Сатпаева", "Байзакова", "Навои",
               "Райымбека", "Жарокова", "Гагарина"],
    "Астана": ["Кабанбай батыра", "Сарыарка", "Республики", "Кенесары", "Бейбитшилик",
               "Туран", "Сыганак"],
}
MICRO = {"Алматы": ["Самал-2", "Аксай-4", "Орбита-3", "Жетысу-2", "Калкаман-1", "Мамыр-4"],
         "Астана": ["Коктал-1", "Жагалау-3", "Акбулак", "Шапагат"]}
KK_STREET = {"Жандосова": "Жандосов", "Сатпаева": "Сәтбаев", "Абая": "Абай",
             "Кабанбай батыра": "Қабанбай батыр", "Кенесары": "Кенесары"}
KK_MICRO = {"Аксай-4": "Ақсай-4", "Жетысу-2": "Жетісу-2", "Калкаман-1": "Қалқаман-1",
            "Коктал-1": "Көктал-1", "Акбулак": "Ақбұлақ"}


def fmt_address(city: str, lang: str, rng: random.Random) -> str:
    """A street or micro-district address; Kazakh forms use көш./даңғылы/ш/а/-үй/-пәтер."""
    city = city if city in STREETS else "Алматы"
    street, micro = rng.choice(STREETS[city]), rng.choice(MICRO[city])
    house, flat = rng.randrange(1, 240), rng.randrange(1, 180)
    if lang == "kk":
        st, mc = KK_STREET.get(street, street), KK_MICRO.get(micro, micro)
        forms = [f"{city} қ., {st} көш., {house}-үй, {flat}-пәтер",
                 f"{city} қаласы, {st} көшесі, {house}, {flat} п.",
                 f"{city} қ., {mc} ш/а, {house}-үй, {flat}-пәтер",
                 f"{city} қ., {st} даңғылы, {house}/{rng.randrange(1, 9)}, {flat}-пәтер",
                 f"{mc} шағын ауданы, {house}-үй, {flat}-пәтер"]
    else:
        forms = [f"г. {city}, ул. {street}, д. {house}, кв. {flat}",
                 f"{city}, мкр. {micro}, д. {house}, кв. {flat}",
                 f"г. {city}, пр. {street}, {house}/{rng.randrange(1, 9)}-{flat}",
                 f"ул. {street} {house}, кв {flat}",
                 f"г.{city}, мкр {micro}, дом {house}, квартира {flat}",
                 f"Алматинская обл., Карасайский р-н, с. Каскелен, ул. {street}, {house}"]
    return rng.choice(forms)


def make_record_id(rng: random.Random, year: int) -> str:
    n = rng.randrange(100, 99999)
    return rng.choice([f"{n}/{year % 100}", f"{year}-{n:05d}", f"{n:06d}", f"ИБ-{n:05d}",
                       f"{n}-{year % 100}/С"])


def make_doc_id(rng: random.Random) -> tuple[str, str]:
    """(kind, number): Kazakhstan ID card (9 digits) or passport (N + 8 digits)."""
    if rng.random() < 0.7:
        return "id_card", f"0{rng.randrange(10**7, 10**8)}"
    return "passport", f"N{rng.randrange(10**7, 10**8)}"
