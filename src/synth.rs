//! A deterministic generator of realistic wire-copy corpora for benchmarks (feature `dev`).
//!
//! [`write_corpus`] writes `spec.articles` articles as JSONL, one object a line:
//! `{"id", "source", "published", "title", "body"}`. The articles belong to `spec.stories`
//! news stories (article `i` of the plan to story `i % stories`); each story starts on its
//! own day, runs over one to four days, and has its own cast, place, event and figures.
//! Lines come out in publication order, the stories interleaved the way a wire feed mixes
//! them. Within a story successive articles restate the same facts in other words, update
//! figures as the story develops ("at least 12 killed" → "the toll rose to 19"), and in
//! some stories contradict each other (a date moves, one side says talks are off).
//!
//! Ids are `s{story:05}-{seq:04}`: the story index and the article's rank within its story,
//! so a benchmark can tell which articles are meant to be compared.
//!
//! Every name, outlet and place is invented (or generic), and so is every sentence. The
//! generator uses its own SplitMix64 stream: the same [`Spec`] always gives the same bytes.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;
use std::io::{self, Write};

/// Settings of a generated corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// The number of articles (lines) to write.
    pub articles: usize,
    /// The number of stories the articles are spread over (at most one per article; at least one).
    pub stories: usize,
    /// The seed: the same spec always gives byte-identical output.
    pub seed: u64,
    /// The first day a story can start on; the corpus runs from there.
    pub start: NaiveDate,
}

/// Writes `spec.articles` articles as JSONL (one JSON object per line) to `out`.
pub fn write_corpus(out: &mut dyn Write, spec: &Spec) -> io::Result<()> {
    let mut w = io::BufWriter::with_capacity(1 << 16, out);
    for line in corpus_lines(spec) {
        w.write_all(line.as_bytes())?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

/// The same articles as strings (one JSONL line each, without the newline), generated lazily:
/// only the publication plan (a few bytes an article) is built up front.
pub fn corpus_lines(spec: &Spec) -> impl Iterator<Item = String> {
    let corpus = Corpus::new(spec);
    (0..corpus.slots.len()).map(move |i| corpus.line(i))
}

// ---------------------------------------------------------------------------------------
// Randomness

/// SplitMix64: tiny, fast, and good enough for text.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0 or 1).
    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

/// Mixes a few numbers into one.
fn hash(parts: &[u64]) -> u64 {
    let mut h = 0x243F_6A88_85A3_08D3u64;
    for &p in parts {
        h = Rng(h ^ p).next();
    }
    h
}

/// FNV-1a of a label, so that story-stable values can be named in the code.
fn tag(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

// ---------------------------------------------------------------------------------------
// Pools (all invented)

struct Country {
    name: &'static str,
    adj: &'static str,
    capital: &'static str,
    cities: [&'static str; 3],
    currency: &'static str,
    money: &'static str,
    gov: &'static str,
    opp: &'static str,
}

macro_rules! country {
    ($n:expr, $a:expr, $c:expr, [$x:expr, $y:expr, $z:expr], $cur:expr, $money:expr, $gov:expr, $opp:expr) => {
        Country {
            name: $n,
            adj: $a,
            capital: $c,
            cities: [$x, $y, $z],
            currency: $cur,
            money: $money,
            gov: $gov,
            opp: $opp,
        }
    };
}

const COUNTRIES: &[Country] = &[
    country!(
        "Valdoria",
        "Valdorian",
        "Port Ema",
        ["Sarn", "Kellhaven", "Mirava"],
        "crown",
        "crowns",
        "National Progress Party",
        "Civic Union"
    ),
    country!(
        "Ostrana",
        "Ostranian",
        "Belgrast",
        ["Tolvik", "Ardan", "Pesk"],
        "mark",
        "marks",
        "Unity Party",
        "People's Renewal Party"
    ),
    country!(
        "Kereth",
        "Kerethi",
        "Anzur",
        ["Bahrad", "Suun", "Tel Mora"],
        "dinar",
        "dinars",
        "Social Pact",
        "Democratic Front"
    ),
    country!(
        "Lumeria",
        "Lumerian",
        "Cassel Point",
        ["Fairmoor", "Dunhill", "Rowan Bay"],
        "pound",
        "pounds",
        "Workers' Party",
        "Liberty Alliance"
    ),
    country!(
        "Tavora",
        "Tavoran",
        "Nova Brin",
        ["Salto Verde", "Agua Clara", "Rivas"],
        "peso",
        "pesos",
        "Popular Movement",
        "New Horizons Party"
    ),
    country!(
        "Zamria",
        "Zamrian",
        "Qadesh",
        ["Harun", "Sefra", "El Bayt"],
        "riyal",
        "riyals",
        "National Congress",
        "Reform Bloc"
    ),
    country!(
        "Corvania",
        "Corvanian",
        "Dresk",
        ["Volny", "Krasec", "Orlin"],
        "florin",
        "florins",
        "Homeland Party",
        "Open Society Party"
    ),
    country!(
        "Halvard",
        "Halvardian",
        "Skeld",
        ["Norby", "Eskar", "Vindal"],
        "thaler",
        "thalers",
        "Coastal League",
        "Green Future"
    ),
    country!(
        "Pelagos",
        "Pelagian",
        "Thessa",
        ["Kalamis", "Mykar", "Orestes Bay"],
        "drachma",
        "drachmas",
        "Blue Wave Party",
        "Left Coalition"
    ),
    country!(
        "Ardovia",
        "Ardovian",
        "Lusk",
        ["Brenne", "Hollin", "Castramont"],
        "franc",
        "francs",
        "Centre Alliance",
        "Citizens' League"
    ),
    country!(
        "Qasir",
        "Qasiri",
        "Al Murra",
        ["Wadi Sel", "Jafra", "Nuqta"],
        "dinar",
        "dinars",
        "Loyalty Bloc",
        "Justice and Dignity Movement"
    ),
    country!(
        "Bessarine",
        "Bessarine",
        "Korlov",
        ["Zelany", "Drava", "Mostek"],
        "ducat",
        "ducats",
        "Agrarian Union",
        "Free Democratic Party"
    ),
    country!(
        "Iskara",
        "Iskaran",
        "Tamsin",
        ["Oru", "Nandi Falls", "Kessa"],
        "shilling",
        "shillings",
        "People's Congress",
        "Alliance for Change"
    ),
    country!(
        "Rhovan",
        "Rhovani",
        "Drennick",
        ["Arlow", "Cade", "Mereford"],
        "pound",
        "pounds",
        "Conservative Union",
        "Progressive Front"
    ),
    country!(
        "Santa Veria",
        "Verian",
        "Puerto Alma",
        ["San Evaro", "Los Cedros", "Villa Norte"],
        "peso",
        "pesos",
        "Democratic Renewal",
        "Patriotic Front"
    ),
    country!(
        "Makuru",
        "Makuran",
        "Enkosi",
        ["Tambwe", "Lindani", "Kopano"],
        "kuru",
        "kurus",
        "Liberation Party",
        "United Democratic Party"
    ),
    country!(
        "Telmark",
        "Telmarki",
        "Oster",
        ["Grauwald", "Hennig", "Brandel"],
        "mark",
        "marks",
        "Social Democratic Party",
        "Heritage Party"
    ),
    country!(
        "Calvora",
        "Calvoran",
        "Sevra",
        ["Montaro", "Pinell", "Alcaz"],
        "escudo",
        "escudos",
        "Republican Alliance",
        "Movement for Dignity"
    ),
];

const OUTLETS: &[&str] = &[
    "Harbor Wire",
    "Meridian Press",
    "Northgate News",
    "Atlas Newswire",
    "Coastline Report",
    "Lantern Media",
    "Granite Post",
    "Eastbridge Times",
    "Signal Desk",
    "Pinewood Herald",
    "Compass Wire",
    "Riverside Dispatch",
];

const FEMALE: &[&str] = &[
    "Ana", "Lena", "Mira", "Sofia", "Nadia", "Irena", "Yasmin", "Clara", "Hana", "Leila", "Marta",
    "Elena", "Amara", "Noor", "Petra", "Ines", "Talia", "Zora", "Vera", "Rosa", "Dina", "Alma",
    "Nina", "Selma", "Katya", "Iris", "Maren", "Odile", "Farah", "Lucia",
];

const MALE: &[&str] = &[
    "Omar", "Tomas", "Viktor", "Karim", "Luis", "Pavel", "Marco", "Samir", "Jonas", "Emil",
    "Dario", "Rafael", "Anton", "Idris", "Milan", "Felix", "Hugo", "Yusuf", "Kenji", "Andrei",
    "Bruno", "Goran", "Malik", "Nikolai", "Stefan", "Aram", "Rui", "Teo", "Ilya", "Basil",
];

const SURNAMES: &[&str] = &[
    "Ruiz",
    "Haddad",
    "Brell",
    "Morel",
    "Vasko",
    "Okafor",
    "Lind",
    "Serra",
    "Castell",
    "Duran",
    "Petrov",
    "Amari",
    "Falk",
    "Novak",
    "Rahimi",
    "Kessler",
    "Moreau",
    "Quint",
    "Tavares",
    "Halloran",
    "Ivers",
    "Marsh",
    "Okoro",
    "Benali",
    "Sadik",
    "Lorne",
    "Varga",
    "Kovac",
    "Delmar",
    "Arkwright",
    "Strand",
    "Mensah",
    "Ferro",
    "Baptiste",
    "Orlov",
    "Nakamura",
    "Santos",
    "Weller",
    "Osei",
    "Calder",
    "Dragan",
    "Hollis",
    "Esposito",
    "Yilmaz",
    "Reyes",
    "Janssen",
    "Marek",
    "Abara",
    "Lucan",
    "Verhoef",
    "Soren",
    "Kamara",
    "Thorne",
    "Pereira",
    "Aziz",
    "Brandt",
    "Ulloa",
    "Castor",
    "Renner",
    "Idowu",
    "Salas",
    "Vidal",
    "Horvat",
    "Achebe",
];

const VENUES: &[&str] = &[
    "Geneva",
    "Vienna",
    "Oslo",
    "Lake Serin",
    "Montclair",
    "Port Halden",
];

const GROUPS: &[&str] = &[
    "the Northern Liberation Front",
    "the Crimson Brigade",
    "the Sons of the Valley",
    "the People's Defence Movement",
    "the Free Coast Army",
    "the Mountain Lions",
];

const REGIONS: &[&str] = &[
    "the northern province",
    "the eastern hill country",
    "the southern delta",
    "the western border region",
    "the central valley",
    "the coastal plain",
];

const VILLAGES: &[&str] = &[
    "Ostrov",
    "Bela Voda",
    "Kasim",
    "Dunmore",
    "Haverly",
    "Tamra",
    "Orenk",
    "San Telmo",
];

const AID_ORGS: &[&str] = &[
    "the Relief Alliance",
    "Hands Across Borders",
    "the Global Shelter Fund",
    "Clearwater Aid",
];

const PRIVATE_BANKS: &[&str] = &[
    "Crestline Bank",
    "Orion Capital",
    "Bluewater Securities",
    "First Continental",
];

/// (weapon, noun for the attack, place, short place)
const WEAPONS: &[(&str, &str)] = &[
    ("car bomb", "bombing"),
    ("suicide bombing", "bombing"),
    ("gun attack", "shooting"),
    ("explosion", "blast"),
    ("grenade attack", "attack"),
];

/// (place, the place again, the place in a headline)
const PLACES: &[(&str, &str, &str)] = &[
    ("a crowded market", "the market", "market"),
    ("a bus station", "the bus station", "bus station"),
    ("a police checkpoint", "the checkpoint", "police checkpoint"),
    ("a wedding hall", "the wedding hall", "wedding hall"),
    (
        "a busy shopping street",
        "the shopping street",
        "shopping street",
    ),
    ("a football stadium", "the stadium", "stadium"),
    (
        "a government building",
        "the building",
        "government building",
    ),
];

/// (the fuller phrase, the short noun phrase)
const TOPICS: &[(&str, &str)] = &[
    ("the future of their disputed border", "the border dispute"),
    (
        "a deal on sharing water from their common river",
        "the water dispute",
    ),
    ("a long-delayed prisoner exchange", "the prisoner exchange"),
    (
        "fishing rights in their shared waters",
        "the fishing dispute",
    ),
    (
        "a gas pipeline that would cross both countries",
        "the pipeline project",
    ),
    ("trade barriers imposed last year", "the trade dispute"),
];

/// (charge, what the defendant was found to have done)
const CHARGES: &[(&str, &str)] = &[
    (
        "corruption",
        "taking bribes in return for road-building contracts",
    ),
    (
        "abuse of office",
        "steering state contracts to companies owned by relatives",
    ),
    (
        "embezzlement",
        "diverting public money meant for new hospitals",
    ),
    ("fraud", "rigging a tender for a new port terminal"),
    (
        "money laundering",
        "hiding bribes through a network of shell companies",
    ),
];

const FORMER: &[&str] = &[
    "former Finance Minister",
    "former Transport Minister",
    "former Deputy Prime Minister",
    "former Energy Minister",
    "former Health Minister",
];

struct Sector {
    workers: &'static str,
    job: &'static str,
    service: &'static str,
    union: &'static str,
    /// `@adj` and `@cap` stand for the country's adjective and capital.
    company: &'static str,
    /// `@n` stands for the number.
    disruption: &'static str,
    lo: i64,
    hi: i64,
    transit: bool,
}

const SECTORS: &[Sector] = &[
    Sector {
        workers: "rail workers",
        job: "train driver",
        service: "train services",
        union: "the Rail Workers' Union",
        company: "@adj State Railways",
        disruption: "cancelled @n trains",
        lo: 100,
        hi: 900,
        transit: true,
    },
    Sector {
        workers: "dockworkers",
        job: "crane operator",
        service: "cargo handling at the main ports",
        union: "the Dockers' Federation",
        company: "@cap Port Company",
        disruption: "diverted @n cargo ships to other ports",
        lo: 8,
        hi: 60,
        transit: false,
    },
    Sector {
        workers: "airline staff",
        job: "flight attendant",
        service: "air travel",
        union: "the Cabin Crew Association",
        company: "@adj Air",
        disruption: "cancelled @n flights",
        lo: 40,
        hi: 400,
        transit: false,
    },
    Sector {
        workers: "miners",
        job: "miner",
        service: "copper mining",
        union: "the Mineworkers' Union",
        company: "Norland Mining",
        disruption: "halted work at @n mines",
        lo: 3,
        hi: 12,
        transit: false,
    },
    Sector {
        workers: "bus drivers",
        job: "bus driver",
        service: "bus services",
        union: "the Transport Workers' Union",
        company: "@cap City Transport",
        disruption: "suspended @n bus routes",
        lo: 40,
        hi: 300,
        transit: true,
    },
    Sector {
        workers: "hospital nurses",
        job: "nurse",
        service: "non-emergency hospital care",
        union: "the Nurses' Association",
        company: "@adj Health Trust",
        disruption: "postponed @n planned operations",
        lo: 300,
        hi: 3000,
        transit: false,
    },
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

// ---------------------------------------------------------------------------------------
// Stories

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Talks,
    Attack,
    Court,
    Election,
    Ceasefire,
    Strike,
    Rates,
    Disaster,
}

const KINDS: [Kind; 8] = [
    Kind::Talks,
    Kind::Attack,
    Kind::Court,
    Kind::Election,
    Kind::Ceasefire,
    Kind::Strike,
    Kind::Rates,
    Kind::Disaster,
];

/// Someone a story quotes. An unnamed one is referred to by description
/// ("a health ministry spokesman", then "the spokesman").
#[derive(Clone)]
struct Person {
    named: bool,
    /// A bystander (a witness, a striker): no statements or news conferences.
    private: bool,
    female: bool,
    name: String,
    sur: String,
    /// Goes before the name: "Foreign Minister", "police chief".
    pre: String,
    /// An apposition: "Valdoria's foreign minister".
    desc: String,
    /// A later reference for an unnamed person: "the spokesman".
    short: String,
    /// The first reference for an unnamed person: "a health ministry spokesman".
    anon: String,
}

struct Who {
    name: String,
    sur: String,
    female: bool,
}

fn name_from(h: u64) -> Who {
    let female = h % 100 < 42;
    let first = if female {
        FEMALE[((h >> 8) % FEMALE.len() as u64) as usize]
    } else {
        MALE[((h >> 8) % MALE.len() as u64) as usize]
    };
    let sur = SURNAMES[((h >> 24) % SURNAMES.len() as u64) as usize];
    Who {
        name: format!("{first} {sur}"),
        sur: sur.to_string(),
        female,
    }
}

fn person(w: Who, named: bool, pre: String, desc: String, short: String, anon: String) -> Person {
    Person {
        named,
        private: false,
        female: w.female,
        name: w.name,
        sur: w.sur,
        pre,
        desc,
        short,
        anon,
    }
}

fn spokes(female: bool) -> &'static str {
    if female {
        "spokeswoman"
    } else {
        "spokesman"
    }
}

// Offices held by one person per country: the same minister turns up in every story of
// that country that needs one.
const FOREIGN: u64 = 1;
const INTERIOR: u64 = 2;
const JUSTICE: u64 = 3;
const FINANCE: u64 = 4;
const DEFENCE: u64 = 5;
const LABOUR: u64 = 6;
const PRIME: u64 = 7;
const PRESIDENT: u64 = 8;
const POLICE: u64 = 9;
const ARMY: u64 = 10;
const GOVERNOR: u64 = 11;
const ELECTION: u64 = 12;
const OPPOSITION: u64 = 13;
const CIVIL: u64 = 14;
const DEPUTY_GOV: u64 = 15;

struct Story {
    seed: u64,
    id: usize,
    kind: Kind,
    c: usize,
    c2: usize,
    city: &'static str,
    venue: &'static str,
    /// The day of the story's first article.
    start: NaiveDate,
    /// The number of days the story runs over.
    days: i64,
    /// Articles in the story.
    count: usize,
    /// Minute of the first day when the news broke (the attack, the announcement).
    break_minute: u64,
    /// P0..P3 the cast, P4 the defendant of a court story (a copy of P0 elsewhere).
    cast: Vec<Person>,
    /// The contradiction this story develops, if any (0 or 1), and from which progress on.
    twist: Option<u8>,
    twist_at: u64,
}

impl Story {
    /// A value fixed for the whole story, in `lo..=hi`.
    fn st(&self, t: &str, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo + 1).max(1) as u64;
        lo + (hash(&[self.seed, 0x5707, self.id as u64, tag(t)]) % span) as i64
    }

    fn pick<T: Copy>(&self, t: &str, xs: &[T]) -> T {
        xs[self.st(t, 0, xs.len() as i64 - 1) as usize]
    }

    fn country(&self) -> &'static Country {
        &COUNTRIES[self.c]
    }

    fn country2(&self) -> &'static Country {
        &COUNTRIES[self.c2]
    }

    fn sector(&self) -> &'static Sector {
        &SECTORS[self.st("sector", 0, SECTORS.len() as i64 - 1) as usize]
    }

    /// The day the event happened (the vote, for an election, was the day before).
    fn event_date(&self) -> NaiveDate {
        match self.kind {
            Kind::Election => self.start - Duration::days(1),
            _ => self.start,
        }
    }

    /// A day after the story's last article: the talks, the appeal, the next meeting.
    fn future_date(&self) -> NaiveDate {
        match self.kind {
            Kind::Rates => self.start + Duration::days(self.st("nextmeet", 28, 45)),
            _ => self.start + Duration::days(self.days + self.st("fut", 0, 5)),
        }
    }

    /// A second future day: the postponed date, a runoff, the other side's date.
    fn alt_date(&self) -> NaiveDate {
        match self.kind {
            Kind::Election => self.start + Duration::days(self.st("runoff", 14, 21)),
            _ => self.future_date() + Duration::days(self.st("alt", 2, 9)),
        }
    }

    fn new(spec: &Spec, id: usize, span: u64, count: usize, slots: &mut Vec<Slot>) -> Story {
        let seed = spec.seed;
        let h = |t: &str| hash(&[seed, 0x5707, id as u64, tag(t)]);
        let kind = KINDS[(h("kind") % KINDS.len() as u64) as usize];
        let nc = COUNTRIES.len() as u64;
        let c = (h("country") % nc) as usize;
        let c2 = ((c as u64 + 1 + h("country2") % (nc - 1)) % nc) as usize;
        let day0 = h("start") % span;
        let days = 1 + h("days") % 4;

        // The news breaks between 6 a.m. and 2 p.m. on the first day; reports follow from 20
        // minutes later, and from 5 a.m. on the days after.
        let break_minute = 360 + h("break") % 97 * 5;
        let mut r = Rng(h("times"));
        let mut minute_on = |day: u64| {
            let lo = if day == day0 { break_minute + 20 } else { 300 };
            day * 1440 + lo + r.below(((1435 - lo) / 5 + 1) as usize) as u64 * 5
        };
        let mut rd = Rng(h("days_of"));
        // The story breaks on its first day (the first article is always on it).
        let mut times: Vec<u64> = (0..count)
            .map(|i| {
                let day = if i == 0 {
                    day0
                } else {
                    day0 + rd.below(days as usize) as u64
                };
                minute_on(day)
            })
            .collect();
        times.sort_unstable();
        for (seq, &t) in times.iter().enumerate() {
            slots.push(Slot {
                minute: t,
                story: id as u32,
                seq: seq as u32,
            });
        }

        let country = &COUNTRIES[c];
        let venue = VENUES[(h("venue") % VENUES.len() as u64) as usize];
        let local = if h("capital") % 4 == 0 {
            country.capital
        } else {
            country.cities[(h("city") % 3) as usize]
        };
        let city = match kind {
            Kind::Talks if h("dateline") % 10 < 4 => venue,
            Kind::Talks | Kind::Court | Kind::Election | Kind::Rates => country.capital,
            _ => local,
        };
        let twist = (h("twist") % 100 < 55).then(|| (h("twtype") % 2) as u8);
        let twist_at = 250 + h("twat") % 500;
        let mut story = Story {
            seed,
            id,
            kind,
            c,
            c2,
            city,
            venue,
            start: spec.start + Duration::days(day0 as i64),
            days: days as i64,
            count,
            break_minute,
            cast: Vec::new(),
            twist,
            twist_at,
        };
        story.cast = story.make_cast();
        story
    }

    fn make_cast(&self) -> Vec<Person> {
        let seed = self.seed;
        let c = self.country();
        let c2 = self.country2();
        let off =
            |country: usize, role: u64| name_from(hash(&[seed, 0x0FF1, country as u64, role]));
        let envoy = || name_from(hash(&[seed, 0xE4, self.st("envoy", 0, 2) as u64]));
        let mut taken: Vec<String> = Vec::new();
        let fresh = |slot: u64, taken: &mut Vec<String>| {
            let mut salt = 0u64;
            loop {
                let w = name_from(hash(&[seed, 0x9E0, self.id as u64, slot, salt]));
                if !taken.contains(&w.sur) {
                    taken.push(w.sur.clone());
                    return w;
                }
                salt += 1;
            }
        };
        let named = |t: &str, pct: i64| self.st(t, 0, 99) < pct;
        let s = |x: &str| x.to_string();
        let minister = |w: Who, named: bool, title: &str, country: &Country| {
            let low = title.to_lowercase();
            person(
                w,
                named,
                s(title),
                format!("{}'s {low}", country.name),
                s("the official"),
                format!("a {} ministry official", low.trim_end_matches(" minister")),
            )
        };
        let mut cast = match self.kind {
            Kind::Attack => {
                let (p0, p1) = (off(self.c, POLICE), off(self.c, INTERIOR));
                taken.extend([p0.sur.clone(), p1.sur.clone()]);
                let (p2, p3) = (fresh(2, &mut taken), fresh(3, &mut taken));
                let sp = spokes(p2.female);
                let job = self.pick(
                    "job",
                    &[
                        "shopkeeper",
                        "taxi driver",
                        "student",
                        "street vendor",
                        "teacher",
                    ],
                );
                vec![
                    person(
                        p0,
                        true,
                        s("police chief"),
                        format!("{}'s national police chief", c.name),
                        s("the police chief"),
                        s("a senior police officer"),
                    ),
                    minister(p1, true, "Interior Minister", c),
                    person(
                        p2,
                        named("n2", 50),
                        format!("health ministry {sp}"),
                        format!("a {sp} for the health ministry"),
                        format!("the {sp}"),
                        format!("a health ministry {sp}"),
                    ),
                    person(
                        p3,
                        named("n3", 50),
                        s(job),
                        format!("a {job} who saw the attack"),
                        format!("the {job}"),
                        format!("a {job} who saw the attack"),
                    ),
                ]
            }
            Kind::Talks => {
                let (p0, p1) = (off(self.c, FOREIGN), off(self.c2, FOREIGN));
                let p2 = envoy();
                taken.extend([p0.sur.clone(), p1.sur.clone(), p2.sur.clone()]);
                let p3 = fresh(3, &mut taken);
                let sp = spokes(p3.female);
                vec![
                    minister(p0, true, "Foreign Minister", c),
                    minister(p1, true, "Foreign Minister", c2),
                    person(
                        p2,
                        named("n2", 60),
                        s("Regional Council envoy"),
                        s("the Regional Council's special envoy"),
                        s("the mediator"),
                        s("a Regional Council mediator"),
                    ),
                    person(
                        p3,
                        named("n3", 40),
                        format!("foreign ministry {sp}"),
                        format!("a {sp} for the {} foreign ministry", c.adj),
                        format!("the {sp}"),
                        format!("a foreign ministry {sp} in {}", c.capital),
                    ),
                ]
            }
            Kind::Court => {
                let p3 = off(self.c, JUSTICE);
                taken.push(p3.sur.clone());
                let p4 = fresh(4, &mut taken);
                let (p0, p1, p2) = (
                    fresh(0, &mut taken),
                    fresh(1, &mut taken),
                    fresh(2, &mut taken),
                );
                let def_sur = p4.sur.clone();
                let sp = spokes(p2.female);
                let former = self.pick("former", FORMER);
                vec![
                    person(
                        p0,
                        named("n0", 50),
                        s("Judge"),
                        s("the presiding judge"),
                        s("the judge"),
                        s("the presiding judge"),
                    ),
                    person(
                        p1,
                        true,
                        s("defence lawyer"),
                        format!("a lawyer for {def_sur}"),
                        s("the lawyer"),
                        s("a lawyer for the defence"),
                    ),
                    person(
                        p2,
                        true,
                        s("prosecutor"),
                        s("the lead prosecutor in the case"),
                        format!("the {sp}"),
                        format!("a {sp} for the prosecutor's office"),
                    ),
                    minister(p3, named("n3", 50), "Justice Minister", c),
                    person(
                        p4,
                        true,
                        s(former),
                        s("a former minister"),
                        s("the former minister"),
                        s("the former minister"),
                    ),
                ]
            }
            Kind::Election => {
                let (p0, p1, p2) = (
                    off(self.c, ELECTION),
                    off(self.c, PRESIDENT),
                    off(self.c, OPPOSITION),
                );
                taken.extend([p0.sur.clone(), p1.sur.clone(), p2.sur.clone()]);
                let p3 = fresh(3, &mut taken);
                let chair = if p0.female { "chairwoman" } else { "chairman" };
                vec![
                    person(
                        p0,
                        named("n0", 60),
                        format!("election commission {chair}"),
                        format!("head of {}'s election commission", c.name),
                        s("the official"),
                        s("an election commission official"),
                    ),
                    person(
                        p1,
                        true,
                        s("President"),
                        format!("{}'s president", c.name),
                        s("the president"),
                        s("a presidential aide"),
                    ),
                    person(
                        p2,
                        true,
                        s("opposition leader"),
                        format!("leader of the opposition {}", c.opp),
                        s("the opposition leader"),
                        s("an opposition official"),
                    ),
                    person(
                        p3,
                        named("n3", 40),
                        s("chief observer"),
                        s("head of the Regional Council's observer mission"),
                        s("the observer"),
                        s("a Regional Council observer"),
                    ),
                ]
            }
            Kind::Ceasefire => {
                let (p0, p3) = (off(self.c, ARMY), off(self.c, DEFENCE));
                let p2 = envoy();
                taken.extend([p0.sur.clone(), p2.sur.clone(), p3.sur.clone()]);
                let p1 = fresh(1, &mut taken);
                let sp0 = spokes(p0.female);
                let sp1 = spokes(p1.female);
                let group = self.pick("group", GROUPS);
                vec![
                    person(
                        p0,
                        named("n0", 60),
                        format!("army {sp0}"),
                        format!("a {sp0} for the {} army", c.adj),
                        s("the officer"),
                        s("an army officer"),
                    ),
                    person(
                        p1,
                        true,
                        format!("rebel {sp1}"),
                        format!("a {sp1} for {group}"),
                        format!("the rebel {sp1}"),
                        s("a rebel commander"),
                    ),
                    person(
                        p2,
                        true,
                        s("Regional Council envoy"),
                        s("the Regional Council's special envoy"),
                        s("the mediator"),
                        s("a Regional Council mediator"),
                    ),
                    minister(p3, named("n3", 50), "Defence Minister", c),
                ]
            }
            Kind::Strike => {
                let p2 = off(self.c, LABOUR);
                taken.push(p2.sur.clone());
                let (p0, p1, p3) = (
                    fresh(0, &mut taken),
                    fresh(1, &mut taken),
                    fresh(3, &mut taken),
                );
                let sector = self.sector();
                let company = self.company();
                let sp = spokes(p1.female);
                vec![
                    person(
                        p0,
                        true,
                        s("union leader"),
                        format!("head of {}", sector.union),
                        s("the union leader"),
                        s("a union official"),
                    ),
                    person(
                        p1,
                        named("n1", 50),
                        s("chief executive"),
                        format!("the chief executive of {company}"),
                        format!("the {sp}"),
                        format!("a {company} {sp}"),
                    ),
                    minister(p2, true, "Labour Minister", c),
                    person(
                        p3,
                        named("n3", 50),
                        s(sector.job),
                        format!("a {} who joined the strike", sector.job),
                        format!("the {}", sector.job),
                        format!("a striking {}", sector.job),
                    ),
                ]
            }
            Kind::Rates => {
                let (p0, p1, p3) = (
                    off(self.c, GOVERNOR),
                    off(self.c, FINANCE),
                    off(self.c, DEPUTY_GOV),
                );
                taken.extend([p0.sur.clone(), p1.sur.clone(), p3.sur.clone()]);
                let p2 = fresh(2, &mut taken);
                let bank = self.pick("pbank", PRIVATE_BANKS);
                vec![
                    person(
                        p0,
                        true,
                        s("central bank governor"),
                        format!("governor of the Bank of {}", c.name),
                        s("the governor"),
                        s("a central bank official"),
                    ),
                    minister(p1, true, "Finance Minister", c),
                    person(
                        p2,
                        named("n2", 60),
                        s("economist"),
                        format!("an economist at {bank}"),
                        s("the economist"),
                        format!("an economist at {bank}"),
                    ),
                    person(
                        p3,
                        named("n3", 40),
                        s("Deputy Governor"),
                        format!("a deputy governor of the Bank of {}", c.name),
                        s("the policymaker"),
                        s("a central bank policymaker"),
                    ),
                ]
            }
            Kind::Disaster => {
                let (p0, p1) = (off(self.c, CIVIL), off(self.c, PRIME));
                taken.extend([p0.sur.clone(), p1.sur.clone()]);
                let (p2, p3) = (fresh(2, &mut taken), fresh(3, &mut taken));
                let aid = self.pick("aid", AID_ORGS);
                let village = self.pick("village", VILLAGES);
                let job = self.pick(
                    "job",
                    &["farmer", "fisherman", "schoolteacher", "shop owner"],
                );
                vec![
                    person(
                        p0,
                        true,
                        s("civil protection chief"),
                        format!("head of {}'s civil protection agency", c.name),
                        s("the agency chief"),
                        s("a civil protection official"),
                    ),
                    person(
                        p1,
                        true,
                        s("Prime Minister"),
                        format!("{}'s prime minister", c.name),
                        s("the prime minister"),
                        s("a government spokesman"),
                    ),
                    person(
                        p2,
                        named("n2", 50),
                        s("relief coordinator"),
                        format!("the relief coordinator for {aid}"),
                        s("the aid worker"),
                        format!("an aid worker with {aid}"),
                    ),
                    person(
                        p3,
                        named("n3", 50),
                        s(job),
                        format!("a {job} from {village}"),
                        format!("the {job}"),
                        format!("a {job} from {village}"),
                    ),
                ]
            }
        };
        // Witnesses, strikers and residents speak to reporters, not at news conferences.
        if matches!(self.kind, Kind::Attack | Kind::Strike | Kind::Disaster) {
            cast[3].private = true;
        }
        if cast.len() < 5 {
            let first = cast[0].clone();
            cast.push(first);
        }
        cast
    }

    fn company(&self) -> String {
        let c = self.country();
        self.sector()
            .company
            .replace("@adj", c.adj)
            .replace("@cap", c.capital)
    }
}

// ---------------------------------------------------------------------------------------
// The corpus plan

#[derive(Clone, Copy)]
struct Slot {
    /// Minutes since `spec.start` at midnight.
    minute: u64,
    story: u32,
    seq: u32,
}

struct Corpus {
    seed: u64,
    start: NaiveDate,
    stories: Vec<Story>,
    /// In publication order.
    slots: Vec<Slot>,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    source: &'a str,
    published: &'a str,
    title: &'a str,
    body: &'a str,
}

impl Corpus {
    fn new(spec: &Spec) -> Corpus {
        let n = spec.articles;
        let k = spec.stories.min(n).max(1);
        // About two stories break a day.
        let span = (k / 2 + 1) as u64;
        let mut slots = Vec::with_capacity(n);
        let stories: Vec<Story> = (0..k)
            .map(|s| Story::new(spec, s, span, n / k + usize::from(s < n % k), &mut slots))
            .collect();
        slots.sort_unstable_by_key(|x| (x.minute, x.story, x.seq));
        Corpus {
            seed: spec.seed,
            start: spec.start,
            stories,
            slots,
        }
    }

    fn line(&self, i: usize) -> String {
        let slot = self.slots[i];
        let story = &self.stories[slot.story as usize];
        let date = self.start + Duration::days((slot.minute / 1440) as i64);
        let minute = slot.minute % 1440;
        let mut art = Art::new(self.seed, story, slot, date);
        let (title, body) = art.render();
        let published = format!(
            "{}T{:02}:{:02}:00+00:00",
            date.format("%Y-%m-%d"),
            minute / 60,
            minute % 60
        );
        let id = format!("s{:05}-{:04}", slot.story, slot.seq);
        let line = Line {
            id: &id,
            source: art.outlet,
            published: &published,
            title: &title,
            body: &body,
        };
        serde_json::to_string(&line).expect("a struct of strings always serializes")
    }
}

// ---------------------------------------------------------------------------------------
// Text helpers

fn words(n: i64) -> String {
    const W: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    match usize::try_from(n) {
        Ok(i) if i < W.len() => W[i].to_string(),
        _ => n.to_string(),
    }
}

fn thousands(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

fn tenths(n: i64) -> String {
    format!("{}.{}", n / 10, n % 10)
}

fn hundredths(n: i64) -> String {
    format!("{}.{:02}", n / 100, n % 100)
}

fn clock(minute: u64) -> String {
    let (h, m) = (minute / 60, minute % 60);
    let (h12, half) = match h {
        0 => (12, "a.m."),
        1..=11 => (h, "a.m."),
        12 => (12, "p.m."),
        _ => (h - 12, "p.m."),
    };
    if m == 0 {
        format!("{h12} {half}")
    } else {
        format!("{h12}:{m:02} {half}")
    }
}

fn weekday(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn month_day(d: NaiveDate) -> String {
    format!("{} {}", MONTHS[d.month0() as usize], d.day())
}

fn capitalize(s: &mut String) {
    if let Some(c) = s.chars().next() {
        if c.is_lowercase() {
            let up: String = c.to_uppercase().collect();
            s.replace_range(..c.len_utf8(), &up);
        }
    }
}

fn count_words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A day as an article published on `now` writes it.
struct Rel {
    /// An adverbial: "on Thursday", "next Monday", "yesterday", "on March 12".
    on: String,
    /// A noun: "Thursday", "next Monday", "yesterday", "March 12".
    day: String,
    /// A determiner: "Thursday's", "yesterday's", "the March 12".
    adj: String,
}

fn relative(now: NaiveDate, d: NaiveDate, rng: &mut Rng) -> Rel {
    let diff = (d - now).num_days();
    let wd = weekday(d);
    let plain = || Rel {
        on: format!("on {wd}"),
        day: wd.to_string(),
        adj: format!("{wd}'s"),
    };
    let word = |w: &str| Rel {
        on: w.to_string(),
        day: w.to_string(),
        adj: format!("{w}'s"),
    };
    match diff {
        0 => match rng.below(10) {
            0 => word("today"),
            1 => Rel {
                on: format!("earlier on {wd}"),
                ..plain()
            },
            _ => plain(),
        },
        -1 => match rng.below(10) {
            0 | 1 => word("yesterday"),
            2 => Rel {
                on: format!("late on {wd}"),
                ..plain()
            },
            _ => plain(),
        },
        -6..=-2 if rng.chance(15) => Rel {
            on: format!("last {wd}"),
            day: format!("last {wd}"),
            adj: format!("last {wd}'s"),
        },
        -6..=-2 => plain(),
        1 if rng.chance(15) => word("tomorrow"),
        1 => plain(),
        2..=6 if rng.chance(40) => Rel {
            on: format!("next {wd}"),
            day: format!("next {wd}"),
            adj: format!("next {wd}'s"),
        },
        2..=6 => plain(),
        _ => {
            let md = month_day(d);
            Rel {
                on: format!("on {md}"),
                adj: format!("the {md}"),
                day: md,
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Templates
//
// `{key}` is replaced by [`Art::var`]. `P0`..`P4` are the cast (first mention in full, then
// the surname), `S` the speaker of a quotation; suffixes: `app` (apposition, with its commas,
// for subject position), `sur`, `name`, `desc`. `he`/`his`/`him` refer to the person last
// mentioned, `he1` etc. to a given one. A template may start with `?cond,cond ` and is only
// used when every condition holds (`!` negates). Sentences are capitalized automatically.

struct Texts {
    titles: &'static [&'static str],
    leads: &'static [&'static str],
    facts: &'static [&'static [&'static str]],
    contra: &'static [&'static str],
    background: &'static [&'static str],
    quotes: [&'static [&'static str]; 4],
}

static ATTACK: Texts = Texts {
    titles: &[
        "{weapon} kills at least {toll} in {city}",
        "?late Death toll from {city} {anoun} rises to {toll}",
        "{country} vows to find those behind deadly {city} {anoun}",
        "At least {toll} dead, {wounded} hurt in {city} {anoun}",
        "?late Police detain {arrests} suspects after {city} {anoun}",
        "Attack on {place_bare} in {city} leaves {toll} dead",
    ],
    leads: &[
        "?early {a_weapon} ripped through {place} in {city} {ev_on}, killing at least {toll} people and wounding {wounded}, police said.",
        "?early At least {toll} people were killed when {a_weapon} hit {place} in the {adj} city of {city} {ev_on}, officials said.",
        "?early Attackers struck {place} in {city} {ev_on}, killing at least {toll} people in one of the deadliest attacks in {country} this year, {anon} said.",
        "?late The death toll from {ev_adj} {anoun} at {place} in {city} has risen to {toll}, {org} said, as investigators searched for those behind the attack.",
        "?late Investigators in {city} were piecing together how {a_weapon} struck {place} {ev_on}, an attack that killed {toll} people, {anon} said.",
        "?late Police in {city} said they had detained {arrests} suspects over the {anoun} at {place} {ev_on}, which killed {toll} people.",
        "?late The number of people killed in the {anoun} at {place} in {city} {ev_on} rose to {toll}, {P2} said.",
    ],
    facts: &[
        &[
            "?up {org} said the number of dead had risen to {toll}, up from an earlier count of {toll0}.",
            "The toll stood at {toll} dead and {wounded} wounded by the evening, {state_media} reported.",
            "{anon} put the number of dead at {toll}, with {wounded} people wounded.",
            "At least {wounded} people were wounded, {severe} of them seriously, according to {P2}.",
            "{P2} said {wounded} people had been taken to hospitals across {city} and that {severe} were in a critical condition.",
            "?up The figure was revised up from {toll0} after several of the wounded died in hospital, {P2} said.",
            "?up The toll rose to {toll} {now_on} as more of the wounded died, {anon} said.",
            "{P0} said the dead included {children} children.",
            "Hospital officials said {severe} of the wounded were in a serious condition and that the toll could climb further.",
            "{P2} said several of the wounded had been flown to hospitals in {capital}.",
        ],
        &[
            "{P0} said investigators believed the attack had been planned for weeks.",
            "{P0} told reporters that {arrests} people had been detained for questioning, but gave no details about them.",
            "Police sealed off the area around {place_short} and were checking footage from security cameras, {P0} said.",
            "Forensic teams were still combing the scene, according to {anon}.",
            "{P0} said it was too early to say who was behind the attack.",
            "{P0} said the attackers appeared to have chosen {place_short} because it was poorly guarded.",
            "{anon} said {arrests} suspects had been detained in raids on houses in {city} overnight.",
        ],
        &[
            "?claim {group} said in a statement posted online that its fighters carried out the attack; the claim could not be independently verified.",
            "?!claim No group immediately claimed responsibility.",
            "{P1} blamed {group}, which has carried out a string of attacks in the region, but offered no evidence.",
            "?!claim There was no immediate claim of responsibility, but suspicion fell on {group}, {anon} said.",
            "?claim {P1} said {group} had admitted carrying out the attack and vowed to hunt down its leaders.",
        ],
        &[
            "{P1} said security would be tightened at markets, bus stations and schools across {country}.",
            "The government ordered flags to fly at half-mast and declared {mourn} days of national mourning.",
            "{P1} chaired an emergency meeting of security chiefs in {capital}, {his1} office said.",
            "{P1} promised compensation for the families of the victims and said the state would pay for the treatment of the wounded.",
            "{P1} said the attack would not change the government's policy towards armed groups.",
            "Extra police and soldiers were deployed at checkpoints around {city}, {state_media} reported.",
        ],
        &[
            "{P3app} said people ran in every direction when the attack began.",
            "Witnesses said ambulances took more than an hour to reach some of the wounded.",
            "Television footage showed burned-out cars and debris scattered across the road outside {place_short}.",
            "Shop owners near {place_short} said they had complained for months about the lack of police patrols.",
            "{P3app} said {he3} had been standing near {place_short} when the attack began.",
            "Broken glass and abandoned shoes covered the pavement outside {place_short} hours after the attack, a {outlet} reporter at the scene said.",
            "Doctors at the main hospital in {city} appealed for blood donors.",
        ],
        &[
            "The attack happened at about {hour}, when {place_short} is usually busy, {P0} said.",
            "It struck at around {hour}, {anon} said.",
        ],
    ],
    contra: &[
        "{P2} said {alt_toll} people had died, a higher figure than the {toll} given by police.",
        "Figures varied: police said {toll} people were killed, while {P2} put the toll at {alt_toll}.",
        "A doctor at the main hospital in {city} told {outlet} that {alt_toll} bodies had been brought in, more than the official count of {toll}.",
        "{anon} said the real number of dead was at least {alt_toll}, contradicting the {toll} announced earlier.",
    ],
    background: &[
        "{city} has been hit by several attacks in the past two years, most of them blamed on {group}.",
        "{group} has been fighting the government in {capital} since {since}, demanding more autonomy for its home region.",
        "{country} declared a state of emergency in parts of the country in {since2}, giving the security forces wider powers of arrest.",
        "Attacks on crowded civilian targets have become more frequent since talks between the government and armed groups collapsed last year.",
        "{city}, a city of about {citypop} people, is one of {country}'s main trading hubs.",
    ],
    quotes: [
        &[
            "We will find those responsible and bring them to justice",
            "The area has been sealed off and our teams are still working at the scene",
            "We have several leads and expect more arrests in the coming days",
        ],
        &[
            "This was a cowardly attack on ordinary people going about their day",
            "The security forces will not rest until the network behind this is dismantled",
            "I have ordered extra patrols in every major city",
        ],
        &[
            "Many of the wounded have burns and shrapnel injuries, and some are in a critical condition",
            "Our hospitals need blood donors urgently",
            "I am afraid the number of dead may still rise",
        ],
        &[
            "I heard a huge bang and then everyone was running",
            "There was smoke everywhere and people were calling for their children",
            "I closed my shop and helped carry the injured to the cars",
        ],
    ],
};

static TALKS: Texts = Texts {
    titles: &[
        "?!twist {country} and {country2} to hold talks in {venue} {fut_on}",
        "{country}, {country2} agree to meet over {topic_short}",
        "?twist Doubts grow over {country}-{country2} talks",
        "?tw1 {country2} says talks with {country} are off",
        "?tw0 {country}-{country2} talks pushed back to {alt_day}",
        "?!twist Mediator hopes for breakthrough in {country}-{country2} talks",
    ],
    leads: &[
        "?early {country} and {country2} will hold talks in {venue} {fut_on} aimed at settling {topic}, {P0} said {ev_on}.",
        "?early The foreign ministers of {country} and {country2} are due to meet in {venue} {fut_on} for their first direct talks in {gap} on {topic_short}, officials said.",
        "?early {country} said {ev_on} it had agreed to talks with {country2} on {topic}, to be held in {venue} {fut_on}, according to {org}.",
        "?late,tw0 Talks between {country} and {country2} on {topic_short} have been pushed back to {alt_day}, {P3} said, without giving a reason.",
        "?late,tw1 {country2} said there would be no talks with {country} {fut_on}, contradicting assurances from {capital} that the meeting in {venue} would go ahead.",
        "?late,!twist Preparations were under way in {venue} for talks between {country} and {country2} {fut_on}, as both sides played down hopes of a quick deal on {topic_short}.",
        "?late,!twist Diplomats from {country} and {country2} were working on the agenda for talks in {venue} {fut_on} on {topic}, {anon} said.",
    ],
    facts: &[
        &[
            "{P0} told reporters in {capital} that the talks would open {fut_on} and could last several days.",
            "The meeting in {venue} is set for {fut_day}, according to {org}.",
            "{org} said the two delegations would meet {fut_on} at a venue provided by the Regional Council.",
            "Each side will send a delegation of about {delegates} officials, {anon} said.",
            "The talks, the first of their kind in {gap}, will be held behind closed doors, {org} said.",
            "Officials in {capital} said the foreign ministers of both countries would attend in person.",
            "{P0} said the meeting would start {fut_on} and that {he0} expected it to last two days.",
        ],
        &[
            "The agenda includes {topic} and the release of {prisoners} detainees held by both sides, {P2} said.",
            "{P0} said {his0} government wanted a deal on {topic_short} before the end of the year.",
            "Diplomats said the release of {prisoners} prisoners could be agreed as a goodwill gesture.",
            "{anon} said the two sides remained far apart on the route of the {border}-kilometre border.",
            "{P0} said a deal on {topic_short} would benefit people on both sides of the border.",
        ],
        &[
            "{P1} said {country2} was ready to negotiate but would not accept preconditions.",
            "In {capital2}, {P1} said {he1} would travel to {venue} only if {country} stopped what {he1} called provocations along the border.",
            "{P1} told state radio that {country2} would judge {country} by its actions, not its words.",
            "{P1} said {country2} wanted guarantees that any deal would be respected.",
        ],
        &[
            "{P2} has spent weeks shuttling between {capital} and {capital2} to arrange the meeting.",
            "{P2} said both governments had confirmed their attendance in writing.",
            "The Regional Council, which brokered the meeting, said it hoped the talks would lead to regular contacts.",
            "{P2} said {he2} would chair the opening session {fut_on}.",
        ],
        &[
            "The last round of talks, in {venue} {last_year}, broke up after two days without agreement.",
            "Relations between {country} and {country2} have been strained since a clash along their border in {since} killed {clash_dead} soldiers.",
            "Newspapers in {capital2} were sceptical about the talks, recalling the failure of earlier rounds.",
            "Business leaders in both countries welcomed the announcement, saying trade had suffered from the dispute.",
        ],
    ],
    contra: &[
        "?tw0 {P3} said the talks had been postponed to {alt_day} because of scheduling problems.",
        "?tw0 A foreign ministry official in {capital} said the new date was {alt_day}, not {fut_day} as previously announced.",
        "?tw0 The talks were put off hours after {P1} accused {country} of moving troops closer to the border.",
        "?tw1 {P1} said there would be no talks {fut_on}, saying {country} had not met its commitments.",
        "?tw1 {P0} insisted the meeting would go ahead as planned {fut_on}.",
        "?tw1 Officials in {capital2} said the {adj2} delegation had been told not to travel.",
    ],
    background: &[
        "{country} and {country2} fought a brief war in {war} and have never fully settled where their border runs.",
        "Trade between the two neighbours has fallen sharply since {since2}, hurting farmers on both sides of the border.",
        "The Regional Council has offered to monitor any deal reached in {venue}.",
        "Previous attempts at mediation collapsed amid mutual accusations of bad faith.",
    ],
    quotes: [
        &[
            "We are going to {venue} with an open mind and a serious proposal",
            "This is a chance that neither country can afford to waste",
            "Our door has always been open to dialogue",
        ],
        &[
            "We will not negotiate under pressure",
            "If {country} is serious, it will find us ready to talk",
            "Words are not enough, we need to see actions on the ground",
        ],
        &[
            "Both sides have shown real courage in agreeing to sit down together",
            "Nobody should expect miracles from a first meeting",
            "I am cautiously optimistic",
        ],
        &[
            "The minister's schedule has not changed",
            "We will share details of the delegation closer to the date",
            "There is no reason to doubt that the meeting will take place",
        ],
    ],
};

static COURT: Texts = Texts {
    titles: &[
        "{P4sur} jailed for {years_w} years for {charge}",
        "{country} court sentences ex-minister {P4sur} to {years} years",
        "?late {P4sur} to appeal {years}-year sentence, lawyer says",
        "Court convicts former minister {P4sur} of {charge}",
    ],
    leads: &[
        "?early A court in {city} sentenced {P4} to {years_w} years in prison {ev_on} after finding {him4} guilty of {charge}, in a case that has gripped {country}.",
        "?early {P4} was jailed for {years_w} years {ev_on} for {charge_detail}, {P0} ruled at the end of a trial lasting {trial_months} months.",
        "?early {court} found {P4} guilty of {charge} {ev_on} and ordered {him4} to pay a fine of {fine} million {money}.",
        "?late Lawyers for {P4}, who was sentenced to {years_w} years in prison {ev_on} for {charge}, said they would challenge the verdict.",
        "?late The defence team of {P4} said it would appeal against {ev_adj} verdict, which sent {him4} to prison for {years_w} years.",
    ],
    facts: &[
        &[
            "{P0} said the evidence showed that {P4} had received at least {sum} million {money} in bribes.",
            "The court also ordered {P4} to repay {sum} million {money} and banned {him4} from public office for {ban} years.",
            "{codef_w} co-defendants, including a former deputy minister, received sentences of up to {years_low} years.",
            "{P4} was acquitted on a separate charge of tax evasion.",
            "{P0} said the court had found that {P4} abused {his4} position to enrich {his4} family.",
            "The verdict was read out in a packed courtroom in {city}, with supporters of {P4} shouting in protest.",
            "{P4} showed no emotion as the sentence of {years_w} years was read out, {anon} said.",
        ],
        &[
            "{P1} said the trial had been politically motivated and that {his1} client would appeal.",
            "{P1app} told reporters outside the court that the verdict ignored key evidence.",
            "{P4} has denied wrongdoing throughout the trial, saying the payments were legitimate consulting fees.",
            "{P1} said the defence had not been allowed to call key witnesses.",
        ],
        &[
            "{P2} said prosecutors would consider asking a higher court for a longer sentence of {sought} years.",
            "Prosecutors had sought {sought} years in prison, {anon} said.",
            "{P2} told reporters the verdict proved that the case had been built on solid evidence.",
        ],
        &[
            "An appeal hearing has been set for {fut_day}, according to {org}.",
            "{P1} said the defence would lodge its appeal {fut_on}, the last day allowed under the law.",
            "The appeal is expected to be heard {fut_on}, {anon} said.",
        ],
        &[
            "{P3} said the verdict showed that nobody in {country} was above the law.",
            "{P3} declined to comment on the sentence itself, saying the courts were independent.",
            "The opposition {opp} said the trial had been used to settle political scores.",
        ],
    ],
    contra: &[
        "?tw0 {P1} said the appeal would be heard {alt_on}, while a court spokesman gave the date as {fut_day}.",
        "?tw0 {anon} said the hearing had been moved to {alt_day}.",
        "?tw1 {P1} said {P4} would serve only {years_alt} years because part of the sentence was suspended, a claim {P2} rejected.",
        "?tw1 According to {P1}, the effective sentence is {years_alt} years, not {years}.",
    ],
    background: &[
        "{P4} served as a minister for {served} years before resigning in {since} amid allegations in the press.",
        "The case is one of several corruption trials launched after the government promised to clean up public procurement.",
        "Anti-corruption protests drew thousands of people onto the streets of {capital} in {since2}.",
        "Under {adj} law, a defendant has 30 days to file an appeal after the written verdict is published.",
    ],
    quotes: [
        &[
            "The court has found no reason to doubt the testimony of the witnesses",
            "Public office is a trust, and the defendant betrayed it",
            "The sentence reflects the scale of the damage done to the state",
        ],
        &[
            "This verdict was written before the trial even began",
            "We will take this case to the highest court in the land",
            "My client is innocent and will prove it",
        ],
        &[
            "Today's verdict sends a clear message",
            "Justice has been done, but the sentence is too light",
            "We will study the written judgment before deciding on our next step",
        ],
        &[
            "Nobody is above the law, however powerful they once were",
            "The government respects the independence of the courts",
            "This case shows our institutions are working",
        ],
    ],
};

static ELECTION_TX: Texts = Texts {
    titles: &[
        "{P1sur} leads as {country} counts votes",
        "{country} election: {P1sur} ahead with {counted}% of ballots counted",
        "?twist Opposition in {country} claims victory, disputes count",
        "Turnout at {turnout}% in {country} presidential vote",
    ],
    leads: &[
        "?early {P1} was leading in {ev_adj} presidential election with {inc_share}% of the vote after {counted}% of ballots had been counted, {P0} said.",
        "?early Early results from {country}'s presidential election gave {P1} {inc_share}% against {opp_share}% for {P2}, with {counted}% of ballots counted, the election commission said.",
        "?late {P1} extended {his1} lead in {country}'s presidential race as counting neared its end, with {inc_share}% of the vote after {counted}% of ballots were tallied, according to the election commission.",
        "?late,twist {P2} claimed victory in {country}'s presidential election {now_on}, rejecting official figures that showed {him2} trailing {P1}.",
        "?late Counting in {country}'s presidential election was almost complete, with {P1} on {inc_share}% and {P2} on {opp_share}%, {anon} said.",
    ],
    facts: &[
        &[
            "With {counted}% of ballots counted, {P1} had {inc_share}% and {P2} {opp_share}%, {P0} told a news conference.",
            "{org} said turnout was {turnout}%, {turnout_cmp} than at the last election.",
            "Results from {stations} polling stations were still outstanding, {anon} said.",
            "Final results are expected {fut_on}, {P0} said.",
            "?runoff If no candidate wins more than half of the vote, the two leading candidates will face each other in a runoff on {alt_day}.",
            "?!runoff {P1} needs just over half of the vote to avoid a runoff, and the latest figures put {him1} above that mark.",
            "{P0} said {counted}% of ballots had been counted by {now_day}.",
            "The remaining {others}% of the vote was split among {minor_w} other candidates.",
            "Turnout was estimated at {turnout}%, according to the commission.",
        ],
        &[
            "{P1} told supporters in {capital} that the result was a vote for stability.",
            "{P1}, who is seeking a {term} term, campaigned on promises to cut fuel prices and build new roads.",
            "Aides to {P1} said the president would address the nation once the final results were announced.",
        ],
        &[
            "{P2} accused the authorities of stuffing ballot boxes in several provinces and said {his2} party would file complaints.",
            "The {opp} said its own tally showed the race was much closer than official figures suggested.",
            "{P2} told supporters that {he2} would not accept results that {he2} called rigged.",
        ],
        &[
            "{P3} said voting had been largely orderly but noted cases of intimidation at some polling stations.",
            "{P3app} said the mission would publish a preliminary report {fut_on}.",
            "Observers from the Regional Council said they had been denied access to {obs_denied} counting centres.",
            "The Regional Council said it had deployed {observers} monitors across the country.",
        ],
    ],
    contra: &[
        "{P2} said the opposition's own count gave {him2} {opp_claim}% of the vote, far more than the official figure of {opp_share}%.",
        "The opposition also disputed the turnout, putting it at {turnout_claim}% rather than the {turnout}% reported by {org}.",
        "{P0} rejected opposition accusations of fraud, saying the count was transparent and could be followed online.",
    ],
    background: &[
        "About {voters} million people were registered to vote in the election, the {nth} since {country} adopted a new constitution in {since}.",
        "The campaign was dominated by rising food prices and high unemployment among young people.",
        "{P1} first took office in {since2} after a disputed vote that led to weeks of street protests.",
        "The {gov} holds a majority in parliament, which is elected separately.",
    ],
    quotes: [
        &[
            "Every vote will be counted, and every complaint will be examined",
            "The process has been transparent from the first ballot to the last",
            "We ask all candidates to wait for the final results",
        ],
        &[
            "The people have chosen the path of stability",
            "I will be the president of all citizens, including those who did not vote for me",
            "We are confident, but we will wait for the official count",
        ],
        &[
            "What we have seen is not an election but a theft",
            "We will defend the will of the people by every legal means",
            "Our figures tell a very different story",
        ],
        &[
            "Voting was generally calm, but we saw worrying irregularities in some districts",
            "The counting process needs to be more open to observers",
            "It is too early to give an overall assessment",
        ],
    ],
};

static CEASEFIRE: Texts = Texts {
    titles: &[
        "Ceasefire takes hold in {region} of {country}",
        "?late {country} army and {group_bare} trade accusations as truce falters",
        "{truce}-day ceasefire between {country} and rebels begins",
        "?tw1 Rebels say truce is over; {country} army says it still holds",
    ],
    leads: &[
        "?early A {truce}-day ceasefire between {country}'s army and {group} took effect {ev_on}, {P2} said, raising hopes of an end to fighting that has displaced thousands of people.",
        "?early Guns fell largely silent in {region} of {country} {ev_on} as a ceasefire between the {adj} army and {group} came into force, according to residents and {org}.",
        "?early The {adj} government and {group} began a {truce}-day truce {ev_on}, the first in {gap}, {anon} said.",
        "?late The ceasefire between {country}'s army and {group} came under strain as both sides reported {violations} violations since it took effect {ev_on}.",
        "?late,tw1 {group} declared the ceasefire with {country}'s army over, but {P0} said the truce that began {ev_on} was still holding.",
    ],
    facts: &[
        &[
            "{P0} said the army had recorded {violations} violations by rebel fighters since the truce began.",
            "{org} said {killed} people had been killed since the ceasefire took effect, most of them in shelling near {city}.",
            "{P1} denied that rebel fighters had broken the truce and accused the army of shelling {villages} villages.",
            "Residents of {city} said they had heard sporadic gunfire overnight but no heavy shelling.",
            "{anon} said the most serious violation was an exchange of fire near {city} that lasted several hours.",
        ],
        &[
            "Under the deal, both sides are to pull back heavy weapons {pullback} kilometres from the front line, {P2} said.",
            "The agreement provides for the release of {prisoners} prisoners within two weeks, according to {org}.",
            "Aid convoys are to be allowed into {region} under the terms of the truce, {anon} said.",
            "The truce is due to last {truce} days and can be extended if both sides agree, {P2} said.",
        ],
        &[
            "Talks on a permanent settlement are due to open {fut_on} in {venue}, {P2} said.",
            "{P3} said the government would send a delegation to the talks {fut_on} if the truce held.",
            "{P2} said {he2} hoped the talks {fut_on} would turn the truce into a lasting agreement.",
        ],
        &[
            "Monitors from the Regional Council were deployed to {monitor_posts} observation posts along the front line.",
            "{P2} said monitors had been able to reach most of the front line, although some roads were still mined.",
            "Aid agencies said they hoped to reach about {displaced} people who had been cut off by the fighting.",
            "The first aid convoy reached {city} {now_on}, carrying food and medicine, {org} said.",
        ],
    ],
    contra: &[
        "?tw0 {P1} said the talks had been delayed to {alt_day}, while {P2} said they would start {fut_on}.",
        "?tw0 {anon} said the opening session had been moved to {alt_day}.",
        "?tw1 {P1} said the ceasefire was over because the army had attacked rebel positions near {city}.",
        "?tw1 {P0} rejected rebel claims that the ceasefire had collapsed and said the truce was holding across most of the front.",
    ],
    background: &[
        "{group} took up arms in {since}, demanding greater autonomy for {region}.",
        "The conflict has killed thousands of people and forced about {displaced} people from their homes, according to aid agencies.",
        "Two previous ceasefires, agreed in {since2} and last year, collapsed within weeks.",
        "{region} is rich in farmland and minerals, and control of its roads has been a constant source of fighting.",
    ],
    quotes: [
        &[
            "The army has shown maximum restraint",
            "We will respond to any attack on our positions",
            "Our soldiers are under orders to hold their fire",
        ],
        &[
            "We did not start this war and we are ready to end it with dignity",
            "The army is using the truce to move troops forward",
            "Our fighters respect the ceasefire",
        ],
        &[
            "This is a fragile moment, and both sides must show restraint",
            "The ceasefire has largely held, which is encouraging",
            "Every day without fighting is a day that saves lives",
        ],
        &[
            "The government wants peace, but not at any price",
            "Our forces will defend every village",
            "We will give the talks a chance",
        ],
    ],
};

static STRIKE: Texts = Texts {
    titles: &[
        "{workers} strike in {country} over pay",
        "Strike halts {service} across {country}",
        "?late {union} vows to continue strike as talks stall",
        "{company} says most staff at work despite strike",
    ],
    leads: &[
        "?early Thousands of {workers} across {country} walked off the job {ev_on} in a {dur} strike over pay, halting most {service}, {union} said.",
        "?early A strike by {workers} disrupted {service} across {country} {ev_on}, and {company} said it had {disruption}.",
        "?late The strike by {country}'s {workers} entered another day as {union} and {company} traded blame over stalled pay talks.",
        "?late {union} said {union_claim} members had joined the strike that began {ev_on}, while {company} said only {company_pct}% of staff stayed away.",
    ],
    facts: &[
        &[
            "{P0} said {union_claim} workers had joined the strike, the biggest walkout in the sector in a decade.",
            "{P1} said only {company_pct}% of employees had stayed away and that most services were running.",
            "{company} said it had {disruption} and warned customers to expect delays.",
            "{union} said {union_claim} of its members had stopped work, a figure {company} disputed.",
            "Picket lines formed outside the main offices of {company} in {capital} early in the morning.",
        ],
        &[
            "The union is demanding a pay rise of {demand}% to make up for inflation, while management has offered {offer}%.",
            "{P0} said the offer of {offer}% was an insult to workers who had kept the country running.",
            "{P1} said the company could not afford more than {offer}% without raising prices.",
            "The gap between the two sides remains wide: the union wants {demand}% and the company has offered {offer}%.",
        ],
        &[
            "{P2} urged both sides to return to the negotiating table and said the ministry would mediate.",
            "{P2} said talks would be held at the labour ministry {fut_on}.",
            "{P2} warned that the government could impose a settlement if the strike dragged on.",
        ],
        &[
            "Business groups said the strike was costing the economy about {cost} million {money} a day.",
            "?transit Commuters in {city} queued for shared taxis as {service} ground to a halt.",
            "{P3app} said {he3} had not had a real pay rise in {years_w} years.",
            "?transit Schools in {city} reported many absences as pupils could not get to class.",
            "Retailers in {capital} said sales had fallen since the strike began.",
        ],
    ],
    contra: &[
        "?tw0 {P0} said no talks had been scheduled, contradicting {P2}, who had said they would take place {fut_on}.",
        "?tw0 {anon} said the meeting had been moved to {alt_day}.",
        "?tw1 {P0} said the strike would continue indefinitely, although {company} said it expected it to end {alt_on}.",
        "?tw1 {P1} insisted the walkout would be over by {alt_day}, but {P0} said the union had not set an end date.",
    ],
    background: &[
        "Unions in {country} have staged a series of strikes this year as prices for food and fuel have climbed.",
        "{company} employs about {staff} people and is one of {country}'s largest employers.",
        "The government has promised to reform the sector, but earlier plans were shelved after protests.",
        "Inflation in {country} reached {inflation}% last month, its highest level in {gap}.",
    ],
    quotes: [
        &[
            "We are not asking for luxuries, only for wages we can live on",
            "The strike will go on until management makes a serious offer",
            "Our members are angry, and they have every right to be",
        ],
        &[
            "This strike is hurting the very people our workers serve",
            "Our offer is fair and it is the best we can afford",
            "We remain open to talks at any time",
        ],
        &[
            "Both sides need to take a step back",
            "The government will not let the country be paralysed",
            "I have invited the union and the company to meet at the ministry",
        ],
        &[
            "I love my job, but I cannot pay my rent",
            "We did not want to strike, they left us no choice",
            "Everyone I work with is out today",
        ],
    ],
};

static RATES: Texts = Texts {
    titles: &[
        "{bank} {dir_s} rates to {rate}%",
        "{country} central bank {dir_s} rates by {bp} basis points",
        "?late {country}'s {currency} {cur_dir_s} after rate {dir_noun}",
        "{bank} keeps door open after rate {dir_noun}",
    ],
    leads: &[
        "?early {country}'s central bank {dir} its main interest rate by {bp} basis points to {rate}% {ev_on}, citing {reason}.",
        "?early {bank} {dir} borrowing costs {ev_on} for the {nth_move} time this year, taking its benchmark rate to {rate}% from {old_rate}%, {P0} said.",
        "?late {country}'s {currency} {cur_dir} {cur_move}% against major currencies after the central bank's rate {dir_noun} {ev_on}, as investors weighed hints about its next move.",
        "?late Economists said {ev_adj} interest rate {dir_noun} by {bank} was unlikely to be the last, after {P0} declined to rule out further moves.",
    ],
    facts: &[
        &[
            "The bank's policy committee voted {votes} for the move, {org} said.",
            "{P0} told a news conference that inflation had {infl_verb} {inflation}% last month, still above the bank's target of {target}%.",
            "The decision was expected by most economists polled before the meeting.",
            "The move took the benchmark rate to {rate}% and was the bank's {nth_move} this year.",
            "{P0} said inflation was now forecast to return to the {target}% target by the end of next year.",
        ],
        &[
            "{P0} said the bank would watch the data closely before deciding on further moves.",
            "The bank now expects the economy to grow by {growth}% this year, {anon} said.",
            "The next policy meeting is scheduled for {fut_day}, according to the bank's calendar.",
            "?cut In its statement, the bank said the risks to growth had increased.",
            "?!cut In its statement, the bank said the risks to inflation were still on the upside.",
        ],
        &[
            "{P1} said the government respected the bank's independence and would keep its own spending in check.",
            "?cut {P1} welcomed the decision, saying it would help households with mortgages.",
            "?!cut {P1} said the increase was painful but necessary to protect savers.",
        ],
        &[
            "The {currency} {cur_dir} {cur_move}% after the announcement, while government bond yields {yield_dir}.",
            "{P2} said the bank was likely to {expect} at its next meeting.",
            "Shares in {country}'s biggest banks moved little after the decision.",
            "{P2app} said the bank had been slow to react to the change in the economy.",
        ],
    ],
    contra: &[
        "?tw0 {P3} said another {dir_noun} could not be ruled out, contradicting {P0}, who had signalled a pause.",
        "?tw0 {P0} said there would be no further {dir_noun_pl} this year, while {P1} said {he1} expected more.",
        "?tw1 {P1} said the bank's next decision would come {alt_on}, although the bank's own calendar gives {fut_day}.",
        "?tw1 {anon} said the next rate meeting had been moved to {alt_day}.",
    ],
    background: &[
        "{country}'s economy grew {growth_last}% last year, held back by weak exports and a drought that hit farm output.",
        "{bank} has been independent since {since}, when parliament passed a law barring the government from setting interest rates.",
        "Household debt in {country} has risen sharply, making borrowers sensitive to changes in interest rates.",
    ],
    quotes: [
        &[
            "We will do what is needed to bring inflation back to target",
            "Our decisions will depend on the data, not on the calendar",
            "Today's move is a measured response to a changing outlook",
        ],
        &[
            "The government respects the independence of the central bank",
            "This decision will bring relief to families and businesses",
            "Our budget will support the bank's efforts",
        ],
        &[
            "The bank is clearly worried about the economy losing momentum",
            "The statement leaves the door open to another move",
            "Markets had priced in most of this",
        ],
        &[
            "The committee discussed a larger move",
            "Inflation risks have not gone away",
            "We are not on a pre-set course",
        ],
    ],
};

static DISASTER: Texts = Texts {
    titles: &[
        "{dis_title} {dis_kills} at least {toll} in {country}",
        "?late Toll from {country} {dis_noun} rises to {toll}",
        "Rescuers search for {missing} missing after {dis_noun} in {country}",
        "Thousands homeless after {dis_noun} hits {region} of {country}",
    ],
    leads: &[
        "?early {dis_lead} {region} of {country} {ev_on}, killing at least {toll} people and leaving {missing} missing, {P0} said.",
        "?early At least {toll} people died and thousands were forced from their homes after {dis_ev} hit {region} of {country} {ev_on}, officials said.",
        "?late The number of people killed by {ev_adj} {dis_noun} in {region} of {country} rose to {toll}, {org} said, as rescuers dug through mud and rubble.",
        "?late Rescue teams near {city} were still searching for {missing} people missing after {ev_adj} {dis_noun}, which killed {toll}, according to {P0}.",
    ],
    facts: &[
        &[
            "?up {org} said the toll had risen to {toll} from {toll0} after more bodies were found.",
            "{P0} said {missing} people were still missing and that the number of dead was likely to rise.",
            "About {displaced} people have been moved to temporary shelters, {anon} said.",
            "More than {homes} homes were destroyed or badly damaged, according to {org}.",
            "?up The toll rose to {toll} {now_on}, {anon} said, and more bodies were expected to be found.",
            "{P0} said {toll} people had been confirmed dead so far.",
        ],
        &[
            "Soldiers and volunteers used boats and bulldozers to reach villages cut off by {the_dis}.",
            "{P2} said clean water and medicine were the most urgent needs in the camps.",
            "{P2app} said roads into {village} were still blocked.",
            "Helicopters dropped food and water to villages near {village} that could not be reached by road.",
            "{P0} said more than {rescuers} rescuers had been sent to the area.",
        ],
        &[
            "{P1} visited {city} {now_on} and promised {aid_amt} million {money} in emergency aid.",
            "{P1} said {he1} would host a meeting of donors in {capital} {fut_on}.",
            "{P1} declared a state of emergency in {region} for {emerg} days.",
            "{P1} said the government would pay compensation to families who had lost their homes.",
        ],
        &[
            "?quake The earthquake had a magnitude of {mag} and struck at a depth of about {depth} kilometres, {anon} said.",
            "?flood Forecasters said more heavy rain was expected over the coming days.",
            "?slide Officials said the slope above {village} had been weakened by weeks of rain.",
            "?storm Winds of up to {wind} kilometres per hour tore roofs off houses, {anon} said.",
            "{P3app} said {he3} had lost {his3} house and everything in it.",
            "?flood {P3app} said the water had risen above the windows of {his3} house within an hour.",
            "?quake {P3app} said the shaking lasted for nearly a minute.",
        ],
    ],
    contra: &[
        "?tw0 Local officials in {region} put the toll at {alt_toll}, higher than the figure of {toll} given by {org}.",
        "?tw0 {anon} said at least {alt_toll} people had died, contradicting the national figures.",
        "?tw1 {P2} said as many as {alt_missing} people could still be missing, far more than the official figure of {missing}.",
        "?tw1 The civil protection agency said the number of missing was {missing}, disputing higher estimates from aid groups.",
    ],
    background: &[
        "{region} is one of the poorest parts of {country}, and many homes there are built of mud brick.",
        "{country} is regularly hit by {dis_generic}, but officials said this was the worst in years.",
        "Experts have long warned that building rules are poorly enforced in fast-growing towns.",
        "The last disaster on this scale, in {since}, killed more than {past_toll} people.",
    ],
    quotes: [
        &[
            "Our teams are working around the clock, but some areas can only be reached by helicopter",
            "We expect to find more victims as we reach the villages that are still cut off",
            "Every hour counts for the people who are still trapped",
        ],
        &[
            "The state will not abandon a single family",
            "We will rebuild every house that has been lost",
            "I have ordered every ministry to put its resources at the disposal of the rescuers",
        ],
        &[
            "The needs are enormous and growing",
            "People are sleeping in the open with very little food",
            "We are worried about outbreaks of disease in the camps",
        ],
        &[
            "Everything I owned is gone",
            "We waited on the roof for help all night",
            "I have not heard from my brother since that morning",
        ],
    ],
};

fn texts(kind: Kind) -> &'static Texts {
    match kind {
        Kind::Talks => &TALKS,
        Kind::Attack => &ATTACK,
        Kind::Court => &COURT,
        Kind::Election => &ELECTION_TX,
        Kind::Ceasefire => &CEASEFIRE,
        Kind::Strike => &STRIKE,
        Kind::Rates => &RATES,
        Kind::Disaster => &DISASTER,
    }
}

/// A quotation paragraph: the speaker's first sentence.
const FRAMES: &[&str] = &[
    "“{q},” {S} said.",
    "“{q},” {S} told reporters.",
    "“{q},” said {S}.",
    "{S} said: “{q}.”",
    "?pub “{q},” {S} said in a statement.",
    "“{q},” {S} told {outlet}.",
    "Speaking to reporters in {city}, {S} said: “{q}.”",
    "“{q},” {S} said {now_on}.",
    "?pub In a post on social media, {S} wrote: “{q}.”",
    "?pub “{q},” {S} told a news conference.",
    "?pub “{q},” {S} said, according to {state_media}.",
    "?pub {S} told state television: “{q}.”",
    "Asked about the situation, {S} replied: “{q}.”",
    "“{q},” {S} said in an interview with {outlet}.",
];

/// A judge speaks from the bench.
const JUDGE_FRAMES: &[&str] = &[
    "“{q},” {S} told the court.",
    "“{q},” {S} said as {he} read out the verdict.",
    "Reading out the verdict, {S} said: “{q}.”",
    "“{q},” said {S}.",
];

/// A second quotation by the same speaker, referred to by pronoun.
const FOLLOW: &[&str] = &[
    "“{q},” {he} added.",
    "“{q},” {he} said.",
    "{he} added: “{q}.”",
    "“{q},” {he} told reporters later.",
    "{he} went on: “{q}.”",
];

/// The outlet's own voice, about the country.
const GENERIC_BG: &[&str] = &[
    "{country} has a population of about {pop} million people.",
    "The {gov} has governed {country} since {gov_since}, most recently in coalition with smaller parties.",
    "{capital} has seen a series of large protests this year over the rising cost of living.",
    "{country} and {country2} are important trading partners, although relations between them have often been tense.",
    "Unemployment among young people in {country} remains high, and many graduates leave to look for work abroad.",
    "Opinion polls suggest that many {adj} voters are unhappy with the direction the country is taking.",
    "The government has promised to overhaul the civil service and to speed up the courts.",
    "{country}'s economy depends heavily on farming, mining and money sent home by workers abroad.",
    "The {opp} has accused the government of using state institutions against its critics, a charge officials deny.",
    "Foreign donors have tied part of their aid to {country} to reforms of the police and the judiciary.",
    "The capital, {capital}, is home to roughly a fifth of the country's population.",
    "{country} is due to hold parliamentary elections next year.",
];

const REACTIONS: &[&str] = &[
    "In {capital2}, the {adj2} foreign ministry said it was following events in {country} closely.",
    "The Regional Council said in a statement that it was monitoring the situation and stood ready to help.",
    "{country2}'s government said it was in close contact with the authorities in {capital}.",
    "Several embassies in {capital} advised their citizens to avoid unnecessary travel.",
    "The Continental Union urged all sides to act with restraint.",
];

const CLOSINGS: &[&str] = &[
    "?figs It was not possible to verify the figures independently.",
    "Officials did not respond to requests for further comment.",
    "{outlet} could not independently confirm the account.",
    "(Reporting by {rep1}; Editing by {rep2})",
    "(Reporting by {rep1} in {city} and {rep3} in {capital2}; Writing by {rep2})",
    "More details were expected later in the day.",
];

// ---------------------------------------------------------------------------------------
// One article

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gen {
    Fact(usize),
    Quote(usize),
    Contra,
    KindBg,
    Bg,
    Reaction,
    Closing,
}

struct Art<'a> {
    story: &'a Story,
    rng: Rng,
    outlet: &'static str,
    pub_date: NaiveDate,
    /// How far into the story (0..=1000, by rank).
    progress: u64,
    /// The story's contradiction, when this article carries it.
    twist: Option<u8>,
    ev: Rel,
    fut: Rel,
    alt: Rel,
    mentioned: [bool; 5],
    last: Option<usize>,
    speaker: usize,
    q: String,
    /// Templates used in this article (by address), so that none repeats.
    used: Vec<usize>,
}

impl<'a> Art<'a> {
    fn new(seed: u64, story: &'a Story, slot: Slot, pub_date: NaiveDate) -> Art<'a> {
        let mut rng = Rng(hash(&[seed, 0xA57, slot.story as u64, slot.seq as u64]));
        let outlet = rng.pick(OUTLETS);
        let progress = if story.count > 1 {
            slot.seq as u64 * 1000 / (story.count as u64 - 1)
        } else {
            0
        };
        let twist = story
            .twist
            .filter(|_| progress >= story.twist_at && rng.chance(85));
        let ev = relative(pub_date, story.event_date(), &mut rng);
        let fut = relative(pub_date, story.future_date(), &mut rng);
        let alt = relative(pub_date, story.alt_date(), &mut rng);
        Art {
            story,
            rng,
            outlet,
            pub_date,
            progress,
            twist,
            ev,
            fut,
            alt,
            mentioned: [false; 5],
            last: None,
            speaker: 0,
            q: String::new(),
            used: Vec::new(),
        }
    }

    fn st(&self, t: &str, lo: i64, hi: i64) -> i64 {
        self.story.st(t, lo, hi)
    }

    /// From `a` at the story's first article to `b` at its last.
    fn prog(&self, a: i64, b: i64) -> i64 {
        a + (b - a) * self.progress as i64 / 1000
    }

    fn toll0(&self) -> i64 {
        match self.story.kind {
            Kind::Disaster => self.st("toll0", 6, 60),
            _ => self.st("toll0", 4, 25),
        }
    }

    fn toll(&self) -> i64 {
        let t0 = self.toll0();
        match self.story.kind {
            Kind::Disaster => self.prog(t0, t0 + self.st("tollup", 5, 120)),
            _ => self.prog(t0, t0 + self.st("tollup", 0, 30)),
        }
    }

    fn wounded(&self) -> i64 {
        let w0 = self.toll0() * 2 + self.st("w0", 3, 20);
        self.prog(w0, w0 + self.st("wup", 0, 40))
    }

    fn missing(&self) -> i64 {
        let m0 = self.st("missing", 10, 90);
        self.prog(m0, m0 / 3)
    }

    fn inc_share(&self) -> i64 {
        self.st("inc", 470, 560) + (self.st("drift", 0, 30) - 15) * self.progress as i64 / 1000
    }

    fn years(&self) -> i64 {
        self.st("years", 3, 15)
    }

    fn cut(&self) -> bool {
        self.st("dir", 0, 1) == 0
    }

    fn violations(&self) -> i64 {
        self.prog(
            self.st("viol0", 2, 8),
            self.st("viol0", 2, 8) + self.st("violup", 5, 60),
        )
    }

    fn cond(&self, c: &str) -> bool {
        let (neg, c) = match c.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, c),
        };
        let kind = self.story.kind;
        let v = match c {
            "early" => self.progress < 400,
            "late" => self.progress >= 400,
            "twist" => self.twist.is_some(),
            "tw0" => self.twist == Some(0),
            "tw1" => self.twist == Some(1),
            "pub" => !self.story.cast[self.speaker].private,
            "up" => self.toll() > self.toll0(),
            "claim" => self.st("claim", 0, 1) == 0,
            "runoff" => self.inc_share() < 500,
            "cut" => self.cut(),
            "transit" => self.story.sector().transit,
            "figs" => matches!(
                kind,
                Kind::Attack | Kind::Disaster | Kind::Ceasefire | Kind::Election | Kind::Strike
            ),
            "flood" => self.st("dis", 0, 3) == 0,
            "quake" => self.st("dis", 0, 3) == 1,
            "slide" => self.st("dis", 0, 3) == 2,
            "storm" => self.st("dis", 0, 3) == 3,
            _ => {
                debug_assert!(false, "unknown condition {c}");
                false
            }
        };
        v != neg
    }

    /// Splits `?cond,cond text` into its conditions and text.
    fn split(t: &'static str) -> (&'static str, &'static str) {
        match t.strip_prefix('?').and_then(|rest| rest.split_once(' ')) {
            Some((conds, text)) => (conds, text),
            None => ("", t),
        }
    }

    fn eligible(&self, t: &'static str) -> bool {
        let (conds, _) = Self::split(t);
        conds.is_empty() || conds.split(',').all(|c| self.cond(c))
    }

    fn is_used(&self, t: &'static str) -> bool {
        self.used.contains(&(t.as_ptr() as usize))
    }

    /// A template of `list` whose conditions hold, preferably one this article has not used
    /// yet; with `fresh_only`, only such a one.
    fn choose(&mut self, list: &'static [&'static str], fresh_only: bool) -> Option<&'static str> {
        let mut n_fresh = 0;
        let mut n_any = 0;
        for &t in list {
            if self.eligible(t) {
                n_any += 1;
                if !self.is_used(t) {
                    n_fresh += 1;
                }
            }
        }
        let (only_fresh, n) = if n_fresh > 0 {
            (true, n_fresh)
        } else if !fresh_only && n_any > 0 {
            (false, n_any)
        } else {
            return None;
        };
        let mut k = self.rng.below(n);
        for &t in list {
            if self.eligible(t) && !(only_fresh && self.is_used(t)) {
                if k == 0 {
                    self.used.push(t.as_ptr() as usize);
                    return Some(Self::split(t).1);
                }
                k -= 1;
            }
        }
        None
    }

    fn fill(&mut self, t: &str) -> String {
        let mut out = String::with_capacity(t.len() + 48);
        let mut rest = t;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let Some(j) = rest[i..].find('}') else {
                break;
            };
            let key = &rest[i + 1..i + j];
            let v = self.var(key);
            out.push_str(&v);
            rest = &rest[i + j + 1..];
        }
        out.push_str(rest);
        capitalize(&mut out);
        out
    }

    fn person_key(&mut self, key: &str) -> Option<String> {
        for (base, form) in [("his", 0), ("him", 1), ("he", 2)] {
            if let Some(rest) = key.strip_prefix(base) {
                let idx = match rest {
                    "" => self.last.unwrap_or(0),
                    _ if rest.len() == 1 => rest.parse::<usize>().ok()?,
                    _ => return None,
                };
                let f = self.story.cast.get(idx)?.female;
                let w = match (form, f) {
                    (0, true) => "her",
                    (0, false) => "his",
                    (1, true) => "her",
                    (1, false) => "him",
                    (_, true) => "she",
                    (_, false) => "he",
                };
                return Some(w.to_string());
            }
        }
        let (idx, suffix) = if let Some(rest) = key.strip_prefix('S') {
            (self.speaker, rest)
        } else if let Some(rest) = key.strip_prefix('P') {
            let d = rest.chars().next()?.to_digit(10)? as usize;
            (d, &rest[1..])
        } else {
            return None;
        };
        let story = self.story;
        let p = story.cast.get(idx)?;
        let first = !self.mentioned[idx];
        self.last = Some(idx);
        let v = match suffix {
            "" => {
                self.mentioned[idx] = true;
                match (first, p.named) {
                    (true, true) => format!("{} {}", p.pre, p.name),
                    (true, false) => p.anon.clone(),
                    (false, true) => p.sur.clone(),
                    (false, false) => p.short.clone(),
                }
            }
            "app" => {
                self.mentioned[idx] = true;
                match (first, p.named) {
                    (true, true) => format!("{}, {},", p.name, p.desc),
                    (true, false) => p.anon.clone(),
                    (false, true) => p.sur.clone(),
                    (false, false) => p.short.clone(),
                }
            }
            // Titles: no mention is recorded.
            "sur" => {
                self.last = None;
                if p.named {
                    p.sur.clone()
                } else {
                    p.short.clone()
                }
            }
            _ => return None,
        };
        Some(v)
    }

    fn var(&mut self, key: &str) -> String {
        if let Some(v) = self.person_key(key) {
            return v;
        }
        let s = self.story;
        let c = s.country();
        let c2 = s.country2();
        let year = i64::from(s.start.year());
        let kind = s.kind;
        let sector = s.sector();
        let dis = self.st("dis", 0, 3) as usize;
        let weapon = s.pick("weapon", WEAPONS);
        let place = s.pick("place", PLACES);
        let topic = s.pick("topic", TOPICS);
        let charge = s.pick("charge", CHARGES);
        let cut = self.cut();
        match key {
            "city" => s.city.to_string(),
            "country" => c.name.to_string(),
            "adj" => c.adj.to_string(),
            "capital" => c.capital.to_string(),
            "country2" => c2.name.to_string(),
            "adj2" => c2.adj.to_string(),
            "capital2" => c2.capital.to_string(),
            "venue" => s.venue.to_string(),
            "outlet" => self.outlet.to_string(),
            "pop" => (3 + hash(&[s.seed, 0xC0, s.c as u64]) % 88).to_string(),
            "gov" => c.gov.to_string(),
            "opp" => c.opp.to_string(),
            "money" => c.money.to_string(),
            "currency" => c.currency.to_string(),
            "ev_on" => self.ev.on.clone(),
            "ev_day" => self.ev.day.clone(),
            "ev_adj" => self.ev.adj.clone(),
            "fut_on" => self.fut.on.clone(),
            "fut_day" => self.fut.day.clone(),
            "alt_on" => self.alt.on.clone(),
            "alt_day" => self.alt.day.clone(),
            "now_on" => format!("on {}", weekday(self.pub_date)),
            "now_day" => weekday(self.pub_date).to_string(),
            "children" => words(self.st("children", 1, 3)),
            "others" => tenths(self.st("others", 100, 150)),
            "minor_w" => words(self.st("minor", 2, 6)),
            "observers" => self.st("observers", 40, 400).to_string(),
            "rescuers" => thousands(self.st("rescuers", 3, 60) * 100),
            "since" => (year - self.st("since", 3, 14)).to_string(),
            "since2" => (year - self.st("since2", 2, 9)).to_string(),
            "gov_since" => (year - 1 - (hash(&[s.seed, 0xC1, s.c as u64]) % 9) as i64).to_string(),
            "war" => (year - self.st("war", 15, 40)).to_string(),
            "gap" => s
                .pick(
                    "gap",
                    &[
                        "two years",
                        "three years",
                        "more than a decade",
                        "18 months",
                        "five years",
                    ],
                )
                .to_string(),
            "last_year" => s
                .pick(
                    "lastyear",
                    &[
                        "two years ago",
                        "last spring",
                        "last year",
                        "three years ago",
                    ],
                )
                .to_string(),
            "q" => self.q.clone(),
            "rep1" | "rep2" | "rep3" => name_from(self.rng.next()).name,
            "group" => s.pick("group", GROUPS).to_string(),
            "group_bare" => s
                .pick("group", GROUPS)
                .trim_start_matches("the ")
                .to_string(),
            "region" => s.pick("region", REGIONS).to_string(),
            "village" => s.pick("village", VILLAGES).to_string(),
            "anon" => self.anon(),
            "org" => self.org(),
            "state_media" => {
                let adj = c.adj;
                match self.rng.below(4) {
                    0 => "state television".to_string(),
                    1 => format!("the official {adj} news agency"),
                    2 => "state radio".to_string(),
                    _ => "the state broadcaster".to_string(),
                }
            }
            // Attack
            "weapon" => weapon.0.to_string(),
            "a_weapon" => {
                let article = if weapon.0.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {}", weapon.0)
            }
            "anoun" => weapon.1.to_string(),
            "place" => place.0.to_string(),
            "place_short" => place.1.to_string(),
            "place_bare" => place.2.to_string(),
            "toll" => self.toll().to_string(),
            "toll0" => self.toll0().to_string(),
            "alt_toll" => (self.toll() + self.st("alttoll", 3, 12)).to_string(),
            "wounded" => self.wounded().to_string(),
            "severe" => words(self.wounded() / 6 + 1),
            "arrests" => words(self.st("arrests", 2, 9)),
            "hour" => clock(s.break_minute),
            "mourn" => words(self.st("mourn", 2, 3)),
            "citypop" => thousands(self.st("citypop", 80, 900) * 1000),
            // Talks
            "topic" => topic.0.to_string(),
            "topic_short" => topic.1.to_string(),
            "prisoners" => self.st("prisoners", 20, 300).to_string(),
            "border" => thousands(self.st("border", 180, 1400)),
            "delegates" => words(self.st("delegates", 6, 20)),
            "clash_dead" => words(self.st("clash", 3, 14)),
            // Court
            "charge" => charge.0.to_string(),
            "charge_detail" => charge.1.to_string(),
            "years" => self.years().to_string(),
            "years_w" => words(if kind == Kind::Strike {
                self.st("payyears", 3, 10)
            } else {
                self.years()
            }),
            "sought" => (self.years() + self.st("sought", 2, 6)).to_string(),
            "fine" => self.st("fine", 1, 40).to_string(),
            "sum" => self.st("sum", 2, 90).to_string(),
            "codef_w" => words(self.st("codef", 2, 6)),
            "years_low" => words((self.years() - self.st("ylow", 1, 3)).max(2)),
            "ban" => self.st("ban", 5, 10).to_string(),
            "court" => {
                if self.st("court", 0, 1) == 0 {
                    format!("the {} criminal court", c.capital)
                } else {
                    format!("{}'s Supreme Court", c.name)
                }
            }
            "trial_months" => words(self.st("trial", 4, 18)),
            "years_alt" => (self.years() - self.st("yalt", 1, 2)).max(1).to_string(),
            "served" => words(self.st("served", 2, 12)),
            // Election
            "counted" => self.prog(30, 98).to_string(),
            "inc_share" => tenths(self.inc_share()),
            "opp_share" => tenths(1000 - self.inc_share() - self.st("others", 100, 150)),
            "turnout" => tenths(self.st("turnout", 480, 780)),
            "turnout_claim" => tenths(self.st("turnout", 480, 780) - self.st("tclaim", 60, 150)),
            "turnout_cmp" => s.pick("tcmp", &["higher", "lower"]).to_string(),
            "opp_claim" => tenths(500 + self.st("oclaim", 5, 60)),
            "stations" => thousands(self.prog(self.st("stations", 1200, 4000), 40)),
            "term" => s.pick("term", &["second", "third"]).to_string(),
            "obs_denied" => words(self.st("obsdenied", 3, 12)),
            "voters" => self.st("voters", 3, 40).to_string(),
            "nth" => s
                .pick("nth", &["third", "fourth", "fifth", "sixth"])
                .to_string(),
            // Ceasefire
            "truce" => s.pick("truce", &[14, 30, 60, 90]).to_string(),
            "violations" => self.violations().to_string(),
            "killed" => words(self.violations() / 3 + self.st("killed", 0, 3)),
            "villages" => words(self.st("villages", 3, 9)),
            "pullback" => s.pick("pullback", &[10, 15, 20, 30]).to_string(),
            "monitor_posts" => self.st("posts", 8, 40).to_string(),
            "displaced" => thousands(self.st("displaced", 3, 200) * 1000),
            // Strike
            "workers" => sector.workers.to_string(),
            "job" => sector.job.to_string(),
            "service" => sector.service.to_string(),
            "union" => sector.union.to_string(),
            "company" => s.company(),
            "disruption" => sector.disruption.replace(
                "@n",
                &self.st("cancelled", sector.lo, sector.hi).to_string(),
            ),
            "union_claim" => thousands(self.st("uclaim", 3, 60) * 1000),
            "company_pct" => self.st("cpct", 12, 45).to_string(),
            "demand" => self.st("demand", 8, 25).to_string(),
            "offer" => self.st("offer", 2, 7).to_string(),
            "cost" => self.st("cost", 5, 80).to_string(),
            "staff" => thousands(self.st("staff", 4, 60) * 1000),
            "inflation" => tenths(if kind == Kind::Rates {
                if cut {
                    self.st("infl", 35, 60)
                } else {
                    self.st("infl", 50, 140)
                }
            } else {
                self.st("infl", 40, 160)
            }),
            "dur" => s
                .pick(
                    "dur",
                    &["24-hour", "48-hour", "three-day", "five-day", "week-long"],
                )
                .to_string(),
            // Rates
            "bank" => format!("the Bank of {}", c.name),
            "dir" => (if cut { "cut" } else { "raised" }).to_string(),
            "dir_s" => (if cut { "cuts" } else { "raises" }).to_string(),
            "dir_noun" => (if cut { "cut" } else { "increase" }).to_string(),
            "dir_noun_pl" => (if cut { "cuts" } else { "increases" }).to_string(),
            "bp" => self.bp().to_string(),
            "old_rate" => hundredths(self.old_rate()),
            "rate" => hundredths(if cut {
                self.old_rate() - self.bp()
            } else {
                self.old_rate() + self.bp()
            }),
            "infl_verb" => (if cut { "eased to" } else { "risen to" }).to_string(),
            "target" => self.st("target", 2, 3).to_string(),
            "votes" => s
                .pick(
                    "votes",
                    &[
                        "unanimously",
                        "seven to two",
                        "six to three",
                        "five to four",
                        "eight to one",
                    ],
                )
                .to_string(),
            "growth" => tenths(self.st("growth", 5, 40)),
            "growth_last" => tenths(self.st("growthlast", 3, 45)),
            "cur_dir" => (if cut { "fell" } else { "rose" }).to_string(),
            "cur_dir_s" => (if cut { "falls" } else { "rises" }).to_string(),
            "cur_move" => tenths(self.st("curmove", 2, 19)),
            "yield_dir" => (if cut { "fell" } else { "rose" }).to_string(),
            "expect" => if cut {
                s.pick("expect", &["pause", "cut again", "hold rates steady"])
            } else {
                s.pick(
                    "expect",
                    &["raise rates again", "pause", "hold rates steady"],
                )
            }
            .to_string(),
            "reason" => if cut {
                s.pick(
                    "reason",
                    &[
                        "slowing growth and easing price pressures",
                        "a sharp drop in inflation",
                        "weak demand at home and abroad",
                    ],
                )
            } else {
                s.pick(
                    "reason",
                    &[
                        "stubbornly high inflation",
                        "a weakening currency",
                        "rising wage pressures",
                    ],
                )
            }
            .to_string(),
            "nth_move" => s
                .pick("nthmove", &["second", "third", "fourth"])
                .to_string(),
            // Disaster
            "dis_title" => ["Floods", "Earthquake", "Landslide", "Storm"][dis].to_string(),
            "dis_kills" => ["kill", "kills", "kills", "kills"][dis].to_string(),
            "dis_noun" => ["floods", "earthquake", "landslide", "storm"][dis].to_string(),
            "the_dis" => {
                ["the floods", "the earthquake", "the landslide", "the storm"][dis].to_string()
            }
            "dis_ev" => [
                "heavy floods",
                "a strong earthquake",
                "a landslide",
                "a powerful storm",
            ][dis]
                .to_string(),
            "dis_lead" => match dis {
                0 => "Floods swept through".to_string(),
                1 => format!(
                    "An earthquake of magnitude {} struck",
                    tenths(self.st("mag", 55, 78))
                ),
                2 => "A landslide buried dozens of homes in".to_string(),
                _ => "A powerful storm battered".to_string(),
            },
            "dis_generic" => [
                "seasonal floods",
                "earthquakes",
                "landslides in the rainy season",
                "tropical storms",
            ][dis]
                .to_string(),
            "missing" => self.missing().to_string(),
            "alt_missing" => (self.missing() * 2 + self.st("altmissing", 5, 30)).to_string(),
            "homes" => thousands(self.st("homes", 300, 9000)),
            "mag" => tenths(self.st("mag", 55, 78)),
            "depth" => self.st("depth", 8, 40).to_string(),
            "wind" => self.st("wind", 110, 220).to_string(),
            "aid_amt" => self.st("aidamt", 5, 200).to_string(),
            "emerg" => s.pick("emerg", &[15, 30, 60, 90]).to_string(),
            "past_toll" => thousands(self.st("pasttoll", 100, 2000)),
            _ => {
                debug_assert!(false, "unknown template key {key}");
                String::new()
            }
        }
    }

    fn bp(&self) -> i64 {
        self.story.pick("bp", &[25, 25, 50, 75])
    }

    fn old_rate(&self) -> i64 {
        self.st("oldrate", 6, 36) * 25
    }

    /// An unnamed source, fitting the story.
    fn anon(&mut self) -> String {
        let s = self.story;
        let c = s.country();
        let list: &[&str] = match s.kind {
            Kind::Attack => &[
                "a security official",
                "two security sources",
                "a police officer at the scene",
                "a senior official who asked not to be named",
                "hospital sources",
            ],
            Kind::Talks => &[
                "a senior diplomat",
                "two officials familiar with the preparations",
                "a diplomat in @venue",
                "a government source in @cap",
            ],
            Kind::Court => &[
                "a court official",
                "a source close to the defence",
                "a spokesman for the court",
                "a legal source",
            ],
            Kind::Election => &[
                "an election official",
                "a commission spokeswoman",
                "two officials involved in the count",
                "a senior official",
            ],
            Kind::Ceasefire => &[
                "a military source",
                "a local official",
                "an aid worker in the area",
                "a senior security official",
            ],
            Kind::Strike => &[
                "a union official",
                "a company spokeswoman",
                "a ministry source",
                "an industry source",
            ],
            Kind::Rates => &[
                "a central bank official",
                "a person familiar with the discussions",
                "analysts",
                "a senior treasury official",
            ],
            Kind::Disaster => &[
                "a local official",
                "the civil protection agency",
                "rescue workers",
                "a regional governor",
            ],
        };
        self.rng
            .pick(list)
            .replace("@venue", s.venue)
            .replace("@cap", c.capital)
    }

    /// An institution speaking for the story.
    fn org(&mut self) -> String {
        let s = self.story;
        let c = s.country();
        match s.kind {
            Kind::Attack => self
                .rng
                .pick(&["the interior ministry", "police", "the health ministry"])
                .to_string(),
            Kind::Talks => match self.rng.below(3) {
                0 => format!("the {} foreign ministry", c.adj),
                1 => "the Regional Council".to_string(),
                _ => format!("the foreign ministry in {}", c.capital),
            },
            Kind::Court => self
                .rng
                .pick(&[
                    "the court",
                    "the prosecutor's office",
                    "the justice ministry",
                ])
                .to_string(),
            Kind::Election => self
                .rng
                .pick(&["the election commission", "the commission"])
                .to_string(),
            Kind::Ceasefire => self
                .rng
                .pick(&[
                    "the army",
                    "the Regional Council",
                    "the defence ministry",
                    "a monitoring group",
                ])
                .to_string(),
            Kind::Strike => {
                if self.rng.chance(50) {
                    "the labour ministry".to_string()
                } else {
                    s.company()
                }
            }
            Kind::Rates => self
                .rng
                .pick(&["the bank", "the central bank", "the finance ministry"])
                .to_string(),
            Kind::Disaster => self
                .rng
                .pick(&[
                    "the civil protection agency",
                    "the interior ministry",
                    "the health ministry",
                    "the regional government",
                ])
                .to_string(),
        }
    }

    fn intl(&self) -> bool {
        matches!(
            self.story.kind,
            Kind::Attack | Kind::Talks | Kind::Ceasefire | Kind::Disaster | Kind::Election
        )
    }

    fn sentence(&mut self, list: &'static [&'static str], fresh_only: bool) -> Option<String> {
        let t = self.choose(list, fresh_only)?;
        Some(self.fill(t))
    }

    /// A paragraph of `g`, run to about `want` words where `g` allows more than one sentence.
    fn paragraph(&mut self, g: Gen, want: usize) -> Option<String> {
        let tx = texts(self.story.kind);
        let mut p = match g {
            Gen::Fact(i) => self.sentence(tx.facts[i], true)?,
            Gen::Quote(r) => {
                let q = self.choose(tx.quotes[r], true)?;
                self.q = self.fill(q);
                self.speaker = r;
                let judge = self.story.kind == Kind::Court && r == 0;
                self.sentence(if judge { JUDGE_FRAMES } else { FRAMES }, false)?
            }
            Gen::Contra => self.sentence(tx.contra, true)?,
            Gen::KindBg => self.sentence(tx.background, true)?,
            Gen::Bg => self.sentence(GENERIC_BG, true)?,
            Gen::Reaction => self.sentence(REACTIONS, true)?,
            Gen::Closing => self.sentence(CLOSINGS, false)?,
        };
        // Paragraphs run to a second or third sentence of the same kind.
        let extra = match g {
            Gen::Quote(_) => usize::from(self.rng.chance(60)),
            Gen::Bg => 1,
            Gen::Fact(_) => 3,
            _ => 2,
        };
        for _ in 0..extra {
            if count_words(&p) >= want {
                break;
            }
            let more = match g {
                Gen::Fact(i) => {
                    let j = self.rng.below(tx.facts.len());
                    self.sentence(
                        tx.facts[if j == i { (j + 1) % tx.facts.len() } else { j }],
                        true,
                    )
                }
                Gen::Quote(r) => match self.choose(tx.quotes[r], true) {
                    Some(q) => {
                        self.q = self.fill(q);
                        self.sentence(FOLLOW, false)
                    }
                    None => None,
                },
                Gen::Contra => self.sentence(tx.contra, true),
                Gen::KindBg => self.sentence(tx.background, true),
                Gen::Bg => self.sentence(GENERIC_BG, true),
                Gen::Reaction | Gen::Closing => None,
            };
            let Some(m) = more else { break };
            p.push(' ');
            p.push_str(&m);
        }
        Some(p)
    }

    fn render(&mut self) -> (String, String) {
        let tx = texts(self.story.kind);
        let title = match self.choose(tx.titles, false) {
            Some(t) => self.fill(t),
            None => String::new(),
        };
        self.mentioned = [false; 5];
        self.last = None;

        let lead = match self.choose(tx.leads, false) {
            Some(t) => self.fill(t),
            None => String::new(),
        };
        let mut paras = vec![format!(
            "{}, {} ({}) - {}",
            self.story.city.to_uppercase(),
            month_day(self.pub_date),
            self.outlet,
            lead
        )];
        let mut words = count_words(&paras[0]);

        // 250..=630 words, most around 350: the mean lands near 400 with the last paragraph.
        let target_words = 250 + self.rng.below(381).min(self.rng.below(381)) + self.rng.below(60);
        let target_paras = (target_words / 36 + self.rng.below(3))
            .saturating_sub(1)
            .clamp(8, 16);
        let per_para = target_words / target_paras;

        // The plan: two facts first, then facts, quotes, background and reactions mixed.
        let mut facts: Vec<Gen> = (0..tx.facts.len()).map(Gen::Fact).collect();
        self.rng.shuffle(&mut facts);
        let mut rest: Vec<Gen> = facts.split_off(2.min(facts.len()));
        for r in 0..4 {
            if self.story.cast[r].named || self.rng.chance(50) {
                rest.push(Gen::Quote(r));
            }
            if r < 2 {
                rest.push(Gen::Quote(r));
            }
        }
        rest.extend([Gen::KindBg, Gen::KindBg, Gen::Bg]);
        if self.intl() && self.rng.chance(60) {
            rest.push(Gen::Reaction);
        }
        self.rng.shuffle(&mut rest);
        let mut queue = facts;
        if self.twist.is_some() {
            queue.insert(self.rng.below(queue.len() + 1), Gen::Contra);
            rest.push(Gen::Contra);
        }
        queue.extend(rest);

        let fallback = [
            Gen::Fact(0),
            Gen::Fact(0),
            Gen::KindBg,
            Gen::Quote(0),
            Gen::Bg,
        ];
        let mut next = queue.into_iter();
        let mut attempts = 0;
        while paras.len() < 16
            && (paras.len() < target_paras || words < target_words)
            && attempts < 80
        {
            attempts += 1;
            let g = match next.next() {
                Some(g) => g,
                None => match self.rng.pick(&fallback) {
                    Gen::Fact(_) => Gen::Fact(self.rng.below(tx.facts.len())),
                    Gen::Quote(_) => Gen::Quote(self.rng.below(4)),
                    g => g,
                },
            };
            let want = per_para * (85 + self.rng.below(70)) / 100;
            let Some(p) = self.paragraph(g, want) else {
                continue;
            };
            let pw = count_words(&p);
            if words + pw > 700 {
                if paras.len() >= 8 {
                    break;
                }
                continue;
            }
            words += pw;
            paras.push(p);
        }
        // Too short even so: lengthen paragraphs with background.
        let mut tries = 0;
        while words < 250 && tries < 40 && paras.len() > 1 {
            tries += 1;
            let list = if self.rng.chance(50) {
                GENERIC_BG
            } else {
                tx.background
            };
            if let Some(sn) = self.sentence(list, false) {
                words += count_words(&sn);
                let k = 1 + self.rng.below(paras.len() - 1);
                paras[k].push(' ');
                paras[k].push_str(&sn);
            }
        }
        if paras.len() < 16 && self.rng.chance(45) {
            if let Some(p) = self.paragraph(Gen::Closing, 0) {
                if words + count_words(&p) <= 700 {
                    paras.push(p);
                }
            }
        }
        (title, paras.join("\n\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(articles: usize, stories: usize, seed: u64) -> Spec {
        Spec {
            articles,
            stories,
            seed,
            start: NaiveDate::from_ymd_opt(2024, 3, 4).unwrap(),
        }
    }

    fn bytes(s: &Spec) -> Vec<u8> {
        let mut out = Vec::new();
        write_corpus(&mut out, s).unwrap();
        out
    }

    fn parsed(s: &Spec) -> Vec<serde_json::Value> {
        corpus_lines(s)
            .map(|l| serde_json::from_str(&l).unwrap())
            .collect()
    }

    #[test]
    fn same_spec_same_bytes_other_seed_other_bytes() {
        let a = bytes(&spec(60, 9, 7));
        assert_eq!(a, bytes(&spec(60, 9, 7)));
        assert_ne!(a, bytes(&spec(60, 9, 8)));
        let lines: Vec<String> = corpus_lines(&spec(60, 9, 7)).collect();
        assert_eq!(a, (lines.join("\n") + "\n").into_bytes());
    }

    #[test]
    fn one_line_per_article_each_a_full_object() {
        for (n, k) in [(0, 3), (1, 1), (5, 20), (137, 11)] {
            let s = spec(n, k, 3);
            let out = String::from_utf8(bytes(&s)).unwrap();
            assert_eq!(out.lines().count(), n);
            for v in parsed(&s) {
                for key in ["id", "source", "published", "title", "body"] {
                    let field = v[key]
                        .as_str()
                        .unwrap_or_else(|| panic!("{key} missing in {v}"));
                    assert!(!field.is_empty(), "{key} empty in {v}");
                }
            }
        }
    }

    #[test]
    fn ids_are_unique_and_published_is_non_decreasing() {
        let vs = parsed(&spec(400, 30, 11));
        let mut ids: Vec<&str> = vs.iter().map(|v| v["id"].as_str().unwrap()).collect();
        let published: Vec<&str> = vs
            .iter()
            .map(|v| v["published"].as_str().unwrap())
            .collect();
        assert!(
            published.windows(2).all(|w| w[0] <= w[1]),
            "not in publication order"
        );
        for p in &published {
            assert!(chrono::DateTime::parse_from_rfc3339(p).is_ok(), "{p}");
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 400);
    }

    #[test]
    fn bodies_have_wire_length_and_shape() {
        let vs = parsed(&spec(200, 25, 5));
        let total: usize = vs.iter().map(|v| v["body"].as_str().unwrap().len()).sum();
        let avg = total / vs.len();
        assert!((1500..=4000).contains(&avg), "average body {avg} bytes");
        for v in &vs {
            let body = v["body"].as_str().unwrap();
            let w = count_words(body);
            let paras = body.split("\n\n").count();
            assert!((250..=700).contains(&w), "{w} words: {body}");
            assert!((8..=16).contains(&paras), "{paras} paragraphs: {body}");
            assert!(!body.contains('{') && !body.contains('}'), "{body}");
            assert!(
                !body.contains("  ") && !body.contains(" ,") && !body.contains(",,"),
                "{body}"
            );
            let first = body.split("\n\n").next().unwrap();
            assert!(
                first.contains(&format!("({}) - ", v["source"].as_str().unwrap())),
                "{first}"
            );
        }
    }

    #[test]
    fn every_story_is_used() {
        for (n, k) in [(50, 50), (120, 7), (300, 64)] {
            let vs = parsed(&spec(n, k, 2));
            let mut seen = vec![false; k];
            for v in &vs {
                let id = v["id"].as_str().unwrap();
                let story: usize = id[1..6].parse().unwrap();
                seen[story] = true;
            }
            assert!(seen.iter().all(|&b| b), "{n} articles, {k} stories");
        }
    }

    /// Every template of every kind fills without an unknown key or condition.
    #[test]
    fn every_template_fills() {
        let corpus = Corpus::new(&spec(400, 200, 1));
        let mut kinds_seen = Vec::new();
        for (i, slot) in corpus.slots.iter().enumerate() {
            let story = &corpus.stories[slot.story as usize];
            if kinds_seen.contains(&story.kind) {
                continue;
            }
            kinds_seen.push(story.kind);
            let _ = corpus.line(i);
            let mut art = Art::new(1, story, *slot, story.start);
            let tx = texts(story.kind);
            let mut all: Vec<&'static str> = Vec::new();
            all.extend(tx.titles);
            all.extend(tx.leads);
            all.extend(tx.facts.iter().flat_map(|f| f.iter()));
            all.extend(tx.contra);
            all.extend(tx.background);
            all.extend(tx.quotes.iter().flat_map(|f| f.iter()));
            all.extend(FRAMES);
            all.extend(JUDGE_FRAMES);
            all.extend(FOLLOW);
            all.extend(GENERIC_BG);
            all.extend(REACTIONS);
            all.extend(CLOSINGS);
            art.q = "Quoted".to_string();
            for t in all {
                let (conds, text) = Art::split(t);
                for c in conds.split(',').filter(|c| !c.is_empty()) {
                    let _ = art.cond(c);
                }
                let out = art.fill(text);
                assert!(
                    !out.contains('{') && !out.contains('}') && !out.contains("  "),
                    "{t} -> {out}"
                );
            }
        }
        assert_eq!(kinds_seen.len(), KINDS.len());
    }

    #[test]
    fn relative_days_read_naturally() {
        let now = NaiveDate::from_ymd_opt(2024, 3, 6).unwrap(); // a Wednesday
        let mut rng = Rng(1);
        let r = relative(now, NaiveDate::from_ymd_opt(2024, 3, 20).unwrap(), &mut rng);
        assert_eq!(
            (r.on.as_str(), r.day.as_str(), r.adj.as_str()),
            ("on March 20", "March 20", "the March 20")
        );
        for _ in 0..50 {
            let r = relative(now, NaiveDate::from_ymd_opt(2024, 3, 4).unwrap(), &mut rng);
            assert!(
                ["on Monday", "last Monday"].contains(&r.on.as_str()),
                "{}",
                r.on
            );
        }
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(clock(0), "12 a.m.");
        assert_eq!(clock(13 * 60 + 5), "1:05 p.m.");
    }

    /// `cargo test --features dev --lib synth::tests::sample -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn sample() {
        let n = std::env::var("SYNTH_N")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10_000);
        let s = spec(n, (n / 12).max(1), 42);
        let t = std::time::Instant::now();
        let out = bytes(&s);
        eprintln!("{n} articles, {} bytes, in {:?}", out.len(), t.elapsed());
        if let Ok(path) = std::env::var("SYNTH_DUMP") {
            std::fs::write(path, &out).unwrap();
        }
        let mut stories = Vec::new();
        for line in corpus_lines(&spec(24, 6, 42)) {
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            let story = v["id"].as_str().unwrap()[..6].to_string();
            if stories.contains(&story) || stories.len() == 2 {
                continue;
            }
            stories.push(story);
            eprintln!(
                "---\n{} | {} | {} | {}",
                v["id"], v["source"], v["published"], v["title"]
            );
            eprintln!("{}", v["body"].as_str().unwrap());
        }
    }
}
