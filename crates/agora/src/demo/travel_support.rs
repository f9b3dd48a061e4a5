//! The demo's travel support: last year's call (2025) taken through every step by the same use-cases the pages
//! call — about 150 applications from 40 countries (drafts recommended from the mailed link, submitted, screened
//! with a few refused by the rules, scored by two MAG members each, the optimal selection staged and published
//! within the budget, and most of the funded reports filed, in their languages; the others overdue) — and this
//! year's call (2026) open, with a few applications waiting for their recommendation and one refused at screening
//! because its applicant, funded last year, never filed her report.

use super::Random;
use super::demo_password_hash;
use agora_app::travel_support::{self as use_case, Form, Save};
use agora_store::participants::{self, ProfileFields};
use agora_store::{Conn, Db, cycles};

/// Forty countries on the UN lists (least developed, landlocked developing, small island developing), the
/// language of their applicants' texts, and a second one that is not on the lists for a refusal to show.
const COUNTRIES: &[(&str, &str)] = &[
    ("SN", "fr"),
    ("ML", "fr"),
    ("BF", "fr"),
    ("NE", "fr"),
    ("TD", "fr"),
    ("BJ", "fr"),
    ("TG", "fr"),
    ("GN", "fr"),
    ("HT", "fr"),
    ("CD", "fr"),
    ("MG", "fr"),
    ("RW", "en"),
    ("UG", "en"),
    ("ET", "en"),
    ("MW", "en"),
    ("ZM", "en"),
    ("TZ", "en"),
    ("MZ", "en"),
    ("LR", "en"),
    ("SL", "en"),
    ("GM", "en"),
    ("NP", "en"),
    ("BD", "en"),
    ("BT", "en"),
    ("LA", "en"),
    ("KH", "en"),
    ("MN", "ru"),
    ("KG", "ru"),
    ("TJ", "ru"),
    ("AM", "ru"),
    ("FJ", "en"),
    ("WS", "en"),
    ("TO", "en"),
    ("VU", "en"),
    ("JM", "en"),
    ("BO", "es"),
    ("PY", "es"),
    ("DO", "es"),
    ("YE", "ar"),
    ("SD", "ar"),
    ("MR", "ar"),
    ("KM", "ar"),
    ("TL", "zh"),
];

const GIVEN: &[&str] = &[
    "Aminata",
    "Moussa",
    "Fatou",
    "Ibrahim",
    "Grace",
    "Joseph",
    "Aisha",
    "Tenzin",
    "Sita",
    "Bolat",
    "Aigerim",
    "Mele",
    "Sione",
    "María",
    "José",
    "Layla",
    "Omar",
    "Nadia",
    "Chanthavy",
    "Sokha",
    "Ruth",
    "Kwame",
    "Esther",
    "Rahel",
];
const FAMILY: &[&str] = &[
    "Diallo",
    "Traoré",
    "Ouédraogo",
    "Mensah",
    "Mukamana",
    "Okello",
    "Banda",
    "Shrestha",
    "Rahman",
    "Dorji",
    "Batbayar",
    "Asanov",
    "Tupou",
    "Fifita",
    "Mamani",
    "Benítez",
    "Al-Hakimi",
    "Osman",
    "Vongsa",
    "Chea",
    "Kamara",
    "Sesay",
];

/// A motivation and a report in each language the demo's applicants write in.
fn texts(language: &str) -> (&'static str, &'static str) {
    match language {
        "fr" => (
            "Je coordonne un réseau de radios communautaires qui forme les femmes rurales au numérique ; la réunion me permettra de présenter nos résultats.",
            "J'ai parlé lors de la session sur l'inclusion numérique et rapporté trois contacts pour notre projet de connectivité rurale.",
        ),
        "es" => (
            "Trabajo en conectividad comunitaria en zonas rurales; quiero compartir nuestra experiencia con redes comunitarias.",
            "Presenté nuestra red comunitaria en un taller y organicé una reunión de seguimiento con dos reguladores de la región.",
        ),
        "ar" => (
            "أعمل على حماية البيانات الشخصية في بلدي، وأرغب في المشاركة في النقاش حول الحوكمة العالمية للبيانات.",
            "شاركت متحدثًا في جلسة حول حماية البيانات، وعدت بخطة لورشة وطنية مع وزارة الاتصالات.",
        ),
        "ru" => (
            "Я веду программу цифровой грамотности для молодёжи и хочу обменяться опытом с другими национальными IGF.",
            "Выступил на сессии о цифровых навыках и договорился о совместном вебинаре с двумя национальными IGF.",
        ),
        "zh" => {
            ("我在本国推动社区网络建设，希望在会上分享偏远地区接入互联网的经验。", "我在社区网络分场发言，并与两个区域论坛建立了后续合作。")
        }
        _ => (
            "I run a digital-rights clinic for journalists and want to bring their experience of Internet shutdowns to the forum.",
            "I spoke on the shutdowns panel, met the policy network on meaningful access and started a national follow-up.",
        ),
    }
}

async fn cycle_named(conn: &mut Conn, suffix: &str) -> anyhow::Result<Option<cycles::Cycle>> {
    for row in cycles::list(&mut *conn).await? {
        if row.name.ends_with(suffix) {
            return Ok(Some(cycles::get(&mut *conn, row.id).await?));
        }
    }
    Ok(None)
}

/// An applicant's account, in one of the call's countries.
async fn applicant(conn: &mut Conn, n: usize, country: &str, language: &str, random: &mut Random, hash: &str) -> anyhow::Result<i64> {
    let (given, family) = (random.pick(GIVEN), random.pick(FAMILY));
    let group = ["civil-society", "civil-society", "academia", "technical-community", "government", "private-sector"][random.below(6)];
    let gender = ["female", "male", "female", "male", "non-binary", "prefer-not-to-say"][random.weighted(&[45, 42, 0, 0, 4, 3]).min(5)];
    let profile = ProfileFields {
        name: format!("{given} {family}"),
        stakeholder_group: group.into(),
        organization_id: None,
        country: country.into(),
        gender: Some(gender.into()),
        languages: if language == "en" { vec!["en".into()] } else { vec![language.into(), "en".into()] },
        first_time: random.below(3) == 0,
        media: false,
        listed: false,
        bio: String::new(),
    };
    let email = format!("fellow.{n}@demo.agora.example");
    let id = participants::register(&mut *conn, &email, hash, &profile).await?;
    participants::mark_verified(&mut *conn, id).await?;
    Ok(id)
}

/// Saves one application at `now` (within the call); its recommendation's hash.
async fn apply(
    conn: &mut Conn,
    cycle_id: i64,
    participant: i64,
    n: usize,
    country: &str,
    language: &str,
    now: i64,
    random: &mut Random,
) -> anyhow::Result<String> {
    let partial = random.below(3) == 0;
    let ticket = (600 + random.below(1800)).to_string();
    let per_diem =
        if partial && random.below(2) == 0 { String::new() } else { ((3 + random.below(4)) * (150 + random.below(100))).to_string() };
    let visa = if partial && !per_diem.is_empty() { String::new() } else { (60 + random.below(140)).to_string() };
    let contribution = ["speaker", "organizer", "nri", "speaker", "nri"][random.below(5)];
    let hash = format!("demo-recommendation-{cycle_id}-{n}");
    let (motivation, _) = texts(language);
    let saved = use_case::save(
        &mut *conn,
        &Save {
            cycle_id,
            participant_id: participant,
            form: Form {
                country,
                contribution,
                contribution_detail: "",
                ticket_usd: &ticket,
                per_diem_usd: &per_diem,
                visa_usd: &visa,
                motivation,
                recommender_name: "Demo Recommender",
                recommender_email: &format!("recommender.{n}@demo.agora.example"),
            },
            recommendation_hash: &hash,
            now,
        },
    )
    .await;
    saved.map_err(|e| anyhow::anyhow!("demo application {n}: {e}"))?;
    Ok(hash)
}

pub async fn fill(db: &Db, secretariat: i64, random: &mut Random) -> anyhow::Result<()> {
    let hash = demo_password_hash(super::DEMO_PASSWORD)?;
    let default_rules = agora_domain::travel_support::TravelRules::default();
    let countries: Vec<(&str, &str)> =
        COUNTRIES.iter().copied().filter(|(c, _)| agora_domain::travel_support::country_eligible(c, &default_rules)).collect();
    let mut tx = db.begin().await?;
    let mut n = 0;
    let mut overdue = Vec::new();
    if let Some(last_year) = cycle_named(&mut tx, "2025").await? {
        let meeting = last_year.phase(agora_domain::cycles::Phase::Meeting).map_or(agora_store::now(), |d| d.start);
        let mut rules = last_year.rules.clone();
        rules.travel_support.opens_at = meeting - 150 * 86_400;
        rules.travel_support.closes_at = meeting - 100 * 86_400;
        rules.travel_support.report_due_at = meeting + 30 * 86_400;
        rules.travel_support.budget_usd = 160_000;
        cycles::set_rules(&mut tx, last_year.id, &rules).await?;
        let during = meeting - 120 * 86_400;
        for i in 0..150 {
            let (country, language) = countries[i % countries.len()];
            let id = applicant(&mut tx, n, country, language, random, &hash).await?;
            let link = apply(&mut tx, last_year.id, id, n, country, language, during, random).await?;
            n += 1;
            // Six recommenders never confirmed: those drafts were never submitted.
            if i % 25 == 7 {
                continue;
            }
            use_case::confirm_recommendation(
                &mut tx,
                &link,
                "I have worked with the applicant for three years; their work for their community is exemplary.",
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            use_case::submit(&mut tx, last_year.id, id, during).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        use_case::screen(&mut tx, last_year.id).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        use_case::assign(&mut tx, last_year.id).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        for a in agora_store::travel_support::assignments(&mut tx, last_year.id).await? {
            let score = 1 + random.below(5) as u32;
            use_case::score(&mut tx, a.application_id, a.evaluator_id, score, "").await.map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        use_case::stage(&mut tx, last_year.id, secretariat).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        let decided = use_case::publish(&mut tx, last_year.id).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        // Most of the funded filed their report, in their language; a few are overdue.
        for (i, a) in decided.iter().filter(|a| a.decision == "funded").enumerate() {
            if i % 8 == 3 {
                overdue.push((a.participant_id, a.country.clone()));
                continue;
            }
            let language = COUNTRIES.iter().find(|(c, _)| *c == a.country).map_or("en", |(_, l)| l);
            use_case::file_report(&mut tx, last_year.id, a.participant_id, texts(language).1).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        }
    }
    if let Some(this_year) = cycle_named(&mut tx, "2026").await? {
        let now = agora_store::now();
        let mut rules = this_year.rules.clone();
        rules.travel_support.opens_at = now - 10 * 86_400;
        rules.travel_support.closes_at = now + 40 * 86_400;
        rules.travel_support.listed_economies = vec!["KE".into(), "GH".into()];
        cycles::set_rules(&mut tx, this_year.id, &rules).await?;
        for i in 0..8 {
            let (country, language) = countries[(i * 5) % countries.len()];
            let id = applicant(&mut tx, n, country, language, random, &hash).await?;
            let link = apply(&mut tx, this_year.id, id, n, country, language, now, random).await?;
            n += 1;
            if i % 2 == 0 {
                use_case::confirm_recommendation(&mut tx, &link, "Je recommande cette candidature sans réserve.")
                    .await
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                use_case::submit(&mut tx, this_year.id, id, now).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            }
        }
        // A fellow of last year whose report is overdue applies again: screening names the rule.
        if let Some((id, country)) = overdue.first() {
            let language = countries.iter().find(|(c, _)| c == country).map_or("en", |(_, l)| l);
            let link = apply(&mut tx, this_year.id, *id, n, country, language, now, random).await?;
            use_case::confirm_recommendation(&mut tx, &link, "Una colaboradora excelente.").await.map_err(|e| anyhow::anyhow!("{e}"))?;
            use_case::submit(&mut tx, this_year.id, *id, now).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        use_case::screen(&mut tx, this_year.id).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    tx.commit().await?;
    Ok(())
}
