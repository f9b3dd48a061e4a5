//! The demo forum: a national IGF with about 200 participants across every stakeholder group, UN regional group
//! and a few dozen countries, their organizations, a Secretariat, a Chair and a MAG. Deterministic: the same
//! data every time. Later capabilities add their own demo data here.

mod archive;
mod bilaterals;
mod consultations;
mod cycles;
mod federation;
mod floor;
mod groups;
mod meeting;
mod outcomes;
mod stocktaking;
mod tracks;
mod translations;
mod travel_support;

use agora_store::organizations::{self, NewOrganization};
use agora_store::participants::{self, ProfileFields};
use agora_store::{Db, settings};

/// Every demo account has this password; the demo admin is `admin@demo.agora.example`.
pub const DEMO_PASSWORD: &str = "agora demo password";
pub const DEMO_ADMIN: &str = "admin@demo.agora.example";
pub const DEMO_SECRETARIAT: &str = "secretariat@demo.agora.example";
pub const DEMO_MAG: &str = "mag@demo.agora.example";
const PARTICIPANTS: usize = 200;

/// SplitMix64: a tiny deterministic generator, enough for plausible spreads.
pub struct Random(u64);

impl Random {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn with the given weights.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let mut roll = self.below(weights.iter().sum::<u32>() as usize) as u32;
        for (i, w) in weights.iter().enumerate() {
            if roll < *w {
                return i;
            }
            roll -= w;
        }
        weights.len() - 1
    }
}

/// Countries of the demo, with the weight of each in the sample: a host country and guests from every region.
const COUNTRIES: &[(&str, u32)] = &[
    ("KE", 40),
    ("UG", 6),
    ("TZ", 6),
    ("RW", 5),
    ("ET", 4),
    ("NG", 6),
    ("GH", 4),
    ("SN", 4),
    ("ZA", 5),
    ("EG", 3),
    ("MA", 2),
    ("MW", 2),
    ("IN", 6),
    ("BD", 3),
    ("PK", 2),
    ("ID", 3),
    ("PH", 2),
    ("JP", 2),
    ("CN", 3),
    ("FJ", 2),
    ("NP", 2),
    ("LB", 2),
    ("UA", 2),
    ("PL", 2),
    ("RO", 2),
    ("AM", 1),
    ("GE", 1),
    ("BR", 4),
    ("MX", 2),
    ("CO", 2),
    ("AR", 2),
    ("JM", 2),
    ("TT", 1),
    ("BO", 1),
    ("US", 5),
    ("GB", 3),
    ("DE", 3),
    ("FR", 3),
    ("CH", 4),
    ("SE", 1),
    ("CA", 2),
    ("AU", 1),
];

const GIVEN: &[&str] = &[
    "Amina",
    "Wanjiru",
    "Otieno",
    "Kamau",
    "Achieng",
    "Njeri",
    "Mwangi",
    "Fatuma",
    "Chinedu",
    "Ngozi",
    "Kwame",
    "Abena",
    "Moussa",
    "Aïssatou",
    "Thabo",
    "Nomvula",
    "Yasmin",
    "Omar",
    "Priya",
    "Arjun",
    "Farhana",
    "Siti",
    "Rizal",
    "Maria",
    "Kenji",
    "Li Wei",
    "Mereani",
    "Sita",
    "Rania",
    "Olena",
    "Piotr",
    "Ioana",
    "Anahit",
    "Nino",
    "Luciana",
    "Carlos",
    "Valentina",
    "Andrés",
    "Shanice",
    "Camille",
    "Jonas",
    "Sarah",
    "David",
    "Léa",
    "Ingrid",
    "Emily",
    "Malik",
    "Grace",
    "Joseph",
    "Esther",
    "Daniel",
    "Halima",
    "Samuel",
    "Ruth",
    "Peter",
    "Lucy",
    "Brian",
    "Faith",
];
const FAMILY: &[&str] = &[
    "Odhiambo",
    "Wambui",
    "Kiprop",
    "Mutua",
    "Njoroge",
    "Akinyi",
    "Hassan",
    "Okafor",
    "Mensah",
    "Diallo",
    "Ndiaye",
    "Dlamini",
    "Mahlangu",
    "El-Sayed",
    "Sharma",
    "Rahman",
    "Santoso",
    "Reyes",
    "Tanaka",
    "Zhang",
    "Naidu",
    "Haddad",
    "Shevchenko",
    "Kowalski",
    "Popescu",
    "Petrosyan",
    "Beridze",
    "Silva",
    "Hernández",
    "Gómez",
    "Campbell",
    "Dubois",
    "Müller",
    "Lindqvist",
    "Smith",
    "Brown",
    "Tremblay",
    "Kariuki",
    "Mwenda",
    "Chebet",
    "Onyango",
    "Nyambura",
    "Abdi",
    "Mohamed",
    "Wekesa",
    "Barasa",
    "Nakato",
    "Uwase",
    "Tesfaye",
    "Banda",
];

/// (name, stakeholder group, country, website)
const ORGANIZATIONS: &[(&str, &str, &str, &str)] = &[
    ("Ministry of Information, Communications and the Digital Economy", "government", "KE", "https://ict.go.ke"),
    ("Communications Authority", "government", "KE", ""),
    ("Office of the Data Protection Commissioner", "government", "KE", ""),
    ("National Computer and Cybercrimes Coordination Committee", "government", "KE", ""),
    ("County Government ICT Department", "government", "KE", ""),
    ("Ministry of ICT and National Guidance", "government", "UG", ""),
    ("Federal Ministry of Communications and Digital Economy", "government", "NG", ""),
    ("Department of Communications and Digital Technologies", "government", "ZA", ""),
    ("Ministry of Electronics and Information Technology", "government", "IN", ""),
    ("Federal Office of Communications", "government", "CH", ""),
    ("Safaricom PLC", "private-sector", "KE", ""),
    ("Airtel Networks", "private-sector", "KE", ""),
    ("Kenya Private Sector Alliance", "private-sector", "KE", ""),
    ("iHub Nairobi", "private-sector", "KE", ""),
    ("Liquid Intelligent Technologies", "private-sector", "ZA", ""),
    ("MainOne", "private-sector", "NG", ""),
    ("Digital Rights Consultancy", "private-sector", "GB", ""),
    ("Cloud Services Africa", "private-sector", "RW", ""),
    ("Global Telecom Association", "private-sector", "CH", ""),
    ("Mobile Money Alliance", "private-sector", "TZ", ""),
    ("Kenya ICT Action Network (KICTANet)", "civil-society", "KE", "https://www.kictanet.or.ke"),
    ("Article 19 Eastern Africa", "civil-society", "KE", ""),
    ("Paradigm Initiative", "civil-society", "NG", ""),
    ("Collaboration on International ICT Policy for East and Southern Africa", "civil-society", "UG", ""),
    ("Women in Tech Africa", "civil-society", "GH", ""),
    ("Digital Empowerment Foundation", "civil-society", "IN", ""),
    ("Derechos Digitales", "civil-society", "MX", ""),
    ("Access Now", "civil-society", "US", ""),
    ("Youth IGF Kenya", "civil-society", "KE", ""),
    ("Association for Progressive Communications", "civil-society", "ZA", ""),
    ("Disability Rights and Accessibility Network", "civil-society", "KE", ""),
    ("Kenya Network Information Centre (KENIC)", "technical-community", "KE", "https://kenic.or.ke"),
    ("Kenya Education Network (KENET)", "technical-community", "KE", ""),
    ("Internet Society Kenya Chapter", "technical-community", "KE", ""),
    ("AFRINIC", "technical-community", "MU", ""),
    ("Africa Network Operators Group", "technical-community", "GH", ""),
    ("APNIC", "technical-community", "AU", ""),
    ("LACNIC", "technical-community", "UY", ""),
    ("RIPE NCC", "technical-community", "NL", ""),
    ("Internet Society", "technical-community", "US", ""),
    ("University of Nairobi", "academia", "KE", ""),
    ("Strathmore University, Centre for IP and IT Law", "academia", "KE", ""),
    ("Makerere University", "academia", "UG", ""),
    ("University of Cape Town", "academia", "ZA", ""),
    ("University of São Paulo", "academia", "BR", ""),
    ("National Law School of India University", "academia", "IN", ""),
    ("University of Oxford, Internet Institute", "academia", "GB", ""),
    ("University of the West Indies", "academia", "JM", ""),
    ("International Telecommunication Union", "intergovernmental-organization", "CH", "https://www.itu.int"),
    ("UNESCO", "intergovernmental-organization", "FR", "https://www.unesco.org"),
    ("UN Department of Economic and Social Affairs", "intergovernmental-organization", "US", ""),
    ("African Union Commission", "intergovernmental-organization", "ET", ""),
    ("UN Conference on Trade and Development", "intergovernmental-organization", "CH", ""),
];

const GROUP_WEIGHTS: &[(&str, u32)] = &[
    ("civil-society", 34),
    ("government", 18),
    ("private-sector", 17),
    ("technical-community", 14),
    ("academia", 11),
    ("intergovernmental-organization", 6),
];

/// Fills an empty database; does nothing (and says so) when it already has participants.
pub async fn fill(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    if participants::count_active(&mut tx).await? > 0 {
        tracing::info!("the database already has participants: demo data not added");
        return Ok(());
    }
    let password_hash = demo_password_hash(DEMO_PASSWORD)?;
    settings::set(&mut tx, "forum.name", "Demo National IGF").await?;
    settings::set(
        &mut tx,
        "forum.intro",
        "The **Demo National IGF** brings together government, business, civil society, the technical community, academia and \
         international organizations to discuss how the Internet is governed at home. This is Agora's demo forum: \
         every name and organization here is invented, except the public institutions used as examples.",
    )
    .await?;
    let mut org_ids = Vec::new();
    for (name, group, country, website) in ORGANIZATIONS {
        let org = NewOrganization {
            name: name.to_string(),
            stakeholder_group: group.to_string(),
            country: country.to_string(),
            website: website.to_string(),
        };
        org_ids.push((organizations::create(&mut tx, &org).await?, *group, *country));
    }
    let mut random = Random(2026);
    let country_weights: Vec<u32> = COUNTRIES.iter().map(|(_, w)| *w).collect();
    let group_weights: Vec<u32> = GROUP_WEIGHTS.iter().map(|(_, w)| *w).collect();
    let mut ids = Vec::new();
    let mut people: Vec<consultations::Person> = Vec::new();
    for n in 0..PARTICIPANTS {
        let (given, family) = (random.pick(GIVEN), random.pick(FAMILY));
        let group = GROUP_WEIGHTS[random.weighted(&group_weights)].0;
        let country = COUNTRIES[random.weighted(&country_weights)].0;
        let candidates: Vec<_> = org_ids.iter().filter(|(_, g, _)| *g == group).collect();
        // Most people come with an organization of their group; some take part in a personal capacity.
        let organization = (random.below(10) < 8).then(|| random.pick(&candidates).0);
        let gender = ["female", "male", "female", "male", "non-binary", "prefer-not-to-say"][random.weighted(&[44, 44, 0, 0, 3, 4]).min(5)];
        let gender = (random.below(20) > 0).then_some(gender.to_string());
        let languages = match country {
            "FR" | "SN" | "MA" | "CH" | "RW" => vec!["en", "fr"],
            "EG" | "LB" => vec!["ar", "en"],
            "MX" | "CO" | "AR" | "BO" => vec!["es", "en"],
            "UA" | "AM" | "GE" => vec!["ru", "en"],
            "CN" => vec!["zh", "en"],
            _ => vec!["en"],
        };
        let profile = ProfileFields {
            name: format!("{given} {family}"),
            stakeholder_group: group.to_string(),
            organization_id: organization,
            country: country.to_string(),
            gender,
            languages: languages.into_iter().map(String::from).collect(),
            first_time: random.below(10) < 3,
            media: random.below(25) == 0,
            listed: random.below(10) < 7,
            bio: String::new(),
        };
        let email = format!("{}.{}.{n}@demo.agora.example", ascii(given), ascii(family));
        let id = participants::register(&mut tx, &email, &password_hash, &profile).await?;
        participants::mark_verified(&mut tx, id).await?;
        ids.push((id, group));
        people.push((id, group, country, format!("{given} {family}")));
    }
    // The forum's officers: a Chair, a Secretariat of three and a MAG of 21 balanced over the groups.
    participants::grant(&mut tx, ids[0].0, "chair").await?;
    for (id, _) in &ids[1..4] {
        participants::grant(&mut tx, *id, "secretariat").await?;
    }
    for (group, _) in GROUP_WEIGHTS {
        for (id, _) in ids[4..].iter().filter(|(_, g)| g == group).take(if *group == "intergovernmental-organization" { 1 } else { 4 }) {
            participants::grant(&mut tx, *id, "mag").await?;
        }
    }
    // Accounts a visitor can log in with to see each role's pages.
    let mut officers = Vec::new();
    for (email, name, group, role) in [
        (DEMO_ADMIN, "Demo Administrator", "technical-community", "admin"),
        (DEMO_SECRETARIAT, "Demo Secretariat", "intergovernmental-organization", "secretariat"),
        (DEMO_MAG, "Demo MAG Member", "civil-society", "mag"),
    ] {
        let profile = ProfileFields {
            name: name.into(),
            stakeholder_group: group.into(),
            organization_id: None,
            country: "KE".into(),
            gender: None,
            languages: vec!["en".into()],
            first_time: false,
            media: false,
            listed: false,
            bio: String::new(),
        };
        let id = participants::register(&mut tx, email, &password_hash, &profile).await?;
        participants::mark_verified(&mut tx, id).await?;
        participants::grant(&mut tx, id, role).await?;
        officers.push(id);
    }
    let mag: Vec<i64> = agora_store::evaluation::evaluators(&mut tx, 0).await?.iter().map(|e| e.id).collect();
    let in_cycles: Vec<(i64, &'static str, bool)> = ids.iter().map(|(id, group)| (*id, *group, mag.contains(id))).collect();
    cycles::fill(&mut tx, &in_cycles, &mut random).await?;
    // The demo administrator's and MAG member's agendas, with a clash to show.
    cycles::agendas(&mut tx, &[officers[0], officers[2]]).await?;
    tx.commit().await?;
    consultations::fill(db, &people, &mut random).await?;
    outcomes::fill(db, &mut random).await?;
    stocktaking::fill(db, ids[10].0, officers[1], &mut random).await?;
    groups::fill(db, &people, ids[0].0, officers[2], &mut random).await?;
    // The archive first: the federation's annual reports describe its cycles.
    archive::fill(db).await?;
    federation::fill(db, officers[1]).await?;
    meeting::fill(db, &people, officers[1], &mut random).await?;
    translations::fill(db, officers[1], &password_hash).await?;
    floor::fill(db, officers[1], &mut random).await?;
    bilaterals::fill(db, &people).await?;
    tracks::fill(db, &people, &mut random).await?;
    travel_support::fill(db, officers[1], &mut random).await?;
    tracing::info!(
        participants = PARTICIPANTS + 3 + translations::VOLUNTEERS.len(),
        organizations = ORGANIZATIONS.len(),
        "demo forum ready: log in as {DEMO_ADMIN}, {DEMO_SECRETARIAT}, {DEMO_MAG} or {} with the password \"{DEMO_PASSWORD}\"",
        translations::DEMO_TRANSLATOR
    );
    Ok(())
}

/// Registered speakers of the demo cycle's proposals (a 400-proposal call needs a thousand people or so).
pub async fn speakers(conn: &mut agora_store::Conn, random: &mut Random) -> anyhow::Result<Vec<i64>> {
    let password_hash = demo_password_hash(DEMO_PASSWORD)?;
    let country_weights: Vec<u32> = COUNTRIES.iter().map(|(_, w)| *w).collect();
    let group_weights: Vec<u32> = GROUP_WEIGHTS.iter().map(|(_, w)| *w).collect();
    let mut ids = Vec::new();
    for n in 0..1000 {
        let (given, family) = (random.pick(GIVEN), random.pick(FAMILY));
        let profile = ProfileFields {
            name: format!("{given} {family}"),
            stakeholder_group: GROUP_WEIGHTS[random.weighted(&group_weights)].0.to_string(),
            organization_id: None,
            country: COUNTRIES[random.weighted(&country_weights)].0.to_string(),
            gender: Some(["female", "male", "non-binary"][random.weighted(&[48, 48, 4])].to_string()),
            languages: vec!["en".into()],
            first_time: random.below(4) == 0,
            media: false,
            listed: false,
            bio: String::new(),
        };
        let email = format!("speaker.{}.{}.{n}@demo.agora.example", ascii(given), ascii(family));
        let id = participants::register(conn, &email, &password_hash, &profile).await?;
        participants::mark_verified(conn, id).await?;
        ids.push(id);
    }
    Ok(ids)
}

fn demo_password_hash(password: &str) -> anyhow::Result<String> {
    Ok(agora_app::accounts::hash_password(password)?)
}

/// An email-safe ASCII form of a name.
fn ascii(name: &str) -> String {
    let map = |c: char| match c {
        'á' | 'à' | 'â' | 'ã' => 'a',
        'é' | 'è' | 'ê' => 'e',
        'í' | 'ï' => 'i',
        'ó' | 'ô' => 'o',
        'ú' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        c => c,
    };
    name.to_lowercase().chars().map(map).filter(|c| c.is_ascii_alphanumeric()).collect()
}
