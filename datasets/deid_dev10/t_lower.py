# -*- coding: utf-8 -*-
S = "lowercase_messages"
TEMPLATES = [
# ------------------------------------------------------------------ ru
(S, "ru", "low_ru_whatsapp", "LOWER", """[[DATE y2]], [[TIME]] - [[N a1:f gs]]: добрый день, это по пациентке [[N p1:old.f sg dat]], она [[BY p1]] г.р.
[[DATE y2 next]], [[TIME]] - [[N a1 gs]]: живут в [[ADR city pre]], адрес [[ADR full ru]]
[[DATE y2 next]], [[TIME]] - [[N d1:m g]]: ок, {{оак}} и {{креатинин}} пусть сдаст, {{метформин}} пока отменить
[[DATE y2 next]], [[TIME]] - [[N a1 gs]]: дочь [[N c1:f g]] на связи [[PH compact8]]
[[DATE y2 next]], [[TIME]] - [[N d1 g]]: {{скф}} посмотрим, если ниже 30 — к нефрологу""" ),
(S, "ru", "low_ru_email", "LOWER", """от: [[N p1 gs]] <[[EM p1]]>
отправлено: [[CH понедельник|вторник|среда|четверг]], [[DATE ru]] г. [[TIME]]
кому: регистратура <[[EM inst]]>
тема: запись к эндокринологу
здравствуйте, хочу записать маму [[N m1:old.f full acc]] ([[BY m1]] г.р., иин [[IIN m1 lab]]) на прием, у нее {{сд 2 типа}}, {{hba1c}} был 9,1.
мы переехали, теперь живем по адресу [[ADR full ru]], раньше жили в [[ADR city pre]].
мой номер [[PH plus7s]], спасибо""" ),
(S, "ru", "low_ru_sms", "LOWER", """рассылка смс — напоминания о приеме
<<4-6|[[PH compact7]] — [[N p#:adult gp]], ждем вас [[DATE runy]] в [[TIME]], каб. [[NUM 101 330]], [[CH натощак на оак|на флг|к терапевту|на прививку]]
>>
ответ [[N r1 g]]: не смогу, я сейчас в [[ADR city pre]], вернусь [[DATE noyear next]]""" ),
(S, "ru", "low_ru_note", "LOWER", """заметка участковой м/с [[N n1:f si]]
был вызов к [[N p1:vold sg dat]], [[AGEOF p1 ru]], иин [[IIN p1 lab]], живет одна: [[ADR mkr ru]], соседка [[N s1:f gp]] тел. [[PH eight]]
ад [[BP]], отеки голеней, {{фуросемид}} 40 мг утром, {{верошпирон}} 25 мг. {{хсн}} {{iii фк}}.
сын [[N c1:m.of=h1 sg]] (место работы — [[ADR emp ru]]) приезжает из [[ADR city gen]] раз в месяц""" ),
(S, "ru", "low_ru_telegram", "LOWER", """чат «участковые м/с»
[[N a1:f g]] ([[DATE y2]]): девочки, кто знает [[N p1 sg acc]]? адрес [[ADR street]], телефон [[PH local]] не отвечает
[[N a2:f g]] ([[DATE y2 next]]): они уехали в [[ADR dist rural acc]], к родне в [[ADR vil acc]]
[[N a1 g]] ([[DATE y2 next]]): ей {{манту}} и {{диаскинтест}} надо повторить, {{инфильтрат}} 12 мм был
[[N a3:f g]] ([[DATE y2 next]]): напишу участковому [[N d1 si dat]], его номер [[PH plus7b]]""" ),
# ------------------------------------------------------------------ kk
(S, "kk", "low_kk_whatsapp", "LOWER", """[[DATE y2]], [[TIME]] - [[N a1:kz.f gs]]: сәлеметсіз бе, [[N p1:kz.old.f sg]] бойынша, [[BY p1]] ж.т.
[[DATE y2 next]], [[TIME]] - [[N a1 gs]]: [[ADR city loc]] тұрады, мекенжайы [[ADR full kk]]
[[DATE y2 next]], [[TIME]] - [[N d1:kz.m g]]: жақсы, {{қжа}} мен {{креатинин}} тапсырсын, [[DRUG acc]] уақытша тоқтатыңыз
[[DATE y2 next]], [[TIME]] - [[N a1 gs]]: қызы [[N c1:kz.f g]] байланыста: [[PH compact8]]""" ),
(S, "kk", "low_kk_email", "LOWER", """кімнен: [[N p1:kz gs]] <[[EM p1]]>
жіберілді: [[DATE kk]], [[TIME]]
кімге: тіркеу бөлімі <[[EM inst]]>
тақырыбы: эндокринологқа жазылу
сәлеметсіз бе, анам [[N m1:kz.old.f full acc]] ([[BY m1]] ж.т., жсн [[IIN m1 lab]]) қабылдауға жазғым келеді, {{қант диабеті}}, {{hba1c}} 9,1 болды.
жаңа мекенжайымыз: [[ADR full kk]], бұрын [[ADR city loc]] тұрдық.
нөмірім [[PH plus7s]], рахмет""" ),
(S, "kk", "low_kk_sms", "LOWER", """смс-еске салу
<<4-6|[[PH compact7]] — [[N p#:kz.adult g]], сізді [[DATE kkg]] [[TIME]] күтеміз, [[NUM 101 330]]-кабинет, [[CH аш қарынға қжа|флг|терапевтке|екпеге]]
>>
[[N r1:kz g]] жауабы: келе алмаймын, қазір [[ADR city loc]] жүрмін, [[DATE kkg next]] ораламын""" ),
(S, "kk", "low_kk_note", "LOWER", """учаскелік медбике [[N n1:kz.f is]] жазбасы
[[N p1:kz.vold is dat]] шақыру болды, [[AGEOF p1 kk]], жсн [[IIN p1 lab]], жалғыз тұрады: [[ADR mkr kk]], көршісі [[N s1:kz.f g]] тел. [[PH eight]]
ққ [[BP]], сирағы ісінген, {{фуросемид}} 40 мг таңертең. {{сжж}}.
ұлы [[N c1:kz.m.of=h1 sg]] (жұмыс орны: [[ADR emp kk]]) [[ADR city abl]] айына бір рет келеді""" ),
(S, "kk", "low_kk_telegram", "LOWER", """«учаскелік медбикелер» чаты
[[N a1:kz.f g]] ([[DATE y2]]): қыздар, [[N p1:kz sg acc]] кім біледі? мекенжайы [[ADR street kk]], телефоны [[PH local]] жауап бермейді
[[N a2:kz.f g]] ([[DATE y2 next]]): олар [[ADR dist rural dat]] көшіп кетті, [[ADR vil dat]] туыстарына
[[N a1 g]] ([[DATE y2 next]]): оған {{манту}} мен {{диаскинтест}} қайталау керек
[[N a3:kz.f g]] ([[DATE y2 next]]): учаскелік дәрігер [[N d1:kz is dat]] жазамын, нөмірі [[PH plus7b]]""" ),
# ------------------------------------------------------------------ mixed
(S, "mixed", "low_mx_whatsapp", "LOWER", """[[DATE y2]], [[TIME]] - [[N a1:kz.f gs]]: сәлем, [[N p1:old sg]] по анализам, [[BY p1]] г.р.
[[DATE y2 next]], [[TIME]] - [[N d1:m g]]: {{оак}} норма, {{срб}} 24, {{амоксиклав}} 875 мг 2 р/д
[[DATE y2 next]], [[TIME]] - [[N a1 gs]]: жақсы, олар [[ADR city kk loc]] тұрады, адрес [[ADR full ru]]
[[DATE y2 next]], [[TIME]] - [[N a1 gs]]: тел. [[PH compact8]]""" ),
(S, "mixed", "low_mx_email", "LOWER", """from: [[N p1 gs]] <[[EM p1]]>
date: [[DATE num]] [[TIME]]
to: <[[EM inst]]>
сәлеметсіз бе / здравствуйте, прошу выслать выписку отца [[N f1:old.m full gen]], иин [[IIN f1 lab]].
он лежал в кардиологии [[DATE range]], {{стентирование}} {{пка}}, стент [[IMPL]].
мекенжайы: [[ADR full kk]]. тел [[PH plus7s]]""" ),
(S, "mixed", "low_mx_sms", "LOWER", """sms / смс
<<4-6|[[PH compact7]] — [[N p#:adult g]], қабылдау / прием [[DATE noyear]] [[TIME]], каб. [[NUM 101 330]]
>>
жауап / ответ [[N r1 g]]: мен [[ADR city kk loc]], приеду [[DATE runy next]]""" ),
(S, "mixed", "low_mx_note", "LOWER", """м/с [[N n1:f si]]: вызов к [[N p1:vold sg dat]], [[AGEOF p1 ru]], жсн [[IIN p1 lab]]
мекенжайы: [[ADR full ru]], кызы [[N c1:f.of=h1 g]] [[PH eight]]
{{гипертонический криз}}, ад [[BP]], {{каптоприл}} 25 мг под язык. живет в [[ADR city pre]] с [[DATE my old]]""" ),
(S, "mixed", "low_mx_telegram", "LOWER", """[[N a1:f g]] ([[DATE y2]]): кто знает [[N p1 sg acc]]? [[ADR street]], тел [[PH local]]
[[N a2:kz.f g]] ([[DATE y2 next]]): олар [[ADR vil kk dat]] кетті, [[ADR dist rural kk]]
[[N a1 g]] ([[DATE y2 next]]): {{манту}} повторить надо. напишу [[N d1 si dat]]""" ),
]
