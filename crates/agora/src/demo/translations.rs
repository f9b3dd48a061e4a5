//! The demo's translations: the published 2025 Message on digital inclusion in English with approved French,
//! Spanish and Arabic translations (the Arabic one made before the last edit of the second paragraph, so that
//! paragraph is outdated), a Russian translation in progress, Chinese waiting for a volunteer, the draft Messages
//! in comment requested in French; five volunteer translators, one of them the demo's translator login.

use agora_app::translations::{self as use_case, Save};
use agora_domain::translations::{hash, units};
use agora_store::participants::{self, ProfileFields};
use agora_store::translations::{self as store, NewUnit};
use agora_store::{Db, Tx, messages};

pub const DEMO_TRANSLATOR: &str = "translator@demo.agora.example";

const MESSAGE: &str = "Digital inclusion: from coverage to meaningful connectivity";

/// (language, title, paragraphs) of the approved translations, from the Message as published.
const TRANSLATIONS: &[(&str, &str, [&str; 2])] = &[
    (
        "fr",
        "Inclusion numérique : de la couverture à une connectivité utile",
        [
            "Des appareils abordables, et non la couverture, sont désormais le principal obstacle à une connectivité utile, surtout pour les femmes en zone rurale.",
            "Les réseaux communautaires atteignent les villages que les opérateurs commerciaux ne desservent pas, lorsque les régulateurs leur accordent une licence simple et leur attribuent du spectre.",
        ],
    ),
    (
        "es",
        "Inclusión digital: de la cobertura a una conectividad significativa",
        [
            "Los dispositivos asequibles, y no la cobertura, son ahora la principal barrera para una conectividad significativa, sobre todo para las mujeres de zonas rurales.",
            "Las redes comunitarias llegan a las aldeas que los operadores comerciales no atienden, cuando los reguladores les otorgan licencias sencillas y les asignan espectro.",
        ],
    ),
    (
        "ar",
        "الشمول الرقمي: من التغطية إلى الاتصال المجدي",
        [
            "أصبحت الأجهزة الميسورة التكلفة، وليس التغطية، العائق الرئيسي أمام الاتصال المجدي، ولا سيما بالنسبة للنساء في المناطق الريفية.",
            // Translated from the first version of the paragraph, before the public comment added the licensing
            // and spectrum conditions: outdated.
            "تصل الشبكات المجتمعية إلى قرى لا يصل إليها المشغلون التجاريون.",
        ],
    ),
];

/// The volunteers: (email, name, country, languages, the language they hold).
pub(super) const VOLUNTEERS: &[(&str, &str, &str, &str, &str)] = &[
    ("layla.haddad@demo.agora.example", "Layla Haddad", "LB", "ar,en,fr", "ar"),
    ("camille.martin@demo.agora.example", "Camille Martin", "SN", "fr,en", "fr"),
    ("lucia.fernandez@demo.agora.example", "Lucía Fernández", "AR", "es,en", "es"),
    ("dmitri.volkov@demo.agora.example", "Dmitri Volkov", "KZ", "ru,en", "ru"),
    (DEMO_TRANSLATOR, "Demo Translator", "KE", "en,zh", ""),
];

pub async fn fill(db: &Db, secretariat: i64, password_hash: &str) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    let mut holders = Vec::new();
    for (email, name, country, languages, holds) in VOLUNTEERS {
        let profile = ProfileFields {
            name: (*name).into(),
            stakeholder_group: "civil-society".into(),
            organization_id: None,
            country: (*country).into(),
            gender: None,
            languages: languages.split(',').map(String::from).collect(),
            first_time: false,
            media: false,
            listed: true,
            bio: String::new(),
        };
        let id = participants::register(&mut tx, email, password_hash, &profile).await?;
        participants::mark_verified(&mut tx, id).await?;
        participants::grant(&mut tx, id, "translator").await?;
        holders.push((*holds, id));
    }
    let all = messages::all(&mut tx).await?;
    let message = all.iter().find(|m| m.title == MESSAGE).ok_or_else(|| anyhow::anyhow!("the demo's published Message is missing"))?;
    let requested: Vec<String> = ["fr", "es", "ar", "ru", "zh"].iter().map(|l| l.to_string()).collect();
    use_case::request(&mut tx, "message", message.id, &requested, secretariat).await?;
    for (language, title, paragraphs) in TRANSLATIONS {
        let translator = holder(&holders, language)?;
        use_case::claim(&mut tx, "message", message.id, language, translator).await?;
        for (unit, text) in std::iter::once(*title).chain(paragraphs.iter().copied()).enumerate() {
            let save = Save { kind: "message", id: message.id, language, unit, text, submit: true, by: translator };
            use_case::save(&mut tx, &save).await?;
        }
        if *language == "ar" {
            outdate_second_paragraph(&mut tx, message.id, translator).await?;
        }
        use_case::approve(&mut tx, "message", message.id, language, secretariat).await?;
    }
    // Russian under way: the title drafted, nothing submitted yet.
    let russian = holder(&holders, "ru")?;
    use_case::claim(&mut tx, "message", message.id, "ru", russian).await?;
    let title = "Цифровая инклюзия: от покрытия к значимому подключению";
    use_case::save(&mut tx, &Save { kind: "message", id: message.id, language: "ru", unit: 0, text: title, submit: false, by: russian })
        .await?;
    // The draft in public comment, asked in French for the commenters who read it.
    if let Some(draft) = all.iter().find(|m| m.status == "in-comment") {
        use_case::request(&mut tx, "message", draft.id, &["fr".to_string()], secretariat).await?;
    }
    tx.commit().await?;
    Ok(())
}

fn holder(holders: &[(&str, i64)], language: &str) -> anyhow::Result<i64> {
    holders.iter().find(|(l, _)| *l == language).map(|(_, id)| *id).ok_or_else(|| anyhow::anyhow!("no volunteer for {language}"))
}

/// The Arabic second paragraph as it was translated: from the Message's first version, before its edit.
async fn outdate_second_paragraph(tx: &mut Tx, message: i64, translator: i64) -> anyhow::Result<()> {
    let versions = messages::versions(tx, message).await?;
    let first = versions.iter().min_by_key(|v| v.version).ok_or_else(|| anyhow::anyhow!("no first version"))?;
    let before = units(&first.title, &first.body);
    let paragraph = before.get(2).ok_or_else(|| anyhow::anyhow!("the first version has two paragraphs"))?;
    let unit = NewUnit {
        kind: "message",
        text_id: message,
        language: "ar",
        unit: 2,
        text: TRANSLATIONS[2].2[1],
        source_hash: &hash(paragraph),
        translator_id: translator,
        status: "submitted",
    };
    store::save_unit(tx, &unit).await?;
    Ok(())
}
