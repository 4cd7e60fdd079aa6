import re, datetime
from engine import *

def drug_kk(r):
    d = r.choice(['цефазолин', 'кеторолак', 'эноксапарин', 'трамадол', 'парацетамол', 'омепразол', 'метамизол', 'дексаметазон', 'амоксиклав', 'ципрофлоксацин',
                  'клексан', 'ксарелто', 'метформин', 'бисопролол', 'цефтриаксон', 'диклофенак', 'гепарин', 'транексам қышқылы'])
    return ksuf(d, r.choice(['ins', 'acc', 'abl', 'dat', 'gen'])) if r.random() < 0.8 else d
def anat_kk(r):
    a = r.choice(['оң иық', 'сол жақ білек', 'бел омыртқа', 'оң тізе буыны', 'сол жамбас-сан буыны', 'бас сүйек', 'оң сан сүйегі', 'сол жақ тобық', 'кеуде қуысы',
                  'оң жақ қабырға', 'сол қол басы', 'мойын омыртқасы', 'оң балтыр', 'іш қуысы', 'сол жақ өкпе'])
    return ksuf(a, r.choice(['loc', 'gen', 'dat', 'abl', 'acc']))
CLIN = {
 'epo_ru': ['аппарат Илизарова', 'симптом Щеткина–Блюмберга', 'вправление по Кохеру', 'тест Лахмана', 'симптом Ласега', 'шина Белера', 'повязка Дезо', 'операция Мак-Брайда',
            'симптом Пастернацкого', 'доступ Кохера–Лангенбека', 'проба Вальсальвы', 'шкала Глазго', 'перелом Колеса', 'перелом Мальгеня', 'симптом Маркса', 'тест Томпсона',
            'шкала Бартел', 'гипсовая лонгета по Турнеру', 'пробы Нечипоренко', 'по Зимницкому', 'шкала Морзе', 'классификация Гарден', 'тест Трендленбурга'],
 'epo_kk': ['Илизаров аппараты', 'Кохер бойынша', 'Лахман сынамасы', 'Ласег симптомы', 'Дезо таңғышы', 'Глазго шкаласы бойынша', 'Белер шинасы', 'Щеткин–Блюмберг симптомы',
            'Пастернацкий симптомы', 'Морзе шкаласы', 'Бартел индексі', 'Колес сынығы', 'Нечипоренко бойынша'],
 'drug_ru': ['цефазолин', 'кеторолак', 'эноксапарин', 'трамадол', 'парацетамол', 'омепразол', 'метамизол натрия', 'дексаметазон', 'амоксиклав', 'ципрофлоксацин', 'клексан',
             'ксарелто', 'инсулин гларгин', 'метформин', 'бисопролол', 'цефтриаксон', 'диклофенак', 'гепарин', 'транексамовая кислота', 'морфин', 'пропофол', 'лидокаин', 'фуросемид', 'амлодипин'],
 'implant': ['PFNA', 'DHS', 'LCP-пластина', 'Zimmer', 'Synthes', 'эндопротез DePuy Corail', 'Stryker Gamma3', 'ChM', 'спица Киршнера', 'винт Герберта', 'Aesculap', 'эндопротез Zimmer CLS'],
 'anl_ru': ['гемоглобин', 'лейкоциты', 'СОЭ', 'СРБ', 'глюкоза', 'креатинин', 'D-димер', 'МНО', 'АЧТВ', 'тромбоциты', 'мочевина', 'калий', 'АЛТ', 'прокальцитонин', 'тропонин I'],
 'anl_kk': ['гемоглобин', 'лейкоциттер', 'қандағы қант', 'креатинин', 'ЭТЖ', 'тромбоциттер', 'МНО', 'СРБ', 'D-димер'],
 'abbr_ru': ['ЛФК', 'ОАК', 'ОАМ', 'ТЭП ТБС', 'ТЭП КС', 'КТ', 'МРТ', 'УЗИ', 'ЭКГ', 'ОРИТ', 'ИВЛ', 'БОС', 'ФГДС', 'ЧМТ', 'СГМ', 'ОНМК', 'ХСН', 'ХОБЛ', 'ТГВ', 'ИБС', 'МОФ'],
 'abbr_kk': ['ЖКО', 'ҚЖА', 'ЗЖА', 'ЭКГ', 'КТ', 'МРТ', 'УДЗ', 'ЕДШ', 'ЖИА', 'ЖРИТБ', 'ЖМЖ', 'БМЖ'],
 'dx_ru': ['закрытый перелом шейки левой бедренной кости', 'гонартроз III ст.', 'артериальная гипертензия II ст.', 'сахарный диабет 2 типа', 'внебольничная пневмония',
           'остеохондроз поясничного отдела', 'закрытый перелом лучевой кости в типичном месте', 'сотрясение головного мозга', 'острый аппендицит', 'желчнокаменная болезнь',
           'коксартроз справа', 'ушиб грудной клетки', 'вывих правого плеча', 'ИБС. Стенокардия напряжения ФК II', 'хронический пиелонефрит', 'острый холецистит', 'рожистое воспаление голени'],
 'dx_kk': ['сол жақ сан сүйегі мойнының жабық сынуы', 'оң тізе буынының гонартрозы', 'артериялық гипертензия', 'қант диабеті 2 түрі', 'ауруханадан тыс пневмония',
           'бас миының шайқалуы', 'жедел аппендицит', 'кәрі жілік сүйегінің сынуы', 'оң иық буынының шығуы', 'өт тас ауруы', 'жамбас-сан буынының коксартрозы'],
 'inst_ru': ['НИИТО им. академика Н.Д. Батпенова', 'ННЦХ им. А.Н. Сызганова', 'КазНМУ им. С.Д. Асфендиярова', 'НИИ травматологии и ортопедии', 'ГКБ им. Б.Ш. Кенжебаева',
             'Медицинский центр им. Х.Ж. Макажанова', 'НЦП и ДХ', 'Национальный научный онкологический центр', 'ОДБ им. Н. Курманова'],
 'inst_kk': ['С.Ж. Асфендияров атындағы ҚазҰМУ', 'Н.Д. Батпенов атындағы ТОҒЗИ', 'Х.Ж. Макажанов атындағы көпбейінді аурухана', 'А.Н. Сызғанов атындағы ҰҒХО',
             'Ұлттық ғылыми кардиохирургия орталығы', 'облыстық көпбейінді аурухана'],
}
def P_lab(r): return r.choice([f'Hb {r.randint(78, 162)} г/л', f'лейк. {r.randint(3, 19)},{r.randint(0, 9)}×10⁹/л', f'СОЭ {r.randint(2, 60)} мм/ч', f'глюкоза {r.randint(3, 14)},{r.randint(0, 9)} ммоль/л',
                                f'креат. {r.randint(50, 240)} мкмоль/л', f'тромб. {r.randint(90, 450)}', f'К+ {r.randint(3, 5)},{r.randint(0, 9)}', f'МНО {r.randint(0, 3)},{r.randint(10, 99)}'])
def P_dose(r): return r.choice([f'1,0 г в/в {r.randint(2, 3)} р/д', f'{r.choice([20, 30, 40])} мг в/м', f'0,4 мл п/к 1 р/д', f'{r.choice([50, 100])} мг per os', f'2,0 мл в/м при болях',
                                 f'{r.choice([500, 1000])} мг х {r.randint(2, 3)} р/д', f'{r.randint(4, 40)} ЕД п/к', f'{r.choice([5, 10])} мг утром'])
def P_bp(r): return f'{r.randint(95, 190)}/{r.randint(55, 110)}'
ICD = ['S72.0', 'S52.5', 'M17.1', 'M16.1', 'S42.2', 'S82.6', 'I10', 'E11.9', 'J18.9', 'S06.0', 'K35.8', 'K80.1', 'M51.1', 'S32.0', 'S22.3', 'T02.3', 'M54.5', 'I25.1', 'N11.0', 'A46']
AO = ['31-A2', '31-B3', '23-C1', '42-A3', '44-B2', '33-C2', '21-A3', '32-B1', '41-C2', '12-A1']
def P_time(r): return f'{r.randint(0, 23):02d}:{r.choice(["00", "05", "10", "15", "20", "30", "40", "45", "50", "55"])}'
HOSP = ['ГКБ № 4', 'ЦРБ', 'ГП № 12', 'ОКБ', 'МГБ № 2', 'ГКБ № 7', 'ЦГБ', 'ГДКБ № 2', 'ОДБ', 'БСМП', 'ГП № 5', 'ММБ', 'ОМО', 'КГП на ПХВ «ГП № 9»', 'АКБ']
HOSP_KK = ['№ 4 ҚКА', 'АОА', 'ОКА', '№ 12 ҚЕ', 'көпбейінді облыстық аурухана', 'ЖЖМА', '№ 2 қалалық аурухана']
PLAIN = {'lab': P_lab, 'dose': P_dose, 'bp': P_bp, 'icd': lambda r: r.choice(ICD), 'ao': lambda r: r.choice(AO), 'time': P_time,
         'hosp': lambda r: r.choice(HOSP), 'hospk': lambda r: r.choice(HOSP_KK), 'ward': lambda r: str(r.randint(1, 640)), 'bed': lambda r: str(r.randint(1, 8)),
         'form': lambda r: r.choice(['027/у', '003/у', '066/у', '095/у', '025/у', '052/у', '001/у', '086/у', '110/у', '035/у']),
         'loss': lambda r: str(r.choice([50, 100, 150, 200, 250, 300, 400, 500, 700])), 'yage': lambda r: str(r.randint(19, 89)),
         'pulse': lambda r: str(r.randint(54, 128)), 'temp': lambda r: f'{r.randint(36, 39)},{r.randint(0, 9)}', 'sat': lambda r: str(r.randint(86, 99)),
         'dept': lambda r: str(r.randint(1, 6)), 'days': lambda r: str(r.randint(3, 28)), 'dur': lambda r: str(r.randint(25, 190)),
         'mm': lambda r: str(r.randint(2, 40)), 'n': lambda r: str(r.randint(1, 12))}

class Ctx:
    def __init__(self, rng, lang, shared):
        self.rng = rng; self.lang = lang; self.shared = shared
        self.ortho = 'kk' if lang == 'kk' else ('ru' if (lang == 'ru' and rng.random() < 0.78) else rng.choice(['ru', 'kk']))
        self.base = datetime.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.cur = self.base - datetime.timedelta(days=rng.randint(0, 3))
        self.persons = {}; self.hints = {}
        self.segs = []
        self.ocr = rng.random() < 0.1
    def person(self, k):
        if k not in self.persons: self.persons[k] = Person(self, self.hints.get(k))
        return self.persons[k]

TOK = re.compile(r'\[\[(.+?)\]\]|\{([^{}]+)\}')
def render(tpl, ctx):
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos: plain(ctx, tpl[pos:m.start()])
        if m.group(1) is not None: ctx.segs.append((m.group(1), 'CLIN', None))
        else: slot(ctx, m.group(2))
        pos = m.end()
    if pos < len(tpl): plain(ctx, tpl[pos:])

def plain(ctx, t):
    if ctx.ocr:
        r = ctx.rng
        t = ''.join((c + ' ' if c == ' ' and r.random() < 0.15 else (' ' + c if c in ',:' and r.random() < 0.2 else c)) for c in t)
    ctx.segs.append((t, None, None))

def add(ctx, t, label, forms):
    ctx.segs.append((t, label, list(dict.fromkeys(forms))))

def slot(ctx, s):
    r = ctx.rng
    if s.startswith('!'):
        h, k = s[1:].split(':'); ctx.hints.setdefault(k, set()).add(h); return
    if s.startswith('~'):
        plain(ctx, r.choice(s[1:].split('|'))); return
    head, _, arg = s.partition(':')
    args = arg.split(',') if arg else []
    if head == 'p': ctx.segs.append((PLAIN[arg](r), None, None)); return
    if head == 'c':
        if arg == 'drug_kk': t = drug_kk(r)
        elif arg == 'anat_kk': t = anat_kk(r)
        else: t = r.choice(CLIN[arg])
        ctx.segs.append((t, 'CLIN', None)); return
    if re.fullmatch(r'[A-Z]\.\w+', head):
        k, attr = head.split('.'); p = ctx.person(k)
        if attr == 'iin':
            v = p.iin; forms = []
            a = args[0] if args else 'l'
            if 's' in a:
                v = v[:6] + r.choice([' ', '-', ' ']) + v[6:]; forms.append('split')
            forms.insert(0, 'labelled' if a.startswith('l') else 'unlabelled')
            add(ctx, v, 'IIN', forms); return
        if attr == 'dob':
            t, f = fmt_date(p.dob, args[0] if args else 'num', r); add(ctx, t, 'DATE', ['birth_date'] + f); return
        if attr == 'yob':
            add(ctx, str(p.dob.year), 'DATE', ['birth_date', 'year_only']); return
        if attr == 'age':
            a = args[0] if args else 'ru'; n = p.age
            if a == 'ruany': a = r.choice(['ru', 'ru', 'num'])
            if a == 'kkany': a = r.choice(['kk', 'kk_ta', 'kk_tagy'])
            if a == 'ru':
                u = 'год' if (n % 10 == 1 and n % 100 != 11) else ('года' if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 'лет')
                t, f = f'{n} {u}', ['ru_unit']
            elif a == 'ru_v': t, f = f'{n} {"года" if (n % 10 == 1 and n % 100 != 11) else "лет"}', ['ru_unit', 'after_cue']
            elif a == 'num': t, f = str(n), ['number_only']
            elif a == 'kk': t, f = f'{n} жас', ['kk_unit']
            elif a == 'kk_ta': t, f = f'{n} жаста', ['kk_unit', 'case_form']
            elif a == 'kk_tagy': t, f = f'{n} жастағы', ['kk_unit', 'case_form']
            else: raise ValueError(a)
            if n > 89: add(ctx, t, 'AGE', ['over_89'] + f)
            else: plain(ctx, t)
            return
        if attr == 'email':
            t, f = email(ctx, p, 'p'); add(ctx, t, 'EMAIL', f); return
        t, f = name_form(ctx, p, attr, args)
        add(ctx, t, 'NAME', f); return
    if head in ('D', 'Dp', 'Df'):
        if head == 'D':
            d = ctx.cur; ctx.cur = ctx.cur + datetime.timedelta(days=r.choice([0, 0, 1, 1, 2, 3, 5]))
        elif head == 'Dp': d = ctx.base - datetime.timedelta(days=r.randint(20, 4000))
        else: d = ctx.cur + datetime.timedelta(days=r.randint(7, 60))
        fm = args[0] if args else 'num'
        if fm == 'num' and r.random() < 0.2:
            fm = r.choice({'ru': ['ru', 'ru', 'ruz', 'rom', 'num2', 'numnz', 'rumyp'], 'kk': ['kk', 'kkloc', 'kkdm', 'kkgen', 'kkyd', 'rom', 'numnz', 'kkmy'],
                           'mixed': ['ru', 'kk', 'kkloc', 'rom', 'ruz', 'kkdmloc', 'num2', 'rumy']}[ctx.lang])
        t, f = fmt_date(d, fm, r); add(ctx, t, 'DATE', f); return
    if head == 'DR':
        a = ctx.cur; b = a + datetime.timedelta(days=r.randint(3, 24)); ctx.cur = b
        mode = args[0] if args else 'num'
        if mode == 'num':
            t = (f'{a.day:02d}–{b.day:02d}.{b.month:02d}.{b.year}' if a.month == b.month else f'{a.day:02d}.{a.month:02d}-{b.day:02d}.{b.month:02d}.{b.year}')
            f = ['numeric', 'range']
        elif mode == 'ru':
            t = (f'{a.day}–{b.day} {RU_MON_GEN[b.month-1]} {b.year}' if a.month == b.month else f'{a.day} {RU_MON_GEN[a.month-1]} – {b.day} {RU_MON_GEN[b.month-1]} {b.year}'); f = ['words_ru', 'range']
        else:
            t = (f'{b.year} жылғы {a.day}-{b.day} {KK_MON[b.month-1]}' if a.month == b.month else f'{a.day}.{a.month:02d}-{b.day}.{b.month:02d}.{b.year}'); f = ['words_kk' if a.month == b.month else 'numeric', 'range']
        add(ctx, t, 'DATE', f); return
    if head == 'PH': t, f = phone(ctx, args[0] if args else 'mob'); add(ctx, t, 'PHONE', f); return
    if head == 'EM': t, f = email(ctx, ctx.person('P'), 'inst'); add(ctx, t, 'EMAIL', f); return
    if head == 'ADDR': t, f = address(ctx, arg); add(ctx, t, 'ADDRESS', f); return
    if head == 'REC': t, f = record(ctx, arg); add(ctx, t, 'RECORD_ID', f); return
    if head == 'REC12':
        if ctx.shared['rec12'] < 35:
            ctx.shared['rec12'] += 1
            add(ctx, make_invalid12(r, ctx.base), 'RECORD_ID', [arg or 'hospitalisation', 'twelve_digit', 'invalid_checksum']); return
        t, f = record(ctx, {'hospitalisation': 'hosp', 'lab': 'lab', 'outpatient_card': 'amb', 'xray': 'xray'}.get(arg, 'hosp')); add(ctx, t, 'RECORD_ID', f); return
    if head == 'DOC':
        if arg == 'pass':
            arg = r.choice(['pkz', 'pkz', 'pru', 'puz', 'pkg'])
        t, f = doc(ctx, arg); add(ctx, t, 'DOC_ID', f); return
    if head == 'BIN': t, f = doc(ctx, 'bin'); add(ctx, t, 'DOC_ID', f); return
    raise ValueError('bad slot ' + s)

def assemble(ctx):
    text = ''; ids = []; clin = []
    for t, lab, forms in ctx.segs:
        st = len(text); text += t
        if lab == 'CLIN': clin.append({'start': st, 'end': len(text)})
        elif lab: ids.append({'start': st, 'end': len(text), 'label': lab, 'forms': forms})
    return text, ids, clin
