"""Everything one record knows about its people and identifiers, plus token helpers.

Section writers ask the context for a *mention* ("a date", "the patient's name in the
dative") and get back a marked `Tok`; the format of each mention is drawn fresh, so a record
states the same identifier in several forms, each one recorded in the truth.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from medadapt.synth.clinical import Case, sample_case
from medadapt.synth.formats import (
    fmt_address,
    fmt_date,
    fmt_email,
    fmt_landline,
    fmt_mobile,
    make_doc_id,
    make_record_id,
)
from medadapt.synth.iin import make_iin
from medadapt.synth.layout import Tok
from medadapt.synth.people import Person, make_person, make_relative

HOSPITALS = {
    "almaty": ("ГКП на ПХВ «Городская клиническая больница №4»", "№4 қалалық клиникалық аурухана",
               "Алматы"),
    "astana": ("Национальный научный центр травматологии и ортопедии им. Н.Д. Батпенова",
               "Н.Д. Батпенов атындағы Травматология және ортопедия ұлттық ғылыми орталығы",
               "Астана"),
    "other": ("Многопрофильная областная больница", "Көпбейінді облыстық аурухана", "Алматы"),
}
DEPARTMENTS = ("Травматологическое отделение №2", "№2 травматология бөлімшесі")
FEMININE_FORMS = {
    "Доставлен": "Доставлена", "Поступил": "Поступила", "Госпитализирован": "Госпитализирована",
    "пациента": "пациентки", "Пациент": "Пациентка", "пациентом": "пациенткой",
    "пациенту": "пациентке", "находился": "находилась", "Обратился": "Обратилась",
    "поскользнулся": "поскользнулась", "упал": "упала", "Болеет": "Болеет", "Ходит": "Ходит",
}
FEMININE = re.compile(r"\b(" + "|".join(FEMININE_FORMS) + r")\b")
STAFF_ROLES = ("surgeon", "assistant", "anesthesiologist", "head", "attending", "nurse")


def hospital_for(center: str) -> tuple[str, str, str]:
    """Hospital names (ru, kk) and city for a center folder name."""
    for key, value in HOSPITALS.items():
        if key in center.lower():
            return value
    return HOSPITALS["other"]


@dataclass
class Ctx:
    """One record's identities, identifiers and clinical case."""

    rng: random.Random
    lang: str
    center: str
    case: Case
    patient: Person
    relative: Person
    relation: tuple[str, str, str]  # ru nominative, ru genitive, kk
    staff: dict[str, Person]
    birth: date
    iin: str
    record_id: str
    doc: tuple[str, str]
    doc_issued: date
    address_city: str
    hospital: tuple[str, str, str]
    mobile: str
    email: str
    relative_phone: str
    hospital_phone: str
    extra: dict = field(default_factory=dict)

    # --- token helpers -------------------------------------------------------------------
    def tok(self, text: str, label: str, entity: str = "patient",
            person: Person | None = None) -> Tok:
        return Tok(text, label, "phi", entity, person.person_id if person else None)

    def name(self, person: Person, lang: str, form: str | None = None) -> Tok:
        """A name mention; `form` None draws one of the uninflected written forms."""
        form = form or self.rng.choice(["sfp", "sfp", "after", "before", "spaced", "sf", "fps"])
        if form in ("sfp", "sf", "fps", "fs"):
            text = person.full(lang, form)
        elif form in ("after", "before", "spaced", "caps"):
            text = person.initials(lang, form)
        elif form == "upper":
            text = person.full(lang).upper()
        elif lang == "kk":
            text = person.kk_case(form)
        else:
            text = person.ru_case(form, with_patronymic=self.rng.random() < 0.6)
        return self.tok(text, "NAME", person.entity, person)

    def date(self, d: date, lang: str, entity: str = "patient") -> Tok:
        return self.tok(fmt_date(d, lang, self.rng), "DATE", entity)

    def address(self, lang: str) -> Tok:
        return self.tok(fmt_address(self.address_city, lang, self.rng), "ADDRESS")

    def phone(self, who: str = "patient") -> Tok:
        text = {"patient": self.mobile, "relative": self.relative_phone,
                "hospital": self.hospital_phone}[who]
        return self.tok(text, "PHONE", who)

    def iin_tok(self) -> Tok:
        return self.tok(self.iin, "IIN")

    def record(self, entity: str = "patient") -> Tok:
        return self.tok(self.record_id, "RECORD_ID", entity)

    def doc_tok(self) -> Tok:
        return self.tok(self.doc[1], "DOC_ID")

    def email_tok(self) -> Tok:
        return self.tok(self.email, "EMAIL")

    def term(self, text: str, kind: str) -> Tok:
        return Tok(text, kind, "term")

    def g(self, text: str) -> str:
        """Russian gender agreement for a female patient (поступил -> поступила ...)."""
        if self.patient.male:
            return text
        return FEMININE.sub(lambda m: FEMININE_FORMS[m.group()], text)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    @property
    def age(self) -> int:
        a, b = self.case.admission, self.birth
        return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def build_context(rng: random.Random, lang: str, center: str, pid: str) -> Ctx:
    """Draw the patient, relatives, staff, identifiers and case for one record."""
    admission = date(2023, 1, 1) + timedelta(days=rng.randrange(0, 700))
    case = sample_case(rng, admission)
    oa = case.entry["condition"] == "osteoarthritis"
    age = rng.randrange(48, 84) if oa else rng.randrange(19, 88)
    birth = admission - timedelta(days=age * 365 + rng.randrange(0, 365))
    patient = make_person(rng, f"{pid}-patient", "patient")
    relative, relation = make_relative(rng, f"{pid}-relative", patient)
    staff = {role: make_person(rng, f"{pid}-{role}", "staff") for role in STAFF_ROLES}
    hospital = hospital_for(center)
    city = hospital[2]
    ctx = Ctx(
        rng=rng, lang=lang, center=center, case=case, patient=patient, relative=relative,
        relation=relation, staff=staff, birth=birth, iin=make_iin(birth, patient.male, rng),
        record_id=make_record_id(rng, admission.year), doc=make_doc_id(rng),
        doc_issued=birth + timedelta(days=365 * 25 + rng.randrange(0, 3000)),
        address_city=city, hospital=hospital, mobile=fmt_mobile(rng), email="",
        relative_phone=fmt_mobile(rng), hospital_phone=fmt_landline(city, rng),
    )
    ctx.email = fmt_email(patient, rng)
    if ctx.doc_issued >= admission:
        ctx.doc_issued = admission - timedelta(days=400)
    return ctx
