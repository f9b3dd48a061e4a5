//! The demo's tracks on the 2025 cycle: a youth track, a parliamentary track and Day 0, each with sessions in
//! the published programme (some in French and Spanish); the youth track's output in draft, the parliamentary
//! track's output through a closed comment period with comments, then published.

use super::Random;
use super::consultations::Person;
use agora_app::tracks::{self as use_case, NewTrack};
use agora_domain::consultations::paragraphs;
use agora_store::consultations::{self as consultations, NewComment, Settings};
use agora_store::programme::{NewSession, add_session};
use agora_store::{Conn, Db, messages};

const DAY: i64 = 24 * 3600;

const TRACKS: [(&str, &str, &str); 3] = [
    (
        "Youth track",
        "youth",
        "Sessions organised by and with young people, from the Youth IGF's capacity-building series to the youth summit. \
         Its output is the youth declaration.",
    ),
    (
        "Parliamentary track",
        "parliamentary",
        "Members of parliament from the region discuss how to legislate for an open and trusted Internet. \
         Les débats se tiennent en anglais et en français.",
    ),
    (
        "Day 0 events",
        "day-0",
        "Events on the day before the forum, proposed by anyone and lightly screened; every one is streamed and open to \
         remote participation.",
    ),
];

/// Each track's sessions: (track index, type, title, description).
const SESSIONS: [(usize, &str, &str, &str); 7] = [
    (
        0,
        "workshop",
        "Youth summit: young people shaping AI governance",
        "Young people from twelve countries put their questions to regulators and companies.",
    ),
    (
        0,
        "workshop",
        "Jóvenes y derechos digitales en América Latina",
        "Jóvenes de la región comparan cómo se protegen sus derechos en línea.",
    ),
    (0, "town-hall", "Youth IGF capacity building: from learner to speaker", "A practical session for first-time youth speakers."),
    (
        1,
        "main-session",
        "Parliamentary roundtable: legislating for a trusted Internet",
        "Members of parliament compare cybercrime and data protection laws.",
    ),
    (
        1,
        "workshop",
        "Table ronde parlementaire : la protection des données en Afrique francophone",
        "Des parlementaires comparent les lois sur les données personnelles et leur mise en œuvre.",
    ),
    (2, "day-0", "Day 0: Community networks bootcamp", "A hands-on introduction to building and licensing a community network."),
    (2, "day-0", "Día 0: taller de alfabetización digital", "Un taller práctico para formadores de alfabetización digital."),
];

const PARLIAMENTARY_OUTPUT: [&str; 4] = [
    "Parliaments should adopt data protection laws with an independent authority that has the means to enforce them.",
    "Cybercrime laws must define offences narrowly and protect journalists, researchers and whistle-blowers.",
    "Les parlements devraient associer toutes les parties prenantes à l'élaboration des lois sur le numérique, dès le début.",
    "Los parlamentos deben evaluar cada año la aplicación de las leyes digitales y publicar sus conclusiones.",
];

const PARLIAMENTARY_COMMENTS: [&str; 6] = [
    "Add that the authority's budget should be set by law, not by the ministry it oversees.",
    "Please name security researchers explicitly: they are the ones prosecuted most often.",
    "Il faudrait préciser que la consultation publique doit précéder le dépôt du projet de loi.",
    "Très bien, mais ajoutez les autorités locales, souvent oubliées.",
    "Sugiero que la evaluación anual incluya a la sociedad civil y a la comunidad técnica.",
    "¿Quién publicará las conclusiones? Convendría decir que el propio parlamento.",
];

/// The tracks and their sessions, made before the 2025 programme is scheduled so the sessions are placed.
pub async fn sessions(conn: &mut Conn, cycle_id: i64) -> anyhow::Result<()> {
    let mut ids = Vec::new();
    for (name, kind, description) in TRACKS {
        ids.push(use_case::add(conn, cycle_id, &NewTrack { name, description, kind }).await?);
    }
    for (track, kind, title, description) in SESSIONS {
        let session = NewSession {
            session_type: kind,
            title,
            description,
            theme_id: Some(ids[track]),
            minutes: 90,
            expected_audience: 90,
            needs_hybrid: true,
            fixed: None,
            proposal_id: None,
        };
        add_session(conn, cycle_id, &session, &[]).await?;
    }
    Ok(())
}

/// The tracks' outputs: the youth declaration in draft; the parliamentary statement commented on and published.
pub async fn fill(db: &Db, people: &[Person], random: &mut Random) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    let cycle = agora_store::cycles::list(&mut tx).await?.into_iter().find(|c| c.name == "Demo National IGF 2025").map(|c| c.id);
    let cycle = cycle.ok_or_else(|| anyhow::anyhow!("the demo's 2025 cycle is missing"))?;
    let themes = agora_store::cycles::themes(&mut tx, cycle).await?;
    let track = |kind: &str| themes.iter().find(|t| t.kind == kind).map(|t| t.id).ok_or_else(|| anyhow::anyhow!("no {kind} track"));
    use_case::draft_output(
        &mut tx,
        track("youth")?,
        "Kisumu youth declaration",
        "Young people ask to be heard in AI governance, not only consulted after the fact.\n\n\
         Digital skills must be taught in every school, in the languages pupils speak at home.\n\n\
         Los jóvenes piden que los foros nacionales reserven un tercio de los ponentes a menores de treinta años.",
    )
    .await?;
    let statement = use_case::draft_output(
        &mut tx,
        track("parliamentary")?,
        "Parliamentary statement: legislating for a trusted Internet",
        &PARLIAMENTARY_OUTPUT.join("\n\n"),
    )
    .await?;
    // Its comment period ran for three weeks after the meeting and closed a month ago.
    let today = agora_store::now() - agora_store::now().rem_euclid(DAY);
    let settings = Settings {
        title: "Parliamentary statement: public comment".into(),
        description: "Comment on each paragraph of the parliamentary track's draft statement.".into(),
        opens_at: today - 330 * DAY,
        closes_at: today - 309 * DAY,
        eligibility: "anyone".into(),
        languages: "en,fr,es,ar,ru,zh".into(),
        max_text: 5000,
        inquiry_days: 30,
        origin: format!("message:{statement}"),
        ..Settings::default()
    };
    let consultation = consultations::create(&mut tx, &settings, None).await?;
    let body = PARLIAMENTARY_OUTPUT.join("\n\n");
    consultations::set_content(&mut tx, consultation, &[], &paragraphs(&body)).await?;
    messages::open_for_comment(&mut tx, statement, consultation).await?;
    let stored = consultations::paragraphs(&mut tx, consultation).await?;
    for (n, text) in PARLIAMENTARY_COMMENTS.iter().enumerate() {
        let person = random.pick(people);
        let comment = NewComment {
            consultation_id: consultation,
            paragraph_id: stored[(n / 2 + n % 2) % stored.len()].id,
            participant_id: Some(person.0),
            author_name: person.3.clone(),
            stakeholder_group: person.1.into(),
            country: person.2.into(),
            text: (*text).into(),
            ..NewComment::default()
        };
        consultations::add_comment(&mut tx, &comment).await?;
    }
    let revised = [
        "Parliaments should adopt data protection laws with an independent authority whose budget is set by law and that has the means to enforce them.",
        "Cybercrime laws must define offences narrowly and protect journalists, security researchers and whistle-blowers.",
        PARLIAMENTARY_OUTPUT[2],
        "Los parlamentos deben evaluar cada año, con la sociedad civil y la comunidad técnica, la aplicación de las leyes digitales y publicar sus conclusiones.",
    ]
    .join("\n\n");
    messages::revise(
        &mut tx,
        statement,
        "Parliamentary statement: legislating for a trusted Internet",
        &revised,
        "published",
        "After the public comment: the authority's budget, security researchers and the annual review's participants added.",
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
