"""Per-language phrase tables for the short record styles (one builder, two languages).

`styles.py` writes every style through these tables, so a Russian and a Kazakh form differ
only in the table they read, never in code. Each entry lists variants; a record draws one.
Full forms and the abbreviations real records use (СМА, ЭТН, МОС, ТЭП ТБС, н/3 ...) are both
here, so the extractor meets every spelling it must read.
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, list[str]]] = {
    "ru": {
        "displaced": ["со смещением отломков", "со смещением", "смещение отломков по ширине"],
        "not_displaced": ["без смещения отломков", "без смещения"],
        "comminuted": ["оскольчатый", "многооскольчатый"],
        "open": ["открытый"], "closed": ["закрытый"],
        "ao": ["тип {ao} по AO/OTA", "АО {ao_cyr}", "AO {ao}"],
        "kl": ["{roman} ст.", "{roman} стадии (Kellgren–Lawrence {n})", "R-стадия {n}"],
        "icd": ["(МКБ-10 {icd})", "({icd})", "код МКБ-10: {icd}"],
        "spinal": ["спинномозговая анестезия", "СМА", "спинальная анестезия"],
        "general": ["эндотрахеальный наркоз", "ЭТН", "общая анестезия"],
        "blood": ["Кровопотеря — {ml},0 мл", "кровопотеря {ml} мл", "Кровопотеря: около {ml} мл"],
        "follow": ["Контрольный осмотр через {w} недель", "Явка на осмотр через {m}",
                   "Повторная консультация травматолога через {w} нед."],
        "conservative": ["Лечение консервативное: закрытая репозиция, гипсовая иммобилизация",
                         "Оперативное лечение не показано, наложена гипсовая лонгета",
                         "От оперативного лечения пациент отказался, проведена иммобилизация"],
        "secondary": ["ушиб {other} коленного сустава", "ушиб мягких тканей {other} голени"],
        "other_side": ["левого", "правого"],
        "complication": ["Послеоперационный период осложнился тромбозом глубоких вен "
                         "{other} голени (I80.2), проведена антикоагулянтная терапия",
                         "Осложнений в послеоперационном периоде не было"],
        "history": ["В 2019 г. перенес операцию на {other} коленном суставе",
                    "Ранее травм и операций не было"],
        "months": ["1 мес", "1 месяц"],
    },
    "kk": {
        "displaced": ["сынықтардың ығысуымен", "ығысуымен"],
        "not_displaced": ["ығысусыз"],
        "comminuted": ["жаңқалы", "көп жаңқалы"],
        "open": ["ашық"], "closed": ["жабық"],
        "ao": ["AO/OTA бойынша {ao}", "АО {ao_cyr}"],
        "kl": ["{roman} саты", "Kellgren–Lawrence бойынша {n} саты"],
        "icd": ["(АХЖ-10 {icd})", "({icd})", "АХЖ-10 коды: {icd}"],
        "spinal": ["жұлын-ми анестезиясы", "спинальды анестезия"],
        "general": ["эндотрахеалды наркоз", "жалпы анестезия"],
        "blood": ["Қан жоғалту — {ml} мл", "қан жоғалту {ml} мл"],
        "follow": ["{w} аптадан кейін қайта қарау", "{w} аптадан кейін бақылау тексеруі"],
        "conservative": ["Консервативті ем: жабық репозиция, гипс таңғыш салынды",
                         "Отадан бас тартты, гипс лонгетасы салынды"],
        "secondary": ["{other} тізе буынының соғылуы"],
        "other_side": ["сол жақ", "оң жақ"],
        "complication": ["Отадан кейінгі кезең асқынусыз өтті"],
        "history": ["Бұрын жарақат пен ота болмаған"],
        "months": ["1 ай"],
    },
}

# Style -> (language of the record, labels per item). `None` label = the item is written as
# free prose without a label. Labels differ per hospital; the extractor must not need them.
LABELS: dict[str, dict[str, str | None]] = {
    "his_printout": {"title": "МИС «Дамумед» · ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ",
                     "diagnosis": "Диагноз основной", "complaints": "Жалобы при поступлении",
                     "anamnesis": "Анамнез травмы", "operation": "Наименование операции",
                     "anesthesia": "Вид анестезии", "blood": None, "implants": "Имплантаты",
                     "plan": "Рекомендации при выписке"},
    "one_line_form": {"title": "ВЫПИСНОЙ ЛИСТ", "diagnosis": "Основной диагноз",
                      "complaints": "Жалобы", "anamnesis": "Анамнез", "operation": "Операция",
                      "anesthesia": None, "blood": None, "implants": None,
                      "plan": "Рекомендовано"},
    "discharge_letter": {"title": "Уважаемый коллега!", "diagnosis": None, "complaints": None,
                         "anamnesis": None, "operation": None, "anesthesia": None,
                         "blood": None, "implants": None, "plan": None},
    "abbreviated_note": {"title": "Дневник / этапный эпикриз", "diagnosis": "Ds",
                         "complaints": "Ж-бы", "anamnesis": "An", "operation": "Оп",
                         "anesthesia": None, "blood": None, "implants": None, "plan": "Рек"},
    "kk_form": {"title": "ШЫҒАРУ ЭПИКРИЗІ", "diagnosis": "Негізгі диагноз",
                "complaints": "Шағымдары", "anamnesis": "Жарақат анамнезі", "operation": "Ота",
                "anesthesia": "Жансыздандыру", "blood": None, "implants": "Имплант",
                "plan": "Ұсыныстар"},
    "bilingual_form": {"title": "ВЫПИСКА / ҮЗІНДІ", "diagnosis": "Диагноз / Диагноз",
                       "complaints": "Жалобы / Шағымдары", "anamnesis": "Анамнез / Анамнез",
                       "operation": "Операция / Ота", "anesthesia": "Анестезия / Жансыздандыру",
                       "blood": None, "implants": None, "plan": "Рекомендации / Ұсыныстар"},
}
STYLE_LANGUAGE = {"his_printout": "ru", "one_line_form": "ru", "discharge_letter": "ru",
                  "abbreviated_note": "ru", "kk_form": "kk", "bilingual_form": "mixed"}

# Abbreviations the note style writes for words of the full phrases (applied left to right).
NOTE_ABBREVIATIONS = [("перелом ", "пер-м "), ("закрытый ", "закр. "), ("правой ", "пр. "),
                      ("левой ", "лев. "), ("со смещением отломков", "со смещ."),
                      ("спинномозговая анестезия", "СМА"), ("эндотрахеальный наркоз", "ЭТН"),
                      ("ходьба на костылях", "кост."), ("кровопотеря", "к/п"),
                      ("через", "ч/з"), ("тотальное эндопротезирование тазобедренного сустава",
                                         "ТЭП ТБС"),
                      ("тотальное эндопротезирование коленного сустава", "ТЭКС"),
                      ("чрескостный остеосинтез", "ЧКДО"),
                      ("накостный остеосинтез", "МОС пластиной"),
                      ("блокируемый интрамедуллярный остеосинтез", "БИОС"),
                      ("нижней трети", "н/3"), ("средней трети", "ср/3")]
