"""Formats from a sixth development set's styles, written again for these tests: complaints a
clause denies, operations under a plan heading or sent to a waiting list, history written as
`An. vitae`, Kazakh `ұршық буыны` (the hip joint, not the trochanter), K-wires named `сым`,
abbreviations that hide the kind of osteosynthesis, and a control visit after a
weight-bearing restriction."""

from __future__ import annotations

import pytest

from medadapt.corpus.fields import extract_document

CASES = [
    # a complaint its own clause denies is none
    ("Жалобы: на боли в области левого коленного сустава; ночных болей нет, отёк не беспокоит.",
     {"complaints": ["pain"]}),
    ("Жалобы: на ограничение движений; неустойчивость отрицает.",
     {"complaints": ["limited_motion"]}),
    ("Шағымдары: оң жақ иық аймағындағы ауырсынуға. Ісіну мазаламайды.",
     {"complaints": ["pain"]}),
    # an operation under a plan heading, then cancelled: no procedure, no implant
    ("ДИАГНОЗ\nНегізгі: Оң жақ сан сүйегі мойнының ығысқан сынығы (S72.0).\n"
     "ОПЕРАЦИЯ ЖОСПАРЫ\nОң жақ сан сүйегі мойнын үш Synthes канюляланған бұрандасымен "
     "остеосинтездеу.\nЖҮРГІЗІЛГЕН ЕМ\nГипс лонгетасы, 6 апта.",
     {"site": "femoral_neck", "procedure": None, "implants": None}),
    # the same plan done later in the register: the register's row counts
    ("ОПЕРАЦИЯ ЖОСПАРЫ\nСол жақ ұршық буынын Zimmer эндопротезімен тотальды эндопротездеу.\n"
     "ОПЕРАЦИЯЛАР ЖУРНАЛЫ\nОперация атауы: Сол жақ ұршық буынын Zimmer эндопротезімен тотальды "
     "эндопротездеу. Мәртебесі: орындалды.\nДиагноз: Сол жақ ұршық буынының коксартрозы (M16.1).",
     {"site": "hip_oa", "side": "left", "procedure": "total_hip_arthroplasty"}),
    # ұршық alone is still the trochanter
    ("Диагноз: Оң сан сүйегінің ұршық маңы ығысуы бар сынығы (S72.1).",
     {"site": "pertrochanteric", "side": "right"}),
    # a plan after discharge and a waiting list are not operations of this stay
    ("Д-з: Перелом н/3 лев. голени (S82.2). 12.03.2025 выполнено: БИОС левой большеберцовой "
     "кости штифтом ChM.\nПо выписке: в плане — ТЭП правого ТБС (DePuy Pinnacle) после "
     "реабилитации.",
     {"procedure": "intramedullary_nailing", "implants": ["интрамедуллярный штифт ChM"]}),
    ("Направлен к ортопеду для постановки в лист ожидания на квоту: артроскопическая "
     "реконструкция передней крестообразной связки левого коленного сустава.",
     {"procedure": None}),
    # `An. vitae` expands to `анамнез vitae`: history, however the operation is named
    ("An. vitae: 2019 г. — БИОС правой бедренной кости штифтом PFNA.\n"
     "Д-з: Перелом лев. ключицы без смещения (S42.0). Лечение консервативное: косыночная повязка.",
     {"procedure": None, "implants": None}),
    # K-wires as `сым` alone are a pinning, outside the procedure list
    ("Операция атауы: Сол жақ бұғананы Киршнер сымдарымен интрамедуллярлы бекіту. Орындалды.",
     {"procedure": None}),
    # МИОС and a hyphenated word before the plate
    ("11.04.2025 выполнено: МИОС левой большеберцовой кости пластиной LCP, кровопотеря 300 мл.",
     {"procedure": "plate_osteosynthesis", "blood_loss_ml": 300}),
    ("27.08.2025 выполнено: ОР, МОС головки правой лучевой кости Т-образной мини-пластиной.",
     {"procedure": "plate_osteosynthesis"}),
    # falls from scaffolding, a ladder, a height in the Kazakh locative-adjective
    ("An. morbi: травма 09.04 — упал с лесов на стройке.\nД-з: Перелом лев. ключицы (S42.0).",
     {"mechanism": "fall_height"}),
    ("13.05.2025 шамамен 2 м биіктіктегі сатыдан құлаған.\nДиагноз: Сол жақ бұғананың "
     "сынығы (S42.0).", {"mechanism": "fall_height"}),
    # multi-fragmentary in Kazakh
    ("Негізгі: Оң жақ тоқпан жілік хирургиялық мойнының көп жарқыншақты сынығы (S42.2).",
     {"site": "proximal_humerus", "fracture_comminuted": True}),
    # ACL autoplasty in Kazakh
    ("Операция атауы: сол жақ тізе буынының алдыңғы айқаспалы байлам артроскопиялық "
     "аутопластикасы. Орындалды.", {"procedure": "acl_reconstruction"}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_fields_in_sixth_set_formats(text: str, expected: dict) -> None:
    row = extract_document(text)
    for key, want in expected.items():
        assert row[key] == want, key


def test_the_control_visit_after_a_restriction_is_no_weight_bearing_period() -> None:
    row = extract_document("Рек.: иммобилизация до 4 нед. от момента травмы; ходьба с костылями; "
                           "без нагрузки на ногу; R-контроль через 2 нед.")
    assert "no_weight_bearing" in (row["restrictions"] or [])
    assert row["weight_bearing_weeks"] is None
    assert row["follow_up_weeks"] == 2
