#!/usr/bin/env python3
"""Generates N synthetic ACE items in the interchange format "ace-interchange/1".

    python3 bench/generate_items.py N OUT.json [--seed S]

For benchmarks (bench/import-vs-copy.sh, bench/search-latency.sh): about half offers and half
requests; parties are States (ISO3 codes read from the Flyway migration V2__directory_states.sql)
and a few dozen organisations with acronyms (offers only: requests come from States); titles and
descriptions are assembled from parallel vocabularies in the six UN languages (ar zh en fr ru es)
plus a little Portuguese (the "other" search bucket), so that text is realistic-ish and every
query of bench/search-queries.txt finds something; codes are those of INTERCHANGE.md §3; dates
between 2025 and 2029; visibility mostly PUBLIC.

Deterministic: the same N and seed give byte-identical output (no clock, no hash ordering).
Standard library only.
"""
import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATES_SQL = ROOT / "src/main/resources/db/migration/V2__directory_states.sql"
FORMAT = "ace-interchange/1"
LANGS = ("ar", "zh", "en", "fr", "ru", "es")

# Subject areas and forms of assistance (INTERCHANGE.md §3).
FIELDS = ["LEGISLATION", "BIOSAFETY_BIOSECURITY", "HUMAN_HEALTH_SURVEILLANCE", "ANIMAL_HEALTH",
          "PLANT_HEALTH", "EMERGENCY_RESPONSE", "MEDICAL_COUNTERMEASURES", "LABORATORY_CAPACITY",
          "EDUCATION_AWARENESS", "RESEARCH_COLLABORATION", "EXPORT_CONTROL_TRADE", "CBM_REPORTING",
          "MICROBIAL_FORENSICS", "BIOTECH_DEVELOPMENT"]
TYPES = ["TRAINING", "EXPERT_ADVICE", "EQUIPMENT_MATERIALS", "FINANCIAL", "EXCHANGE_TWINNING",
         "INFORMATION_GUIDANCE", "JOINT_PROJECT"]
REGIONS = ["AFRICA", "ASIA_PACIFIC", "EASTERN_EUROPE", "LATIN_AMERICA_CARIBBEAN", "WESTERN_EUROPE_OTHERS"]

# Organisations (acronym, name): real intergovernmental bodies and invented networks, centres
# and associations. Acronyms are what the importer looks organisations up by.
ORGS = [
    ("WHO", "World Health Organization"),
    ("WOAH", "World Organisation for Animal Health"),
    ("FAO", "Food and Agriculture Organization of the United Nations"),
    ("UNEP", "United Nations Environment Programme"),
    ("UNICRI", "United Nations Interregional Crime and Justice Research Institute"),
    ("INTERPOL", "International Criminal Police Organization"),
    ("UNODA", "United Nations Office for Disarmament Affairs"),
    ("IPPC", "International Plant Protection Convention Secretariat"),
    ("AU-CDC", "Africa Centres for Disease Control and Prevention"),
    ("PAHO", "Pan American Health Organization"),
    ("ECDC", "European Centre for Disease Prevention and Control"),
    ("ASEAN-BIO", "ASEAN Biosafety Network (synthetic)"),
    ("MUCBB", "Meridian University Centre for Biosafety and Biosecurity"),
    ("GBDN", "Global Biosecurity Dialogue Network"),
    ("IDMA", "International Diagnostics Manufacturers Alliance"),
    ("ARVM", "Alliance for Regional Vaccine Manufacturing"),
    ("CTIC", "Centre for Treaty Implementation and Compliance"),
    ("BICRI", "Biotech Industry Council for Responsible Innovation"),
    ("IABEM", "International Association of Biosafety Equipment Manufacturers"),
    ("APBEC", "Asia-Pacific Biosafety Education Consortium"),
    ("RELABB", "Red Latinoamericana de Bioseguridad y Biocustodia"),
    ("RAFBB", "Réseau africain francophone de biosûreté et de biosécurité"),
    ("ANBB", "Arab Network for Biosafety and Biosecurity"),
    ("EURASBIO", "Eurasian Biosafety Association"),
    ("GLMN", "Global Mobile Laboratory Network"),
    ("IFBLS", "International Forum of Biomedical Laboratory Scientists (synthetic)"),
    ("OHRC", "One Health Regional Centre"),
    ("NSEC", "Northern Sequencing Consortium"),
    ("CBWS", "Centre for Biological Weapons Studies"),
    ("IMFN", "International Microbial Forensics Network"),
    ("WWSN", "Wastewater Surveillance Network"),
    ("PHLA", "Public Health Laboratories Association"),
    ("VCDA", "Veterinary Capacity Development Agency"),
    ("SSBT", "South-South Biotechnology Trust"),
    ("LEXBIO", "Legal Experts on Biological Security Forum"),
    ("CCLS", "Consortium for Codes of conduct in the Life Sciences"),
]

# Topics: (subject area, text per language). Noun phrases usable after a colon.
TOPICS = [
    ("BIOSAFETY_BIOSECURITY", {
        "en": "biorisk management in BSL-3 laboratories",
        "fr": "gestion des risques biologiques dans les laboratoires BSL-3",
        "es": "gestión del riesgo biológico en laboratorios BSL-3",
        "ru": "управление биологическими рисками в лабораториях BSL-3",
        "ar": "إدارة المخاطر البيولوجية في مختبرات السلامة الحيوية من المستوى الثالث",
        "zh": "三级生物安全实验室的生物风险管理"}),
    ("BIOSAFETY_BIOSECURITY", {
        "en": "biosecurity of pathogen collections",
        "fr": "biosécurité des collections d'agents pathogènes",
        "es": "bioseguridad de las colecciones de patógenos",
        "ru": "биозащищённость коллекций патогенов",
        "ar": "الأمن البيولوجي لمجموعات مسببات الأمراض",
        "zh": "病原体保藏的生物安保"}),
    ("BIOSAFETY_BIOSECURITY", {
        "en": "inactivation of biological waste and autoclave validation",
        "fr": "inactivation des déchets biologiques et validation des autoclaves",
        "es": "inactivación de residuos biológicos y validación de autoclaves",
        "ru": "инактивация биологических отходов и валидация автоклавов",
        "ar": "تعطيل النفايات البيولوجية والتحقق من صلاحية أجهزة التعقيم",
        "zh": "生物废弃物灭活与高压灭菌器验证"}),
    ("LABORATORY_CAPACITY", {
        "en": "laboratory quality management and ISO 15189 accreditation",
        "fr": "gestion de la qualité au laboratoire et accréditation ISO 15189",
        "es": "gestión de la calidad en el laboratorio y acreditación ISO 15189",
        "ru": "управление качеством в лаборатории и аккредитация по ISO 15189",
        "ar": "إدارة الجودة في المختبرات والاعتماد وفق المعيار ISO 15189",
        "zh": "实验室质量管理与ISO 15189认可"}),
    ("LABORATORY_CAPACITY", {
        "en": "certification and maintenance of biological safety cabinets",
        "fr": "certification et maintenance des postes de sécurité microbiologique",
        "es": "certificación y mantenimiento de cabinas de seguridad biológica",
        "ru": "сертификация и обслуживание боксов биологической безопасности",
        "ar": "اعتماد وصيانة خزائن السلامة البيولوجية",
        "zh": "生物安全柜的认证与维护"}),
    ("HUMAN_HEALTH_SURVEILLANCE", {
        "en": "event-based surveillance of infectious diseases",
        "fr": "surveillance fondée sur les événements des maladies infectieuses",
        "es": "vigilancia basada en eventos de enfermedades infecciosas",
        "ru": "событийный эпиднадзор за инфекционными болезнями",
        "ar": "الترصد القائم على الأحداث للأمراض المعدية",
        "zh": "基于事件的传染病监测"}),
    ("HUMAN_HEALTH_SURVEILLANCE", {
        "en": "genomic sequencing of outbreak pathogens",
        "fr": "séquençage génomique des agents pathogènes responsables d'épidémies",
        "es": "secuenciación genómica de patógenos causantes de brotes",
        "ru": "геномное секвенирование возбудителей вспышек",
        "ar": "التسلسل الجينومي لمسببات الأمراض المسببة للفاشيات",
        "zh": "疫情病原体基因组测序"}),
    ("HUMAN_HEALTH_SURVEILLANCE", {
        "en": "wastewater surveillance of pathogens",
        "fr": "surveillance des agents pathogènes dans les eaux usées",
        "es": "vigilancia de patógenos en aguas residuales",
        "ru": "мониторинг патогенов в сточных водах",
        "ar": "ترصد مسببات الأمراض في مياه الصرف الصحي",
        "zh": "污水病原体监测"}),
    ("ANIMAL_HEALTH", {
        "en": "surveillance of zoonotic diseases in livestock",
        "fr": "surveillance des zoonoses chez le bétail",
        "es": "vigilancia de enfermedades zoonóticas en el ganado",
        "ru": "надзор за зоонозными болезнями сельскохозяйственных животных",
        "ar": "ترصد الأمراض الحيوانية المنشأ لدى الماشية",
        "zh": "家畜人畜共患病监测"}),
    ("ANIMAL_HEALTH", {
        "en": "diagnosis of anthrax and brucellosis in animals",
        "fr": "diagnostic de la fièvre charbonneuse et de la brucellose animales",
        "es": "diagnóstico del carbunco y la brucelosis en animales",
        "ru": "диагностика сибирской язвы и бруцеллёза у животных",
        "ar": "تشخيص الجمرة الخبيثة وداء البروسيلات لدى الحيوانات",
        "zh": "动物炭疽和布鲁氏菌病诊断"}),
    ("PLANT_HEALTH", {
        "en": "detection of plant pathogens and crop protection",
        "fr": "détection des pathogènes végétaux et protection des cultures",
        "es": "detección de patógenos vegetales y protección de cultivos",
        "ru": "выявление патогенов растений и защита посевов",
        "ar": "الكشف عن مسببات أمراض النبات وحماية المحاصيل",
        "zh": "植物病原体检测与作物保护"}),
    ("EMERGENCY_RESPONSE", {
        "en": "deployment of mobile laboratories",
        "fr": "déploiement de laboratoires mobiles",
        "es": "despliegue de laboratorios móviles",
        "ru": "развёртывание мобильных лабораторий",
        "ar": "نشر المختبرات المتنقلة",
        "zh": "移动实验室部署"}),
    ("EMERGENCY_RESPONSE", {
        "en": "simulation exercises for biological emergencies",
        "fr": "exercices de simulation d'urgences biologiques",
        "es": "ejercicios de simulación de emergencias biológicas",
        "ru": "учения по реагированию на биологические чрезвычайные ситуации",
        "ar": "تمارين محاكاة حالات الطوارئ البيولوجية",
        "zh": "生物突发事件模拟演练"}),
    ("EMERGENCY_RESPONSE", {
        "en": "personal protective equipment for first responders",
        "fr": "équipements de protection individuelle pour les primo-intervenants",
        "es": "equipos de protección personal para los primeros intervinientes",
        "ru": "средства индивидуальной защиты для аварийно-спасательных служб",
        "ar": "معدات الحماية الشخصية للمستجيبين الأوائل",
        "zh": "急救人员个人防护装备"}),
    ("MEDICAL_COUNTERMEASURES", {
        "en": "vaccine production and cold chain management",
        "fr": "production de vaccins et gestion de la chaîne du froid",
        "es": "producción de vacunas y gestión de la cadena de frío",
        "ru": "производство вакцин и управление холодовой цепью",
        "ar": "إنتاج اللقاحات وإدارة سلسلة التبريد",
        "zh": "疫苗生产与冷链管理"}),
    ("MEDICAL_COUNTERMEASURES", {
        "en": "rapid diagnostic tests for dangerous pathogens",
        "fr": "tests de diagnostic rapide des agents pathogènes dangereux",
        "es": "pruebas de diagnóstico rápido de patógenos peligrosos",
        "ru": "экспресс-тесты для диагностики опасных патогенов",
        "ar": "اختبارات التشخيص السريع لمسببات الأمراض الخطيرة",
        "zh": "危险病原体快速诊断检测"}),
    ("LEGISLATION", {
        "en": "national implementing legislation for the Biological Weapons Convention",
        "fr": "législation nationale d'application de la Convention sur les armes biologiques",
        "es": "legislación nacional de aplicación de la Convención sobre las armas biológicas",
        "ru": "национальное законодательство по осуществлению Конвенции о биологическом оружии",
        "ar": "التشريعات الوطنية لتنفيذ اتفاقية الأسلحة البيولوجية",
        "zh": "《生物武器公约》国家执行立法"}),
    ("LEGISLATION", {
        "en": "oversight of dual-use research",
        "fr": "encadrement de la recherche à double usage",
        "es": "supervisión de la investigación de doble uso",
        "ru": "надзор за исследованиями двойного назначения",
        "ar": "الرقابة على البحوث ذات الاستخدام المزدوج",
        "zh": "两用研究监管"}),
    ("EDUCATION_AWARENESS", {
        "en": "codes of conduct and ethics for life scientists",
        "fr": "codes de conduite et éthique pour les chercheurs en sciences de la vie",
        "es": "códigos de conducta y ética para los científicos de la vida",
        "ru": "кодексы поведения и этика для учёных в области наук о жизни",
        "ar": "مدونات السلوك والأخلاقيات لعلماء الحياة",
        "zh": "生命科学家行为准则与伦理"}),
    ("EDUCATION_AWARENESS", {
        "en": "biosecurity education in universities",
        "fr": "enseignement de la biosécurité à l'université",
        "es": "educación en bioseguridad en las universidades",
        "ru": "обучение биобезопасности в университетах",
        "ar": "التعليم في مجال الأمن البيولوجي في الجامعات",
        "zh": "高校生物安保教育"}),
    ("RESEARCH_COLLABORATION", {
        "en": "joint research on emerging viruses",
        "fr": "recherche conjointe sur les virus émergents",
        "es": "investigación conjunta sobre virus emergentes",
        "ru": "совместные исследования новых вирусов",
        "ar": "البحوث المشتركة بشأن الفيروسات الناشئة",
        "zh": "新发病毒联合研究"}),
    ("EXPORT_CONTROL_TRADE", {
        "en": "export control of dual-use biological items",
        "fr": "contrôle des exportations de biens biologiques à double usage",
        "es": "control de las exportaciones de artículos biológicos de doble uso",
        "ru": "экспортный контроль биологических товаров двойного назначения",
        "ar": "مراقبة صادرات المواد البيولوجية ذات الاستخدام المزدوج",
        "zh": "两用生物物项出口管制"}),
    ("CBM_REPORTING", {
        "en": "preparation of confidence-building measure reports",
        "fr": "préparation des rapports sur les mesures de confiance",
        "es": "preparación de los informes sobre medidas de fomento de la confianza",
        "ru": "подготовка докладов о мерах укрепления доверия",
        "ar": "إعداد تقارير تدابير بناء الثقة",
        "zh": "建立信任措施报告的编写"}),
    ("MICROBIAL_FORENSICS", {
        "en": "microbial forensics and sampling for investigations",
        "fr": "criminalistique microbienne et prélèvement d'échantillons pour les enquêtes",
        "es": "microbiología forense y toma de muestras para investigaciones",
        "ru": "микробная криминалистика и отбор проб для расследований",
        "ar": "الطب الشرعي الميكروبي وأخذ العينات لأغراض التحقيق",
        "zh": "微生物法医学与调查采样"}),
    ("BIOTECH_DEVELOPMENT", {
        "en": "technology transfer for biomanufacturing",
        "fr": "transfert de technologie pour la bioproduction",
        "es": "transferencia de tecnología para la biofabricación",
        "ru": "передача технологий для биопроизводства",
        "ar": "نقل التكنولوجيا للتصنيع البيولوجي",
        "zh": "生物制造技术转让"}),
]

# Activities: (form of assistance, offer text, request text) per language.
ACTIVITIES = [
    ("TRAINING", {
        "en": "Training course", "fr": "Cours de formation", "es": "Curso de capacitación",
        "ru": "Учебный курс", "ar": "دورة تدريبية", "zh": "培训课程"}),
    ("TRAINING", {
        "en": "Regional workshop", "fr": "Atelier régional", "es": "Taller regional",
        "ru": "Региональный семинар", "ar": "حلقة عمل إقليمية", "zh": "区域讲习班"}),
    ("TRAINING", {
        "en": "Online learning programme", "fr": "Programme d'apprentissage en ligne",
        "es": "Programa de aprendizaje en línea", "ru": "Программа дистанционного обучения",
        "ar": "برنامج تعلم إلكتروني", "zh": "在线学习计划"}),
    ("EXPERT_ADVICE", {
        "en": "Expert advisory mission", "fr": "Mission d'expertise", "es": "Misión de asesoramiento técnico",
        "ru": "Консультативная миссия экспертов", "ar": "بعثة خبراء استشارية", "zh": "专家咨询访问"}),
    ("EXPERT_ADVICE", {
        "en": "Peer review and assessment", "fr": "Examen par les pairs et évaluation",
        "es": "Revisión por pares y evaluación", "ru": "Экспертная оценка",
        "ar": "استعراض الأقران والتقييم", "zh": "同行审议与评估"}),
    ("EQUIPMENT_MATERIALS", {
        "en": "Donation of laboratory equipment", "fr": "Don d'équipements de laboratoire",
        "es": "Donación de equipos de laboratorio", "ru": "Передача лабораторного оборудования",
        "ar": "التبرع بمعدات مختبرية", "zh": "捐赠实验室设备"}),
    ("EQUIPMENT_MATERIALS", {
        "en": "Supply of reagents and consumables", "fr": "Fourniture de réactifs et de consommables",
        "es": "Suministro de reactivos y material fungible", "ru": "Поставка реагентов и расходных материалов",
        "ar": "توريد الكواشف والمواد الاستهلاكية", "zh": "供应试剂和耗材"}),
    ("FINANCIAL", {
        "en": "Grant funding", "fr": "Subvention", "es": "Financiación mediante subvenciones",
        "ru": "Грантовое финансирование", "ar": "تمويل بمنح", "zh": "赠款资助"}),
    ("EXCHANGE_TWINNING", {
        "en": "Laboratory twinning and staff exchange", "fr": "Jumelage de laboratoires et échange de personnel",
        "es": "Hermanamiento de laboratorios e intercambio de personal",
        "ru": "Партнёрство лабораторий и обмен персоналом", "ar": "توأمة المختبرات وتبادل الموظفين",
        "zh": "实验室结对与人员交流"}),
    ("EXCHANGE_TWINNING", {
        "en": "Fellowship programme", "fr": "Programme de bourses", "es": "Programa de becas",
        "ru": "Стипендиальная программа", "ar": "برنامج زمالات", "zh": "研修奖学金计划"}),
    ("INFORMATION_GUIDANCE", {
        "en": "Guidance documents and toolkit", "fr": "Documents d'orientation et boîte à outils",
        "es": "Documentos de orientación y caja de herramientas", "ru": "Методические материалы и инструментарий",
        "ar": "وثائق إرشادية ومجموعة أدوات", "zh": "指导文件和工具包"}),
    ("JOINT_PROJECT", {
        "en": "Joint project", "fr": "Projet conjoint", "es": "Proyecto conjunto",
        "ru": "Совместный проект", "ar": "مشروع مشترك", "zh": "联合项目"}),
]

AUDIENCES = [
    {"en": "national reference laboratories", "fr": "laboratoires nationaux de référence",
     "es": "laboratorios nacionales de referencia", "ru": "национальные референс-лаборатории",
     "ar": "المختبرات المرجعية الوطنية", "zh": "国家参比实验室"},
    {"en": "veterinary services", "fr": "services vétérinaires", "es": "servicios veterinarios",
     "ru": "ветеринарные службы", "ar": "الخدمات البيطرية", "zh": "兽医服务机构"},
    {"en": "customs and border agencies", "fr": "services des douanes et des frontières",
     "es": "aduanas y organismos de control fronterizo", "ru": "таможенные и пограничные службы",
     "ar": "الجمارك ووكالات الحدود", "zh": "海关和边境机构"},
    {"en": "public health institutes", "fr": "instituts de santé publique", "es": "institutos de salud pública",
     "ru": "институты общественного здравоохранения", "ar": "معاهد الصحة العامة", "zh": "公共卫生研究所"},
    {"en": "university researchers", "fr": "chercheurs universitaires", "es": "investigadores universitarios",
     "ru": "университетские исследователи", "ar": "الباحثون الجامعيون", "zh": "高校研究人员"},
    {"en": "national authorities", "fr": "autorités nationales", "es": "autoridades nacionales",
     "ru": "национальные органы", "ar": "السلطات الوطنية", "zh": "国家主管部门"},
    {"en": "first responders", "fr": "primo-intervenants", "es": "equipos de primera intervención",
     "ru": "аварийно-спасательные службы", "ar": "المستجيبون الأوائل", "zh": "应急响应人员"},
    {"en": "plant protection organisations", "fr": "organisations de protection des végétaux",
     "es": "organizaciones de protección fitosanitaria", "ru": "службы защиты растений",
     "ar": "منظمات وقاية النباتات", "zh": "植物保护组织"},
    {"en": "ministries of health", "fr": "ministères de la santé", "es": "ministerios de salud",
     "ru": "министерства здравоохранения", "ar": "وزارات الصحة", "zh": "卫生部"},
    {"en": "biotechnology companies", "fr": "entreprises de biotechnologie", "es": "empresas de biotecnología",
     "ru": "биотехнологические компании", "ar": "شركات التكنولوجيا الحيوية", "zh": "生物技术企业"},
    {"en": "law enforcement agencies", "fr": "services de détection et de répression",
     "es": "organismos encargados de hacer cumplir la ley", "ru": "правоохранительные органы",
     "ar": "أجهزة إنفاذ القانون", "zh": "执法机构"},
]

# Description sentences. {t} topic, {a} audience, {d} days, {n} participants, {y} years.
OFFER_OPENERS = {
    "en": ["We offer support on {t} to {a}.", "This offer covers {t}.",
           "Assistance is available on {t}, in particular for {a}."],
    "fr": ["Nous proposons un appui dans le domaine suivant : {t}, à l'intention des {a}.",
           "Cette offre porte sur : {t}.", "Une assistance est disponible : {t}, en particulier pour les {a}."],
    "es": ["Ofrecemos apoyo en el ámbito siguiente: {t}, dirigido a {a}.", "Esta oferta abarca: {t}.",
           "Se ofrece asistencia en materia de {t}, en particular para {a}."],
    "ru": ["Мы предлагаем помощь по теме «{t}»; целевая аудитория: {a}.", "Предложение охватывает тему «{t}».",
           "Доступна помощь по направлению «{t}», в частности для адресатов: {a}."],
    "ar": ["نقدم الدعم في مجال {t} لفائدة {a}.", "يغطي هذا العرض {t}.",
           "تتاح المساعدة في مجال {t}، ولا سيما لفائدة {a}."],
    "zh": ["我们为{a}提供{t}方面的支持。", "本项援助涵盖{t}。", "可提供{t}方面的援助，特别面向{a}。"],
}
REQUEST_OPENERS = {
    "en": ["Our country seeks assistance on {t} for its {a}.", "This request concerns {t}.",
           "Support is needed on {t}, in particular for {a}."],
    "fr": ["Notre pays sollicite une assistance dans le domaine suivant : {t}, pour ses {a}.",
           "Cette demande porte sur : {t}.", "Un appui est nécessaire : {t}, en particulier pour les {a}."],
    "es": ["Nuestro país solicita asistencia en materia de {t} para sus {a}.", "Esta solicitud se refiere a: {t}.",
           "Se necesita apoyo en materia de {t}, en particular para {a}."],
    "ru": ["Наша страна запрашивает помощь по теме «{t}»; адресаты: {a}.", "Запрос касается темы «{t}».",
           "Требуется поддержка по направлению «{t}», в частности для адресатов: {a}."],
    "ar": ["تطلب بلادنا المساعدة في مجال {t} لفائدة {a}.", "يتعلق هذا الطلب بـ{t}.",
           "هناك حاجة إلى الدعم في مجال {t}، ولا سيما لفائدة {a}."],
    "zh": ["我国请求在{t}方面为{a}提供援助。", "本项请求涉及{t}。", "需要在{t}方面获得支持，特别是面向{a}。"],
}
DETAILS = {
    "en": ["The programme lasts {d} days and can host up to {n} participants.",
           "Sessions combine lectures, practical exercises and a final assessment.",
           "Participants receive a certificate upon completion.",
           "The activity can be delivered on site or remotely.",
           "Travel and accommodation costs are covered for selected participants.",
           "A needs assessment precedes the activity.",
           "The work plan extends over {y} years with annual reviews.",
           "Materials are provided in the working languages of the beneficiaries.",
           "Priority is given to laboratories handling dangerous pathogens.",
           "The activity supports implementation of Article X of the Convention.",
           "Follow-up mentoring is offered for six months.",
           "Experts from several regions contribute to the activity."],
    "fr": ["Le programme dure {d} jours et peut accueillir jusqu'à {n} participants.",
           "Les sessions associent exposés, exercices pratiques et évaluation finale.",
           "Les participants reçoivent un certificat à l'issue de la formation.",
           "L'activité peut se dérouler sur place ou à distance.",
           "Les frais de voyage et d'hébergement sont pris en charge pour les participants retenus.",
           "Une évaluation des besoins précède l'activité.",
           "Le plan de travail s'étend sur {y} ans avec des bilans annuels.",
           "Les supports sont fournis dans les langues de travail des bénéficiaires.",
           "La priorité est donnée aux laboratoires manipulant des agents pathogènes dangereux.",
           "L'activité contribue à l'application de l'article X de la Convention.",
           "Un accompagnement est proposé pendant six mois.",
           "Des experts de plusieurs régions participent à l'activité."],
    "es": ["El programa dura {d} días y admite hasta {n} participantes.",
           "Las sesiones combinan exposiciones, ejercicios prácticos y una evaluación final.",
           "Los participantes reciben un certificado al finalizar.",
           "La actividad puede realizarse de forma presencial o a distancia.",
           "Se cubren los gastos de viaje y alojamiento de los participantes seleccionados.",
           "Una evaluación de necesidades precede a la actividad.",
           "El plan de trabajo abarca {y} años con revisiones anuales.",
           "Los materiales se facilitan en los idiomas de trabajo de los beneficiarios.",
           "Se da prioridad a los laboratorios que manipulan patógenos peligrosos.",
           "La actividad apoya la aplicación del artículo X de la Convención.",
           "Se ofrece un acompañamiento durante seis meses.",
           "Participan expertos de varias regiones."],
    "ru": ["Программа длится {d} дней и рассчитана на {n} участников.",
           "Занятия сочетают лекции, практические упражнения и итоговую аттестацию.",
           "По окончании участники получают сертификат.",
           "Мероприятие может проводиться очно или дистанционно.",
           "Расходы на проезд и проживание отобранных участников покрываются.",
           "Мероприятию предшествует оценка потребностей.",
           "План работы рассчитан на {y} года с ежегодным обзором.",
           "Материалы предоставляются на рабочих языках получателей.",
           "Приоритет отдаётся лабораториям, работающим с опасными патогенами.",
           "Мероприятие способствует осуществлению статьи X Конвенции.",
           "В течение шести месяцев предоставляется наставничество.",
           "В работе участвуют эксперты из нескольких регионов."],
    "ar": ["يستمر البرنامج {d} يوما ويمكنه استقبال ما يصل إلى {n} مشاركا.",
           "تجمع الجلسات بين المحاضرات والتمارين العملية والتقييم النهائي.",
           "يحصل المشاركون على شهادة عند إتمام البرنامج.",
           "يمكن تنفيذ النشاط في الموقع أو عن بعد.",
           "تغطى تكاليف السفر والإقامة للمشاركين المختارين.",
           "يسبق النشاط تقييم للاحتياجات.",
           "تمتد خطة العمل على {y} سنوات مع استعراضات سنوية.",
           "تقدم المواد بلغات عمل المستفيدين.",
           "تعطى الأولوية للمختبرات التي تتعامل مع مسببات الأمراض الخطيرة.",
           "يدعم النشاط تنفيذ المادة العاشرة من الاتفاقية.",
           "يقدم توجيه متابعة لمدة ستة أشهر.",
           "يشارك في النشاط خبراء من عدة مناطق."],
    "zh": ["该计划为期{d}天，最多可接纳{n}名学员。",
           "课程包括讲座、实践练习和结业考核。",
           "学员结业后将获得证书。",
           "活动可在现场或远程开展。",
           "入选学员的差旅和住宿费用由我方承担。",
           "活动开始前将进行需求评估。",
           "工作计划为期{y}年，每年进行评估。",
           "材料以受援方的工作语言提供。",
           "优先考虑处理危险病原体的实验室。",
           "该活动支持《公约》第十条的执行。",
           "后续提供为期六个月的辅导。",
           "来自多个地区的专家参与该活动。"],
}
# A little Portuguese (falls in the "other" search bucket).
PT = {
    "activity": ["Curso de formação", "Oficina regional", "Missão de peritos", "Doação de equipamento"],
    "topic": ["gestão do risco biológico em laboratórios", "vigilância de doenças infecciosas",
              "laboratórios móveis", "produção de vacinas"],
    "detail": ["A atividade pode ser realizada presencialmente ou à distância.",
               "Os participantes recebem um certificado no final."],
}
PT_STATES = ["AGO", "BRA", "CPV", "GNB", "MOZ", "PRT", "STP", "TLS"]

# How often an item's original language is each UN language (English most common).
ORIGINAL_WEIGHTS = {"en": 40, "fr": 15, "es": 15, "ru": 10, "ar": 10, "zh": 10}


def states():
    text = STATES_SQL.read_text(encoding="utf-8")
    codes = re.findall(r"values \('([A-Z]{3})'", text)
    if len(codes) < 150:
        sys.exit(f"expected ~195 State codes in {STATES_SQL}, found {len(codes)}")
    return codes


def title(lang, activity, topic, audience):
    a, t, p = activity[1][lang], topic[1][lang], audience[lang]
    if lang == "zh":
        return f"{a}：{t}（面向{p}）"
    sep = {"en": " for ", "fr": " — ", "es": " para ", "ru": " — ", "ar": " لفائدة "}[lang]
    return f"{a}: {t}{sep}{p}"


def description(rng, lang, kind, topic, audience):
    openers = OFFER_OPENERS if kind == "OFFER" else REQUEST_OPENERS
    values = {"t": topic[1][lang], "a": audience[lang], "d": rng.choice([3, 5, 10, 15, 20]),
              "n": rng.choice([12, 20, 25, 30, 40]), "y": rng.choice([2, 3, 4])}
    sentences = [rng.choice(openers[lang])]
    sentences += rng.sample(DETAILS[lang], rng.randint(2, 5))
    joiner = "" if lang == "zh" else " "
    return joiner.join(s.format(**values) for s in sentences)


def item(rng, i, state_codes):
    kind = "OFFER" if rng.random() < 0.5 else "REQUEST"
    if kind == "OFFER" and rng.random() < 0.35:
        acronym, name = rng.choice(ORGS)
        party = {"type": "ORGANISATION", "name": name, "acronym": acronym}
        who = acronym
    else:
        code = rng.choice(state_codes)
        party = {"type": "STATE", "code": code}
        who = code
    topic = rng.choice(TOPICS)
    activity = rng.choice(ACTIVITIES)
    audience = rng.choice(AUDIENCES)
    year = rng.choice([2025, 2026, 2027])
    ref = f"{'OFF' if kind == 'OFFER' else 'REQ'}-{who}-{year}-{i:06d}"

    original = rng.choices(list(ORIGINAL_WEIGHTS), weights=list(ORIGINAL_WEIGHTS.values()))[0]
    languages = [original]
    r = rng.random()
    if r < 0.30:  # one translation, usually English
        other = "en" if original != "en" and rng.random() < 0.6 else rng.choice([l for l in LANGS if l != original])
        languages.append(other)
    elif r < 0.35:  # all six
        languages = [original] + [l for l in LANGS if l != original]
    titles = {l: title(l, activity, topic, audience) for l in languages}
    descriptions = {l: description(rng, l, kind, topic, audience) for l in languages if rng.random() < 0.95}
    if party.get("code") in PT_STATES and rng.random() < 0.5:
        titles["pt"] = f"{rng.choice(PT['activity'])}: {rng.choice(PT['topic'])}"
        descriptions["pt"] = " ".join(rng.sample(PT["detail"], 2))

    fields = [topic[0]]
    if rng.random() < 0.4:
        extra = rng.choice(FIELDS)
        if extra not in fields:
            fields.append(extra)
    types = [activity[0]]
    if rng.random() < 0.3:
        extra = rng.choice(TYPES)
        if extra not in types:
            types.append(extra)

    working = list(dict.fromkeys(languages + (["en"] if rng.random() < 0.3 else [])))
    start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 3 * 365))
    end = start + dt.timedelta(days=rng.choice([90, 180, 365, 540, 730]))
    out = {
        "ref": ref,
        "kind": kind,
        "party": party,
        "title": titles,
    }
    if descriptions:
        out["description"] = descriptions
    out["fields"] = fields
    out["types"] = types
    if kind == "OFFER" and rng.random() < 0.4:
        regions = sorted(rng.sample(REGIONS, rng.randint(1, 3)))
        elig = {"regions": regions, "states": []}
        if rng.random() < 0.2:
            elig["states"] = sorted(rng.sample(state_codes, rng.randint(1, 4)))
        out["eligibility"] = elig
    out["languages"] = working
    if rng.random() < 0.9:
        out["validFrom"] = start.isoformat()
        out["validUntil"] = end.isoformat()
    v = rng.random()
    out["visibility"] = "PUBLIC" if v < 0.8 else ("STATES_PARTIES" if v < 0.95 else "RESTRICTED")
    out["status"] = "OPEN" if rng.random() < 0.85 else "CLOSED"
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of items")
    parser.add_argument("out", help="output file (JSON)")
    parser.add_argument("--seed", type=int, default=20261124)
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N must be ≥ 1")
    rng = random.Random(args.seed)
    codes = states()
    items = [item(rng, i, codes) for i in range(1, args.n + 1)]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write('{"format": "%s", "items": [\n' % FORMAT)
        for k, it in enumerate(items):
            f.write(json.dumps(it, ensure_ascii=False, separators=(",", ":")))
            f.write(",\n" if k + 1 < len(items) else "\n")
        f.write("]}\n")
    offers = sum(1 for it in items if it["kind"] == "OFFER")
    print(f"{args.out}: {len(items)} items ({offers} offers, {len(items) - offers} requests), seed {args.seed}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
