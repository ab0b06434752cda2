#!/usr/bin/env python3
"""Generates the ACE demonstration data set: src/main/resources/demo/demo-items.json.

The document follows the interchange contract "ace-interchange/1" (shared/docs/INTERCHANGE.md
sections 2 and 3): about 160 requests from States and 160 offers from States and organisations,
written in the six UN languages, grouped in subject clusters so that most requests have one to
three offers that genuinely fit them (same fields and forms, eligible region, overlapping dates,
a shared working language).

Deterministic: every text lives in this script as data; working languages, dates, visibility,
status and reference numbers are drawn from a random generator with a fixed seed.

    python3 bench/demo/generate_demo.py           # write the file, then validate it
    python3 bench/demo/generate_demo.py --check   # only validate the existing file

The validator (validate()) checks every rule of the contract and of the demo brief and prints
counts per kind, language, region of the party, visibility and status, and matching statistics.
"""
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20260314
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/main/resources/demo/demo-items.json"
STATES_SQL = ROOT / "src/main/resources/db/migration/V2__directory_states.sql"

FORMAT = "ace-interchange/1"
DATE_MIN = dt.date(2025, 6, 1)
DATE_MAX = dt.date(2028, 12, 31)

FIELDS = {
    "LEG": "LEGISLATION", "BIO": "BIOSAFETY_BIOSECURITY", "HUM": "HUMAN_HEALTH_SURVEILLANCE",
    "ANI": "ANIMAL_HEALTH", "PLA": "PLANT_HEALTH", "EMR": "EMERGENCY_RESPONSE",
    "MCM": "MEDICAL_COUNTERMEASURES", "LAB": "LABORATORY_CAPACITY", "EDU": "EDUCATION_AWARENESS",
    "RES": "RESEARCH_COLLABORATION", "EXP": "EXPORT_CONTROL_TRADE", "CBM": "CBM_REPORTING",
    "FOR": "MICROBIAL_FORENSICS", "BTD": "BIOTECH_DEVELOPMENT",
}
TYPES = {
    "TRN": "TRAINING", "ADV": "EXPERT_ADVICE", "EQP": "EQUIPMENT_MATERIALS", "FIN": "FINANCIAL",
    "EXC": "EXCHANGE_TWINNING", "INF": "INFORMATION_GUIDANCE", "JNT": "JOINT_PROJECT",
}
REGIONS = {
    "AF": "AFRICA", "AP": "ASIA_PACIFIC", "EE": "EASTERN_EUROPE",
    "LAC": "LATIN_AMERICA_CARIBBEAN", "WEOG": "WESTERN_EUROPE_OTHERS",
}
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

# Organisations: acronym -> name. The first eight are the ones named in the brief; the others
# are invented (university centre, NGOs, industry associations, regional networks).
ORGS = {
    "WHO": "World Health Organization",
    "WOAH": "World Organisation for Animal Health",
    "FAO": "Food and Agriculture Organization of the United Nations",
    "UNEP": "United Nations Environment Programme",
    "UNICRI": "United Nations Interregional Crime and Justice Research Institute",
    "INTERPOL": "International Criminal Police Organization",
    "UNSC-1540": "Security Council Committee established pursuant to resolution 1540 (2004)",
    "UNODA": "United Nations Office for Disarmament Affairs",
    "MUCBB": "Meridian University Centre for Biosafety and Biosecurity",
    "GBDN": "Global Biosecurity Dialogue Network",
    "IDMA": "International Diagnostics Manufacturers Alliance",
    "ARVM": "Alliance for Regional Vaccine Manufacturing",
    "CTIC": "Centre for Treaty Implementation and Compliance",
    "BICRI": "Biotech Industry Council for Responsible Innovation",
    "IABEM": "International Association of Biosafety Equipment Manufacturers",
    "APBEC": "Asia-Pacific Biosafety Education Consortium",
    "RELABB": "Red Latinoamericana de Bioseguridad y Biocustodia",
    "RAFBB": "Réseau africain francophone de biosûreté et de biosécurité",
    "ANBB": "Arab Network for Biosafety and Biosecurity",
    "EURASBIO": "Eurasian Biosafety Association",
}

# Extra working languages that some States add to their requests and offers (BCP 47 tags).
PARTY_LANGS = {
    "MOZ": ["pt"], "AGO": ["pt"], "CPV": ["pt"], "GNB": ["pt"], "STP": ["pt"], "TLS": ["pt"],
    "BRA": ["pt"], "TZA": ["sw"], "KEN": ["sw"], "HTI": ["ht"], "UKR": ["uk"],
}

CLUSTERS = []


class Spec:
    def __init__(self, kind, party, lang, title, desc, f=None, t=None, L=None, tr=None,
                 e=None, es=None, d=True, vis=None, st=None):
        self.kind, self.party, self.lang, self.title, self.desc = kind, party, lang, title, desc
        self.f, self.t, self.L, self.tr = f, t, L, tr or {}
        self.e, self.es, self.d, self.vis, self.st = e, es, d, vis, st


def C(key, fields, types):
    """Starts a subject cluster: requests and offers that are written to fit each other."""
    CLUSTERS.append({"key": key, "fields": fields, "types": types, "items": []})


def R(party, lang, title, desc, **kw):
    CLUSTERS[-1]["items"].append(Spec("REQUEST", party, lang, title, desc, **kw))


def O(party, lang, title, desc, **kw):
    CLUSTERS[-1]["items"].append(Spec("OFFER", party, lang, title, desc, **kw))


# ---------------------------------------------------------------------------------------------
# Data. Keyword arguments: f/t fields/types (abbreviations, default: the cluster's), L working
# languages, tr translations {lang: (title, description)}, e eligible regions, es eligible
# States, d=False no dates, vis visibility, st status.
# ---------------------------------------------------------------------------------------------

# --- Biorisk management training for high-containment laboratories -------------------------
C("bsl3", "BIO LAB", "TRN ADV")
O("APBEC", "zh", "生物安全实验室人员在线培训平台",
  "亚太生物安全教育联盟提供生物安全实验室人员在线培训平台，课程涵盖病原微生物危害评估、生物安全柜正确"
  "使用、个人防护装备穿脱和溢洒处置等内容。平台提供中文、英文和俄文界面，学员通过考核后可获得结业证书。"
  "合作实验室还可申请由联盟专家开展的远程实操辅导。", t="TRN", e="AP", L=["zh", "en", "ru"])
R("KEN", "en", "Biorisk management training for a new BSL-3 laboratory",
  "The National Public Health Laboratory is commissioning a BSL-3 suite for tuberculosis culture "
  "and viral haemorrhagic fever diagnostics. We need a structured biorisk management programme for "
  "about 25 laboratory scientists, biosafety officers and engineering staff, covering risk assessment, "
  "safe work practices, respirator fit-testing and emergency procedures. A mix of in-country practical "
  "training and remote mentoring over 12 months would be ideal.")
R("SEN", "fr", "Formation à la gestion des risques biologiques pour le personnel d’un laboratoire NSB3",
  "Le laboratoire national de référence prévoit la mise en service d’un module de niveau de sécurité "
  "biologique 3 pour le diagnostic des fièvres hémorragiques virales. Nous sollicitons une formation "
  "pratique de deux à trois semaines pour une vingtaine de biologistes, techniciens et agents de "
  "maintenance, portant sur l’évaluation des risques, les procédures opérationnelles normalisées et la "
  "gestion des déversements. Un accompagnement à distance pendant la première année d’exploitation "
  "serait également apprécié.",
  tr={"en": ("Biorisk management training for the staff of a BSL-3 laboratory",
             "The national reference laboratory is preparing to commission a biosafety level 3 unit for the "
             "diagnosis of viral haemorrhagic fevers. We request two to three weeks of practical training for "
             "about twenty biologists, technicians and maintenance staff, covering risk assessment, standard "
             "operating procedures and spill management. Remote support during the first year of operation "
             "would also be appreciated.")})
R("KAZ", "ru", "Обучение персонала лаборатории BSL-3 управлению биологическими рисками",
  "В региональном центре санитарно-эпидемиологической экспертизы вводится в эксплуатацию лаборатория "
  "третьего уровня биобезопасности для работы с возбудителями особо опасных инфекций. Требуется "
  "практический курс для 15–20 специалистов по оценке рисков, работе в боксах микробиологической "
  "безопасности, использованию средств защиты органов дыхания и действиям при аварийных ситуациях. "
  "Предпочтительно обучение на русском языке с последующей стажировкой в действующей лаборатории BSL-3.",
  L=["ru"])
O("GBR", "en", "Practical BSL-3 biorisk management course with mentoring",
  "The United Kingdom offers a two-week practical course on biorisk management in high-containment "
  "laboratories, delivered at a UK training facility or in the beneficiary country with mock-up "
  "equipment. The course covers risk assessment, containment design principles, waste validation, "
  "incident response and competency assessment, and is followed by six months of remote mentoring by "
  "experienced biosafety professionals. Up to 24 participants per cohort.", L=["en"])
O("CAN", "en", "Biosafety training for newly commissioned containment laboratories",
  "Canada offers tailored biosafety and biosecurity training for staff of containment level 3 "
  "laboratories that are newly built or being recommissioned. Training is delivered in English or "
  "French by Canadian biosafety specialists, combining on-site sessions with e-learning modules, and "
  "can include a review of the facility’s biosafety manual and standard operating procedures. Priority "
  "is given to national public health and veterinary reference laboratories in Africa and the Americas.",
  e="AF LAC", L=["en", "fr"],
  tr={"fr": ("Formation en sécurité biologique pour les laboratoires de confinement nouvellement mis en service",
             "Le Canada propose une formation sur mesure en sécurité et sûreté biologiques destinée au personnel "
             "des laboratoires de niveau de confinement 3 nouvellement construits ou remis en service. Dispensée "
             "en anglais ou en français par des spécialistes canadiens, elle associe des séances sur site à des "
             "modules d’apprentissage en ligne et peut inclure l’examen du manuel de sécurité biologique et des "
             "procédures opérationnelles normalisées de l’installation. La priorité est accordée aux laboratoires "
             "nationaux de référence en santé publique et en santé animale d’Afrique et des Amériques.")})
O("CHN", "zh", "高等级生物安全实验室人员培训项目",
  "中方依托国家级高等级病原微生物实验室，为发展中国家提供生物安全三级实验室（BSL-3）管理与操作培训。"
  "培训为期三周，内容包括风险评估、个人防护装备使用、实验室设施运行维护及应急处置，并安排跟班实习。"
  "培训以中文和英文授课，可为每期20名学员提供往返国际旅费和在华食宿。",
  e="AF AP", L=["zh", "en"],
  tr={"en": ("Training programme for staff of high-containment laboratories",
             "Drawing on its national high-containment pathogen laboratories, China offers training in the "
             "management and operation of biosafety level 3 laboratories for developing countries. The "
             "three-week course covers risk assessment, use of personal protective equipment, facility operation "
             "and maintenance and emergency response, and includes supervised practice. Teaching is in Chinese "
             "and English, and international travel and board are covered for 20 participants per cohort.")})

# --- Biorisk management systems (ISO 35001) --------------------------------------------------
C("brm", "BIO", "ADV INF")
R("PAK", "en", "Establishing an ISO 35001 biorisk management system in national reference laboratories",
  "Pakistan intends to introduce a biorisk management system based on ISO 35001 in four national "
  "reference laboratories working with human and animal pathogens. We request expert advice on gap "
  "analysis, documentation, internal audits and management review, together with templates that can be "
  "adapted to national conditions. Support could be provided through short expert missions followed by "
  "remote review of draft documents.")
R("JOR", "ar", "إنشاء نظام لإدارة المخاطر البيولوجية في المختبرات الوطنية",
  "تسعى وزارة الصحة إلى اعتماد نظام متكامل لإدارة المخاطر البيولوجية في المختبرات المرجعية وفق المعيار "
  "الدولي ISO 35001. ونطلب مشورة فنية لإجراء تحليل للفجوات وإعداد السياسات والإجراءات التشغيلية القياسية "
  "وخطط التدقيق الداخلي. ويُفضَّل تقديم الدعم باللغة العربية أو الإنجليزية من خلال زيارات ميدانية قصيرة "
  "ومتابعة عن بُعد.", L=["ar", "en"],
  tr={"en": ("Establishing a biorisk management system in national laboratories",
             "The Ministry of Health intends to adopt an integrated biorisk management system in its reference "
             "laboratories in line with ISO 35001. We request technical advice to carry out a gap analysis and to "
             "prepare policies, standard operating procedures and internal audit plans. Support in Arabic or "
             "English, through short field visits and remote follow-up, is preferred.")})
R("PER", "es", "Asesoría para implementar un sistema de gestión del riesgo biológico",
  "El Instituto Nacional de Salud busca implementar un sistema de gestión del riesgo biológico conforme "
  "a la norma ISO 35001 en sus laboratorios de referencia. Se requiere asesoría técnica para la "
  "evaluación inicial, la elaboración de la documentación del sistema y la formación de auditores "
  "internos. La asistencia podría combinar misiones cortas de expertos con acompañamiento virtual "
  "durante un año.", L=["es"])
R("MAR", "fr", "Appui à la mise en place d’un système de management du risque biologique",
  "Le Maroc souhaite doter ses laboratoires de santé publique et vétérinaires d’un système de "
  "management du risque biologique conforme à la norme ISO 35001. Nous recherchons une expertise pour "
  "réaliser un diagnostic initial, rédiger le manuel du système et former les responsables qualité et "
  "biosécurité aux audits internes. Des modèles de documents en français seraient particulièrement "
  "utiles.", L=["fr", "ar", "en"])
O("CHN", "zh", "实验室生物安全管理体系建设经验交流",
  "中方愿介绍依据国家标准《实验室 生物安全通用要求》（GB 19489）建立和运行实验室生物安全管理体系的"
  "经验，并为伙伴国家实验室管理人员举办专题研讨班。研讨内容包括管理体系文件编写、内部审核、管理评审"
  "和风险评估报告编制，并可安排参观国内已获认可的生物安全实验室。", e="AF AP", L=["zh", "en"])
O("DEU", "en", "Biosecurity self-assessment tools and guidance for laboratories",
  "Germany offers a set of biosecurity self-assessment tools, checklists and guidance documents, with "
  "expert support to apply them in human and veterinary laboratories. The package addresses physical "
  "security, personnel reliability, material control and accountability, transport security and "
  "information security. Materials exist in English, French and Russian, and German experts can "
  "facilitate a national workshop to adapt them.", t="INF ADV", L=["en", "fr", "ru"])
O("ESP", "es", "Acompañamiento técnico en gestión del riesgo biológico para laboratorios de América Latina",
  "España ofrece acompañamiento técnico a laboratorios de referencia de América Latina y el Caribe que "
  "deseen implantar un sistema de gestión del riesgo biológico. El apoyo incluye un diagnóstico "
  "inicial, modelos de procedimientos en español, un taller de formación de auditores internos y "
  "seguimiento en línea durante doce meses. Se dará prioridad a laboratorios que trabajen con agentes "
  "del grupo de riesgo 3.", e="LAC", L=["es"])
O("RELABB", "es", "Red de mentores en bioseguridad y biocustodia",
  "La Red Latinoamericana de Bioseguridad y Biocustodia pone a disposición un grupo de mentores "
  "voluntarios con experiencia en la implementación de sistemas de gestión del riesgo biológico. Los "
  "mentores acompañan a los responsables de bioseguridad mediante sesiones virtuales mensuales, "
  "revisión de documentos y visitas de intercambio entre laboratorios de la región.",
  t="ADV EXC", e="LAC", L=["es", "pt"])
O("RAFBB", "fr", "Accompagnement entre pairs pour les responsables de la biosécurité",
  "Le Réseau africain francophone de biosûreté et de biosécurité met en relation les responsables de la "
  "biosécurité de laboratoires nouvellement engagés dans une démarche de management du risque avec des "
  "pairs expérimentés de la sous-région. L’accompagnement comprend des échanges mensuels en ligne, la "
  "relecture des procédures et une visite croisée par an.", t="ADV EXC", e="AF", L=["fr"])

# --- Biosafety cabinet certification and equipment maintenance ------------------------------
C("bsc", "LAB BIO", "EQP TRN")
R("MWI", "en", "Biosafety cabinet certification and maintenance capacity",
  "Most of the 40 biosafety cabinets in Malawi’s public health and district laboratories have not been "
  "certified for several years. We request support to train two or three national engineers as cabinet "
  "field certifiers and to obtain the necessary test equipment, such as an anemometer, an aerosol "
  "photometer and a generator. Replacement HEPA filters for the most critical cabinets are also needed.")
R("BOL", "es", "Certificación de cabinas de seguridad biológica y mantenimiento de equipos",
  "Los laboratorios de la red nacional de salud pública cuentan con cabinas de seguridad biológica que "
  "no han sido certificadas desde su instalación. Solicitamos la formación de técnicos nacionales en "
  "certificación según las normas EN 12469 o NSF/ANSI 49, así como la donación de un equipo básico de "
  "pruebas. También se requiere apoyo para elaborar un plan nacional de mantenimiento preventivo.",
  L=["es", "en"],
  tr={"en": ("Certification of biosafety cabinets and equipment maintenance",
             "Laboratories of the national public health network use biosafety cabinets that have not been "
             "certified since installation. We request training of national technicians in certification to "
             "EN 12469 or NSF/ANSI 49 and the donation of a basic set of test equipment. Support to draw up a "
             "national preventive maintenance plan is also needed.")})
R("TJK", "ru", "Техническое обслуживание и аттестация боксов микробиологической безопасности",
  "В лабораториях республиканского центра государственного санитарно-эпидемиологического надзора "
  "эксплуатируются боксы микробиологической безопасности II класса, которые давно не проходили "
  "аттестацию. Необходимы обучение местных инженеров методам испытаний, поставка контрольно-"
  "измерительного оборудования и комплект запасных HEPA-фильтров. Обучение желательно проводить на "
  "русском языке.", L=["ru"])
R("YEM", "ar", "صيانة خزانات السلامة البيولوجية وتوفير قطع الغيار",
  "تعرّض عدد من مختبرات الصحة العامة لأضرار أثّرت في تشغيل خزانات السلامة البيولوجية وأجهزة التعقيم. "
  "ونطلب توفير مرشحات HEPA وقطع غيار أساسية، وتدريب فنيين محليين على الصيانة الوقائية واختبار الأداء. "
  "ويمكن تقديم الدعم في مختبر الصحة العامة المركزي أو في بلد مجاور.", L=["ar", "en"])
O("USA", "en", "Biosafety cabinet field certifier training",
  "The United States offers a hands-on course that prepares laboratory engineers and technicians to "
  "test and certify Class II biosafety cabinets, including airflow velocity measurements, HEPA filter "
  "integrity testing and smoke pattern tests. Participants receive a starter kit of test instruments for "
  "their national programme. Courses are held regionally for groups of 10–12 participants, in "
  "English, Russian or Spanish.", L=["en", "ru", "es"])
O("JPN", "en", "Laboratory equipment donation with preventive maintenance training",
  "Japan offers laboratory equipment, including biosafety cabinets, autoclaves and ultra-low "
  "temperature freezers, to public health laboratories in partner countries through bilateral grant "
  "aid. Each package comes with installation, user training and a two-year preventive maintenance plan "
  "developed with local engineers.", e="AP AF", L=["en"])
O("IABEM", "en", "Reduced-cost certification instruments and technician training",
  "Member companies of the association offer biosafety cabinet test instruments and replacement HEPA "
  "filters at reduced cost to public laboratories in low- and middle-income countries, together with "
  "free online training for technicians. Requests are coordinated through the association secretariat, "
  "which also connects laboratories with accredited service providers in their region.",
  L=["en", "es", "fr"])

# --- Security of pathogen collections ---------------------------------------------------------
C("coll", "BIO", "ADV EQP")
O("DEU", "ru", "Программа биобезопасности Германии: защита коллекций патогенов в Центральной Азии",
  "Германия в рамках своей программы биобезопасности предлагает государствам Центральной Азии "
  "консультации по учету и защите коллекций патогенных микроорганизмов, а также поставку оборудования для "
  "безопасного хранения. Семинары и выездные консультации проводятся на русском языке с участием немецких "
  "и местных экспертов.", es="KAZ KGZ TJK UZB TKM", L=["ru", "en"])
R("UGA", "en", "Securing and consolidating pathogen collections",
  "Uganda’s public health and veterinary laboratories hold historic collections of dangerous pathogens, "
  "including Bacillus anthracis and Brucella isolates, stored in several locations. We seek expert "
  "advice on inventory, risk-based consolidation and the safe destruction of materials no longer "
  "needed, along with an electronic sample inventory system. Access control equipment for the central "
  "repository would complement this work.")
R("CMR", "fr", "Inventaire et sécurisation des collections d’agents pathogènes",
  "Le Cameroun souhaite réaliser un inventaire national des collections d’agents biologiques détenues "
  "par les laboratoires publics, universitaires et vétérinaires. Nous avons besoin d’une expertise pour "
  "définir la méthodologie, d’un logiciel de gestion des échantillons et d’équipements de stockage "
  "sécurisé (congélateurs à -80 °C avec alarme, contrôle d’accès). Un appui à la rédaction d’un cadre "
  "réglementaire sur la détention des agents dangereux serait également utile.", L=["fr", "en"])
R("UZB", "ru", "Создание системы учета и хранения коллекций патогенных микроорганизмов",
  "Узбекистан планирует внедрить единую электронную систему учета штаммов патогенных микроорганизмов в "
  "лабораториях санитарно-эпидемиологической и ветеринарной служб. Требуются консультации по "
  "требованиям к хранению, программное обеспечение для учета образцов и оборудование для физической "
  "защиты хранилищ. Рассматриваем также обмен опытом с национальными коллекциями других стран.",
  L=["ru"],
  tr={"en": ("Accounting and storage system for collections of pathogenic microorganisms",
             "Uzbekistan plans to introduce a single electronic accounting system for strains of pathogenic "
             "microorganisms in the laboratories of its sanitary-epidemiological and veterinary services. We "
             "need advice on storage requirements, software for sample accounting and equipment for the "
             "physical protection of repositories. An exchange of experience with national collections of other "
             "countries is also of interest.")})
R("IRQ", "ar", "تأمين مجموعات العوامل الممرضة وجرد العينات البيولوجية",
  "يحتاج العراق إلى دعم لإجراء جرد شامل للعينات والعوامل الممرضة المحفوظة في مختبرات الصحة العامة "
  "والمختبرات البيطرية والجامعات. ويشمل الطلب مشورة خبراء حول تصنيف المخاطر وإتلاف المواد غير الضرورية "
  "بطريقة آمنة، إضافة إلى أنظمة مراقبة الدخول وأجهزة تجميد مزوّدة بإنذار. ونفضّل العمل باللغتين العربية "
  "والإنجليزية.", L=["ar", "en"])
O("CHN", "zh", "病原微生物菌（毒）种保藏管理培训",
  "中方国家级病原微生物菌（毒）种保藏中心可为伙伴国家提供菌毒种保藏、登记、运输和销毁管理培训。培训"
  "包括保藏设施安全管理、信息化登记系统使用和实物核查演练，为期两周，可使用中文和英文授课。",
  t="ADV", e="AF AP", L=["zh", "en"])
O("USA", "en", "Biological material security assessments and upgrades",
  "The United States offers assessments of biological material security at facilities holding "
  "dangerous pathogens, followed by targeted upgrades such as access control, intrusion detection and "
  "secure storage. Experts also help institutions establish material control and accountability "
  "procedures and personnel reliability measures. Support is provided on the basis of a joint workplan "
  "with the host government.", vis="STATES_PARTIES", L=["en"])
O("FRA", "fr", "Expertise en inventaire et gestion des collections de micro-organismes",
  "La France propose l’appui d’experts de ses centres nationaux de référence et de ses centres de "
  "ressources biologiques pour aider les laboratoires partenaires à inventorier, classer et sécuriser "
  "leurs collections d’agents pathogènes. L’appui comprend des missions d’évaluation, des modèles de "
  "registres et de procédures de traçabilité, ainsi que des formations en français à la gestion des "
  "échantillons.", e="AF", L=["fr", "en"],
  tr={"en": ("Expertise in inventory and management of microbial collections",
             "France offers experts from its national reference centres and biological resource centres to "
             "help partner laboratories inventory, classify and secure their pathogen collections. Support "
             "includes assessment missions, model registers and traceability procedures, and training in "
             "French on sample management.")})
O("RUS", "ru", "Консультации по безопасному хранению коллекций патогенных биологических агентов",
  "Российская Федерация предлагает консультации специалистов государственных коллекций патогенных "
  "микроорганизмов по организации учета, хранения и уничтожения штаммов. Программа включает семинары "
  "на русском языке, посещение действующих коллекций и передачу методических рекомендаций. Приоритет "
  "отдается государствам Центральной Азии и Южного Кавказа.",
  es="KAZ KGZ TJK UZB TKM ARM AZE", L=["ru"])

# --- Transport of infectious substances ------------------------------------------------------
C("ship", "BIO LAB", "TRN EQP")
O("APBEC", "zh", "感染性物质运输在线课程与包装材料支持",
  "亚太生物安全教育联盟提供感染性物质分类、包装、标识和运输文件填写的中英文在线课程，并组织线下实操"
  "培训。对完成培训的基层实验室，联盟可协调合作企业提供一批符合联合国标准的三层包装材料。", e="AP",
  L=["zh", "en"])
R("NER", "fr", "Formation au transport des substances infectieuses et matériel d’emballage",
  "Le Niger doit acheminer régulièrement des échantillons suspects de méningite, de rougeole et de "
  "fièvres hémorragiques des districts vers le laboratoire national et vers des centres collaborateurs à "
  "l’étranger. Nous sollicitons la formation et la certification d’une quinzaine d’expéditeurs selon la "
  "réglementation de l’IATA, ainsi que la fourniture d’emballages triples homologués UN3373 et UN2814.",
  L=["fr"])
R("LAO", "en", "Shipping of infectious substances: certified shippers and packaging",
  "The Lao People’s Democratic Republic needs to certify laboratory staff in the provinces to package and "
  "ship Category A and B specimens to the national reference laboratory and to WHO reference "
  "laboratories. We request IATA-compliant training, a stock of triple packaging and guidance on "
  "cold-chain transport during the rainy season.")
R("HND", "es", "Capacitación en transporte seguro de muestras biológicas",
  "Honduras solicita apoyo para capacitar al personal de los laboratorios regionales en el embalaje y "
  "transporte seguro de muestras de dengue, influenza y otros agentes infecciosos hacia el laboratorio "
  "nacional de vigilancia. Se requieren también embalajes triples certificados y cajas térmicas para el "
  "transporte terrestre. La formación debería impartirse en español.", L=["es"])
R("SDN", "ar", "التدريب على نقل المواد المعدية وتوفير مواد التغليف",
  "يطلب السودان تدريب العاملين في المختبرات الولائية على تغليف العينات المعدية ونقلها وفق لوائح الأمم "
  "المتحدة والاتحاد الدولي للنقل الجوي، وتوفير عبوات التغليف الثلاثي المعتمدة. وتزداد الحاجة إلى ذلك في ظل "
  "تفشي الكوليرا وحمى الضنك في عدة ولايات.", L=["ar", "en"],
  tr={"en": ("Training in the transport of infectious substances and supply of packaging",
             "Sudan requests training for staff of state laboratories in packaging and transporting infectious "
             "specimens in line with United Nations and IATA regulations, and the supply of certified triple "
             "packaging. The need is pressing given the cholera and dengue outbreaks in several states.")})
O("WHO", "en", "Transport of infectious substances: training and shipper certification",
  "WHO offers its course on the transport of infectious substances, available online in several "
  "languages and as facilitated in-country sessions that prepare laboratory staff for certification as "
  "shippers. WHO can also help countries plan specimen referral networks and, during emergencies, "
  "facilitate the shipment of samples to WHO reference laboratories.", t="TRN INF",
  L=["en", "fr", "es"])
O("CHE", "fr", "Formation au conditionnement et à l’expédition d’échantillons biologiques",
  "La Suisse propose des sessions de formation pratique sur le conditionnement, l’étiquetage et "
  "l’expédition d’échantillons biologiques des catégories A et B, assurées par des spécialistes de "
  "laboratoires de référence suisses. Les cours ont lieu en français ou en anglais, dans le pays "
  "bénéficiaire ou en Suisse, et sont accompagnés d’un lot initial d’emballages homologués.",
  L=["fr", "en"],
  tr={"en": ("Training in packaging and shipping biological specimens",
             "Switzerland offers practical training sessions on packaging, labelling and shipping Category A "
             "and B biological specimens, given by specialists from Swiss reference laboratories. Courses are "
             "held in French or English, in the beneficiary country or in Switzerland, and come with an initial "
             "stock of approved packaging.")})
O("ITA", "en", "Specimen referral and biological sample transport support",
  "Italy offers training for laboratory and logistics staff on the safe transport of biological "
  "samples, and supplies of certified triple packaging for national specimen referral systems. Italian "
  "experts can also help map referral routes and draft national standard operating procedures. The "
  "offer targets countries in Africa and the eastern Mediterranean.", e="AF", es="JOR LBN IRQ YEM",
  L=["en", "fr"])
O("SAU", "ar", "برنامج تدريبي في نقل العينات المعدية وشحنها",
  "تعرض المملكة العربية السعودية تنظيم دورات تدريبية باللغة العربية حول تصنيف المواد المعدية وتغليفها "
  "ووسمها وشحنها وفق اللوائح الدولية، لفائدة العاملين في مختبرات الدول العربية والأفريقية. وتشمل الدورات "
  "تزويد المشاركين بعبوات تغليف ثلاثي معتمدة لاستخدامها في بلدانهم.", e="AF AP", L=["ar", "en"])

# --- Laboratory quality management ------------------------------------------------------------
C("qms", "LAB", "TRN ADV")
O("USA", "es", "Capacitación en gestión de la calidad para laboratorios de Centroamérica y el Caribe",
  "Estados Unidos ofrece capacitación en gestión de la calidad para las redes nacionales de laboratorios "
  "de Centroamérica y el Caribe, impartida en español por mentores con experiencia en acreditación ISO "
  "15189. El programa incluye talleres, visitas de seguimiento y apoyo para participar en programas de "
  "evaluación externa de la calidad.", e="LAC", L=["es", "en"])
R("GHA", "en", "Mentorship towards ISO 15189 accreditation for regional public health laboratories",
  "Ghana aims to bring three regional public health laboratories to ISO 15189 accreditation within "
  "three years. We request on-site mentors, quality management training for laboratory managers and "
  "support for participation in external quality assessment. The programme would build on the stepwise "
  "quality improvement process already started.")
R("CIV", "fr", "Accompagnement vers l’accréditation ISO 15189 des laboratoires de référence",
  "La Côte d’Ivoire souhaite accompagner l’Institut national d’hygiène publique et deux laboratoires "
  "régionaux vers l’accréditation selon la norme ISO 15189. Nous recherchons des formations en "
  "management de la qualité, un appui à la validation des méthodes et la participation à des programmes "
  "d’évaluation externe de la qualité. Les activités devraient se dérouler de préférence en français.",
  L=["fr", "en"])
R("KGZ", "ru", "Внедрение системы менеджмента качества в референс-лабораториях",
  "Кыргызская Республика просит содействия во внедрении системы менеджмента качества по ISO 15189 в "
  "национальных референс-лабораториях. Необходимы обучение сотрудников, методическая помощь в подготовке "
  "документации и участие в программах внешней оценки качества. Желательна поддержка на русском языке.",
  L=["ru"])
R("GTM", "es", "Sistema de gestión de la calidad para la red nacional de laboratorios",
  "Guatemala solicita asesoría para implementar un sistema de gestión de la calidad en el Laboratorio "
  "Nacional de Salud y en cinco laboratorios departamentales. La asistencia incluiría talleres sobre la "
  "norma ISO 15189, auditorías internas y control de calidad de las pruebas moleculares.",
  L=["es", "en"])
O("NOR", "en", "Twinning for laboratory quality management",
  "Norway offers twinning between Norwegian public health laboratories and reference laboratories in "
  "partner countries to strengthen quality management. Staff exchanges of two to four weeks, joint "
  "audits and remote follow-up help partner laboratories prepare for ISO 15189 or ISO/IEC 17025 "
  "accreditation. Norway covers travel costs for exchange visits.", t="ADV EXC", e="AF AP", L=["en"])
O("CUB", "es", "Formación en gestión de la calidad para laboratorios de diagnóstico",
  "Cuba ofrece cursos de gestión de la calidad para laboratorios de diagnóstico microbiológico, "
  "impartidos por especialistas de sus institutos nacionales de referencia. Los cursos, de tres semanas, "
  "incluyen la elaboración de manuales de calidad, la validación de métodos y programas de control "
  "externo, y se imparten en La Habana o en el país solicitante.", e="LAC", L=["es"])
O("RUS", "ru", "Обучение внедрению систем менеджмента качества лабораторий",
  "Российская Федерация предлагает курсы повышения квалификации для специалистов лабораторий по "
  "внедрению систем менеджмента качества в соответствии с ISO 15189 и ISO/IEC 17025. Обучение "
  "проводится на русском языке на базе профильных научно-исследовательских институтов и "
  "сопровождается дистанционными консультациями при подготовке к аккредитации.", e="EE AP", L=["ru"])
O("CHN", "zh", "实验室质量管理体系建设培训",
  "中方可为伙伴国家疾病预防控制和临床实验室人员举办质量管理体系培训班，内容涵盖ISO 15189认可要求、"
  "质量手册编写、方法学验证和室间质评组织。培训结束后，中方专家可通过远程方式对学员单位的认可准备"
  "工作提供为期一年的指导。", e="AF AP", L=["zh", "en"])

# --- National implementing legislation for the BWC --------------------------------------------
C("legis", "LEG", "ADV INF")
O("CHN", "zh", "分享《生物安全法》立法与实施经验",
  "中方愿与有关国家分享制定和实施《中华人民共和国生物安全法》的经验，介绍生物安全风险防控体制、病原"
  "微生物实验室管理和相关法律责任等制度设计。交流可通过专题研讨会、立法人员互访和提供法律文本译本等"
  "方式开展。", e="AF AP", L=["zh", "en", "fr"],
  tr={"en": ("Sharing experience in drafting and implementing the Biosecurity Law",
             "China offers to share its experience in drafting and implementing the Biosecurity Law of the "
             "People’s Republic of China, presenting the design of its biosecurity risk-control system, the "
             "management of pathogen laboratories and the related legal liabilities. Exchanges can take the form "
             "of thematic seminars, visits between legislative drafters and translations of the legal texts.")})
R("BDI", "fr", "Élaboration d’une loi nationale de mise en œuvre de la Convention sur les armes biologiques",
  "Le Burundi ne dispose pas encore d’une législation couvrant l’ensemble des obligations découlant de la "
  "Convention. Nous sollicitons une assistance juridique pour analyser le cadre existant, rédiger un "
  "avant-projet de loi comportant les infractions pénales et les mesures de contrôle des agents "
  "biologiques, et organiser un atelier de validation avec les ministères concernés.", L=["fr"],
  tr={"en": ("Drafting national legislation to implement the Biological Weapons Convention",
             "Burundi does not yet have legislation covering all of its obligations under the Convention. We "
             "request legal assistance to analyse the existing framework, draft a bill that includes criminal "
             "offences and controls on biological agents, and organise a validation workshop with the "
             "ministries concerned.")})
R("MDG", "fr", "Révision du cadre juridique relatif aux agents biologiques dangereux",
  "Madagascar souhaite réviser ses textes relatifs à la santé publique, à la santé animale et au commerce "
  "afin d’y intégrer les obligations de la Convention sur les armes biologiques. Un appui est demandé pour "
  "une analyse des lacunes, la rédaction de décrets d’application et la formation des magistrats et des "
  "officiers de police judiciaire.", t="ADV TRN", L=["fr"])
R("LBR", "en", "Drafting national implementing legislation for the BWC",
  "Liberia requests legal assistance to draft comprehensive legislation implementing the Biological "
  "Weapons Convention, including prohibitions, penal provisions, controls on dangerous pathogens and the "
  "designation of a national authority. Assistance could take the form of a legislative gap analysis, a "
  "drafting workshop in Monrovia and review of the draft bill before its submission to the Legislature.")
R("TLS", "en", "Legislative gap analysis for BWC and resolution 1540 obligations",
  "Timor-Leste would welcome an analysis of its existing laws against the obligations of the Biological "
  "Weapons Convention and Security Council resolution 1540 (2004), with recommendations adapted to a "
  "small administration. Support in Portuguese or English is preferred, including model provisions that "
  "can be inserted into the health and customs codes.", f="LEG EXP")
R("NAM", "en", "Independent review of a draft Biological and Toxin Weapons Bill",
  "Namibia has prepared a draft Biological and Toxin Weapons Bill and would like an independent legal "
  "review before it is tabled. We request comments on the penal provisions, jurisdiction over offences "
  "committed abroad by nationals, and the relationship with existing animal health, plant health and "
  "customs legislation.", t="ADV", d=False)
O("UNODA", "en", "Legislative assistance for national implementation of the BWC",
  "The BWC Implementation Support Unit and UNODA offer legal assistance to States Parties preparing or "
  "updating implementing legislation. Services include legislative gap analyses, model provisions, "
  "comments on draft bills and national workshops for legislators and officials, in English, French or "
  "Spanish.", L=["en", "fr", "es"],
  tr={"fr": ("Assistance législative pour la mise en œuvre nationale de la Convention",
             "L’Unité d’appui à l’application de la Convention et le Bureau des affaires de désarmement offrent "
             "une assistance juridique aux États parties qui élaborent ou mettent à jour leur législation de mise "
             "en œuvre. Elle comprend des analyses des lacunes, des dispositions types, des observations sur les "
             "projets de loi et des ateliers nationaux pour les parlementaires et les fonctionnaires, en anglais, en "
             "français ou en espagnol.")})
O("CTIC", "en", "Pro bono legal drafting support for biological weapons legislation",
  "The Centre for Treaty Implementation and Compliance offers pro bono legal drafting support to States "
  "developing national legislation on biological and toxin weapons. Its lawyers review existing laws, "
  "prepare comparative analyses of implementing measures adopted by other States, and assist drafting "
  "teams through workshops and written commentary.", L=["en", "fr", "pt"])
O("FRA", "fr", "Appui juridique à la mise en œuvre de la Convention sur les armes biologiques",
  "La France propose l’appui de juristes et d’experts pour aider les États d’Afrique francophone à "
  "élaborer ou réviser leur législation de mise en œuvre de la Convention. L’assistance comprend une "
  "analyse comparée des textes, la rédaction de dispositions pénales et réglementaires et l’animation "
  "d’ateliers interministériels en français.", e="AF", L=["fr"])

# --- Regulations on dangerous pathogens and dual-use research ---------------------------------
C("dualreg", "LEG BIO", "ADV JNT")
R("PRY", "es", "Reglamento nacional para el control de agentes biológicos de alto riesgo",
  "Paraguay necesita elaborar un reglamento que establezca la lista nacional de agentes biológicos y "
  "toxinas de alto riesgo, el registro de las instalaciones que los manipulan y el régimen de "
  "inspecciones. Solicitamos asesoría técnica y jurídica, ejemplos de listas de control de otros países "
  "y un taller con las autoridades sanitarias y agropecuarias.", L=["es"])
R("DOM", "es", "Marco regulatorio de bioseguridad y biocustodia para laboratorios",
  "La República Dominicana solicita apoyo para redactar un marco regulatorio de bioseguridad y "
  "biocustodia aplicable a laboratorios públicos, privados y universitarios. La asistencia incluiría la "
  "revisión de la legislación vigente, la definición de requisitos de habilitación y un plan de "
  "implementación progresivo.", L=["es", "en"],
  tr={"en": ("Biosafety and biosecurity regulatory framework for laboratories",
             "The Dominican Republic requests support to draft a biosafety and biosecurity regulatory framework "
             "for public, private and university laboratories. Assistance would include a review of current "
             "legislation, definition of licensing requirements and a phased implementation plan.")})
R("AZE", "ru", "Разработка нормативных актов по надзору за работой с опасными патогенами",
  "Азербайджан планирует разработать нормативные правовые акты, регулирующие допуск организаций к работе "
  "с патогенными биологическими агентами I–II групп патогенности, порядок инспекций и ответственность за "
  "нарушения. Требуется консультационная помощь юристов и специалистов по биобезопасности, а также "
  "примеры аналогичных актов других государств.", L=["ru", "en"])
R("OMN", "ar", "إعداد لائحة وطنية للعوامل البيولوجية والسموم عالية الخطورة",
  "تعمل سلطنة عُمان على إعداد لائحة تنفيذية تنظّم حيازة العوامل البيولوجية والسموم عالية الخطورة ونقلها "
  "واستخدامها في المختبرات. ونطلب مشورة قانونية وفنية بشأن قوائم العوامل الخاضعة للرقابة ونظام الترخيص "
  "والتفتيش، والاطلاع على تجارب دول أخرى في هذا المجال.", L=["ar", "en"])
R("ISL", "en", "Oversight framework for dual-use research in a growing biotechnology sector",
  "Iceland’s biotechnology sector is expanding quickly, and the Government wishes to establish "
  "proportionate oversight of dual-use research of concern without burdening legitimate research. We "
  "would welcome advice from States that have introduced institutional review requirements, and a joint "
  "review of our draft guidance.", f="LEG BIO BTD", t="ADV")
O("UNICRI", "en", "Support for national biosecurity regulatory frameworks",
  "UNICRI offers technical assistance to States developing regulatory frameworks for dangerous pathogens "
  "and dual-use research, building on its work with national CBRN action plans. Support includes legal "
  "and institutional mapping, facilitated interagency workshops and joint drafting of regulations with "
  "national experts.", L=["en", "fr", "es"])
O("CAN", "en", "Sharing Canada’s licensing regime for human pathogens and toxins",
  "Canada offers to share its experience with licensing facilities that handle human pathogens and "
  "toxins, including risk-based licensing, the national biosafety standard and inspection practice. "
  "Canadian regulators can host study visits and provide templates for licence applications and "
  "inspection checklists.", t="ADV INF", L=["en", "fr", "es"])
O("RUS", "ru", "Консультации по разработке законодательства в области биологической безопасности",
  "Российская Федерация готова поделиться опытом разработки и применения федерального закона о "
  "биологической безопасности и подзаконных актов к нему. Предлагаются консультации юристов и экспертов, "
  "семинары для сотрудников профильных министерств и передача модельных нормативных актов, разработанных "
  "в рамках Содружества Независимых Государств.", e="EE AP", L=["ru"],
  tr={"en": ("Advice on drafting biological safety legislation",
             "The Russian Federation is ready to share its experience in drafting and applying its federal law on "
             "biological safety and the regulations under it. It offers advice from lawyers and experts, seminars "
             "for staff of the ministries concerned and model legal acts developed within the Commonwealth of "
             "Independent States.")})
O("ARG", "es", "Cooperación regulatoria en bioseguridad con países de la región",
  "Argentina ofrece compartir su experiencia en la regulación de laboratorios que manipulan agentes "
  "biológicos de riesgo y en la aplicación de su régimen de control de exportaciones sensibles. La "
  "cooperación incluye pasantías de funcionarios en Buenos Aires y asesoría a distancia para la "
  "redacción de reglamentos.", t="ADV EXC", e="LAC", L=["es", "en"])

# --- Resolution 1540 national action plans ----------------------------------------------------
C("1540", "LEG EXP", "ADV INF")
R("TGO", "fr", "Élaboration d’un plan d’action national pour la mise en œuvre de la résolution 1540",
  "Le Togo souhaite élaborer son premier plan d’action national volontaire pour la mise en œuvre de la "
  "résolution 1540 (2004) du Conseil de sécurité, en lien avec ses obligations au titre de la Convention "
  "sur les armes biologiques. Nous sollicitons l’appui d’experts pour l’organisation d’un atelier "
  "national, l’identification des priorités et la rédaction du plan.", L=["fr"])
R("KHM", "en", "Updating the national 1540 report and adopting an action plan",
  "Cambodia intends to update its national report to the 1540 Committee and to adopt a national action "
  "plan covering biological, chemical and nuclear materials. We need expert facilitation of an "
  "interagency workshop and help in identifying assistance needs for border and export controls.")
R("ECU", "es", "Plan de acción nacional sobre la resolución 1540 (2004)",
  "Ecuador solicita asistencia para preparar un plan nacional de acción que articule las obligaciones de "
  "la resolución 1540 y de la Convención sobre las Armas Biológicas. Se requiere la facilitación de "
  "talleres interinstitucionales y asesoría en la definición de indicadores de seguimiento.",
  L=["es"],
  tr={"en": ("National action plan on resolution 1540 (2004)",
             "Ecuador requests assistance to prepare a national action plan that brings together its obligations "
             "under resolution 1540 and the Biological Weapons Convention. Facilitation of interagency "
             "workshops and advice on monitoring indicators are needed.")})
R("KWT", "ar", "دعم إعداد خطة العمل الوطنية لتنفيذ القرار 1540",
  "تطلب دولة الكويت دعماً فنياً لإعداد خطة عمل وطنية طوعية لتنفيذ قرار مجلس الأمن 1540 (2004)، تشمل "
  "الضوابط على المواد البيولوجية وتدابير الرقابة على الصادرات والعبور. ونرحّب بتنظيم ورشة عمل وطنية "
  "بمشاركة الجهات المعنية وبالاستفادة من تجارب دول المنطقة.", L=["ar", "en"])
O("UNSC-1540", "en", "Assistance in preparing 1540 national implementation action plans",
  "The 1540 Committee, supported by its Group of Experts, assists States in preparing voluntary national "
  "implementation action plans and national reports, including through country visits, and matches "
  "assistance requests with offers from States and organisations. Requests are considered on the basis "
  "of a letter to the Committee.", L=["en", "fr", "es"], d=False)
O("UNSC-1540", "fr", "Dialogues régionaux sur la mise en œuvre de la résolution 1540",
  "Le Comité 1540 organise, avec les organisations régionales, des dialogues et ateliers destinés aux "
  "points de contact nationaux, afin de partager les bonnes pratiques relatives au contrôle des biens "
  "biologiques et au signalement des besoins d’assistance. Des sessions en français sont prévues pour "
  "l’Afrique de l’Ouest et l’Afrique centrale.", t="INF TRN", e="AF", L=["fr"],
  tr={"en": ("Regional dialogues on the implementation of resolution 1540",
             "With regional organisations, the 1540 Committee holds dialogues and workshops for national points "
             "of contact to share good practice on controls over biological items and on reporting assistance "
             "needs. Sessions in French are planned for West and Central Africa.")})
O("UNSC-1540", "ru", "Содействие государствам Центральной Азии в подготовке национальных планов по резолюции 1540",
  "Комитет 1540 совместно с региональными партнерами проводит для государств Центральной Азии "
  "национальные «круглые столы» по подготовке добровольных планов действий и национальных докладов. "
  "Мероприятия проводятся на русском языке с участием экспертов Группы экспертов Комитета.",
  es="KAZ KGZ TJK TKM UZB MNG", L=["ru", "en"])

# --- Export control licensing -----------------------------------------------------------------
C("expctl", "EXP", "TRN")
R("MYS", "en", "Export control licensing officer training for biological dual-use items",
  "Malaysia’s strategic trade authority requests training for licensing officers on the technical "
  "assessment of applications involving biological dual-use items, such as fermenters, freeze-dryers and "
  "pathogen strains. Training should include case studies, end-use checks and catch-all controls, and "
  "could be delivered as a five-day course in Kuala Lumpur.", t="TRN ADV")
R("ARM", "ru", "Обучение специалистов экспортного контроля по биологическим товарам двойного назначения",
  "Армения просит организовать обучение сотрудников уполномоченного органа экспортного контроля и "
  "таможенной службы идентификации и лицензированию биологических товаров двойного назначения. Особый "
  "интерес представляют оценка конечного использования и работа с предприятиями фармацевтической "
  "отрасли.", L=["ru", "en"],
  tr={"en": ("Training export control officials on biological dual-use goods",
             "Armenia requests training for staff of its export control authority and customs service in "
             "identifying and licensing biological dual-use goods. End-use assessment and outreach to "
             "pharmaceutical companies are of particular interest.")})
R("ARE", "ar", "تدريب موظفي الترخيص على ضوابط تصدير المواد البيولوجية ذات الاستخدام المزدوج",
  "ترغب دولة الإمارات العربية المتحدة في تعزيز قدرات موظفي الجهة المعنية بالرقابة على السلع "
  "الاستراتيجية في تقييم طلبات الترخيص المتعلقة بالمعدات والمواد البيولوجية ذات الاستخدام المزدوج. "
  "ونطلب دورة تدريبية متخصصة تتضمن دراسات حالة حول إعادة التصدير والمناطق الحرة.", L=["ar", "en"])
R("CRI", "es", "Capacitación en control de exportaciones de bienes biológicos de doble uso",
  "Costa Rica, cuyo sector de dispositivos médicos y biotecnología está en crecimiento, solicita "
  "capacitación para funcionarios de comercio exterior y aduanas sobre las listas de control de bienes "
  "biológicos de doble uso y los procedimientos de licencia. Interesa también la sensibilización de las "
  "empresas sobre el cumplimiento.", L=["es", "en"])
O("CHN", "zh", "两用物项和技术出口管制培训班",
  "中方愿为亚洲和非洲国家出口管制主管部门及海关人员举办两用物项出口管制培训班，重点介绍生物两用物项"
  "清单、许可审查、最终用户和最终用途核查等实践。培训为期十天，在中国举办，中方承担学员在华费用，并"
  "提供英语翻译。", e="AP AF", L=["zh", "en"],
  tr={"en": ("Training course on export control of dual-use items and technologies",
             "China offers a training course for export control authorities and customs officers from Asian and "
             "African States on the control of dual-use items, focusing on the biological dual-use list, licence "
             "review and end-user and end-use checks. The ten-day course is held in China, with local costs "
             "covered by China and interpretation into English.")})
O("USA", "en", "Export control and related border security training",
  "The United States offers training for licensing, enforcement and customs officials on the control of "
  "strategic goods, including a dedicated module on biological dual-use items and technologies. Courses "
  "range from introductory workshops to advanced licensing case studies and can be delivered in English, "
  "Spanish or Russian.", L=["en", "es", "ru"])
O("JPN", "en", "Asian export control seminar with a module on biological items",
  "Japan offers places for licensing officers from Asian States at its annual export control seminar in "
  "Tokyo, followed by a national workshop on biological dual-use items. Participants learn about control "
  "lists, end-user verification and outreach to industry.", t="TRN INF", e="AP", L=["en"])
O("KOR", "en", "Strategic trade control capacity building for biological items",
  "The Republic of Korea offers e-learning and classroom training on strategic trade controls for "
  "biological items, including its electronic licensing system and its industry outreach practice. "
  "Courses are delivered in Seoul and online for officials from Asia-Pacific States.", e="AP", L=["en"])

# --- Customs: identification of biological dual-use commodities ------------------------------
C("customs", "EXP", "TRN INF")
R("GEO", "en", "Commodity identification training for customs officers at border crossings",
  "Georgia requests training for customs and border officers on identifying biological dual-use "
  "commodities and suspicious shipments of biological materials, including documentation checks and "
  "safe handling of seized samples. About 40 officers at the main land and sea crossings would be "
  "trained, with reference materials in Georgian or English.", L=["en"])
R("PAN", "es", "Identificación de mercancías biológicas de doble uso en zonas francas y puertos",
  "Panamá, por la magnitud de su tráfico de contenedores y de sus zonas libres, solicita formación para "
  "funcionarios de aduanas y autoridades portuarias en la identificación de equipos y materiales "
  "biológicos de doble uso y en el control del tránsito y el transbordo. Se requieren además guías de "
  "referencia en español.", L=["es", "en"],
  tr={"en": ("Identifying biological dual-use goods in free zones and ports",
             "Given the volume of its container traffic and free zones, Panama requests training for customs "
             "officers and port authorities on identifying biological dual-use equipment and materials and on "
             "controlling transit and trans-shipment. Reference guides in Spanish are also needed.")})
R("TUN", "fr", "Formation des douaniers à l’identification des biens biologiques à double usage",
  "La Tunisie souhaite former une trentaine d’agents des douanes à l’identification des équipements et "
  "matériels biologiques à double usage et aux procédures de contrôle en cas de suspicion. Un guide "
  "d’identification en français ou en arabe serait très utile.", L=["fr", "ar"])
O("SWE", "en", "Commodity identification training for frontline officers",
  "Sweden offers commodity identification training for customs and border officers, using a practical "
  "handbook and equipment samples to teach officers how to recognise biological dual-use items such as "
  "fermenters, centrifuges and aerosol generators. Training is delivered by Swedish customs and "
  "technical experts.", L=["en"])
O("CZE", "en", "Customs enforcement workshops on dual-use goods",
  "Czechia offers workshops for customs enforcement officers from Eastern Europe, the South Caucasus and "
  "Central Asia on detecting and investigating illicit transfers of dual-use goods, including biological "
  "equipment. Workshops include practical exercises at a border crossing and exchanges with Czech "
  "investigators.", e="EE", es="KAZ KGZ TJK TKM UZB", L=["en", "ru"])
O("FRA", "fr", "Guide d’identification des biens biologiques à double usage pour les douanes",
  "La France met à disposition un guide illustré d’identification des biens biologiques à double usage, "
  "en français et en arabe, et propose des sessions de formation de formateurs pour les administrations "
  "douanières partenaires. Les sessions peuvent être organisées en Afrique du Nord et de l’Ouest.",
  t="INF TRN", e="AF", L=["fr", "ar"],
  tr={"ar": ("دليل الجمارك لتحديد السلع البيولوجية ذات الاستخدام المزدوج",
             "تتيح فرنسا دليلاً مصوّراً باللغتين الفرنسية والعربية لتحديد السلع البيولوجية ذات الاستخدام "
             "المزدوج، وتعرض تنظيم دورات لتدريب المدربين لفائدة إدارات الجمارك الشريكة. ويمكن عقد هذه الدورات "
             "في شمال أفريقيا وغربها.")})

# --- Confidence-building measures -------------------------------------------------------------
C("cbm", "CBM", "TRN ADV")
R("BEN", "fr", "Appui à la préparation de la première soumission des mesures de confiance",
  "Le Bénin n’a encore jamais soumis ses mesures de confiance au titre de la Convention. Nous sollicitons "
  "un appui pour identifier les institutions détentrices des informations, collecter les données sur les "
  "laboratoires et les programmes de vaccins, et remplir les formulaires électroniques. Une formation "
  "d’une semaine du point de contact national et de son équipe serait souhaitable.", L=["fr"],
  tr={"en": ("Support to prepare a first confidence-building measure submission",
             "Benin has never submitted its confidence-building measures under the Convention. We request help to "
             "identify the institutions that hold the information, to collect data on laboratories and vaccine "
             "programmes, and to complete the electronic forms. A one-week training course for the national "
             "contact point and team would be welcome.")})
R("GAB", "fr", "Formation du point de contact national à la plateforme électronique des mesures de confiance",
  "Le Gabon souhaite former son point de contact national et les correspondants des ministères de la "
  "santé, de l’agriculture et de la défense à l’utilisation de la plateforme électronique de soumission "
  "des mesures de confiance. Un accompagnement lors de la préparation de la soumission annuelle est "
  "également demandé.", L=["fr"])
R("ZMB", "en", "Support to prepare confidence-building measure (CBM) submissions",
  "Zambia requests support to prepare its annual CBM submission, including guidance on Form A part 2 on "
  "biological defence research and development, Form B on outbreaks of infectious diseases and Form G on "
  "vaccine production facilities. A short mentoring arrangement with an experienced national contact "
  "point from another State Party would be valuable.")
R("URY", "es", "Asesoría para la elaboración de las medidas de fomento de la confianza",
  "Uruguay solicita asesoría técnica para mejorar la calidad y la exhaustividad de sus medidas de "
  "fomento de la confianza, en particular sobre instalaciones de contención máxima, brotes de "
  "enfermedades infecciosas y legislación. Interesa un intercambio virtual con expertos y ejemplos de "
  "presentaciones de otros Estados Partes.", t="ADV", L=["es", "en"])
R("FJI", "en", "Pacific regional workshop on CBMs and national reporting",
  "Fiji proposes a regional workshop for Pacific Island States on preparing CBM submissions and other "
  "national reports, recognising that small administrations face similar difficulties. We request "
  "facilitation by experts and funding for participants from neighbouring States.", t="TRN FIN")
R("TKM", "ru", "Помощь в подготовке докладов по мерам укрепления доверия",
  "Туркменистан просит оказать содействие в подготовке ежегодных докладов по мерам укрепления доверия, "
  "включая сбор сведений о лабораториях, производстве вакцин и вспышках инфекционных заболеваний. "
  "Предпочтителен семинар на русском языке для представителей заинтересованных министерств и ведомств.",
  L=["ru"])
R("MLT", "en", "Voluntary peer review of CBM submission and national implementation",
  "Malta would welcome a voluntary peer review of its CBM submission and national implementation "
  "measures by experts from other States Parties, with the aim of improving transparency and "
  "identifying good practices. We propose a two-day visit to Valletta followed by a short report.",
  t="ADV EXC")
O("UNODA", "en", "CBM training and use of the electronic CBM platform",
  "The BWC Implementation Support Unit offers national and regional training on preparing CBM "
  "submissions, including the use of the electronic CBM platform and guidance on each form. Remote "
  "assistance to national contact points is available throughout the year.", L=["en", "fr", "es"],
  tr={"es": ("Capacitación sobre las medidas de fomento de la confianza y su plataforma electrónica",
             "La Dependencia de Apoyo a la Aplicación de la Convención ofrece capacitación nacional y regional "
             "sobre la preparación de las medidas de fomento de la confianza, incluido el uso de la plataforma "
             "electrónica y orientaciones sobre cada formulario. Los puntos de contacto nacionales pueden "
             "recibir asistencia a distancia durante todo el año.")})
O("UNODA", "ru", "Семинары по мерам укрепления доверия для государств Восточной Европы и Центральной Азии",
  "Группа имплементационной поддержки КБТО проводит на русском языке семинары для национальных "
  "контактных пунктов по подготовке докладов о мерах укрепления доверия, включая работу с электронной "
  "платформой и разбор типичных ошибок заполнения форм. После семинара участники могут направить проекты "
  "докладов на экспертную проверку.", e="EE AP", L=["ru", "en"])
O("CHN", "zh", "《禁止生物武器公约》履约能力建设培训班",
  "中方与联合国裁军事务厅合作，每年为发展中国家举办《禁止生物武器公约》履约能力建设培训班，内容涵盖"
  "建立信任措施报告填报、国家履约立法和生物安全管理。培训班在中国举办，学员的国际旅费和在华费用由"
  "中方承担。", t="TRN FIN", e="AF AP LAC", L=["zh", "en", "fr"])
O("AUS", "en", "CBM support for Pacific and Southeast Asian States",
  "Australia offers support to Pacific and Southeast Asian States preparing CBM submissions, including "
  "virtual mentoring, a regional workshop and funding for participants. Australian experts can also help "
  "States prepare a first submission as part of broader BWC implementation assistance.", t="TRN FIN",
  e="AP", L=["en"])
O("RUS", "ru", "Практикумы по заполнению форм мер укрепления доверия",
  "Российская Федерация проводит практикумы для национальных контактных пунктов государств СНГ и других "
  "заинтересованных государств по заполнению форм мер укрепления доверия. Занятия проводятся на русском "
  "языке и включают разбор каждой формы на практических примерах.", t="TRN", e="EE AP", L=["ru"])

# --- National authorities and contact points --------------------------------------------------
C("natauth", "CBM LEG", "ADV INF")
R("COM", "fr", "Mise en place d’une autorité nationale pour la Convention sur les armes biologiques",
  "Les Comores souhaitent désigner une autorité nationale chargée de coordonner la mise en œuvre de la "
  "Convention et de servir de point de contact. Nous demandons des conseils sur le mandat, la "
  "composition et le fonctionnement d’un tel organe, adaptés à une petite administration insulaire, "
  "ainsi que des exemples de textes portant création.", L=["fr", "ar"])
R("SLV", "es", "Creación de una autoridad nacional para la Convención sobre las Armas Biológicas",
  "El Salvador desea crear una autoridad nacional interinstitucional para la aplicación de la "
  "Convención sobre las Armas Biológicas. Se solicita asesoría sobre modelos institucionales de otros "
  "países de la región, el proyecto de decreto de creación y el plan de trabajo inicial.",
  L=["es", "en"],
  tr={"en": ("Establishing a national authority for the Biological Weapons Convention",
             "El Salvador wishes to create an interagency national authority to implement the Biological "
             "Weapons Convention. It requests advice on institutional models from other countries in the "
             "region, the draft founding decree and an initial work plan.")})
O("NLD", "en", "Guidance on establishing BWC national authorities and contact points",
  "The Netherlands offers advisory support and guidance materials on establishing national authorities "
  "and contact points for the BWC, drawing on its own interagency arrangements. Support can include a "
  "virtual workshop and review of draft terms of reference.", L=["en", "es"])
O("BEL", "fr", "Conseil en organisation institutionnelle pour la mise en œuvre de la Convention",
  "La Belgique propose un appui-conseil aux États d’Afrique francophone qui souhaitent créer ou renforcer "
  "leur autorité nationale, en s’appuyant sur l’expérience de sa propre coordination interministérielle. "
  "L’appui comprend des échanges à distance, une mission d’experts et la mise à disposition de modèles "
  "de textes en français.", e="AF", L=["fr"])
O("ANBB", "ar", "دليل إرشادي لإنشاء السلطات الوطنية المعنية باتفاقية الأسلحة البيولوجية",
  "تقدّم الشبكة العربية للسلامة والأمن البيولوجيين دليلاً إرشادياً باللغة العربية حول إنشاء السلطات "
  "الوطنية ونقاط الاتصال المعنية بالاتفاقية، مع نماذج لقرارات التأسيس واختصاصات اللجان الوطنية. كما تنظّم "
  "الشبكة جلسات تشاورية عن بُعد مع خبراء من الدول العربية لمرافقة الدول في مراحل التأسيس الأولى.",
  t="INF ADV", L=["ar"])

# --- Codes of conduct for life scientists ----------------------------------------------------
C("codes", "EDU", "INF TRN")
R("NGA", "en", "Codes of conduct for life scientists in universities and research institutes",
  "Nigeria wishes to develop a national code of conduct for life scientists and to introduce it in "
  "universities and research institutes. We request examples of existing codes, guidance on consulting "
  "the scientific community, and training for ethics committees and heads of department on dual-use "
  "research of concern.")
R("CHL", "es", "Código de conducta para investigadores en ciencias de la vida",
  "Chile, a través de la Academia Chilena de Ciencias y del Ministerio de Ciencia, busca elaborar un "
  "código de conducta voluntario para investigadores en ciencias de la vida que aborde la investigación "
  "de doble uso. Se solicitan materiales de referencia, la participación de expertos en un seminario "
  "nacional y apoyo para su difusión en las universidades.", L=["es", "en"],
  tr={"en": ("Code of conduct for life science researchers",
             "Through its Academy of Sciences and the Ministry of Science, Chile seeks to develop a voluntary code "
             "of conduct for life science researchers that addresses dual-use research. It requests reference "
             "materials, experts for a national seminar and support for dissemination in universities.")})
R("LBN", "ar", "مدونة سلوك للعلماء العاملين في علوم الحياة",
  "يرغب لبنان في إعداد مدونة سلوك وطنية للباحثين في علوم الحياة بالتعاون مع الجامعات والمجلس الوطني "
  "للبحوث العلمية، تتناول مخاطر البحوث ذات الاستخدام المزدوج. ونطلب نماذج لمدونات معتمدة في دول أخرى "
  "ودعماً لتنظيم حلقات نقاش مع الباحثين وطلاب الدراسات العليا.", L=["ar", "fr", "en"])
R("MDA", "ru", "Кодекс поведения для ученых в области наук о жизни",
  "Республика Молдова намерена разработать кодекс поведения для научных работников в области наук о "
  "жизни и включить вопросы биобезопасности в университетские программы. Требуются методические "
  "материалы, примеры кодексов других стран и проведение семинара для руководителей научных "
  "учреждений.", L=["ru", "en"])
O("GBDN", "en", "Codes of conduct toolkit and facilitated national workshops",
  "The Global Biosecurity Dialogue Network offers a toolkit for developing codes of conduct for life "
  "scientists, with model texts, case studies on dual-use research and a facilitator’s guide. Its "
  "trainers run national workshops that bring together academies of science, universities and "
  "regulators to adapt the codes to local conditions.", L=["en", "fr", "es"])
O("CHN", "zh", "推广《科学家生物安全行为准则天津指南》并开展科研人员培训",
  "中方愿与有关国家分享《科学家生物安全行为准则天津指南》的制定经验，并为高校和科研机构举办研讨会，"
  "帮助制定符合本国国情的科研人员行为准则。培训内容包括两用性研究风险识别、科研伦理审查和负责任科研"
  "文化建设，可采用中文或英文授课。", L=["zh", "en"],
  tr={"en": ("Promoting the Tianjin Biosecurity Guidelines and training for researchers",
             "China offers to share its experience in developing the Tianjin Biosecurity Guidelines for Codes of "
             "Conduct for Scientists and to hold workshops for universities and research institutes to help them "
             "draw up codes suited to national circumstances. Training covers identifying dual-use research "
             "risks, ethical review and building a culture of responsible science, in Chinese or English.")})
O("APBEC", "zh", "科研人员生物安全意识在线课程",
  "亚太生物安全教育联盟提供面向青年科研人员和研究生的生物安全与科研伦理在线课程，共十二个单元，涵盖"
  "两用性研究、负责任科研和行为准则案例分析。课程提供中文和英文版本，合作院校可免费将其纳入本校"
  "课程体系。", e="AP AF", L=["zh", "en"])
O("RAFBB", "fr", "Ateliers de sensibilisation à la recherche à double usage",
  "Le Réseau africain francophone de biosûreté et de biosécurité anime, dans les universités et les "
  "instituts de recherche d’Afrique francophone, des ateliers d’une journée sur la recherche à double "
  "usage et l’élaboration de codes de conduite. Il fournit des études de cas adaptées au contexte "
  "africain et un guide de l’animateur en français.", e="AF", L=["fr"])

# --- Biosafety and biosecurity in university curricula ---------------------------------------
C("curric", "EDU BIO", "TRN JNT")
R("ETH", "en", "Integrating biosafety and biosecurity into university microbiology curricula",
  "Ethiopia’s Ministry of Education and several universities wish to integrate biosafety, biosecurity "
  "and dual-use awareness into undergraduate and master’s programmes in microbiology, veterinary "
  "medicine and biotechnology. We request curriculum models, train-the-trainer sessions for lecturers and "
  "a partnership with a university experienced in this field.")
R("COL", "es", "Diplomado en bioseguridad y biocustodia para universidades",
  "Colombia desea crear, junto con universidades públicas, un diplomado en bioseguridad y biocustodia "
  "dirigido a profesionales de laboratorio y docentes. Buscamos una institución socia que aporte "
  "contenidos, docentes invitados y experiencia en enseñanza virtual.", L=["es", "en"])
R("EGY", "ar", "إدراج السلامة والأمن البيولوجيين في مناهج كليات العلوم والطب البيطري",
  "تسعى جمهورية مصر العربية إلى إدراج مقررات عن السلامة البيولوجية والأمن البيولوجي والبحوث ذات الاستخدام "
  "المزدوج في برامج كليات العلوم والطب والطب البيطري. ونطلب شراكة مع جامعات أو مراكز متخصصة لتطوير "
  "المحتوى التعليمي وتدريب أعضاء هيئة التدريس.", L=["ar", "en"],
  tr={"en": ("Integrating biosafety and biosecurity into science and veterinary curricula",
             "Egypt seeks to introduce courses on biosafety, biosecurity and dual-use research into the programmes "
             "of its faculties of science, medicine and veterinary medicine. It requests partnerships with "
             "universities or specialised centres to develop teaching content and train faculty members.")})
O("MUCBB", "en", "University biosecurity curriculum partnership",
  "The Meridian University Centre for Biosafety and Biosecurity offers partnerships with universities "
  "that wish to introduce biosafety and biosecurity teaching. The Centre shares a modular curriculum, "
  "teaching slides and assessment tools under an open licence, trains lecturers in a two-week summer "
  "programme and co-supervises master’s students.", L=["en", "fr", "es"])
O("IND", "en", "Short courses on biosafety and biotechnology regulation for partner countries",
  "India offers short courses on biosafety, biosecurity and the regulation of biotechnology for "
  "scientists and lecturers from developing countries, hosted at national research institutes under its "
  "technical and economic cooperation programme. Courses last two to four weeks and are fully funded for "
  "selected participants.", t="TRN FIN", e="AF AP LAC", L=["en"])
O("ARG", "es", "Cursos de posgrado en bioseguridad para profesionales de la región",
  "Argentina ofrece plazas en cursos de posgrado sobre bioseguridad y biocustodia impartidos por "
  "universidades nacionales, en modalidad virtual con prácticas presenciales. Se otorgan becas parciales "
  "a docentes de América Latina y el Caribe que se comprometan a replicar los contenidos en sus "
  "instituciones.", t="TRN FIN", e="LAC", L=["es"])
O("APBEC", "zh", "亚太高校生物安全课程共建",
  "亚太生物安全教育联盟愿与本地区及非洲高校合作，共同开发生物安全与生物安保课程，提供中英文教材、"
  "在线课程和师资培训。联盟每年举办一次暑期学校，并为合作院校教师提供短期访学机会。",
  e="AP AF", L=["zh", "en"],
  tr={"en": ("Co-developing university biosafety curricula in Asia and the Pacific",
             "The Asia-Pacific Biosafety Education Consortium offers to work with universities in the region and in "
             "Africa to co-develop biosafety and biosecurity courses, providing teaching materials in Chinese and "
             "English, online courses and training for lecturers. It runs an annual summer school and short "
             "visiting stays for lecturers from partner institutions.")})
O("EURASBIO", "ru", "Программа повышения квалификации преподавателей по биобезопасности",
  "Евразийская ассоциация биологической безопасности предлагает вузам стран СНГ программу повышения "
  "квалификации преподавателей по биобезопасности и биозащите, включая типовую учебную программу, "
  "методические материалы на русском языке и совместную разработку магистерских курсов. Занятия "
  "проводятся в формате двухнедельной очной школы с последующей дистанционной поддержкой.",
  e="EE AP", L=["ru"])

# --- Microbial forensics ----------------------------------------------------------------------
C("forens", "FOR", "TRN EXC")
R("ZAF", "en", "Microbial forensics curriculum and laboratory twinning",
  "South Africa would like to develop a microbial forensics capability linking its national public "
  "health institute, veterinary research institute and police forensic services. We request a microbial "
  "forensics curriculum for scientists and investigators, twinning with an established forensic "
  "microbiology laboratory and advice on chain-of-custody procedures.")
R("BRA", "en", "Training in microbial forensics and attribution methods",
  "Brazil seeks training for federal police forensic experts and public health scientists in microbial "
  "forensics, including sampling at crime scenes, genomic attribution methods and the presentation of "
  "scientific evidence in court. Courses in Portuguese, Spanish or English are acceptable.",
  L=["pt", "es", "en"], t="TRN")
R("SAU", "ar", "بناء قدرات التحليل الجنائي الميكروبي",
  "تسعى المملكة العربية السعودية إلى إنشاء وحدة للتحليل الجنائي الميكروبي تربط بين المختبرات المرجعية "
  "وجهات إنفاذ القانون. ونطلب برامج تدريبية متخصصة في أخذ العينات وتحليل التسلسل الجيني وتتبّع مصدر "
  "العوامل الممرضة، إضافة إلى تبادل الزيارات مع مختبرات ذات خبرة.", L=["ar", "en"],
  tr={"en": ("Building microbial forensic capacity",
             "Saudi Arabia seeks to set up a microbial forensics unit linking reference laboratories and law "
             "enforcement agencies. It requests specialised training in sampling, genome sequence analysis and "
             "tracing the origin of pathogens, as well as exchange visits with experienced laboratories.")})
R("MEX", "es", "Formación en ciencia forense microbiana para peritos y científicos",
  "México solicita un programa de formación en ciencia forense microbiana para peritos de la Fiscalía "
  "General de la República y científicos de la red de laboratorios de salud pública. Interesan cursos "
  "sobre cadena de custodia, análisis genómico y estudios de casos, así como estancias en laboratorios "
  "especializados.", L=["es", "en"], vis="STATES_PARTIES")
R("ROU", "en", "Exchange programme in forensic genomics of pathogens",
  "Romania would welcome an exchange programme allowing two or three scientists from its national "
  "reference laboratories to spend several months in a laboratory experienced in forensic genomics of "
  "pathogens. The aim is to establish validated workflows for strain attribution and reporting.",
  t="EXC", L=["en", "ro"])
O("USA", "en", "Microbial forensics courses for scientists and investigators",
  "The United States offers an introductory and an advanced course in microbial forensics for public "
  "health scientists, law enforcement investigators and prosecutors. The courses cover evidence "
  "collection, laboratory analysis, genomic attribution, quality assurance and legal considerations, and "
  "end with a joint exercise.", t="TRN", vis="STATES_PARTIES", L=["en", "es"])
O("CHN", "zh", "病原微生物溯源与法医学技术交流",
  "中方可为有关国家科研人员提供病原微生物溯源与微生物法医学技术培训和访学机会，内容包括全基因组测序、"
  "系统进化分析、数据库比对以及实验室质量保证。培训在国内重点实验室进行，为期一至三个月。",
  e="AF AP LAC", L=["zh", "en"])
O("FRA", "fr", "Formation en criminalistique microbiologique",
  "La France propose des formations en criminalistique microbiologique destinées aux laboratoires de "
  "référence et aux services d’enquête, associant prélèvement sur les lieux d’une infraction, analyses "
  "génomiques et gestion de la chaîne de traçabilité des preuves. Des stages de quelques semaines dans "
  "des laboratoires français peuvent être organisés.", L=["fr", "en"],
  tr={"en": ("Training in microbial forensics",
             "France offers training in microbial forensics for reference laboratories and investigative "
             "services, combining sampling at crime scenes, genomic analysis and management of the chain of "
             "custody of evidence. Placements of a few weeks in French laboratories can be arranged.")})

# --- Investigation of alleged use: Secretary-General's Mechanism readiness --------------------
C("unsgm", "FOR EMR", "TRN")
R("JOR", "ar", "تأهيل خبراء للمشاركة في آلية الأمين العام للتحقيق في ادعاءات الاستخدام",
  "يرغب الأردن في ترشيح خبراء ومختبرات وطنية لقائمة آلية الأمين العام للأمم المتحدة للتحقيق في ادعاءات "
  "استخدام الأسلحة الكيميائية والبيولوجية. ونطلب تدريباً على أخذ العينات في البيئات الخطرة وسلسلة الحيازة "
  "وإجراءات التحقيق الميداني.", L=["ar", "en"])
R("KAZ", "ru", "Подготовка экспертов к участию в механизме Генерального секретаря ООН",
  "Казахстан планирует выдвинуть экспертов и лабораторию в реестр механизма Генерального секретаря ООН по "
  "расследованию предполагаемого применения химического и биологического оружия. Требуется подготовка по "
  "отбору проб, сохранению цепочки хранения вещественных доказательств и работе в полевых условиях.",
  L=["ru", "en"],
  tr={"en": ("Preparing experts for the UN Secretary-General’s Mechanism",
             "Kazakhstan plans to nominate experts and a laboratory to the roster of the Secretary-General’s "
             "Mechanism for investigation of alleged use of chemical and biological weapons. Training is needed "
             "in sampling, maintaining the chain of custody of evidence and working in the field.")})
R("PER", "es", "Preparación de expertos para el Mecanismo del Secretario General",
  "Perú desea preparar a un grupo de expertos nacionales para integrarse en la lista del Mecanismo del "
  "Secretario General para la investigación del presunto empleo de armas químicas y biológicas. "
  "Solicitamos cursos sobre toma de muestras, bioseguridad en el terreno y cadena de custodia.",
  L=["es", "en"])
R("NGA", "en", "Field sampling and investigation training for alleged use of biological weapons",
  "Nigeria requests training for a multidisciplinary team of epidemiologists, laboratory scientists and "
  "security officers on investigating alleged use of biological agents, including field sampling, chain "
  "of custody and coordination with international investigation mechanisms. The team would also serve as "
  "the national contribution to the Secretary-General’s Mechanism roster.", vis="STATES_PARTIES")
O("UNODA", "en", "Training for experts on the Secretary-General’s Mechanism roster",
  "UNODA organises training for experts nominated to the roster of the Secretary-General’s Mechanism, "
  "including specialised courses on biological sampling, field laboratory operations and a capstone "
  "field exercise hosted by a Member State. Nominating States can request places for their experts.",
  L=["en", "fr", "es"], vis="STATES_PARTIES")
O("SWE", "en", "Biological sampling training for investigation teams",
  "Sweden offers practical training on biological sampling in contaminated environments, sample "
  "packaging and chain of custody for members of national and international investigation teams. "
  "Training takes place at a Swedish defence research facility and includes exercises with simulants.",
  L=["en"])
O("CHE", "fr", "Exercices de terrain pour l’enquête sur l’emploi allégué d’agents biologiques",
  "La Suisse propose d’accueillir des experts désignés par les États parties à des exercices de terrain "
  "consacrés au prélèvement d’échantillons biologiques et à la conduite d’enquêtes sur l’emploi allégué, "
  "en partenariat avec son laboratoire de référence pour la protection NBC. Les exercices se déroulent en "
  "anglais et en français.", L=["fr", "en"],
  tr={"en": ("Field exercises on investigating alleged use of biological agents",
             "Switzerland offers to host experts nominated by States Parties at field exercises on biological "
             "sampling and the conduct of investigations of alleged use, in partnership with its reference "
             "laboratory for NBC protection. Exercises are conducted in English and French.")})

# --- Law enforcement: prevention of bioterrorism ---------------------------------------------
C("lawenf", "EMR LEG", "TRN")
R("MLI", "fr", "Formation des forces de sécurité à la prévention du bioterrorisme",
  "Le Mali sollicite une formation destinée aux policiers, gendarmes et agents de la protection civile "
  "sur la détection des menaces biologiques, la sécurisation d’une scène d’incident et la coopération "
  "avec les services de santé. Les formations devraient être dispensées en français et adaptées au "
  "contexte sahélien.", L=["fr"])
R("PHL", "en", "Joint law enforcement and public health investigation training",
  "The Philippines requests a joint training programme for police, prosecutors and public health "
  "officials on investigating suspicious outbreaks and bioterrorism threats, including information "
  "sharing and joint interviews. A tabletop exercise in Manila would conclude the programme.")
R("JAM", "en", "Bioterrorism preparedness for police and first responders",
  "Jamaica seeks training for its police force and first responders on recognising and responding to "
  "biological threats, including protective measures, scene management and notification of health "
  "authorities. Other Caribbean States could be invited to join the course.", f="EMR")
R("IRQ", "ar", "تدريب أجهزة إنفاذ القانون على التحقيق في الحوادث البيولوجية",
  "يطلب العراق تدريب ضباط الشرطة والدفاع المدني والمحققين على التعامل مع الحوادث البيولوجية المتعمدة، "
  "بما في ذلك تأمين مسرح الحادث وجمع الأدلة بالتنسيق مع السلطات الصحية. ويُفضَّل أن يُقدَّم التدريب باللغة "
  "العربية.", L=["ar"], vis="RESTRICTED")
O("INTERPOL", "en", "Bioterrorism prevention and investigation training for law enforcement",
  "INTERPOL offers national and regional training on preventing and investigating bioterrorism, bringing "
  "together police, public health, customs and prosecutors. Training covers threat assessment, crime "
  "scene management, joint investigations and the use of INTERPOL notices and databases, in English, "
  "French or Arabic.", L=["en", "fr", "ar"], vis="STATES_PARTIES",
  tr={"ar": ("تدريب أجهزة إنفاذ القانون على منع الإرهاب البيولوجي والتحقيق فيه",
             "يقدّم الإنتربول تدريباً وطنياً وإقليمياً على منع الإرهاب البيولوجي والتحقيق فيه، يجمع بين الشرطة "
             "والصحة العامة والجمارك والنيابة العامة. ويتناول التدريب تقييم التهديدات وإدارة مسرح الجريمة "
             "والتحقيقات المشتركة واستخدام نشرات الإنتربول وقواعد بياناته، باللغات الإنجليزية والفرنسية "
             "والعربية.")})
O("INTERPOL", "fr", "Exercice conjoint police–santé publique sur une menace biologique",
  "INTERPOL propose d’organiser des exercices sur table et sur le terrain réunissant forces de l’ordre et "
  "autorités sanitaires autour d’un scénario d’incident biologique délibéré. L’exercice permet de tester "
  "les procédures d’alerte, d’enquête conjointe et de communication.", e="AF", L=["fr", "en"])

# --- Mobile laboratories for outbreak response ------------------------------------------------
C("mobile", "EMR LAB", "EQP TRN")
O("ESP", "es", "Formación y equipamiento de laboratorios móviles para América Latina",
  "España ofrece formación de equipos nacionales en la operación de laboratorios móviles de diagnóstico "
  "molecular, así como la donación de módulos de laboratorio transportables a instituciones de salud "
  "pública de América Latina. La formación incluye bioseguridad en el terreno, gestión de muestras y "
  "simulacros de despliegue.", e="LAC", L=["es"])
R("GIN", "fr", "Laboratoire mobile pour la riposte aux épidémies",
  "La Guinée, régulièrement touchée par la maladie à virus Ebola, la fièvre de Lassa et la maladie à "
  "virus de Marburg, souhaite disposer d’un laboratoire mobile capable de réaliser des diagnostics par "
  "PCR au plus près des foyers. La demande porte sur l’équipement, la formation d’une équipe de huit "
  "techniciens et un appui à la maintenance pendant deux ans.", L=["fr", "en"],
  tr={"en": ("Mobile laboratory for outbreak response",
             "Guinea, which is regularly affected by Ebola virus disease, Lassa fever and Marburg virus disease, "
             "wishes to acquire a mobile laboratory able to perform PCR diagnostics close to outbreak sites. The "
             "request covers the equipment, training of a team of eight technicians and maintenance support for "
             "two years.")})
R("COD", "fr", "Laboratoires mobiles pour les provinces de l’Est",
  "La République démocratique du Congo demande des laboratoires mobiles et des réactifs pour le "
  "diagnostic rapide de la maladie à virus Ebola, du mpox et du choléra dans les provinces de l’Est. La "
  "formation d’équipes provinciales et la prise en charge des coûts de déploiement lors des premières "
  "interventions sont également nécessaires.", t="EQP FIN", L=["fr"])
R("VEN", "es", "Laboratorio móvil para vigilancia y respuesta a brotes",
  "Venezuela solicita un laboratorio móvil equipado para el diagnóstico molecular de arbovirus, "
  "leptospirosis e influenza en zonas alejadas, junto con la capacitación del personal que lo operará. Se "
  "valoraría también el suministro de reactivos para el primer año.", L=["es"])
R("KGZ", "ru", "Мобильная лаборатория для реагирования на вспышки особо опасных инфекций",
  "Кыргызская Республика просит передать мобильную лабораторию для диагностики особо опасных инфекций "
  "(чума, сибирская язва, Крымская геморрагическая лихорадка) в отдаленных районах и обучить "
  "специализированную противоэпидемическую бригаду. Желательны обучение на русском языке и сервисная "
  "поддержка.", L=["ru"])
R("LBY", "ar", "مختبر متنقل للاستجابة لتفشي الأمراض",
  "تطلب ليبيا مختبراً متنقلاً مجهزاً لإجراء اختبارات تفاعل البوليميراز المتسلسل في المناطق الجنوبية "
  "والحدودية، مع تدريب فريق وطني على تشغيله وصيانته. ويشمل الطلب توفير الكواشف ومعدات الحماية الشخصية "
  "للسنة الأولى من التشغيل.", L=["ar", "en"])
O("RUS", "ru", "Передача мобильных лабораторий и подготовка специалистов",
  "Российская Федерация предлагает передачу мобильных лабораторных комплексов на автомобильном шасси для "
  "индикации и диагностики возбудителей инфекционных болезней с обучением национальных специалистов и "
  "сопровождением в течение первого года эксплуатации. Обучение проводится на русском языке, при "
  "необходимости с переводом на английский или французский.", e="AF AP EE", L=["ru", "en", "fr"],
  tr={"en": ("Transfer of mobile laboratories and training of specialists",
             "The Russian Federation offers vehicle-mounted mobile laboratory complexes for the detection and "
             "diagnosis of infectious disease agents, with training of national specialists and support during "
             "the first year of operation. Training is in Russian, with interpretation into English or French "
             "where needed.")})
O("CHN", "zh", "援助移动生物安全实验室并培训技术人员",
  "中方可向有需要的国家提供车载移动生物安全实验室，配备核酸检测设备，并派遣技术团队开展操作、维护和"
  "应急检测培训。中方此前已在多个非洲国家开展类似合作。培训可使用中文、英文或法文。",
  e="AF AP", L=["zh", "en", "fr"])
O("DEU", "en", "Mobile laboratory partnership for outbreak response",
  "Germany offers partnerships with national public health institutes to establish mobile laboratory "
  "capacity, including a modular mobile laboratory, training of deployment teams and joint deployment "
  "exercises. The approach draws on German experience with rapidly deployable outbreak laboratories.",
  e="AF", L=["en", "fr"])
O("BEL", "fr", "Formation d’équipes de laboratoire mobile et appui au déploiement",
  "La Belgique propose, avec un partenaire universitaire spécialisé, un programme de formation d’équipes "
  "nationales de laboratoire mobile et un appui au déploiement en situation d’épidémie. Le programme "
  "comprend des modules pratiques de biosécurité en conditions de terrain et de diagnostic moléculaire.",
  t="TRN", e="AF", L=["fr", "en"])

# --- Rapid response teams and emergency operations centres ------------------------------------
C("rrt", "EMR", "TRN ADV")
R("SSD", "en", "Rapid response team training at national and state level",
  "South Sudan requests training of multidisciplinary rapid response teams in five states to investigate "
  "and contain outbreaks of cholera, measles, hepatitis E and viral haemorrhagic fevers. The training "
  "should include simulation exercises and standard operating procedures for deployment.", t="TRN")
R("CAF", "fr", "Appui au centre d’opérations d’urgence de santé publique",
  "La République centrafricaine souhaite rendre pleinement opérationnel son centre d’opérations d’urgence "
  "de santé publique. Nous sollicitons une expertise pour élaborer les plans et procédures, former le "
  "personnel au système de gestion des incidents et organiser un exercice de simulation.", L=["fr"])
R("HTI", "fr", "Formation des équipes d’intervention rapide et gestion des incidents",
  "Haïti souhaite renforcer les équipes d’intervention rapide départementales pour la riposte au choléra "
  "et aux autres épidémies, par une formation au système de gestion des incidents, à l’investigation et "
  "à la communication sur les risques. La formation peut être dispensée en français ou en créole "
  "haïtien.", L=["fr", "ht"],
  tr={"en": ("Training of rapid response teams and incident management",
             "Haiti wishes to strengthen its departmental rapid response teams for cholera and other outbreaks "
             "through training in incident management, investigation and risk communication. Training can be "
             "given in French or Haitian Creole.")})
R("TJK", "ru", "Подготовка специализированных противоэпидемических бригад",
  "Таджикистан просит оказать помощь в подготовке специализированных противоэпидемических бригад для "
  "реагирования на чрезвычайные ситуации санитарно-эпидемиологического характера. Требуются проведение "
  "командно-штабных и полевых учений, разработка оперативных планов и обучение специалистов областных "
  "центров.", L=["ru"])
O("WHO", "en", "Rapid response team and emergency operations centre training",
  "WHO offers its rapid response team training package and support for public health emergency "
  "operations centres, including training of trainers and simulation exercises. Technical advice on plans "
  "and procedures is provided through WHO regional offices, in English, French or Russian.",
  L=["en", "fr", "ru"],
  tr={"fr": ("Formation des équipes d’intervention rapide et des centres d’opérations d’urgence",
             "L’OMS propose son programme de formation des équipes d’intervention rapide et un appui aux centres "
             "d’opérations d’urgence de santé publique, notamment la formation de formateurs et des exercices de "
             "simulation. Des conseils techniques sur les plans et procédures sont fournis par ses bureaux "
             "régionaux, en anglais, en français ou en russe.")})
O("CHN", "zh", "突发公共卫生事件应急处置培训班",
  "中方愿为发展中国家卫生应急人员举办突发公共卫生事件应急处置培训班，内容涵盖快速反应队伍建设、现场"
  "流行病学调查、应急指挥体系和演练设计。培训在中国举办，学员的国际旅费和在华费用由中方承担。培训"
  "期间提供英语和法语翻译。", t="TRN FIN", e="AF AP LAC", L=["zh", "en", "fr"])
O("RUS", "ru", "Обучение методам работы специализированных противоэпидемических бригад",
  "Российская Федерация предлагает обучение специалистов зарубежных государств методам работы "
  "специализированных противоэпидемических бригад, включая развертывание полевых лабораторий и "
  "проведение совместных учений. Обучение проводится на русском языке.", t="TRN", e="EE AP AF",
  L=["ru"])
O("NGA", "en", "Regional rapid response training at Nigeria’s disease control centre",
  "Nigeria offers places for officials from West African States in the rapid response training courses "
  "run by its national centre for disease control. The two-week courses combine outbreak investigation, "
  "incident management and deployment drills, drawing on Nigeria’s experience with Lassa fever, cholera "
  "and mpox.", t="TRN", e="AF", L=["en", "fr"])

# --- Article VII emergency assistance ---------------------------------------------------------
C("art7", "EMR MCM", "EQP FIN")
R("UKR", "en", "Protective equipment and decontamination capacity for biological incident response",
  "Ukraine requests personal protective equipment, decontamination kits and field detection devices to "
  "strengthen the readiness of its emergency services and public health laboratories to respond to "
  "biological incidents. Training of trainers in the use of the equipment would accompany the delivery.",
  t="EQP", vis="STATES_PARTIES")
R("YEM", "ar", "مستلزمات طبية ولقاحات للاستجابة لتفشي الكوليرا والدفتيريا",
  "يطلب اليمن مساعدة طارئة تشمل اللقاحات ومحاليل الإماهة الفموية ومعدات الحماية الشخصية ومستلزمات "
  "المختبرات للاستجابة لتفشي الكوليرا والدفتيريا. كما يطلب دعماً مالياً لنشر فرق الاستجابة السريعة في "
  "المحافظات المتضررة وتشغيل مراكز العزل.", L=["ar", "en"],
  tr={"en": ("Medical supplies and vaccines for the response to cholera and diphtheria outbreaks",
             "Yemen requests emergency assistance including vaccines, oral rehydration solutions, personal "
             "protective equipment and laboratory supplies to respond to cholera and diphtheria outbreaks. It "
             "also requests funding to deploy rapid response teams in the affected governorates and to run "
             "isolation centres.")})
R("COD", "fr", "Appui d’urgence à la riposte contre le mpox",
  "La République démocratique du Congo sollicite une aide d’urgence pour la riposte contre le mpox : "
  "tests de diagnostic, équipements de protection individuelle et vaccins. Un financement est également "
  "demandé pour les équipes de vaccination et de recherche des contacts dans les zones de santé les plus "
  "touchées.", L=["fr", "en"])
O("QAT", "ar", "مساعدات طارئة ومعدات طبية للاستجابة للأوبئة",
  "تعرض دولة قطر، عبر صندوق قطر للتنمية، تقديم مساعدات طارئة تشمل المعدات الطبية ومستلزمات الوقاية "
  "الشخصية وتمويل عمليات الاستجابة للأوبئة في الدول المتضررة. وتُقدَّم المساعدة بناءً على طلب رسمي "
  "وبالتنسيق مع منظمة الصحة العالمية والمنظمات الإنسانية الأخرى.", L=["ar", "en"],
  tr={"en": ("Emergency assistance and medical equipment for epidemic response",
             "Through the Qatar Fund for Development, Qatar offers emergency assistance including medical "
             "equipment, protective supplies and funding for epidemic response in affected countries. Assistance "
             "is provided on the basis of an official request and in coordination with the World Health "
             "Organization and other humanitarian organisations.")})
O("ARE", "ar", "إمدادات طبية طارئة من المخزون اللوجستي الإنساني",
  "تعرض دولة الإمارات العربية المتحدة إتاحة الإمدادات الطبية ومعدات الحماية الشخصية من مخزونها "
  "اللوجستي الإنساني. وتتكفّل بالشحن الجوي السريع إلى الدول المتضررة من تفشي الأمراض المعدية أو من حادث "
  "بيولوجي خلال 72 ساعة من قبول الطلب.", t="EQP", L=["ar", "en"])
O("NOR", "en", "Rapid funding for the response to biological events",
  "Norway offers rapid funding to support States Parties responding to outbreaks or biological incidents, "
  "channelled through international organisations or directly to national response plans. Funding can "
  "cover deployment of response teams, laboratory consumables and medical countermeasures.", t="FIN",
  L=["en"], d=False)
O("RUS", "ru", "Помощь в соответствии со статьей VII Конвенции",
  "Российская Федерация подтверждает готовность предоставить государствам-участникам помощь в "
  "соответствии со статьей VII Конвенции. Помощь может включать направление специализированных "
  "противоэпидемических бригад и мобильных лабораторий, а также поставку средств индивидуальной защиты и "
  "медицинских препаратов.", t="EQP", L=["ru", "en"], d=False)
O("CHN", "zh", "《禁止生物武器公约》第七条紧急援助：检测试剂与防护物资",
  "根据《禁止生物武器公约》第七条，中方愿向遭受生物武器攻击或面临重大疫情威胁的缔约国提供援助。"
  "援助内容包括检测试剂、个人防护装备、消杀物资和医疗救治物资，并可视情派遣专家组。", t="EQP",
  L=["zh", "en", "fr"],
  tr={"en": ("Article VII emergency assistance: test kits and protective supplies",
             "Under Article VII of the Biological Weapons Convention, China is ready to assist States Parties "
             "exposed to a biological weapons attack or facing a major epidemic threat. Assistance may include "
             "test kits, personal protective equipment, disinfection supplies and medical treatment supplies, and "
             "expert teams can be sent where appropriate.")})

# --- Simulation exercises ---------------------------------------------------------------------
C("exer", "EMR", "TRN ADV")
O("CAN", "fr", "Exercices de simulation sur les menaces biologiques pour l’Afrique francophone",
  "Le Canada propose de concevoir et d’animer, en français, des exercices sur table consacrés à des "
  "menaces biologiques délibérées, à l’intention des autorités sanitaires, de la protection civile et des "
  "forces de sécurité. Chaque exercice est suivi d’un rapport d’évaluation et de recommandations pour les "
  "plans nationaux.", e="AF", L=["fr", "en"])
R("ALB", "en", "National tabletop exercise on a deliberate biological incident",
  "Albania requests support to design and conduct a national tabletop exercise simulating a deliberate "
  "release of a biological agent, involving health, civil protection, police, military and public "
  "communication services. An after-action review and recommendations for updating national plans are "
  "expected.")
R("DZA", "ar", "تمرين محاكاة وطني للاستجابة لحادث بيولوجي",
  "ترغب الجزائر في تنظيم تمرين محاكاة متعدد القطاعات لاختبار خطة الاستجابة الوطنية لحادث بيولوجي متعمد، "
  "يشمل الصحة والحماية المدنية والأمن والجمارك. ونطلب خبرة في تصميم السيناريو وإدارة التمرين وإعداد "
  "تقرير التقييم.", L=["ar", "fr"],
  tr={"fr": ("Exercice national de simulation d’un incident biologique",
             "L’Algérie souhaite organiser un exercice de simulation multisectoriel pour tester son plan national "
             "de riposte à un incident biologique délibéré, associant la santé, la protection civile, la sécurité "
             "et les douanes. Nous sollicitons une expertise pour la conception du scénario, la conduite de "
             "l’exercice et la rédaction du rapport d’évaluation.")})
O("GBDN", "en", "Design and facilitation of biological incident tabletop exercises",
  "The Global Biosecurity Dialogue Network designs and facilitates tabletop exercises on deliberate "
  "biological events for national governments, bringing in international experts as players and "
  "observers. It provides scenario materials, facilitation and an after-action report.",
  L=["en", "fr", "es"])
O("UNODA", "en", "Tabletop exercise on requesting assistance under Article VII",
  "UNODA offers tabletop exercises that examine how a State Party would request and receive assistance "
  "under Article VII of the BWC after an alleged use of biological weapons. The exercises involve "
  "national authorities, ministries of health and foreign affairs and international organisations, and "
  "end with recommendations for national procedures.", L=["en", "fr", "es"], vis="STATES_PARTIES")
O("ANBB", "ar", "تمارين محاكاة إقليمية للاستجابة للحوادث البيولوجية",
  "تنظّم الشبكة العربية للسلامة والأمن البيولوجيين تمارين محاكاة مكتبية باللغة العربية لفائدة الجهات "
  "الصحية والأمنية والحماية المدنية في الدول العربية، تستند إلى سيناريوهات لحوادث بيولوجية متعمدة. "
  "وتتولى الشبكة إعداد السيناريو وإدارة التمرين وصياغة تقرير بالدروس المستفادة.", e="AF AP",
  L=["ar", "fr", "en"])

# --- Influenza surveillance: PCR reagents and sequencing --------------------------------------
C("flu", "HUM LAB", "EQP TRN")
R("MDG", "fr", "Réactifs PCR et capacité de séquençage pour la surveillance de la grippe",
  "Le Centre national de la grippe de Madagascar a besoin de réactifs et de consommables PCR pour le "
  "sous-typage des virus grippaux, ainsi que d’une formation au séquençage de nouvelle génération pour "
  "détecter les virus à potentiel pandémique. L’appui devrait couvrir au moins deux saisons grippales.",
  L=["fr", "en"])
R("BTN", "en", "PCR reagents and sequencing capacity for influenza surveillance",
  "Bhutan’s national influenza laboratory needs a regular supply of PCR reagents for influenza A and B "
  "typing and subtyping, and training of two scientists in whole-genome sequencing of influenza viruses. "
  "Sequences would be shared through established international platforms.")
R("ARM", "ru", "Реагенты для ПЦР и секвенирование для эпиднадзора за гриппом",
  "Национальный центр по гриппу Армении просит поставить реагенты и расходные материалы для "
  "ПЦР-диагностики и субтипирования вирусов гриппа. Кроме того, необходимо обучить двух специалистов "
  "методам секвенирования для своевременного выявления вирусов с пандемическим потенциалом.",
  L=["ru", "en"],
  tr={"en": ("PCR reagents and sequencing for influenza surveillance",
             "Armenia’s National Influenza Centre requests reagents and consumables for PCR diagnosis and "
             "subtyping of influenza viruses. Two specialists also need training in sequencing so that viruses "
             "with pandemic potential can be detected in time.")})
R("MRT", "ar", "كواشف تفاعل البوليميراز المتسلسل لترصد الإنفلونزا",
  "تطلب موريتانيا كواشف ومستهلكات لتفاعل البوليميراز المتسلسل لترصد الإنفلونزا والفيروسات التنفسية "
  "الأخرى في مواقع الترصد الخافر. كما تطلب تدريب فنيي المختبر الوطني على الكشف عن الأنماط الفرعية "
  "للإنفلونزا ذات المنشأ الحيواني.", L=["ar", "fr"])
R("NIC", "es", "Reactivos de PCR y secuenciación para la vigilancia de la influenza",
  "Nicaragua requiere reactivos y consumibles de PCR en tiempo real para la vigilancia de la influenza y "
  "otros virus respiratorios, así como capacitación en secuenciación genómica. Se solicita un apoyo de "
  "dos años para garantizar la continuidad de la vigilancia centinela.", L=["es", "en"])
O("WHO", "en", "Reagents, quality assessment and training through the influenza surveillance network",
  "WHO supports National Influenza Centres and other laboratories with reference reagents, external "
  "quality assessment and training in influenza detection and sequencing through the Global Influenza "
  "Surveillance and Response System. WHO can also cover shipment of influenza specimens to WHO "
  "collaborating centres.", L=["en", "fr", "es"])
O("CHN", "zh", "流感监测实验室能力建设合作",
  "中国国家流感中心可为伙伴国家的国家流感中心提供核酸检测试剂、测序培训和技术指导，帮助提升流感病毒"
  "分型与基因组监测能力。培训以中文和英文进行，可安排学员来华实习。", e="AF AP", L=["zh", "en"],
  tr={"en": ("Cooperation to build influenza surveillance laboratory capacity",
             "China’s National Influenza Center can provide partner National Influenza Centres with nucleic acid "
             "test reagents, sequencing training and technical guidance to improve influenza typing and genomic "
             "surveillance. Training is in Chinese and English, and placements in China can be arranged.")})
O("JPN", "en", "Training course on genomic analysis of influenza viruses",
  "Japan offers a training course on the molecular and genomic analysis of influenza viruses for "
  "laboratory scientists from Asia, hosted at a national research institute. Participants receive a "
  "starter set of reagents to apply the methods at home.", e="AP", L=["en"])
O("RUS", "ru", "Поставка тест-систем и обучение диагностике гриппа",
  "Российская Федерация предлагает национальным центрам по гриппу поставку отечественных "
  "ПЦР-тест-систем для выявления и субтипирования вирусов гриппа. Обучение специалистов проводится на базе "
  "российского сотрудничающего центра ВОЗ по гриппу на русском или английском языке.", e="EE AP",
  L=["ru", "en"])

# --- Genomic surveillance and bioinformatics ---------------------------------------------------
C("genom", "HUM RES", "TRN JNT")
R("RWA", "en", "Bioinformatics training for pathogen genomic surveillance",
  "Rwanda has acquired sequencing platforms but lacks bioinformaticians to analyse and interpret pathogen "
  "genomes. We request a six-month training and mentoring programme for five scientists, access to "
  "computing resources and joint projects on the genomic epidemiology of priority pathogens.",
  L=["en", "fr"])
R("ECU", "es", "Fortalecimiento de la vigilancia genómica de patógenos",
  "Ecuador solicita cooperación para fortalecer la vigilancia genómica de patógenos respiratorios y "
  "arbovirus en su instituto nacional de investigación en salud pública. Se requieren capacitación en "
  "secuenciación y bioinformática y proyectos conjuntos con instituciones de investigación de la región.",
  L=["es", "en"],
  tr={"en": ("Strengthening genomic surveillance of pathogens",
             "Ecuador requests cooperation to strengthen genomic surveillance of respiratory pathogens and "
             "arboviruses at its national public health research institute. Training in sequencing and "
             "bioinformatics and joint projects with research institutions in the region are needed.")})
R("BFA", "fr", "Formation en bio-informatique pour la surveillance génomique",
  "Le Burkina Faso souhaite former des biologistes et des épidémiologistes à l’analyse bio-informatique "
  "des données de séquençage pour la surveillance de la dengue, de la méningite et de la résistance aux "
  "antimicrobiens. Un appui à distance et des stages dans un laboratoire partenaire sont souhaités.",
  t="TRN", L=["fr"])
R("UZB", "ru", "Обучение методам геномного эпиднадзора",
  "Узбекистан просит организовать обучение специалистов методам полногеномного секвенирования и "
  "биоинформатического анализа для эпидемиологического надзора за возбудителями инфекционных болезней. "
  "Желательно сочетание очных курсов и дистанционного наставничества на русском языке.", t="TRN",
  L=["ru"])
R("CHN", "zh", "病原体基因组数据共享与分析方法国际合作",
  "中方希望与有关国家公共卫生机构开展病原体基因组数据共享和分析方法的合作研究，共同制定数据质量标准"
  "和共享规则。合作可采取联合项目和科研人员互访的形式，优先考虑呼吸道病毒和虫媒病毒。", t="JNT",
  L=["zh", "en"])
O("GBR", "en", "Pathogen genomics training and mentoring",
  "The United Kingdom offers training and long-term mentoring in pathogen genomics and bioinformatics. "
  "The programme combines online courses, residential workshops and joint analysis projects with UK "
  "genomic surveillance experts, and connects alumni through a peer network.", L=["en"])
O("ZAF", "en", "Regional pathogen genomics training programme",
  "South Africa offers places in its regional pathogen genomics training programme for African "
  "scientists. Hands-on courses in sequencing, bioinformatics and genomic epidemiology are followed by "
  "joint surveillance projects with the participants’ home institutions.", e="AF", L=["en", "fr"])
O("CHN", "zh", "病原体基因组监测联合研究",
  "中方愿与伙伴国家开展病原体基因组监测联合研究，提供测序技术培训和生物信息学分析平台。合作重点关注"
  "呼吸道病毒、虫媒病毒和人兽共患病原体，并在尊重各国数据主权的前提下开展数据共享。", e="AF AP",
  L=["zh", "en"],
  tr={"en": ("Joint research on pathogen genomic surveillance",
             "China offers joint research with partner countries on pathogen genomic surveillance, providing "
             "sequencing training and a bioinformatics analysis platform. Cooperation focuses on respiratory "
             "viruses, arboviruses and zoonotic pathogens, with data sharing that respects each country’s data "
             "sovereignty.")})
O("RUS", "ru", "Курсы по геномному эпиднадзору на русском языке",
  "Российская Федерация предлагает очные и дистанционные курсы по полногеномному секвенированию и "
  "биоинформатическому анализу для специалистов государств СНГ и Центральной Азии. По итогам обучения "
  "возможны совместные проекты по молекулярной эпидемиологии актуальных инфекций.", e="EE AP", L=["ru"])

# --- Field epidemiology and event-based surveillance -----------------------------------------
C("fetp", "HUM", "TRN")
O("FRA", "fr", "Appui aux programmes de formation en épidémiologie de terrain en Afrique francophone",
  "La France soutient les programmes de formation en épidémiologie de terrain d’Afrique francophone par "
  "la mise à disposition de mentors, de modules pédagogiques en français et de bourses pour les "
  "résidents. Elle peut également financer des investigations de terrain menées par les stagiaires.",
  t="TRN FIN", e="AF", L=["fr"])
R("GMB", "en", "Field epidemiology training for district surveillance officers",
  "The Gambia requests support to enrol district surveillance officers in a frontline field "
  "epidemiology training programme. We also seek help to strengthen event-based surveillance at "
  "community level, including training of village health workers in reporting unusual events.")
R("AZE", "ru", "Подготовка специалистов по полевой эпидемиологии",
  "Азербайджан просит поддержки в подготовке специалистов по полевой эпидемиологии для районных центров "
  "гигиены и эпидемиологии. Обучение должно включать практические расследования вспышек и анализ данных "
  "эпидемиологического надзора.", L=["ru", "en"])
R("COG", "fr", "Programme de formation en épidémiologie de terrain",
  "Le Congo souhaite former une première cohorte d’épidémiologistes de terrain de niveau intermédiaire. "
  "Ces agents devront être capables de mener des investigations d’épidémies et d’analyser les données de "
  "surveillance des districts sanitaires.", L=["fr"],
  tr={"en": ("Field epidemiology training programme",
             "The Congo wishes to train a first cohort of intermediate-level field epidemiologists. They should be "
             "able to investigate outbreaks and analyse surveillance data from health districts.")})
O("WHO", "fr", "Appui à la surveillance intégrée des maladies et riposte",
  "L’OMS appuie les pays dans la mise en œuvre de la surveillance intégrée des maladies et riposte et de "
  "la surveillance fondée sur les événements. Elle forme les agents de district, aide à adapter les "
  "guides techniques nationaux et évalue les systèmes de surveillance.", e="AF", L=["fr", "en", "pt"],
  tr={"en": ("Support for integrated disease surveillance and response",
             "WHO supports countries in implementing integrated disease surveillance and response and "
             "event-based surveillance. It trains district staff, helps adapt national technical guidelines and "
             "evaluates surveillance systems.")})
O("CUB", "es", "Formación en epidemiología de campo y vigilancia en salud",
  "Cuba ofrece cursos de epidemiología de campo y vigilancia en salud impartidos por su instituto de "
  "medicina tropical. Los cursos, de seis semanas, se dirigen a profesionales de América Latina, el "
  "Caribe y África e incluyen prácticas en el terreno.", e="LAC AF", L=["es", "en"])
O("THA", "en", "International field epidemiology training programme",
  "Thailand offers places in its international field epidemiology training programme for epidemiologists "
  "from neighbouring countries. The two-year programme is based on supervised fieldwork and outbreak "
  "investigations, with a stipend for participants.", e="AP", L=["en"])
O("CHN", "zh", "现场流行病学培训项目国际学员名额",
  "中国现场流行病学培训项目每年为发展中国家提供国际学员名额。培训内容包括暴发调查、监测数据分析和风险"
  "评估，采用课堂教学与现场实践相结合的方式。", e="AF AP", L=["zh", "en"],
  tr={"en": ("International places in China’s field epidemiology training programme",
             "China’s field epidemiology training programme offers places to trainees from developing countries "
             "every year. Training covers outbreak investigation, analysis of surveillance data and risk "
             "assessment, combining classroom teaching with field practice.")})
O("EURASBIO", "ru", "Школа полевой эпидемиологии для специалистов стран СНГ",
  "Евразийская ассоциация биологической безопасности проводит летнюю школу полевой эпидемиологии для "
  "молодых специалистов санитарно-эпидемиологических служб стран СНГ. Занятия ведутся на русском языке и "
  "включают практические задания по расследованию вспышек.", e="EE AP", L=["ru"])
O("KEN", "en", "Field epidemiology training places for East African States",
  "Kenya offers places in its field epidemiology and laboratory training programme for public health "
  "officers from neighbouring East African States. Trainees join Kenyan cohorts for field investigations "
  "and receive mentoring from programme faculty.", es="UGA TZA RWA BDI SSD ETH", L=["en", "sw"])

# --- Wastewater-based surveillance ------------------------------------------------------------
C("wastew", "HUM RES", "JNT EQP")
R("JOR", "ar", "توسيع ترصد مياه الصرف الصحي ليشمل عوامل ممرضة متعددة",
  "يرغب الأردن في توسيع برنامج ترصد مياه الصرف الصحي الذي أُنشئ خلال جائحة كوفيد-19 ليشمل الإنفلونزا "
  "وشلل الأطفال ومؤشرات مقاومة مضادات الميكروبات. ونبحث عن شريك لمشروع مشترك يشمل بروتوكولات أخذ "
  "العينات والتسلسل الجيني وتحليل البيانات.", t="JNT", L=["ar", "en"])
R("GRC", "en", "Wastewater-based surveillance for emerging pathogens",
  "Greece would like to extend wastewater-based surveillance beyond SARS-CoV-2 to influenza, mpox and "
  "antimicrobial resistance markers. It seeks a joint project with institutions experienced in "
  "multi-pathogen wastewater sequencing.", t="JNT")
R("URY", "es", "Vigilancia de aguas residuales para la alerta temprana de brotes",
  "Uruguay desea consolidar una red nacional de vigilancia de aguas residuales para la alerta temprana de "
  "virus respiratorios y entéricos. Busca un socio para un proyecto conjunto que incluya equipos de "
  "muestreo automático y protocolos de secuenciación.", L=["es", "en"])
O("NLD", "en", "Joint projects on wastewater-based epidemiology",
  "The Netherlands offers joint projects on wastewater-based surveillance, sharing protocols for "
  "sampling, concentration and molecular detection. Scientists from partner institutions can be hosted "
  "for method transfer at Dutch public health laboratories.", t="JNT", L=["en"])
O("CHL", "es", "Vigilancia de aguas residuales: cooperación Sur-Sur",
  "Chile ofrece compartir la experiencia de su red de vigilancia de aguas residuales, incluidos los "
  "protocolos de muestreo, los métodos de laboratorio y los tableros de datos para las autoridades "
  "sanitarias. La cooperación puede incluir pasantías de técnicos y la donación de equipos de muestreo a "
  "laboratorios de la región.", e="LAC", L=["es", "en"])

# --- Arboviruses ------------------------------------------------------------------------------
C("arbo", "HUM LAB", "EQP TRN")
R("DOM", "es", "Diagnóstico diferencial de dengue, chikungunya, Zika y Oropouche",
  "La República Dominicana solicita reactivos para RT-PCR múltiple y serología destinados al diagnóstico "
  "diferencial de dengue, chikungunya, Zika y Oropouche. Se requiere además capacitación del personal de "
  "los laboratorios regionales en los nuevos algoritmos diagnósticos.", L=["es"])
R("HND", "es", "Vigilancia entomológica y de laboratorio de arbovirus",
  "Honduras busca fortalecer la vigilancia integrada de arbovirus mediante la capacitación de "
  "entomólogos y técnicos de laboratorio y la detección viral en mosquitos. Se busca además un socio para "
  "un proyecto conjunto de investigación operativa sobre la transmisión en zonas urbanas.",
  f="HUM LAB RES", t="TRN JNT", L=["es", "en"],
  tr={"en": ("Entomological and laboratory surveillance of arboviruses",
             "Honduras seeks to strengthen integrated arbovirus surveillance by training entomologists and "
             "laboratory technicians and by detecting viruses in mosquitoes. It is also looking for a partner for "
             "a joint operational research project on urban transmission.")})
R("BGD", "en", "Dengue serotyping and genomic surveillance",
  "Bangladesh is facing large dengue epidemics and requests support for serotyping and genomic "
  "surveillance of dengue viruses. Clinical laboratory capacity in Dhaka and divisional hospitals also "
  "needs to be expanded with equipment and trained staff.")
O("CUB", "es", "Diagnóstico de arbovirus: formación y reactivos",
  "Cuba ofrece formación en diagnóstico molecular y serológico de arbovirus a laboratorios de la región. "
  "La oferta incluye paneles de control de calidad y estancias cortas en su laboratorio nacional de "
  "referencia.", e="LAC", L=["es", "en"],
  tr={"en": ("Arbovirus diagnostics: training and reagents",
             "Cuba offers training in molecular and serological diagnosis of arboviruses to laboratories in the "
             "region. The offer includes quality control panels and short stays at its national reference "
             "laboratory.")})
O("FRA", "fr", "Appui des centres nationaux de référence des arbovirus",
  "La France propose l’appui de ses centres nationaux de référence des arbovirus pour la formation au "
  "diagnostic et la fourniture de contrôles positifs. Ils peuvent également confirmer des échantillons, "
  "notamment pour les pays voisins de ses territoires des Caraïbes et de l’océan Indien.", e="AF LAC",
  L=["fr", "en", "es"])
O("CHN", "zh", "登革热等虫媒传染病检测合作",
  "中方可为东南亚、南亚及太平洋岛国提供登革热、基孔肯雅热等虫媒病毒检测试剂和实验室技术培训。双方还"
  "可开展伊蚊监测和杀虫剂抗药性研究等联合项目。", e="AP", L=["zh", "en"])
O("BRA", "en", "South–South cooperation on arbovirus surveillance and Oropouche diagnostics",
  "Brazil offers cooperation on arbovirus surveillance, including training in the diagnosis of dengue, "
  "chikungunya, Zika and Oropouche and exchange visits to its public health research laboratories. "
  "Training can be delivered in Portuguese, Spanish or English.", t="TRN EXC", e="LAC AF",
  L=["pt", "es", "en"])
O("MEX", "es", "Diagnóstico de arbovirus en la red de laboratorios de referencia",
  "México ofrece cursos presenciales y virtuales sobre el diagnóstico de dengue, chikungunya, Zika y "
  "Oropouche, impartidos por su instituto nacional de referencia epidemiológica. Los participantes "
  "reciben protocolos estandarizados y pueden integrarse a los programas de evaluación externa del "
  "desempeño.", t="TRN", e="LAC", L=["es"],
  tr={"en": ("Arbovirus diagnostics in the reference laboratory network",
             "Mexico offers in-person and online courses on the diagnosis of dengue, chikungunya, Zika and "
             "Oropouche, taught by its national epidemiological reference institute. Participants receive "
             "standardised protocols and can join the external performance assessment programmes.")})
O("SEN", "fr", "Formation au diagnostic des arboviroses pour l’Afrique de l’Ouest et du Centre",
  "Le Sénégal propose des formations pratiques au diagnostic moléculaire et sérologique de la fièvre "
  "jaune, de la dengue et d’autres arboviroses, organisées à Dakar par son institut de référence. Les "
  "laboratoires nationaux d’Afrique de l’Ouest et du Centre peuvent y inscrire deux agents par session.",
  t="TRN", e="AF", L=["fr", "en"],
  tr={"en": ("Training in arbovirus diagnosis for West and Central Africa",
             "Senegal offers practical training in molecular and serological diagnosis of yellow fever, dengue "
             "and other arboviral diseases, organised in Dakar by its reference institute. National laboratories "
             "in West and Central Africa can enrol two staff members per session.")})

# --- African swine fever and veterinary laboratory twinning ----------------------------------
C("asf", "ANI LAB", "EXC TRN")
R("PHL", "en", "Twinning of veterinary diagnostic laboratories for African swine fever",
  "The Philippines requests a twinning arrangement between its national animal disease diagnostic "
  "laboratory and a reference laboratory for African swine fever, covering PCR and serological "
  "diagnosis, proficiency testing and outbreak investigation. Staff exchanges and remote support over "
  "two years are envisaged.")
R("NGA", "en", "Veterinary laboratory twinning for transboundary animal diseases",
  "Nigeria’s national veterinary research institute requests twinning with a reference laboratory to "
  "improve the diagnosis of African swine fever and other transboundary animal diseases. The twinning "
  "should also cover sample referral from the states and biosafety for work with animal pathogens.")
R("MDA", "ru", "Диагностика африканской чумы свиней и надзор за дикими кабанами",
  "Республика Молдова просит организовать обучение специалистов ветеринарной лаборатории методам "
  "диагностики африканской чумы свиней и установить партнерство с референтной лабораторией. Требуется "
  "также помощь в организации надзора за популяцией диких кабанов.", L=["ru", "ro", "en"])
O("WOAH", "en", "Laboratory twinning programme for animal diseases",
  "WOAH’s laboratory twinning programme links national veterinary laboratories with WOAH reference "
  "laboratories to build diagnostic capacity for priority animal diseases, including African swine "
  "fever. Projects typically last two to three years and include staff exchanges, training and "
  "proficiency testing.", L=["en", "fr", "es"],
  tr={"fr": ("Programme de jumelage des laboratoires pour les maladies animales",
             "Le programme de jumelage des laboratoires de l’OMSA associe des laboratoires vétérinaires nationaux à "
             "des laboratoires de référence de l’OMSA afin de renforcer les capacités de diagnostic des maladies "
             "animales prioritaires, dont la peste porcine africaine. Les projets durent en général deux à trois "
             "ans et comprennent des échanges de personnel, des formations et des essais d’aptitude.")})
O("ESP", "es", "Hermanamiento con el laboratorio de referencia para la peste porcina africana",
  "España ofrece hermanamientos y cursos prácticos en su laboratorio de referencia para la peste porcina "
  "africana. Los programas incluyen técnicas de diagnóstico, ensayos de aptitud y vigilancia en jabalíes, "
  "con estancias de dos a cuatro semanas.", L=["es", "en"],
  tr={"en": ("Twinning with the African swine fever reference laboratory",
             "Spain offers twinning and practical courses at its African swine fever reference laboratory. "
             "Programmes cover diagnostic techniques, proficiency testing and surveillance in wild boar, with "
             "stays of two to four weeks.")})
O("CHN", "zh", "非洲猪瘟诊断与防控技术培训",
  "中方可为东南亚国家兽医实验室人员提供非洲猪瘟诊断、疫苗研究和综合防控技术培训。中方兽医研究机构"
  "还可与伙伴实验室开展结对交流，互派技术人员。", e="AP", L=["zh", "en"])

# --- One Health: zoonotic diseases ------------------------------------------------------------
C("onehealth", "ANI HUM", "TRN JNT")
R("KGZ", "ru", "Совместный надзор за бруцеллезом и сибирской язвой по принципу «Единое здоровье»",
  "Кыргызская Республика просит содействия в создании совместной системы надзора за бруцеллезом и "
  "сибирской язвой между ветеринарной и санитарно-эпидемиологической службами. Необходимы механизмы "
  "обмена данными, обучение специалистов и проведение совместных расследований вспышек.", L=["ru"],
  tr={"en": ("Joint One Health surveillance of brucellosis and anthrax",
             "Kyrgyzstan requests help to set up joint surveillance of brucellosis and anthrax between its "
             "veterinary and sanitary-epidemiological services. Data exchange mechanisms, training of "
             "specialists and joint outbreak investigations are needed.")})
R("ZWE", "en", "One Health approach to anthrax control",
  "Zimbabwe requests support to develop a One Health strategy for anthrax, including joint human–animal "
  "outbreak investigations and livestock vaccination planning. Provincial veterinary laboratories also "
  "need training and supplies for laboratory confirmation.")
R("BOL", "es", "Vigilancia integrada de zoonosis con enfoque de Una Salud",
  "Bolivia solicita apoyo para establecer la vigilancia integrada de la rabia, la brucelosis y la "
  "leptospirosis entre los servicios de salud humana y animal. La propuesta incluye formación conjunta del "
  "personal y un proyecto piloto en dos departamentos.", L=["es"])
R("KAZ", "ru", "Обследование сибиреязвенных скотомогильников и почвенных очагов",
  "Казахстан просит содействия в обследовании сибиреязвенных скотомогильников и стационарно "
  "неблагополучных пунктов. Требуются обучение специалистов, лабораторное оборудование и совместные "
  "научные исследования почвенных очагов.", f="ANI HUM RES", t="JNT EQP", L=["ru"])
O("FAO", "ru", "Укрепление потенциала по принципу «Единое здоровье» для борьбы с зоонозами",
  "ФАО оказывает содействие в создании механизмов координации по принципу «Единое здоровье» и "
  "совместного надзора за зоонозными болезнями, включая обучение совместной оценке рисков вместе с ВОЗ и "
  "ВОЗЖ. По запросу национальных служб могут быть разработаны пилотные проекты по борьбе с сибирской "
  "язвой, бруцеллезом и бешенством.", L=["ru", "en", "es"],
  tr={"en": ("One Health capacity building for zoonotic disease control",
             "FAO supports the establishment of One Health coordination mechanisms and joint surveillance of "
             "zoonotic diseases, including joint risk assessment training together with WHO and WOAH. Pilot "
             "projects on anthrax, brucellosis and rabies control can be designed at the request of national "
             "services.")})
O("RUS", "ru", "Совместные исследования природно-очаговых инфекций",
  "Российская Федерация предлагает совместные исследования природно-очаговых и зоонозных инфекций: чумы, "
  "туляремии, сибирской язвы и Крымской геморрагической лихорадки. Исследования сопровождаются обучением "
  "специалистов полевым и лабораторным методам.", f="ANI HUM RES", e="EE AP AF", L=["ru", "en"],
  tr={"en": ("Joint research on natural-focus infections",
             "The Russian Federation offers joint research on natural-focus and zoonotic infections: plague, "
             "tularaemia, anthrax and Crimean-Congo haemorrhagic fever. The research comes with training of "
             "specialists in field and laboratory methods.")})
O("BLR", "ru", "Обучение ветеринарных и медицинских специалистов диагностике зоонозов",
  "Республика Беларусь предлагает совместные курсы для ветеринарных и медицинских специалистов по "
  "лабораторной диагностике бруцеллеза, бешенства и лептоспироза. Курсы проводятся на базе "
  "республиканских научно-практических центров и рассчитаны на две недели.", t="TRN", e="EE AP",
  L=["ru"])
O("KAZ", "ru", "Региональные курсы по особо опасным зоонозам",
  "Казахстан предлагает специалистам стран Центральной Азии курсы по эпидемиологическому надзору и "
  "лабораторной диагностике чумы, сибирской язвы и туляремии на базе своего научного центра карантинных "
  "и зоонозных инфекций. Обучение проводится на русском языке и включает выезд в природные очаги.",
  t="TRN", es="KGZ TJK TKM UZB MNG AFG", L=["ru", "en"],
  tr={"en": ("Regional courses on especially dangerous zoonoses",
             "Kazakhstan offers specialists from Central Asian countries courses on surveillance and laboratory "
             "diagnosis of plague, anthrax and tularaemia at its scientific centre for quarantine and zoonotic "
             "infections. Teaching is in Russian and includes field visits to natural foci.")})

# --- Avian influenza in poultry and wild birds -----------------------------------------------
C("avian", "ANI", "EQP TRN")
R("KAZ", "ru", "Мониторинг гриппа птиц на путях миграции диких птиц",
  "Казахстан просит содействия в организации мониторинга высокопатогенного гриппа птиц на водоемах "
  "Каспийского региона и других путях миграции диких птиц. Необходимы наборы для отбора проб, реагенты "
  "для ПЦР и обучение специалистов ветеринарных лабораторий.", L=["ru", "en"])
R("EGY", "ar", "ترصد إنفلونزا الطيور في المزارع والطيور البرية",
  "تطلب جمهورية مصر العربية دعماً لتعزيز ترصد إنفلونزا الطيور عالية الإمراض في مزارع الدواجن والأسواق "
  "والطيور البرية. ويشمل الطلب توفير الكواشف والتدريب على التسلسل الجيني وتحليل المخاطر.",
  L=["ar", "en"])
R("PER", "es", "Vigilancia de la influenza aviar en aves silvestres y mamíferos marinos",
  "Perú solicita apoyo para vigilar la influenza aviar H5N1 en aves silvestres y mamíferos marinos de la "
  "costa. Se necesitan capacitación para el personal del servicio veterinario, kits de muestreo y "
  "reactivos de PCR.", L=["es"],
  tr={"en": ("Avian influenza surveillance in wild birds and marine mammals",
             "Peru requests support to monitor H5N1 avian influenza in wild birds and marine mammals along its "
             "coast. Training for veterinary service staff, sampling kits and PCR reagents are needed.")})
R("SEN", "fr", "Surveillance de l’influenza aviaire hautement pathogène",
  "Le Sénégal souhaite renforcer la surveillance de l’influenza aviaire dans les élevages avicoles et "
  "les zones humides du delta du fleuve Sénégal. Nous sollicitons des réactifs, des kits de prélèvement "
  "et une formation des agents des services vétérinaires.", L=["fr"])
O("FAO", "es", "Apoyo a la vigilancia y al diagnóstico de la influenza aviar",
  "La FAO ofrece reactivos de laboratorio, material de muestreo y capacitación para la vigilancia de la "
  "influenza aviar en aves de corral y silvestres. También apoya el diseño de una vigilancia basada en el "
  "riesgo y el intercambio de secuencias virales.", L=["es", "en", "fr"],
  tr={"en": ("Avian influenza surveillance and laboratory support",
             "FAO offers laboratory reagents, sampling equipment and training for avian influenza surveillance in "
             "poultry and wild birds. It also supports the design of risk-based surveillance and the sharing of "
             "virus sequences.")})
O("CHN", "zh", "禽流感监测技术合作",
  "中国国家禽流感参考实验室可提供禽流感检测试剂和采样培训，并在病毒基因组分析方面提供技术指导。合作"
  "旨在支持伙伴国家加强家禽和野鸟的禽流感监测。", e="AP AF", L=["zh", "en"])

# --- Veterinary vaccine production ------------------------------------------------------------
C("vetvac", "ANI MCM", "JNT ADV")
R("MLI", "fr", "Appui à la production locale de vaccins vétérinaires contre la PPR",
  "Le Laboratoire central vétérinaire du Mali souhaite moderniser sa production de vaccins contre la "
  "peste des petits ruminants et la péripneumonie contagieuse bovine. Nous recherchons un partenaire pour "
  "le transfert de technologie, l’assurance qualité et la formation du personnel de production.",
  L=["fr"],
  tr={"en": ("Support for local production of veterinary vaccines against PPR",
             "Mali’s Central Veterinary Laboratory wishes to modernise its production of vaccines against peste "
             "des petits ruminants and contagious bovine pleuropneumonia. It seeks a partner for technology "
             "transfer, quality assurance and training of production staff.")})
R("SDN", "ar", "تطوير الإنتاج المحلي للقاحات البيطرية",
  "يسعى السودان إلى تأهيل معهد إنتاج اللقاحات البيطرية لإنتاج لقاحات الحمى القلاعية وطاعون المجترات "
  "الصغيرة وفق معايير الجودة الدولية. ونطلب شراكة فنية ومشورة في ممارسات التصنيع الجيد ومراقبة الجودة.",
  L=["ar", "en"])
O("FRA", "fr", "Partenariat pour la production de vaccins vétérinaires",
  "La France propose, avec ses organismes de recherche agronomique et vétérinaire, un partenariat aux "
  "laboratoires africains producteurs de vaccins vétérinaires. Le partenariat couvre le transfert de "
  "souches et de procédés, la formation aux bonnes pratiques de fabrication et le contrôle de la "
  "qualité.", e="AF", L=["fr", "en"])
O("RUS", "ru", "Сотрудничество в производстве ветеринарных вакцин",
  "Российская Федерация предлагает сотрудничество в области производства и контроля качества "
  "ветеринарных вакцин против ящура, бешенства и сибирской язвы. Предусмотрены стажировки специалистов на "
  "производственных площадках и консультации по надлежащей производственной практике.", e="EE AP AF",
  L=["ru", "en"])
O("CHN", "zh", "兽用疫苗生产技术合作",
  "中方兽用生物制品企业和研究机构愿与伙伴国家开展口蹄疫、小反刍兽疫等兽用疫苗生产技术合作。合作形式"
  "包括生产工艺转让、质量控制培训和联合研发项目。", e="AF AP", L=["zh", "en", "fr"])
O("MAR", "fr", "Coopération Sud-Sud pour la production de vaccins vétérinaires",
  "Le Maroc propose aux pays africains de partager son expérience en matière de production de vaccins "
  "vétérinaires contre la peste des petits ruminants, la fièvre aphteuse et la rage. L’offre comprend des "
  "stages de formation dans ses unités de production et un appui-conseil pour la mise aux normes des "
  "laboratoires.", e="AF", L=["fr", "ar", "en"],
  tr={"en": ("South–South cooperation on veterinary vaccine production",
             "Morocco offers to share with African countries its experience in producing veterinary vaccines "
             "against peste des petits ruminants, foot-and-mouth disease and rabies. The offer includes training "
             "placements in its production units and advice on upgrading laboratories to standard.")})
O("EGY", "ar", "التعاون في إنتاج اللقاحات البيطرية",
  "تعرض جمهورية مصر العربية تبادل الخبرات في إنتاج اللقاحات البيطرية، ولا سيما لقاحات الحمى القلاعية "
  "وإنفلونزا الطيور، من خلال معهدها المتخصص في بحوث الأمصال واللقاحات البيطرية. ويشمل العرض دورات "
  "تدريبية للعاملين في الإنتاج ومراقبة الجودة لفائدة الدول الأفريقية والعربية.", e="AF AP",
  L=["ar", "en"],
  tr={"en": ("Cooperation in veterinary vaccine production",
             "Egypt offers to share its experience in producing veterinary vaccines, in particular against "
             "foot-and-mouth disease and avian influenza, through its specialised veterinary serum and vaccine "
             "research institute. The offer includes training courses for production and quality control staff "
             "from African and Arab States.")})

# --- Plant health diagnostics -----------------------------------------------------------------
C("plant", "PLA", "TRN EQP")
R("MOZ", "en", "Diagnostic capacity for fall armyworm and maize lethal necrosis",
  "Mozambique requests training for plant health inspectors and laboratory staff in diagnosing fall "
  "armyworm damage, maize lethal necrosis and other emerging crop pests. Basic molecular diagnostic "
  "equipment for the national plant protection laboratory is also needed.")
R("COL", "es", "Contención de Fusarium raza 4 tropical en plantaciones de banano",
  "Colombia solicita apoyo técnico para la detección temprana y la contención de Fusarium oxysporum f. "
  "sp. cubense raza 4 tropical en las zonas productoras de banano. La asistencia debería incluir "
  "capacitación en diagnóstico molecular, equipos para laboratorios regionales y protocolos de "
  "bioseguridad en las fincas.", L=["es", "en"],
  tr={"en": ("Containing Fusarium tropical race 4 in banana plantations",
             "Colombia requests technical support for the early detection and containment of Fusarium oxysporum "
             "f. sp. cubense tropical race 4 in its banana-growing areas. Assistance should include training in "
             "molecular diagnostics, equipment for regional laboratories and on-farm biosecurity protocols.")})
R("TJK", "ru", "Диагностика ржавчины пшеницы и других болезней зерновых культур",
  "Таджикистан просит оказать содействие в подготовке специалистов по диагностике стеблевой и желтой "
  "ржавчины пшеницы. Необходимо также оснастить лабораторию карантина растений современным оборудованием "
  "для молекулярной диагностики.", L=["ru"])
R("CHN", "zh", "香蕉枯萎病热带4号小种防控技术交流",
  "中方希望与受香蕉枯萎病热带4号小种影响的国家交流早期检测、田间防控和抗病品种选育经验。拟通过联合"
  "研究和科研人员互访，共同提高对该病害的监测和防控能力。", f="PLA RES", t="JNT EXC",
  L=["zh", "en", "es"])
O("FAO", "es", "Diagnóstico de plagas y enfermedades transfronterizas de las plantas",
  "La FAO ofrece capacitación y equipos a las organizaciones nacionales de protección fitosanitaria para "
  "diagnosticar y monitorear plagas y enfermedades transfronterizas de las plantas. Entre las prioridades "
  "figuran el gusano cogollero, las royas del trigo, la marchitez por Fusarium R4T del banano y la "
  "langosta del desierto.", L=["es", "en", "fr"])
O("CHN", "zh", "农作物重大病虫害监测与诊断技术培训",
  "中方愿为发展中国家农业技术人员举办农作物重大病虫害监测预警与诊断技术培训班，涉及草地贪夜蛾、小麦"
  "锈病等。中方还可向参训单位提供部分检测设备。", e="AF AP", L=["zh", "en", "fr"],
  tr={"en": ("Training in monitoring and diagnosis of major crop pests and diseases",
             "China offers training courses for agricultural technicians from developing countries on "
             "monitoring, early warning and diagnosis of major crop pests and diseases, including fall armyworm "
             "and wheat rust. China can also provide some diagnostic equipment to the participating "
             "institutions.")})
O("MEX", "es", "Cooperación en sanidad vegetal y diagnóstico fitosanitario",
  "México ofrece cursos y estancias técnicas en su centro nacional de referencia fitosanitaria sobre el "
  "diagnóstico molecular de plagas y enfermedades de los cultivos. Los temas incluyen Fusarium R4T y la "
  "roya del trigo, con prácticas en laboratorio y en campo.", t="TRN EXC", e="LAC", L=["es"])
O("RUS", "ru", "Обучение диагностике болезней зерновых культур",
  "Российская Федерация предлагает специалистам по защите и карантину растений из стран Центральной Азии "
  "обучение методам диагностики ржавчины пшеницы и других опасных болезней зерновых культур. Возможна "
  "поставка лабораторного оборудования для фитосанитарных лабораторий.", e="AP EE", L=["ru"])

# --- Phytosanitary controls at the border ----------------------------------------------------
C("phyto", "PLA EXP", "ADV TRN")
R("UZB", "ru", "Укрепление фитосанитарного контроля в пунктах пропуска",
  "Узбекистан просит помощи в обучении государственных инспекторов по карантину растений методам "
  "досмотра подкарантинной продукции на основе анализа рисков. Требуются также методические рекомендации "
  "по выявлению карантинных вредных организмов в пунктах пропуска.", L=["ru", "en"])
R("ATG", "en", "Phytosanitary inspection at ports of entry",
  "Antigua and Barbuda requests training for plant quarantine inspectors at ports of entry and advice on "
  "risk-based inspection of imported plant material. Basic identification kits for inspectors would "
  "complement the training.")
R("MAR", "ar", "تعزيز نظام الرقابة الصحية النباتية على الحدود",
  "يرغب المغرب في تعزيز قدرات مفتشي الصحة النباتية في الموانئ والمطارات على اكتشاف الآفات الخاضعة "
  "للحجر الزراعي. ويطلب مشورة فنية وتدريباً على تحليل مخاطر الآفات وإجراءات التفتيش القائمة على "
  "المخاطر.", L=["ar", "fr"])
O("NZL", "en", "Border biosecurity inspection training for island States",
  "New Zealand offers training for biosecurity and plant quarantine inspectors from Pacific and "
  "Caribbean island States in risk-based inspection, pest interception and identification. Selected "
  "inspectors can spend two weeks on placement at New Zealand ports.", e="AP LAC", L=["en"])
O("FAO", "fr", "Appui aux organisations nationales de la protection des végétaux",
  "La FAO aide les organisations nationales de la protection des végétaux à mettre en place des "
  "inspections phytosanitaires fondées sur le risque aux frontières. Elle forme les inspecteurs et aide à "
  "aligner les procédures nationales sur les normes internationales pour les mesures phytosanitaires.",
  L=["fr", "ar", "en"])

# --- Vaccine fill-and-finish and biomanufacturing -------------------------------------------
C("fillfin", "MCM BTD", "JNT ADV")
R("SEN", "fr", "Transfert de technologie pour le remplissage et le conditionnement de vaccins",
  "Le Sénégal développe une capacité régionale de production de vaccins et souhaite conclure un "
  "partenariat de transfert de technologie pour le remplissage et la finition de vaccins. Le partenariat "
  "devrait inclure la formation des opérateurs et des équipes d’assurance qualité aux bonnes pratiques "
  "de fabrication.", L=["fr", "en"],
  tr={"en": ("Technology transfer for vaccine fill-and-finish",
             "Senegal is building regional vaccine production capacity and wishes to conclude a technology "
             "transfer partnership for vaccine fill-and-finish. The partnership should include training of "
             "operators and quality assurance teams in good manufacturing practice.")})
R("DZA", "ar", "نقل تكنولوجيا تعبئة اللقاحات وتغليفها",
  "تسعى الجزائر إلى تطوير قدراتها في مجال تعبئة اللقاحات وتغليفها بالاعتماد على مؤسساتها الصيدلانية "
  "العمومية. وتطلب شراكة لنقل التكنولوجيا وتدريب الكوادر على ممارسات التصنيع الجيد ومراقبة الجودة.",
  L=["ar", "fr", "en"])
O("CUB", "es", "Cooperación en biotecnología y producción de vacunas",
  "Cuba ofrece cooperación en la producción de vacunas y productos biotecnológicos, que incluye la "
  "transferencia de tecnología y la formación de personal en buenas prácticas de fabricación. También "
  "propone proyectos conjuntos con instituciones de países en desarrollo para el desarrollo de nuevas "
  "vacunas.", e="LAC AF AP", L=["es", "en"],
  tr={"en": ("Cooperation in biotechnology and vaccine production",
             "Cuba offers cooperation in the production of vaccines and biotechnology products, including "
             "technology transfer and training of staff in good manufacturing practice. It also proposes joint "
             "projects with institutions in developing countries to develop new vaccines.")})
O("IND", "en", "Vaccine manufacturing partnerships with Indian manufacturers",
  "India offers to facilitate partnerships between Indian vaccine manufacturers and institutions in "
  "partner countries for fill-and-finish technology transfer. Support includes workforce training at "
  "Indian facilities and advice on regulatory dossiers.", e="AF AP LAC", L=["en", "fr"])
O("CHN", "zh", "疫苗生产技术合作",
  "中方愿与有意发展疫苗本地化生产的国家开展合作，包括疫苗分装灌装技术转让和生产质量管理培训。中方企业"
  "还可与伙伴国家机构开展联合生产项目。", e="AF AP LAC", L=["zh", "en", "fr"])
O("ARVM", "en", "Technical partnerships for regional vaccine manufacturing",
  "The Alliance for Regional Vaccine Manufacturing connects emerging manufacturers with experienced "
  "members for technology transfer, fill-and-finish and process validation. It also runs peer learning on "
  "good manufacturing practice and regulatory readiness.", L=["en", "fr", "es"])
O("KOR", "en", "Global biomanufacturing training hub",
  "The Republic of Korea offers training in biomanufacturing through its global bio-workforce training "
  "hub for trainees from low- and middle-income countries. Hands-on courses cover upstream and downstream "
  "processing, fill-and-finish and quality control.", t="TRN JNT", L=["en"])

# --- National regulatory authorities for medical countermeasures -----------------------------
C("nra", "MCM LEG", "ADV TRN")
R("CIV", "fr", "Renforcement de l’autorité nationale de réglementation pharmaceutique",
  "La Côte d’Ivoire sollicite un appui pour renforcer son autorité de régulation pharmaceutique en vue "
  "d’atteindre un niveau de maturité plus élevé. Les priorités sont l’homologation des vaccins et des "
  "diagnostics et l’inspection des bonnes pratiques de fabrication.", L=["fr"])
R("SLV", "es", "Fortalecimiento regulatorio para vacunas y pruebas diagnósticas",
  "El Salvador solicita capacitación para su autoridad reguladora en la evaluación de expedientes de "
  "vacunas y pruebas diagnósticas. También interesa fortalecer la farmacovigilancia y los procedimientos "
  "de liberación de lotes.", t="TRN", L=["es", "en"])
R("UZB", "ru", "Укрепление национального регуляторного органа в сфере лекарственных средств",
  "Узбекистан просит экспертной помощи в оценке и повышении уровня зрелости национального регуляторного "
  "органа в сфере лекарственных средств. Приоритетами являются экспертиза регистрационных досье вакцин и "
  "инспектирование производств на соответствие надлежащей производственной практике.", L=["ru", "en"],
  tr={"en": ("Strengthening the national medicines regulatory authority",
             "Uzbekistan requests expert assistance to assess and raise the maturity level of its national "
             "medicines regulatory authority. Priorities are the review of vaccine registration dossiers and the "
             "inspection of manufacturers for good manufacturing practice.")})
O("WHO", "ru", "Укрепление регуляторных систем с помощью Глобального инструмента оценки ВОЗ",
  "ВОЗ предлагает оценку национальных регуляторных систем с помощью Глобального инструмента оценки и "
  "поддержку в реализации планов институционального развития. Целевое обучение сотрудников регуляторных "
  "органов охватывает экспертизу вакцин, выпуск серий и фармаконадзор.", L=["ru", "en", "fr"],
  tr={"en": ("Regulatory system strengthening with the WHO Global Benchmarking Tool",
             "WHO offers benchmarking of national regulatory systems with its Global Benchmarking Tool and "
             "support to implement institutional development plans. Targeted training for regulators covers "
             "vaccine evaluation, lot release and vigilance.")})
O("ESP", "es", "Formación de reguladores de medicamentos y vacunas de Iberoamérica",
  "España ofrece, a través de su agencia de medicamentos, cursos y estancias para el personal de las "
  "autoridades reguladoras de América Latina. Los temas incluyen la evaluación de vacunas, la inspección "
  "de buenas prácticas de fabricación y la farmacovigilancia.", e="LAC", L=["es"])
O("CHN", "zh", "药品和疫苗监管人员培训",
  "中方药品监管部门愿为发展中国家药品监管人员举办疫苗和体外诊断试剂注册审评、药品生产质量管理规范"
  "检查等专题培训。培训为期两周，在中国举办，中方承担学员在华费用。", t="TRN", e="AF AP",
  L=["zh", "en", "fr"],
  tr={"en": ("Training for medicines and vaccine regulators",
             "China’s medicines regulator offers thematic training for regulators from developing countries on "
             "the registration review of vaccines and in vitro diagnostics and on inspection for good "
             "manufacturing practice. The two-week courses are held in China, with local costs covered by "
             "China.")})

# --- Local manufacturing of diagnostics ------------------------------------------------------
C("diag", "MCM BTD", "JNT EQP")
O("BEL", "fr", "Partenariat pour la production locale de tests de diagnostic en Afrique",
  "La Belgique soutient, avec ses universités et entreprises partenaires, des projets de production "
  "locale de tests de diagnostic en Afrique : transfert de procédés, formation du personnel et appui aux "
  "dossiers d’enregistrement. Un cofinancement des équipements de production pilote peut être envisagé.",
  e="AF", L=["fr", "en"])
R("KEN", "en", "Local manufacturing of rapid diagnostic tests",
  "Kenya seeks partners for the local manufacturing of rapid diagnostic tests for priority outbreak-prone "
  "diseases. The request covers technology transfer, equipment for a pilot production line and support "
  "for regulatory approval.")
R("EGY", "ar", "التصنيع المحلي لمجموعات التشخيص الجزيئي",
  "تسعى مصر إلى إقامة شراكات لتصنيع مجموعات التشخيص الجزيئي والاختبارات السريعة محلياً. ويشمل ذلك نقل "
  "التكنولوجيا وتدريب العاملين وتوفير معدات الإنتاج التجريبي.", L=["ar", "en"],
  tr={"en": ("Local manufacturing of molecular diagnostic kits",
             "Egypt seeks partnerships to manufacture molecular diagnostic kits and rapid tests locally. This "
             "includes technology transfer, staff training and pilot production equipment.")})
R("MEX", "es", "Producción nacional de pruebas diagnósticas moleculares",
  "México busca socios para proyectos conjuntos de desarrollo y producción de pruebas moleculares para "
  "enfermedades emergentes. La transferencia de tecnología se dirigiría a laboratorios públicos y a "
  "empresas nacionales con capacidad de manufactura.", t="JNT", L=["es", "en"])
R("BLR", "ru", "Совместная разработка ПЦР-тест-систем для диагностики инфекций",
  "Республика Беларусь ищет партнеров для совместной разработки и производства ПЦР-тест-систем для "
  "диагностики новых и возвращающихся инфекций. Предлагается обмен технологиями и проведение совместных "
  "клинических испытаний.", t="JNT", L=["ru", "en"])
R("CHN", "zh", "寻求合作伙伴开展快速诊断试剂现场评价",
  "中方诊断试剂研发机构希望与非洲和东南亚国家的参比实验室合作，在当地开展新型快速诊断试剂的现场性能"
  "评价。合作双方将共同设计评价方案并联合发表结果，中方提供试剂和必要设备。", t="JNT",
  L=["zh", "en", "fr"])
O("IDMA", "en", "Diagnostics manufacturing partnership programme",
  "The International Diagnostics Manufacturers Alliance brokers partnerships between established "
  "diagnostics companies and manufacturers in Africa, Asia and Latin America. Partnerships cover "
  "technology licensing, process transfer, quality systems and regulatory submissions.",
  L=["en", "fr", "es"])
O("CHN", "zh", "体外诊断试剂本地化生产合作",
  "中方体外诊断企业愿与伙伴国家开展快速检测试剂和核酸检测试剂本地化生产合作。合作内容包括提供生产线"
  "设备、工艺转移和质量管理体系建设培训。", e="AF AP LAC", L=["zh", "en"])

# --- Biotechnology industry and bioeconomy ----------------------------------------------------
C("bioecon", "BTD", "FIN ADV")
R("TUN", "fr", "Appui à un incubateur de jeunes entreprises de biotechnologie",
  "La Tunisie souhaite créer un incubateur de jeunes entreprises de biotechnologie adossé à un "
  "technopôle. Elle recherche un financement d’amorçage, l’expertise de gestionnaires d’incubateurs et "
  "des formations sur la biosécurité et la propriété intellectuelle pour les entrepreneurs.",
  L=["fr", "ar", "en"])
R("CRI", "es", "Estrategia nacional de bioeconomía",
  "Costa Rica solicita asesoría para actualizar su estrategia nacional de bioeconomía integrando "
  "criterios de bioseguridad y biocustodia. También busca financiamiento para proyectos piloto de "
  "biotecnología agrícola en zonas rurales.", L=["es", "en"],
  tr={"en": ("National bioeconomy strategy",
             "Costa Rica requests advice to update its national bioeconomy strategy with biosafety and "
             "biosecurity criteria. It is also seeking funding for pilot projects in agricultural biotechnology "
             "in rural areas.")})
R("KAZ", "ru", "Создание центра трансфера биотехнологий",
  "Казахстан просит консультаций и финансовой поддержки для создания центра трансфера биотехнологий при "
  "национальном научном центре. Помощь нужна в разработке бизнес-модели и обучении менеджеров по "
  "коммерциализации научных разработок.", L=["ru", "en"])
O("FIN", "en", "Bioeconomy policy advice and start-up ecosystem exchange",
  "Finland offers advice on bioeconomy strategies and exchanges between start-up incubators, technology "
  "transfer offices and biotechnology companies. Study visits and mentoring for incubator managers can "
  "be arranged.", t="ADV EXC", L=["en"])
O("CHN", "zh", "生物经济与生物技术产业合作",
  "中方愿与发展中国家分享生物经济发展规划和生物技术产业园区建设经验，并提供政策咨询。中方还可通过"
  "南南合作援助基金支持生物技术联合项目。", e="AF AP", L=["zh", "en"])
O("ESP", "es", "Cooperación en bioeconomía y biotecnología",
  "España ofrece asesoría y cofinanciación de proyectos de bioeconomía y biotecnología en América Latina "
  "y África. Se presta especial atención a la bioseguridad, a la transferencia de tecnología y al acceso "
  "a los mercados.", e="LAC AF", L=["es", "fr"])

# --- Fellowships and scientific exchange -----------------------------------------------------
C("fellow", "RES", "EXC FIN")
R("CMR", "fr", "Bourses de recherche pour jeunes chercheurs en microbiologie",
  "Le Cameroun sollicite des bourses de recherche de six à douze mois permettant à de jeunes chercheurs "
  "en microbiologie et en virologie de travailler dans des laboratoires partenaires à l’étranger. Les "
  "bénéficiaires s’engageraient à revenir et à poursuivre la collaboration avec le laboratoire d’accueil.",
  L=["fr", "en"])
R("CUB", "es", "Intercambio científico en biotecnología y enfermedades infecciosas",
  "Cuba propone intercambios de investigadores con instituciones extranjeras en biotecnología, vacunas y "
  "enfermedades infecciosas. Solicita además financiamiento para la participación de sus científicos en "
  "congresos y estancias de investigación.", L=["es", "en"])
R("IRN", "en", "Scientific exchange and access to research materials for vaccine research",
  "The Islamic Republic of Iran seeks opportunities for researchers in vaccine development and virology "
  "to take part in scientific exchanges, joint workshops and training abroad. It also requests support to "
  "obtain laboratory reagents and equipment for peaceful research.", f="RES MCM", t="EXC EQP",
  L=["en", "fa"])
O("CHN", "zh", "发展中国家青年科学家来华访学项目",
  "中方每年为发展中国家青年科学家提供来华开展生命科学研究的访学名额，为期三至十二个月。项目资助国际"
  "旅费和在华生活费，重点支持传染病防控、生物技术和农业科学领域。", e="AF AP LAC", L=["zh", "en"],
  tr={"en": ("Visiting scholar programme for young scientists from developing countries",
             "Each year China offers places for young scientists from developing countries to carry out life "
             "science research in China for three to twelve months. The programme covers international travel "
             "and living costs, with priority for infectious disease control, biotechnology and agricultural "
             "science.")})
O("FRA", "fr", "Bourses de mobilité pour chercheurs en sciences du vivant",
  "La France propose des bourses de mobilité de trois à douze mois pour des chercheurs d’Afrique "
  "francophone en microbiologie et en santé publique. Les boursiers sont accueillis dans des laboratoires "
  "français ou dans des instituts partenaires de son réseau international de recherche.", e="AF",
  L=["fr"])
O("SAU", "ar", "منح بحثية للعلماء الشباب في علوم الحياة",
  "تعرض المملكة العربية السعودية منحاً بحثية لمدة تصل إلى اثني عشر شهراً للعلماء الشباب من الدول العربية "
  "والأفريقية في مجالات علم الأحياء الدقيقة والتقنية الحيوية. ويُستضاف الباحثون في جامعات ومراكز بحثية "
  "سعودية، مع تغطية تكاليف السفر والإقامة.", e="AF AP", L=["ar", "en"],
  tr={"en": ("Research fellowships for young life scientists",
             "Saudi Arabia offers research fellowships of up to twelve months for young scientists from Arab and "
             "African States in microbiology and biotechnology. Fellows are hosted by Saudi universities and "
             "research centres, with travel and accommodation covered.")})

# --- Joint research on epidemic-prone pathogens ---------------------------------------------
C("jointres", "RES HUM", "JNT")
R("LBR", "en", "Joint research on Lassa fever",
  "Liberia seeks partners for joint research on Lassa fever epidemiology, rodent reservoirs and "
  "diagnostics. Training of Liberian scientists and shared publication of results would be part of the "
  "partnership.", t="JNT EXC")
R("IRQ", "ar", "بحث مشترك حول حمى القرم-الكونغو النزفية",
  "يدعو العراق المؤسسات البحثية الدولية إلى مشروع بحثي مشترك حول وبائيات حمى القرم-الكونغو النزفية "
  "ونواقلها من القراد. ويشمل المشروع تطوير طرق التشخيص المبكر وتدريب الباحثين العراقيين.",
  L=["ar", "en"],
  tr={"en": ("Joint research on Crimean-Congo haemorrhagic fever",
             "Iraq invites international research institutions to a joint project on the epidemiology of "
             "Crimean-Congo haemorrhagic fever and its tick vectors. The project includes developing early "
             "diagnostic methods and training Iraqi researchers.")})
R("TUR", "en", "Joint research on countermeasures for Crimean-Congo haemorrhagic fever",
  "Türkiye proposes joint research with partner institutions on vaccines and antivirals against "
  "Crimean-Congo haemorrhagic fever. It can contribute extensive clinical experience and a biobank of "
  "well-characterised patient samples.", f="RES MCM")
R("CHN", "zh", "发热伴血小板减少综合征联合研究",
  "中方希望与日本、韩国及东南亚国家的研究机构合作，开展发热伴血小板减少综合征（SFTS）的流行病学、传播"
  "媒介和临床救治联合研究。合作形式包括数据共享、联合课题和科研人员互访。", L=["zh", "en"])
O("GBR", "en", "Joint research calls on epidemic-prone diseases",
  "The United Kingdom offers joint research funding calls with partner countries on epidemic-prone "
  "diseases, including Lassa fever, Nipah and filoviruses. Calls require equitable partnerships, with "
  "principal investigators from both countries.", t="JNT FIN", L=["en"])
O("CHN", "zh", "新发突发传染病联合研究",
  "中方科研机构愿与伙伴国家开展新发突发传染病联合研究，涵盖病原发现、宿主动物监测和快速诊断技术。双方"
  "可联合培养研究人员，并共同发表研究成果。", e="AF AP", L=["zh", "en"])
O("FRA", "fr", "Partenariats de recherche sur les maladies infectieuses émergentes",
  "La France soutient des partenariats de recherche entre ses instituts et des équipes d’Afrique et "
  "d’Asie sur les maladies infectieuses émergentes. Ces partenariats associent études de terrain, "
  "renforcement des laboratoires et formation doctorale.", e="AF AP", L=["fr", "en"])

# --- Biosafety frameworks for living modified organisms (Cartagena Protocol) -----------------
C("gmo", "LEG BTD", "ADV TRN")
R("BWA", "en", "National biosafety framework for living modified organisms",
  "Botswana requests support to finalise its national biosafety framework for living modified "
  "organisms. Assistance is needed on implementing regulations, risk assessment procedures and training "
  "of the national biosafety committee.")
R("GNQ", "es", "Marco nacional de bioseguridad para organismos vivos modificados",
  "Guinea Ecuatorial solicita asistencia para elaborar su marco nacional de bioseguridad conforme al "
  "Protocolo de Cartagena. Requiere apoyo jurídico y formación de los funcionarios encargados de la "
  "evaluación de riesgos.", L=["es", "fr"])
R("HTI", "fr", "Cadre national de biosécurité relatif aux organismes vivants modifiés",
  "Haïti souhaite se doter d’un cadre national de biosécurité pour les organismes vivants modifiés, en "
  "application du Protocole de Cartagena. Un appui juridique et la formation des agents chargés de "
  "l’évaluation des risques sont demandés.", L=["fr"])
O("UNEP", "en", "Support for national biosafety frameworks under the Cartagena Protocol",
  "UNEP supports countries in developing and implementing national biosafety frameworks under the "
  "Cartagena Protocol. Support covers legislation, risk assessment and risk management, detection of "
  "living modified organisms and public participation.", L=["en", "fr", "es"],
  tr={"fr": ("Appui aux cadres nationaux de biosécurité au titre du Protocole de Cartagena",
             "Le PNUE aide les pays à élaborer et à mettre en œuvre leur cadre national de biosécurité au titre du "
             "Protocole de Cartagena. Son appui couvre la législation, l’évaluation et la gestion des risques, la "
             "détection des organismes vivants modifiés et la participation du public.")})
O("UNEP", "es", "Formación en evaluación de riesgos de organismos vivos modificados",
  "El PNUMA ofrece talleres sobre evaluación y gestión de riesgos de organismos vivos modificados para "
  "funcionarios de países hispanohablantes. Los talleres combinan estudios de caso con ejercicios "
  "prácticos de detección en laboratorio.", t="TRN", L=["es"])

# --- Laboratory waste management and decontamination -----------------------------------------
C("waste", "BIO LAB", "EQP ADV")
R("AGO", "en", "Biomedical waste treatment for public health laboratories",
  "Angola requests autoclaves and waste treatment equipment for its provincial public health "
  "laboratories. Advice on validating decontamination and on drafting national guidelines for laboratory "
  "waste is also needed.")
R("COG", "fr", "Gestion des déchets biologiques des laboratoires",
  "Le Congo demande un appui pour la gestion des déchets biologiques des laboratoires de Brazzaville et "
  "de Pointe-Noire, notamment des autoclaves et des incinérateurs adaptés. Des conseils pour "
  "l’élaboration de procédures nationales sont également souhaités.", L=["fr"],
  tr={"en": ("Management of biological waste from laboratories",
             "The Congo requests support for the management of biological waste from laboratories in Brazzaville "
             "and Pointe-Noire, including autoclaves and suitable incinerators. Advice on drafting national "
             "procedures is also welcome.")})
R("AZE", "ru", "Обезвреживание отходов микробиологических лабораторий",
  "Азербайджан просит консультаций по организации обезвреживания отходов микробиологических лабораторий и "
  "поставки автоклавов для региональных лабораторий. Требуется также обучение персонала методам "
  "валидации режимов стерилизации.", L=["ru", "en"])
O("UNEP", "en", "Sound management of healthcare and laboratory waste",
  "UNEP offers guidance and technical support on the environmentally sound management of healthcare and "
  "laboratory waste. Assistance covers non-incineration treatment technologies, national guidelines and "
  "training of waste managers.", t="ADV INF", L=["en", "fr", "es"])
O("CHE", "fr", "Conseil en décontamination et gestion des déchets de laboratoire",
  "La Suisse propose l’expertise de ses spécialistes en biosécurité pour la validation des procédés de "
  "décontamination dans les laboratoires partenaires. Ils peuvent également aider à organiser la filière "
  "de gestion des déchets, du tri à l’élimination.", t="ADV", L=["fr", "en"])
O("CHN", "zh", "医疗和实验室废物处理设备援助",
  "中方可向发展中国家公共卫生实验室提供高压灭菌器和医疗废物处理设备，并派遣工程师开展安装调试和操作"
  "培训。设备配套提供中文、英文和法文操作手册。", t="EQP", e="AF AP", L=["zh", "en", "fr"])

# --- Synthetic biology governance and DNA synthesis screening --------------------------------
C("synbio", "BIO BTD", "INF ADV")
R("SAU", "ar", "حوكمة البيولوجيا التركيبية في إطار الاستراتيجية الوطنية للتقنية الحيوية",
  "تعمل المملكة العربية السعودية على تطوير قطاع التقنية الحيوية، وترغب في وضع إطار لحوكمة أبحاث "
  "البيولوجيا التركيبية يوازن بين تشجيع الابتكار والحد من مخاطر الاستخدام المزدوج. ونطلب الاطلاع على "
  "الممارسات الدولية في فحص طلبات تخليق الحمض النووي ومشورة خبراء في صياغة الإرشادات الوطنية.",
  L=["ar", "en"],
  tr={"en": ("Governance of synthetic biology under the national biotechnology strategy",
             "Saudi Arabia is developing its biotechnology sector and wishes to set up a governance framework for "
             "synthetic biology research that balances innovation with the reduction of dual-use risks. It "
             "requests information on international practice in screening DNA synthesis orders and expert advice "
             "on drafting national guidance.")})
R("ARG", "es", "Gobernanza de la biología sintética y control de la síntesis de ADN",
  "Argentina desea elaborar lineamientos nacionales sobre la gobernanza de la biología sintética y el "
  "control de los pedidos de síntesis de ADN. Solicita intercambio de información con otros Estados y "
  "asesoría de expertos en la materia.", L=["es", "en"])
R("CHN", "zh", "合成生物学两用性风险评估方法交流",
  "中方希望与有关国家和机构交流合成生物学两用性研究风险评估方法，了解核酸合成订单筛查、台式合成仪管理"
  "等方面的实践经验。双方可共同探讨制定相关技术指南。", L=["zh", "en"],
  tr={"en": ("Exchange on dual-use risk assessment methods for synthetic biology",
             "China wishes to exchange with States and institutions on methods for assessing the dual-use risks "
             "of synthetic biology research, and to learn from practice in screening nucleic acid synthesis "
             "orders and overseeing benchtop synthesisers. The partners could jointly discuss the development of "
             "technical guidelines.")})
O("GBDN", "en", "Guidance on DNA synthesis screening and benchtop synthesiser oversight",
  "The Global Biosecurity Dialogue Network offers guidance and expert briefings on DNA synthesis "
  "screening, customer verification and oversight of benchtop synthesisers. Briefings are tailored for "
  "regulators, research funders and industry.", L=["en", "es"])
O("APBEC", "zh", "合成生物学生物安保研讨与培训",
  "亚太生物安全教育联盟为本地区政府官员和科研管理人员举办合成生物学生物安保研讨会，介绍核酸合成筛查、"
  "实验室准入管理和风险评估工具。研讨会以中英文双语进行，每年在不同国家轮流举办。", t="INF TRN",
  e="AP", L=["zh", "en"])

# --- Sponsorship, youth and awareness of the BWC ---------------------------------------------
C("sponsor", "EDU CBM", "FIN TRN")
R("MRT", "ar", "رعاية المشاركة في اجتماعات اتفاقية الأسلحة البيولوجية",
  "تطلب موريتانيا رعاية مالية لمشاركة ممثل عن السلطة الوطنية في اجتماع الدول الأطراف ودورات الفريق "
  "العامل في جنيف. كما تطلب تنظيم جلسة توعوية لفائدة الموظفين المعنيين في الوزارات القطاعية.",
  L=["ar", "fr"])
R("TON", "en", "Sponsorship to participate in BWC meetings",
  "Tonga requests sponsorship for an official to attend the BWC Meeting of States Parties and Working "
  "Group sessions in Geneva. A pre-meeting briefing on the main issues would help the delegate prepare.",
  t="FIN")
R("CPV", "en", "Support for participation in BWC meetings and national awareness",
  "Cabo Verde requests sponsorship for participation in BWC meetings and support for a national "
  "awareness seminar for officials of the ministries concerned. Materials in Portuguese would be "
  "particularly welcome.", L=["pt", "en"])
O("UNODA", "en", "BWC sponsorship programme",
  "The BWC sponsorship programme, funded by voluntary contributions, supports the participation of "
  "developing States Parties in BWC meetings. Priority is given to States whose delegations are not based "
  "in Geneva.", t="FIN", L=["en", "fr", "es"], d=False)
O("UNODA", "en", "Youth for Biosecurity initiative",
  "UNODA’s Youth for Biosecurity initiative offers training, mentorship and networking for young "
  "scientists and students. Its annual fellowship includes online modules and a week of sessions in "
  "Geneva during a BWC meeting.", f="EDU", t="TRN", L=["en", "fr", "es"])
O("AUS", "en", "Funding for Pacific participation in BWC meetings",
  "Australia offers funding for officials from Pacific Island States to participate in BWC meetings and "
  "related regional workshops. Funding covers travel and accommodation for one delegate per State.",
  t="FIN", e="AP", L=["en"])
O("APBEC", "zh", "青年生物安全人才培养计划",
  "亚太生物安全教育联盟面向本地区高校学生和青年科研人员开展生物安全人才培养计划，包括在线课程、导师"
  "辅导和年度青年论坛。优秀学员可获资助参加《禁止生物武器公约》相关会议的边会活动。", f="EDU",
  e="AP", L=["zh", "en"])

# --- Antimicrobial resistance surveillance ---------------------------------------------------
C("amr", "HUM LAB", "TRN EQP")
O("ESP", "es", "Formación en vigilancia de la resistencia a los antimicrobianos para América Latina",
  "España ofrece cursos en línea y estancias en sus laboratorios de referencia sobre pruebas de "
  "sensibilidad, detección de mecanismos de resistencia y análisis de datos de vigilancia. La oferta está "
  "dirigida a microbiólogos de los laboratorios nacionales de referencia de América Latina.", t="TRN",
  e="LAC", L=["es"])
R("PRY", "es", "Vigilancia de la resistencia a los antimicrobianos",
  "Paraguay solicita apoyo para fortalecer la vigilancia de la resistencia a los antimicrobianos en la "
  "red nacional de laboratorios. Se requieren capacitación en pruebas de sensibilidad y reactivos para "
  "los laboratorios centinela.", L=["es"])
R("MAR", "fr", "Surveillance de la résistance aux antimicrobiens selon l’approche « Une seule santé »",
  "Le Maroc souhaite intégrer la surveillance de la résistance aux antimicrobiens chez l’homme, l’animal "
  "et dans l’environnement. Il sollicite des formations communes pour les laboratoires concernés et des "
  "équipements pour les tests de sensibilité.", f="HUM LAB ANI", L=["fr", "en"])
R("KWT", "ar", "ترصد مقاومة مضادات الميكروبات في المستشفيات",
  "تطلب دولة الكويت دعماً فنياً لتوسيع ترصد مقاومة مضادات الميكروبات في مختبرات المستشفيات الحكومية "
  "وربطها بالنظام العالمي لترصد المقاومة. ويشمل الطلب تدريب الفنيين على اختبارات الحساسية وضمان جودتها.",
  L=["ar", "en"],
  tr={"en": ("Antimicrobial resistance surveillance in hospitals",
             "Kuwait requests technical support to extend antimicrobial resistance surveillance in government "
             "hospital laboratories and to link it to the global resistance surveillance system. The request "
             "includes training of technicians in susceptibility testing and its quality assurance.")})
R("TKM", "ru", "Надзор за устойчивостью к противомикробным препаратам",
  "Туркменистан просит помощи в организации надзора за устойчивостью к противомикробным препаратам в "
  "референс-лаборатории и трех областных больницах. Необходимы обучение микробиологов, расходные "
  "материалы для определения чувствительности и участие во внешней оценке качества.", L=["ru", "en"],
  tr={"en": ("Surveillance of antimicrobial resistance",
             "Turkmenistan requests help to organise surveillance of antimicrobial resistance in its reference "
             "laboratory and three regional hospitals. Training of microbiologists, consumables for "
             "susceptibility testing and participation in external quality assessment are needed.")})
O("GBR", "en", "Grants for antimicrobial resistance surveillance",
  "The United Kingdom offers grants and technical assistance for antimicrobial resistance surveillance in "
  "partner countries. Grants can fund laboratory equipment, training of microbiologists and data systems "
  "linking laboratories to national coordinating centres.", t="FIN TRN", e="AF AP", L=["en"])
O("WHO", "ar", "دعم ترصد مقاومة مضادات الميكروبات",
  "تدعم منظمة الصحة العالمية البلدان في الانضمام إلى النظام العالمي لترصد مقاومة مضادات الميكروبات "
  "واستخدامها. وتقدّم تدريباً على جمع البيانات وتحليلها وإرشادات لبناء قدرات المختبرات المرجعية "
  "الوطنية.", t="TRN INF", L=["ar", "en", "es"])
O("CHN", "zh", "细菌耐药监测技术培训",
  "中方细菌耐药监测网可为伙伴国家微生物实验室人员提供药敏试验、耐药基因检测和监测数据分析培训。培训为期"
  "三周，并可向参训实验室提供部分质控菌株和耗材。", e="AF AP", L=["zh", "en"])


# ---------------------------------------------------------------------------------------------
# Building the document
# ---------------------------------------------------------------------------------------------
def read_states(path=STATES_SQL):
    """code -> (un_membership, un_region, bwc_status) from the V2 migration."""
    states = {}
    pattern = re.compile(r"values \('([A-Z]{3})', '([A-Z_]+)', '([A-Z_]+)', '([A-Z_]+)'")
    for line in path.read_text(encoding="utf-8").splitlines():
        m = pattern.search(line)
        if m:
            states[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    return states


def month_start(d):
    return d.replace(day=1)


def month_end(d):
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def clamp(d):
    return max(DATE_MIN, min(DATE_MAX, d))


def codes(abbrevs, table):
    return [table[a] for a in abbrevs.split()]


def party_of(code):
    if code in ORGS:
        return {"type": "ORGANISATION", "name": ORGS[code], "acronym": code}
    return {"type": "STATE", "code": code}


def quota(rng, n, shares, fixed):
    """n values drawn without replacement so that, together with the fixed ones, each value
    gets its share of all n items (shares: value -> fraction, the first value takes the rest)."""
    values = list(shares)
    counts = {v: round(shares[v] * n) - sum(1 for f in fixed if f == v) for v in values[1:]}
    free = n - len(fixed)
    pool = [v for v in values[1:] for _ in range(max(0, counts[v]))]
    pool += [values[0]] * (free - len(pool))
    rng.shuffle(pool)
    return pool


def build():
    """The interchange document, and for each ref the subject cluster it was written for."""
    rng = random.Random(SEED)
    specs = [(cluster, s) for cluster in CLUSTERS for s in cluster["items"]]
    vis_pool = quota(rng, len(specs), {"PUBLIC": 0.70, "STATES_PARTIES": 0.25, "RESTRICTED": 0.05},
                     [s.vis for _, s in specs if s.vis])
    status_pool = quota(rng, len(specs), {"OPEN": 0.90, "CLOSED": 0.10}, [s.st for _, s in specs if s.st])
    counters = {}
    items = []
    cluster_of = {}
    anchors = {}
    for cluster, s in specs:
        # Every dated item of a cluster contains the cluster's anchor month, so the windows of
        # requests and offers of the same cluster overlap.
        if cluster["key"] not in anchors:
            anchors[cluster["key"]] = dt.date(2026, 1, 15) + dt.timedelta(days=rng.randint(0, 660))
        anchor = anchors[cluster["key"]]
        item = {"ref": None, "kind": s.kind, "party": party_of(s.party)}
        item["title"] = {s.lang: s.title}
        item["description"] = {s.lang: s.desc}
        for lang, (title, desc) in s.tr.items():
            item["title"][lang] = title
            item["description"][lang] = desc
        item["fields"] = codes(s.f or cluster["fields"], FIELDS)
        item["types"] = codes(s.t or cluster["types"], TYPES)
        if s.kind == "OFFER" and (s.e or s.es):
            item["eligibility"] = {"regions": codes(s.e or "", REGIONS), "states": (s.es or "").split()}
        if s.L is not None:
            langs = list(s.L)
        else:
            langs = [s.lang] + PARTY_LANGS.get(s.party, [])
            if s.lang != "en" and rng.random() < 0.5:
                langs.append("en")
        if s.lang not in langs:
            langs.insert(0, s.lang)
        item["languages"] = list(dict.fromkeys(langs))[:3]
        dated = s.d and rng.random() >= 0.08
        if dated:
            if s.kind == "REQUEST":
                start = anchor - dt.timedelta(days=rng.randint(0, 150))
                end = anchor + dt.timedelta(days=rng.randint(90, 480))
            else:
                start = anchor - dt.timedelta(days=rng.randint(30, 450))
                end = anchor + dt.timedelta(days=rng.randint(180, 800))
            item["validFrom"] = clamp(month_start(start)).isoformat()
            item["validUntil"] = clamp(month_end(end)).isoformat()
        item["visibility"] = s.vis or vis_pool.pop()
        item["status"] = s.st or status_pool.pop()
        if dated:
            year = min(2026, max(2025, int(item["validFrom"][:4])))
        else:
            year = rng.choice([2025, 2026])
        prefix = "OFF" if s.kind == "OFFER" else "REQ"
        key = (prefix, s.party, year)
        counters[key] = counters.get(key, rng.randint(0, 6)) + rng.randint(1, 3)
        item["ref"] = f"{prefix}-{s.party}-{year}-{counters[key]:03d}"
        cluster_of[item["ref"]] = cluster["key"]
        items.append(item)
    items.sort(key=lambda i: (i["kind"] != "REQUEST", i["ref"]))
    return {"format": FORMAT, "items": items}, cluster_of


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------
ALLOWED = ["ref", "kind", "party", "title", "description", "fields", "types", "eligibility",
           "languages", "validFrom", "validUntil", "visibility", "status"]
REQUIRED = ["ref", "kind", "party", "title", "description", "fields", "types"]
REF_RE = re.compile(r"^[A-Za-z0-9._/-]{1,64}$")
REF_SHAPE = re.compile(r"^(OFF|REQ)-([A-Z0-9-]+)-(20\d\d)-(\d{3})$")
BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
SCRIPT = {
    "zh": re.compile(r"[\u4e00-\u9fff]"), "ar": re.compile(r"[\u0600-\u06ff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}
FOREIGN_SCRIPT = re.compile(r"[\u4e00-\u9fff\u0600-\u06ff\u0400-\u04ff]")
SENTENCE_END = re.compile(r"[.。!?！？؟](\s|$)|。")


def sentences(text):
    return max(1, len(SENTENCE_END.findall(text.strip())))


def region_of(party, states):
    if party.get("type") == "ORGANISATION":
        return "ORGANISATION"
    return states.get(party.get("code"), (None, "?", None))[1]


def validate(doc, states):
    errors = []

    def err(ref, member, message):
        errors.append(f"{ref}: {member}: {message}")

    if not isinstance(doc, dict) or set(doc) != {"format", "items"}:
        err("-", "document", "must have exactly the members format and items")
        return errors
    if doc["format"] != FORMAT:
        err("-", "format", f"must be {FORMAT}")
    refs = Counter()
    titles = Counter()
    for n, item in enumerate(doc["items"]):
        ref = item.get("ref", f"#{n}")
        for k in item:
            if k not in ALLOWED:
                err(ref, k, "unknown member")
        for k in REQUIRED:
            if k not in item:
                err(ref, k, "missing")
        if not isinstance(ref, str) or not REF_RE.match(ref):
            err(ref, "ref", "must be 1-64 of A-Z a-z 0-9 - _ . /")
            continue
        refs[ref] += 1
        kind = item.get("kind")
        if kind not in ("OFFER", "REQUEST"):
            err(ref, "kind", "must be OFFER or REQUEST")
        party = item.get("party", {})
        ptype = party.get("type")
        if ptype == "STATE":
            if set(party) != {"type", "code"}:
                err(ref, "party", "a State party has exactly type and code")
            if party.get("code") not in states:
                err(ref, "party.code", "not a State of V2__directory_states.sql")
            elif states[party["code"]][0] != "MEMBER":
                err(ref, "party.code", "not a UN member State")
            owner = party.get("code")
        elif ptype == "ORGANISATION":
            if set(party) != {"type", "name", "acronym"}:
                err(ref, "party", "an organisation party has exactly type, name and acronym")
            acr = party.get("acronym", "")
            if not acr or len(acr) > 32 or not re.match(r"^[A-Z0-9-]+$", acr):
                err(ref, "party.acronym", "1-32 upper-case letters, digits or hyphens")
            if not party.get("name", "").strip():
                err(ref, "party.name", "empty")
            owner = acr
        else:
            err(ref, "party.type", "must be STATE or ORGANISATION")
            owner = None
        if kind == "REQUEST" and ptype != "STATE":
            err(ref, "party", "requests come from States only")
        m = REF_SHAPE.match(ref)
        if not m:
            err(ref, "ref", "must look like OFF|REQ-<PARTY>-<YEAR>-<NNN>")
        else:
            if (m.group(1) == "OFF") != (kind == "OFFER"):
                err(ref, "ref", "prefix does not match kind")
            if m.group(2) != owner:
                err(ref, "ref", "party part does not match the party")
        for member in ("title", "description"):
            texts = item.get(member)
            if not isinstance(texts, dict) or not texts:
                err(ref, member, "must be a non-empty map from language to text")
                continue
            for lang, text in texts.items():
                if not BCP47.match(lang):
                    err(ref, member, f"{lang!r} is not a language tag")
                if not isinstance(text, str) or not text.strip():
                    err(ref, member, f"empty text for {lang}")
                    continue
                if lang in SCRIPT and not SCRIPT[lang].search(text):
                    err(ref, member, f"{lang} text is not written in the {lang} script")
                if lang in ("en", "fr", "es") and FOREIGN_SCRIPT.search(text):
                    err(ref, member, f"{lang} text contains another script")
                if "lorem" in text.lower():
                    err(ref, member, "placeholder text")
                if member == "title" and len(text) > 200:
                    err(ref, member, "title longer than 200 characters")
                if member == "description" and not 2 <= sentences(text) <= 4:
                    err(ref, member, f"{lang} description has {sentences(text)} sentences, not 2-4")
        if isinstance(item.get("title"), dict) and isinstance(item.get("description"), dict):
            if set(item["title"]) != set(item["description"]):
                err(ref, "description", "languages differ from the title's")
            if len(item["title"]) > 2:
                err(ref, "title", "more than two languages")
            for text in item["title"].values():
                titles[text] += 1
        for member, table, low, high in (("fields", FIELDS, 1, 3), ("types", TYPES, 1, 2)):
            values = item.get(member)
            if not isinstance(values, list) or not low <= len(values) <= high:
                err(ref, member, f"must list {low}-{high} codes")
                continue
            if len(set(values)) != len(values):
                err(ref, member, "duplicate code")
            for v in values:
                if v not in table.values():
                    err(ref, member, f"unknown code {v}")
        if "eligibility" in item:
            elig = item["eligibility"]
            if kind != "OFFER":
                err(ref, "eligibility", "only offers have eligibility")
            if not isinstance(elig, dict) or set(elig) - {"regions", "states"}:
                err(ref, "eligibility", "members are regions and states")
            else:
                for r in elig.get("regions", []):
                    if r not in REGIONS.values():
                        err(ref, "eligibility.regions", f"unknown region {r}")
                for c in elig.get("states", []):
                    if c not in states:
                        err(ref, "eligibility.states", f"unknown State {c}")
        langs = item.get("languages")
        if langs is not None:
            if not isinstance(langs, list) or not 1 <= len(langs) <= 3 or len(set(langs)) != len(langs):
                err(ref, "languages", "1-3 distinct language tags")
            else:
                for lang in langs:
                    if not BCP47.match(lang):
                        err(ref, "languages", f"{lang!r} is not a language tag")
        dates = {}
        for member in ("validFrom", "validUntil"):
            if member in item:
                try:
                    dates[member] = dt.date.fromisoformat(item[member])
                except (TypeError, ValueError):
                    err(ref, member, "not an ISO date")
                    continue
                if not DATE_MIN <= dates[member] <= DATE_MAX:
                    err(ref, member, "outside 2025-06-01..2028-12-31")
        if len(dates) == 2 and dates["validFrom"] > dates["validUntil"]:
            err(ref, "validUntil", "before validFrom")
        if item.get("visibility", "STATES_PARTIES") not in ("PUBLIC", "STATES_PARTIES", "RESTRICTED"):
            err(ref, "visibility", "unknown value")
        if item.get("status", "OPEN") not in ("OPEN", "CLOSED"):
            err(ref, "status", "unknown value")
    for ref, n in refs.items():
        if n > 1:
            err(ref, "ref", f"used {n} times")
    for title, n in titles.items():
        if n > 1:
            err("-", "title", f"{title!r} used {n} times")
    return errors


def fits(req, off, states):
    """A plain stand-in for the matcher: the offer genuinely fits the request."""
    if off.get("status") != "OPEN":
        return False
    if not set(req["fields"]) & set(off["fields"]) or not set(req["types"]) & set(off["types"]):
        return False
    elig = off.get("eligibility")
    if elig and (elig.get("regions") or elig.get("states")):
        code = req["party"]["code"]
        if states[code][1] not in elig.get("regions", []) and code not in elig.get("states", []):
            return False
    if "validFrom" in req and "validFrom" in off:
        if req["validFrom"] > off["validUntil"] or off["validFrom"] > req["validUntil"]:
            return False
    if req.get("languages") and off.get("languages"):
        if not set(req["languages"]) & set(off["languages"]):
            return False
    return True


def report(doc, states):
    items = doc["items"]

    def table(title, counter, total=len(items)):
        print(f"{title}:")
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {key:<28} {n:4d}  {100.0 * n / total:5.1f}%")

    print(f"items: {len(items)}")
    table("kind", Counter(i["kind"] for i in items))
    table("primary language", Counter(next(iter(i["title"])) for i in items))
    table("with a second language", Counter(
        "yes" if len(i["title"]) > 1 else "no" for i in items))
    table("translation language", Counter(
        list(i["title"])[1] for i in items if len(i["title"]) > 1))
    for kind in ("REQUEST", "OFFER"):
        some = [i for i in items if i["kind"] == kind]
        table(f"region of the party ({kind})", Counter(region_of(i["party"], states) for i in some),
              len(some))
    table("party type", Counter(i["party"]["type"] for i in items))
    table("visibility", Counter(i.get("visibility", "STATES_PARTIES") for i in items))
    table("status", Counter(i.get("status", "OPEN") for i in items))
    table("dated", Counter("dated" if "validFrom" in i else "undated" for i in items))
    offers = [i for i in items if i["kind"] == "OFFER"]
    table("offer eligibility", Counter(
        "states" if i.get("eligibility", {}).get("states") and not i["eligibility"].get("regions")
        else "regions+states" if i.get("eligibility", {}).get("states")
        else "regions" if i.get("eligibility") else "any State Party" for i in offers), len(offers))
    requests = [i for i in items if i["kind"] == "REQUEST" and i.get("status") == "OPEN"]
    matched = Counter()
    cross = 0
    for req in requests:
        fitting = [o for o in offers if fits(req, o, states)]
        matched[min(len(fitting), 4)] += 1
        if any(next(iter(o["title"])) != next(iter(req["title"])) for o in fitting):
            cross += 1
    print("open requests by number of fitting offers (4 = four or more):")
    for k in sorted(matched):
        print(f"  {k}: {matched[k]}")
    print(f"open requests with a fitting offer in another primary language: {cross}")


def design_report(doc, cluster_of, states):
    """How many open requests have 1-3 fitting offers among those written for the same subject."""
    offers = [i for i in doc["items"] if i["kind"] == "OFFER"]
    counts = Counter()
    for req in doc["items"]:
        if req["kind"] != "REQUEST" or req["status"] != "OPEN":
            continue
        same = [o for o in offers
                if cluster_of[o["ref"]] == cluster_of[req["ref"]] and fits(req, o, states)]
        counts[min(len(same), 4)] += 1
    print("open requests by number of fitting offers written for the same subject (4 = four or more):")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


def main(argv):
    states = read_states()
    if "--check" not in argv:
        doc, cluster_of = build()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"wrote {OUT.relative_to(ROOT)}")
    doc = json.loads(OUT.read_text(encoding="utf-8"))
    errors = validate(doc, states)
    for e in errors:
        print("INVALID", e)
    report(doc, states)
    if "--check" not in argv:
        design_report(doc, cluster_of, states)
    print("valid" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
