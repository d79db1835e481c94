"""The words of the sample shop: names, little things and what its customers say."""

from __future__ import annotations

from dataclasses import dataclass

from relate_desktop.domain.vocabulary import Channel, ContactChannel, RemarkKind, Role

DEMO_SHOP_NAME = "Sample shop (demo data)"

#: (name, role, usual workstation). Managers own and resolve; staff log and raise.
STAFF: tuple[tuple[str, Role, str], ...] = (
    ("Priya Shah", Role.MANAGER, "office-pc"),
    ("Gareth Lloyd", Role.MANAGER, "office-pc"),
    ("Tom Okafor", Role.STAFF, "till-1"),
    ("Agnieszka Nowak", Role.STAFF, "till-2"),
)


@dataclass(frozen=True)
class NameGroup:
    """Names from one language, combined given + family (or family first, as in Vietnamese)."""

    language: str
    weight: int
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False


NAME_GROUPS: tuple[NameGroup, ...] = (
    NameGroup("", 40, (
        "Margaret", "Tom", "Olivia", "Harry", "George", "Emily", "Jack", "Grace", "Oliver",
        "Amelia", "Sophie", "Daniel", "Ruth", "Arthur", "Eleanor", "Kwame", "Chloë", "Rhys",
    ), (
        "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
        "Hughes", "O'Brien", "Clarke", "Mensah", "Ashworth", "Brontë", "Fairweather",
    )),
    NameGroup("Irish", 8, (
        "Siobhán", "Aoife", "Niamh", "Seán", "Pádraig", "Caoimhe", "Eoin", "Saoirse",
    ), ("Ó Briain", "Ní Mhurchú", "O'Sullivan", "Mac Giolla Phádraig", "Ó Súilleabháin")),
    NameGroup("Spanish", 8, (
        "José", "María", "Begoña", "Íñigo", "Lucía", "Andrés", "Inés",
    ), ("Álvarez", "Muñoz", "Peña", "Fernández", "Ibáñez", "García")),
    NameGroup("Portuguese", 3, ("João", "Inês", "Conceição", "Gonçalo"),
              ("Gonçalves", "Simões", "Magalhães")),
    NameGroup("French", 5, ("Françoise", "Hélène", "Jérôme", "Loïc", "Anaïs", "Zoë"),
              ("Lefèvre", "Béranger", "Dupré", "Mercier")),
    NameGroup("Polish", 9, (
        "Łukasz", "Małgorzata", "Wojciech", "Zofia", "Grzegorz", "Agnieszka", "Paweł",
    ), ("Wróbel", "Nowak", "Mazur", "Woźniak", "Kaczmarek", "Żak", "Król")),
    NameGroup("Vietnamese", 5, ("Mai", "Hùng", "Lan", "Châu", "Hà", "Dũng", "Thảo"),
              ("Nguyễn Thị", "Trần Văn", "Lê Minh", "Phạm Thu", "Hoàng Đức", "Đặng Thị"),
              family_first=True),
    NameGroup("Danish", 4, ("Søren", "Åsa", "Bjørn", "Ingrid", "Mette", "Jørgen"),
              ("Ærøskøbing", "Ødegård", "Sæther", "Kjærgaard", "Møller")),
    NameGroup("Icelandic", 2, ("Magnús", "Sigrún", "Þóra"),
              ("Þórsson", "Jóhannsdóttir", "Guðmundsdóttir")),
    NameGroup("German", 4, ("Jürgen", "Renée", "Käthe", "Günther"),
              ("Müller", "Groß", "Schäfer", "Weiß")),
    NameGroup("Turkish", 3, ("Ayşe", "Çağrı", "Gökhan", "Şule"), ("Yılmaz", "Öztürk", "Doğan")),
    NameGroup("Punjabi", 5, ("Priya", "Arjun", "Harpreet", "Gurpreet", "Navjot"),
              ("Sharma", "Patel", "Singh", "Kaur", "Gill")),
)

#: Names whose scripts make given/family combinations wrong (gendered endings): used whole.
WHOLE_NAMES: tuple[tuple[str, str], ...] = (
    ("Ελένη Παπαδοπούλου", "Greek"), ("Γιώργος Νικολάου", "Greek"),
    ("Δημήτρης Αντωνίου", "Greek"), ("Ольга Иванова", "Russian"),
    ("Дмитрий Смирнов", "Russian"), ("Анна Кузнецова", "Ukrainian"),
    ("王秀英", "Mandarin"), ("Wáng Xiùyīng", "Mandarin"), ("ليلى حداد", "Arabic"),
    ("Yusuf Al-Hakim", "Arabic"), ("Fatima Begum", "Bengali"),
)

#: The customers the walk-through shows first, with their own stories (see demo.py).
#: (name, pronunciation, language, preferred channel, little things)
FEATURED: tuple[tuple[str, str, str, ContactChannel | None, tuple[str, ...]], ...] = (
    ("José Álvarez", "ho-SAY AL-va-reth", "Spanish", ContactChannel.PHONE,
     ("Receipt: always", "No interest-bearing offers — religious reasons")),
    ("Siobhán Ó Briain", "SHIV-awn oh BREE-an", "", ContactChannel.SMS,
     ("Prefers oat milk", "Brings own bags")),
    ("Łukasz Wróbel", "WOO-kash VROO-bel", "Polish", ContactChannel.SMS,
     ("No phone calls — texts only", "Pays cash")),
    ("Zoë Brontë", "", "", ContactChannel.POST, ("Large print", "Hard of hearing — speak up")),
    ("Nguyễn Thị Mai", "WIN tee MY", "Vietnamese", ContactChannel.EMAIL, ("Allergic to nuts",)),
    ("Bjørn Ærøskøbing", "BYURN AIR-uh-skur-bing", "Danish", None, ("Receipt: never — email it",)),
    ("Ελένη Παπαδοπούλου", "eh-LEH-nee pa-pa-do-POO-loo", "Greek", ContactChannel.PHONE,
     ("Diabetic — asks about sugar-free",)),
)

PRONUNCIATIONS: dict[str, str] = {
    "Siobhán": "SHIV-awn", "Niamh": "NEEV", "Aoife": "EE-fa", "Caoimhe": "KWEE-va",
    "Saoirse": "SEER-sha", "Pádraig": "PAW-rig", "Łukasz": "WOO-kash", "Wojciech": "VOY-chekh",
    "Grzegorz": "GZHEH-gosh", "Íñigo": "EEN-yee-go", "Søren": "SUR-en", "Þóra": "THOH-ra",
    "Çağrı": "CHAA-ruh", "Eoin": "OH-in",
}

LITTLE_THINGS: tuple[str, ...] = (
    "Receipt: always", "Receipt: never — email it",
    "No interest-bearing offers — religious reasons", "Large print", "Allergic to nuts",
    "Coeliac — gluten-free only", "Pays cash", "Prefers oat milk", "Hard of hearing — speak up",
    "Brings own bags", "Uses a wheelchair — bring heavy items to the car", "Call after 6 pm",
    "Saturday paper set aside", "Vegetarian", "Halal only", "Diabetic — asks about sugar-free",
    "Guide dog (Bramble) — water bowl by the door", "Not interested in the loyalty offers",
    "Collects the school vouchers", "Likes bananas ripe, not green", "Needs time — don't rush",
    "Prefers to be served by the same person", "Buys flowers for his wife every Friday",
    "Shops for an elderly neighbour", "Lactose intolerant",
)

CONSENT_GIVEN = ("signed form at till", "told staff by phone", "ticked the box on the loyalty form",
                 "replied yes to our email")
CONSENT_REFUSED = ("told staff at the counter", "told staff by phone", "unsubscribed by email reply")

#: Slots the remark templates fill in, so 600 remarks do not read like 30 repeated ones.
SLOTS: dict[str, tuple[str, ...]] = {
    "bake": ("fruit tart", "sourdough loaf", "custard slice", "pork pie", "birthday cake",
             "almond croissant", "bara brith"),
    "fresh": ("strawberries", "bananas", "milk cartons", "salad bags", "chicken thighs", "eggs",
              "raspberries", "hummus pots"),
    "stock": ("gluten-free bread", "oat milk in the big cartons", "Polish rye bread (chleb żytni)",
              "phở noodles and fish sauce", "vegan ready meals", "halal lamb", "decaf beans",
              "lactose-free cheese", "Turkish simit", "Greek yoghurt in the 1 kg tub"),
    "name": ("Tom", "Agnieszka", "the lad on the till", "Priya", "the Saturday team"),
    "price": ("£1.50", "£2.25", "£3.00", "£0.89", "£4.75"),
}

#: Per kind: (template, tags). Templates may use {bake}, {fresh}, {stock}, {name}, {price}.
REMARKS: dict[RemarkKind, tuple[tuple[str, tuple[str, ...]], ...]] = {
    RemarkKind.COMPLAINT: (
        ("The {bake} I bought yesterday was spoiled — mould under the glaze.", ("bakery", "quality")),
        ("The {fresh} were past their date on the shelf.", ("dates", "quality")),
        ("Shelf said {price}, the till charged more. Second time this month.", ("pricing", "till")),
        ("Charged twice for the same {bake}.", ("till", "refund")),
        ("Waited 15 minutes with only one till open on a Saturday.", ("queues",)),
        ("Self-checkout keeps saying \"unexpected item in the bagging area\" 😤", ("self-checkout",)),
        ("Home delivery came two hours late and the {fresh} were warm.", ("delivery", "quality")),
        ("Car park lights were out last night — felt unsafe.", ("car park", "safety")),
        ("Eggs cracked in the box; only noticed at home.", ("eggs", "quality")),
        ("Bought:\n- 2 {bake}s\n- 1 quiche\nThe quiche was still frozen in the middle.", ("bakery",)),
    ),
    RemarkKind.COMPLIMENT: (
        ("Your produce prices are the best in town.", ("pricing", "produce")),
        ("Thank you to {name} — so patient with my dad.", ("staff",)),
        ("The {bake} was as good as the bakery in town.", ("bakery",)),
        ("Quickest checkout I've had anywhere 👍", ("queues",)),
        ("Lovely flowers for my mum's birthday — she was delighted 💐", ("flowers",)),
        ("Said we're \"the friendliest shop on the high street\".", ("staff",)),
        ("¡Las naranjas están buenísimas!", ("produce",)),
        ("شكراً على الخدمة الممتازة", ("staff",)),
    ),
    RemarkKind.REQUEST: (
        ("Could you stock {stock}? The nearest is miles away.", ("range",)),
        ("Please keep more {stock} on Fridays, it's always gone by noon.", ("range", "stock")),
        ("Could you put a bench by the entrance for older customers?", ("store",)),
        ("Proszę o więcej polskiego chleba.", ("range", "polish")),
        ("Can you text when the {stock} is back in?", ("range", "callback")),
    ),
    RemarkKind.QUESTION: (
        ("Do you deliver on Sundays?", ("delivery",)),
        ("When does the Christmas order form open?", ("seasonal",)),
        ("Is the honey from local hives?", ("produce", "local")),
        ("Are your eggs free range?", ("eggs",)),
        ("Do you take Apple Pay at the self-checkout?", ("self-checkout", "payment")),
        ("Is the {bake} suitable for vegetarians?", ("bakery", "allergens")),
    ),
    RemarkKind.IDEA: (
        ("A coffee stamp card would be lovely.", ("loyalty",)),
        ("Why not a refill station for washing-up liquid?", ("environment",)),
        ("A quiet hour for autistic shoppers, like the big shops do.", ("accessibility",)),
        ("Sell day-old bread cheaper after 6 pm instead of binning it.", ("bakery", "waste")),
        ("A community noticeboard by the door.", ("community",)),
    ),
    RemarkKind.NOTE: (
        ("Asked us to hold the Saturday paper each week.", ("set-aside",)),
        ("Mentioned her husband is in hospital — be gentle.", ("personal",)),
        ("Moving house next month; will bring the new address.", ("details",)),
        ("Paid for a neighbour's shopping — lovely gesture.", ("community",)),
        ("Handed in a wallet found in the car park; passed to the manager.", ("lost property",)),
        ("Prefers we call her \"Mrs H\".", ("personal",)),
    ),
}

#: How many of the remarks are of each kind (out of 100).
KIND_SHARE: dict[RemarkKind, int] = {
    RemarkKind.COMPLAINT: 22, RemarkKind.COMPLIMENT: 25, RemarkKind.REQUEST: 17,
    RemarkKind.QUESTION: 13, RemarkKind.IDEA: 8, RemarkKind.NOTE: 15,
}
CHANNEL_SHARE: dict[Channel, int] = {
    Channel.COUNTER: 62, Channel.PHONE: 18, Channel.EMAIL: 8, Channel.IN_PERSON: 7,
    Channel.ONLINE_REVIEW: 5,
}
WORKSTATION_BY_CHANNEL: dict[Channel, str] = {
    Channel.PHONE: "phone-desk", Channel.EMAIL: "office-pc", Channel.ONLINE_REVIEW: "office-pc",
}

#: Notes a manager adds while handling an escalation.
HANDLING_NOTES = (
    "Rang the customer, left a voicemail.",
    "Spoke to the supplier; they are checking the batch.",
    "Customer coming in on Thursday to show me.",
    "Checked the till roll — they were charged twice.",
    "Asked the bakery team to pull the rest of the tray.",
)
#: What the manager wrote when resolving, per outcome.
RESOLUTION_NOTES = {
    "refund": "Refunded to the card and apologised.",
    "credit": "Credit on the loyalty card for next visit.",
    "replacement": "Replacement set aside at the till.",
    "apology": "Rang to apologise; the supplier has been told.",
    "explanation": "Explained the multibuy is on the 500 g packs only.",
    "no action": "Checked the till roll; the price charged was right.",
    "other": "Passed to head office (ref 4471).",
}
