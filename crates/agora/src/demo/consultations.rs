//! The demo's consultations: an open WSIS+20-style questionnaire with a joint submission endorsed by 22
//! organizations, a form-letter campaign, confidential and moderated inputs; last year's stock-taking with
//! its published synthesis; the draft Messages in public comment; statements on Internet fragmentation voted
//! by every stakeholder group with their opinion map; and a real Polis conversation (CC BY 4.0).

use super::Random;
use agora_domain::consultations::fingerprint;
use agora_store::Db;
use agora_store::consultations::{self as store, Hideable, NewComment, NewSubmission, Settings};

/// A demo participant: id, stakeholder group, country, name.
pub type Person = (i64, &'static str, &'static str, String);

const DAY: i64 = 24 * 3600;

const WSIS_QUESTIONNAIRE: &str =
    "[scale] The WSIS vision of a people-centred, inclusive and development-oriented Information Society has been achieved in my country.

[single] How far has the IGF fulfilled its mandate under paragraph 72 of the Tunis Agenda?
- Fully
- Largely
- Partly
- Not at all

[multiple] Which WSIS action lines need the most attention in the next decade?
- C2 Information and communication infrastructure
- C3 Access to information and knowledge
- C4 Capacity building
- C5 Building confidence and security in the use of ICTs
- C8 Cultural diversity and identity, linguistic diversity and local content
- C10 Ethical dimensions of the Information Society

[text] What are the main achievements of the WSIS process since 2005?

[text] What are the main gaps and challenges that remain?

[scale] The IGF should be made a permanent body of the United Nations.

[text] How should the IGF's outcomes reach the bodies that make policy?

[single] Should the IGF produce recommendations, beyond messages?
- Yes, on every theme
- Yes, where there is consensus
- No, it should remain a space for dialogue

[text] How can participation from developing countries be strengthened?

[text] What role should national and regional IGFs play in the WSIS+20 follow-up?

[text] Anything else you would like to tell the review?";

const ACHIEVEMENTS: &[&str] = &[
    "Mobile broadband now reaches most of the population, and prices fell by two thirds in a decade.",
    "The multistakeholder model became the normal way to discuss Internet policy, nationally and globally.",
    "National IGFs gave civil society a seat at tables that were closed before.",
    "Internet exchange points kept local traffic local and cut costs for small providers.",
    "Open government data portals were set up in many countries after WSIS.",
];
const GAPS: &[&str] = &[
    "A third of humanity is still offline, mostly women and rural communities in least developed countries.",
    "Affordability of devices is the main barrier; connectivity alone is not meaningful access.",
    "Content in local languages is scarce, and most platforms ignore them.",
    "Cybersecurity capacity is very uneven, and small administrations are left behind.",
    "Outcomes of the IGF rarely reach parliaments and regulators.",
];
const PATHWAYS: &[&str] = &[
    "Address each recommendation to a named body and publish its response, year after year.",
    "Send the IGF Messages formally to the UN General Assembly and to regional economic communities.",
    "Let national IGFs present their outcomes to their parliaments with a standing invitation.",
    "Track every recommendation publicly, with a status and a date, so that silence is visible.",
];
const PARTICIPATION: &[&str] = &[
    "Fund travel for participants from least developed countries and small island States, and keep remote participation first-class.",
    "Interpret every main session into the six UN languages and caption all workshops.",
    "Hold intersessional work at times that suit Africa, Asia and Latin America, not only Geneva and New York.",
    "Support youth IGFs with small grants and mentoring.",
    // Answers in the other languages of the forum, as a national consultation receives them.
    "Le seul problème que j'ai connu est la barrière linguistique : il faut l'interprétation dans toutes les sessions principales et des sous-titres en français.",
    "Las reuniones intersesionales deberían ofrecer interpretación al español y horarios compatibles con América Latina.",
    "يجب توفير الترجمة الفورية إلى العربية في جميع الجلسات الرئيسية ودعم المشاركة عن بُعد من المنطقة العربية.",
];

const CAMPAIGN_LETTER: &str = "As a member of the Open Internet Alliance I urge the review to keep the Internet open, interoperable and governed by all stakeholders on an equal footing. The IGF must be renewed permanently, with stable funding, and its messages must reach the bodies that decide.";

pub const MESSAGES_DRAFT: &[&str] = &[
    "Meaningful connectivity is more than coverage: it requires affordable devices, digital skills and content in local languages. Governments and the private sector should report progress against all four, not coverage alone.",
    "Community networks have connected villages that commercial operators did not reach. Regulators should license them simply, give them access to spectrum and exempt them from fees designed for national operators.",
    "Artificial intelligence systems used by public administrations must be transparent, auditable and subject to human review. Impact assessments should be published before deployment.",
    "Internet fragmentation at the technical layer threatens the global interoperability that made the Internet valuable. States should refrain from measures that split the domain name system or routing.",
    "Cybersecurity capacity building should be demand-driven and coordinated among donors, with particular attention to small island developing States.",
    "Data protection laws are now in force in most countries, but enforcement authorities often lack staff and independence. Cross-border cooperation between authorities should be strengthened.",
    "Internet shutdowns harm economies, education and human rights. Any restriction must be lawful, necessary and proportionate, and be announced publicly.",
    "National and regional IGFs should be recognised in the WSIS+20 outcome as part of the IGF ecosystem, with a share of its resources.",
];
const DRAFT_COMMENTS: &[&str] = &[
    "Add gender: women in least developed countries are far less likely to be online.",
    "Please name the regulators' association so that this reaches them.",
    "The text should mention public access points such as libraries.",
    "We suggest 'should publish' rather than 'should report'.",
    "Spectrum set-asides for community networks have worked in several countries; cite them.",
    "Human review is not enough; affected people need a remedy.",
    "This paragraph ignores the role of the technical community in maintaining interoperability.",
    "Shutdowns should simply be prohibited.",
];
const REPLIES: &[&str] = &[
    "Agreed, and the data exists to show it.",
    "The Secretariat can add a footnote with examples.",
    "I disagree: a blanket rule would not survive in every legal system.",
];

/// Fragmentation statements with the chance (in %) each stakeholder group agrees, in the order of
/// `GROUP_ORDER`; the groups differ enough for the opinion map and the multistakeholder rule to show contrast.
const STATEMENTS: &[(&str, [u32; 6])] = &[
    ("The Internet should remain a single, globally interoperable network.", [85, 90, 88, 95, 90, 85]),
    ("Governments should be able to require data to be stored in their country.", [75, 20, 30, 25, 40, 45]),
    ("Platforms should be liable for illegal content they host once notified.", [80, 30, 55, 35, 60, 60]),
    ("Technical standards bodies should stay open to anyone who wants to contribute.", [70, 80, 85, 95, 85, 75]),
    ("Blocking a whole platform is never proportionate.", [20, 60, 85, 70, 70, 45]),
    ("The IGF should produce recommendations on fragmentation, not only discussions.", [55, 35, 80, 45, 75, 70]),
    ("Encryption must not be weakened for law enforcement access.", [25, 75, 90, 95, 80, 45]),
    ("Developing countries need support to take part in standards development.", [85, 75, 90, 85, 90, 90]),
    ("Sanctions should not cut countries off from Internet infrastructure services.", [60, 65, 80, 85, 75, 70]),
    ("Content moderation rules should differ by country.", [70, 40, 35, 30, 40, 55]),
    ("Community networks are part of the solution to the digital divide.", [65, 45, 90, 80, 85, 80]),
    ("Submarine cable protection is a shared responsibility of states and operators.", [90, 85, 70, 85, 75, 90]),
];
const GROUP_ORDER: [&str; 6] =
    ["government", "private-sector", "civil-society", "technical-community", "academia", "intergovernmental-organization"];

const POLIS_COMMENTS: &str = include_str!("../../../domain/tests/data/polis/15-per-hour-seattle/comments.csv");
const POLIS_VOTES: &str = include_str!("../../../domain/tests/data/polis/15-per-hour-seattle/votes.csv");
const POLIS_SUMMARY: &str = include_str!("../../../domain/tests/data/polis/15-per-hour-seattle/summary.csv");

pub async fn fill(db: &Db, people: &[Person], random: &mut Random) -> anyhow::Result<()> {
    let now = agora_store::now();
    let today = now - now.rem_euclid(DAY);
    let mut tx = db.begin().await?;
    questionnaire(&mut tx, people, random, today).await?;
    stock_taking(&mut tx, people, random, today).await?;
    messages_draft(&mut tx, people, random, today).await?;
    let fragmentation = statements(&mut tx, people, random, today).await?;
    tx.commit().await?;
    agora_app::consultations::opinion::compute(db, fragmentation).await?;
    let quiet = |_: u64, _: u64| {};
    agora_app::consultations::import::import_polis_export(
        db,
        "15-per-hour-seattle",
        POLIS_COMMENTS,
        POLIS_VOTES,
        Some(POLIS_SUMMARY),
        &quiet,
    )
    .await?;
    Ok(())
}

fn settings(title: &str, description: &str, opens_at: i64, closes_at: i64, eligibility: &str) -> Settings {
    Settings {
        title: title.into(),
        description: description.into(),
        opens_at,
        closes_at,
        eligibility: eligibility.into(),
        languages: "en,fr,es,ar,ru,zh".into(),
        allow_confidential: true,
        max_text: 20000,
        inquiry_days: 30,
        ..Settings::default()
    }
}

fn submission(consultation_id: i64, person: &Person, text: &str, answers: Vec<(i64, String, String)>) -> NewSubmission {
    let all: String = std::iter::once(text.to_string()).chain(answers.iter().map(|a| a.1.clone())).collect::<Vec<_>>().join("\n");
    NewSubmission {
        consultation_id,
        participant_id: Some(person.0),
        on_behalf: "individual".into(),
        author_name: person.3.clone(),
        organization: String::new(),
        stakeholder_group: person.1.into(),
        country: person.2.into(),
        text: text.into(),
        confidential: false,
        network: format!("10.{}.{}.0/24", person.0 % 250, person.0 / 250),
        fingerprint: fingerprint(&all),
        answers,
        edit_token_hash: None,
        edit_of: None,
    }
}

async fn questionnaire(tx: &mut agora_store::Tx, people: &[Person], random: &mut Random, today: i64) -> anyhow::Result<()> {
    let description = "The General Assembly reviews twenty years of the World Summit on the Information Society. \
        This questionnaire follows the review's own questions; answer any of them, in your own name or for your organization. \
        Joint submissions can list the organizations that endorse them.";
    let id = store::create(
        tx,
        &settings(
            "WSIS+20 review: your view on the Information Society and the IGF",
            description,
            today - 20 * DAY,
            today + 25 * DAY,
            "registered",
        ),
        None,
    )
    .await?;
    let questions =
        agora_domain::consultations::parse_questionnaire(WSIS_QUESTIONNAIRE).map_err(|e| anyhow::anyhow!("demo questionnaire {e:?}"))?;
    let stored: Vec<(String, String, String)> =
        questions.iter().map(|q| (q.kind.code().into(), q.text.clone(), q.options.join("\n"))).collect();
    store::set_content(tx, id, &stored, &[]).await?;
    let ids: Vec<i64> = store::questions(tx, id).await?.iter().map(|q| q.id).collect();
    let scale = ["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"];
    let written: Vec<(usize, &str)> = [(3, ACHIEVEMENTS), (4, GAPS), (6, PATHWAYS), (8, PARTICIPATION)]
        .iter()
        .flat_map(|(question, texts)| texts.iter().map(move |t| (*question, *t)))
        .collect();
    for (n, person) in people.iter().take(140).enumerate() {
        let mut answers = Vec::new();
        if random.below(3) > 0 {
            answers.push((ids[0], String::new(), scale[random.weighted(&[10, 30, 25, 28, 7])].to_string()));
        }
        answers.push((ids[1], String::new(), random.weighted(&[5, 35, 50, 10]).to_string()));
        let picks: Vec<String> = (0..6).filter(|_| random.below(3) == 0).map(|i| i.to_string()).collect();
        if !picks.is_empty() {
            answers.push((ids[2], String::new(), picks.join(",")));
        }
        answers.push((ids[5], String::new(), scale[random.weighted(&[4, 8, 15, 40, 33])].to_string()));
        answers.push((ids[7], String::new(), random.weighted(&[20, 55, 25]).to_string()));
        // As in real questionnaires, most people pick choices and a few write; each written answer is their own.
        if let Some((question, text)) = written.get(n) {
            answers.push((ids[*question], text.to_string(), String::new()));
        }
        // Stock-taking calls get their share of one-word answers; the form-letter page flags them.
        let text = if n % 37 == 5 { "ok" } else { "" };
        let mut s = submission(id, person, text, answers);
        s.confidential = n % 45 == 7;
        let sid = store::save_submission(tx, &s).await?;
        if n == 60 {
            store::hide(tx, Hideable::Submission, sid, Some("Advertising unrelated to the consultation")).await?;
        }
    }
    // The technical community's joint submission, endorsed by 22 organizations.
    let lead = people.iter().skip(140).find(|p| p.1 == "technical-community").expect("a technical-community participant");
    let mut joint = submission(
        id,
        lead,
        "The technical community supports a permanent IGF with a stable budget, open to all stakeholders on an equal footing, \
         and national and regional IGFs recognised as part of it. Interoperability, open standards and the multistakeholder \
         management of Internet resources have served the world well for twenty years.",
        vec![(ids[5], "A permanent mandate would end the five-year uncertainty.".into(), "strongly-agree".into())],
    );
    joint.on_behalf = "joint".into();
    joint.organization = "Internet technical community (joint submission)".into();
    let joint_id = store::save_submission(tx, &joint).await?;
    for n in 1..=22 {
        let organization = format!(
            "{} {n}",
            ["Regional Internet Registry", "Network Operators Group", "Internet Exchange Point", "Standards Forum"][n % 4]
        );
        let endorsement = store::invite_endorser(
            tx,
            joint_id,
            &organization,
            &format!("contact{n}@demo.agora.example"),
            &format!("demo-endorsement-{n}"),
        )
        .await?;
        store::confirm_endorsement(tx, endorsement).await?;
    }
    // A campaign: 60 copies from one network within minutes, a quarter of them personalised.
    for n in 0..60 {
        let text = match n % 4 {
            0 => format!("Dear review team,\n\n{CAMPAIGN_LETTER}\n\nKind regards, supporter {n}"),
            _ => CAMPAIGN_LETTER.to_string(),
        };
        let s = NewSubmission {
            consultation_id: id,
            participant_id: None,
            on_behalf: "individual".into(),
            author_name: format!("Alliance supporter {n}"),
            stakeholder_group: "civil-society".into(),
            country: ["US", "GB", "DE", "KE"][n % 4].into(),
            network: "198.51.100.0/24".into(),
            fingerprint: fingerprint(&text),
            text,
            ..NewSubmission::default()
        };
        store::save_submission(tx, &s).await?;
    }
    Ok(())
}

async fn stock_taking(tx: &mut agora_store::Tx, people: &[Person], random: &mut Random, today: i64) -> anyhow::Result<()> {
    let description = "Every year the Secretariat asks what worked and what did not at the annual meeting. This call is closed; \
        its synthesis is published below, with the contributions it cites.";
    let id =
        store::create(tx, &settings("Taking stock of IGF 2025", description, today - 200 * DAY, today - 170 * DAY, "registered"), None)
            .await?;
    let questionnaire = "[multiple] Which parts of the meeting were most useful to you?\n- Main sessions\n- Workshops\n- Open forums\n- Dynamic coalition sessions\n- NRI sessions\n- The Village\n\n[text] What should change next year?";
    let questions = agora_domain::consultations::parse_questionnaire(questionnaire).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let stored: Vec<(String, String, String)> =
        questions.iter().map(|q| (q.kind.code().into(), q.text.clone(), q.options.join("\n"))).collect();
    store::set_content(tx, id, &stored, &[]).await?;
    let ids: Vec<i64> = store::questions(tx, id).await?.iter().map(|q| q.id).collect();
    let changes = [
        "Fewer parallel sessions on the same theme.",
        "Publish the schedule earlier so that visas can be planned.",
        "Better remote participation: the online moderators were excellent where they existed.",
        "More time for questions from the floor.",
        "Session reports should be published within two weeks.",
        "ok",
    ];
    let mut cited = Vec::new();
    for person in people.iter().skip(20).take(160) {
        let picks: Vec<String> = (0..6).filter(|_| random.below(3) == 0).map(|i| i.to_string()).collect();
        let change = random.pick(&changes).to_string();
        let answers = vec![
            (ids[0], String::new(), if picks.is_empty() { "1".into() } else { picks.join(",") }),
            (ids[1], change.clone(), String::new()),
        ];
        let sid = store::save_submission(tx, &submission(id, person, "", answers)).await?;
        if change.starts_with("Fewer") && cited.len() < 3 || change.starts_with("Session reports") && cited.len() < 5 {
            cited.push(sid);
        }
    }
    for sid in &cited {
        store::cite(tx, id, *sid, "Quoted in \"What should change\": the scheduling and reporting recommendations.").await?;
    }
    let synthesis = "## What we heard\n\n160 contributions came from every stakeholder group and region. Workshops and NRI sessions were \
        found most useful.\n\n## What should change\n\n- **Fewer parallel sessions on the same theme**: the scheduler now keeps them apart.\n\
        - **Reports within two weeks**: session reports are now due two weeks after each session.\n- **Remote participation**: every \
        session gets an online moderator.\n\nSeveral contributions only said \"ok\"; they are counted, and flagged as very short.";
    store::save_synthesis(tx, id, synthesis, true).await?;
    Ok(())
}

async fn messages_draft(tx: &mut agora_store::Tx, people: &[Person], random: &mut Random, today: i64) -> anyhow::Result<()> {
    let description = "The Secretariat drafted this year's Messages from the session reports. Comment on any paragraph until the \
        close; replies to comments are taken for one more week.";
    let mut s = settings("Draft IGF 2025 Messages: public comment", description, today - 10 * DAY, today + 20 * DAY, "anyone");
    s.replies_until = Some(today + 27 * DAY);
    let id = store::create(tx, &s, None).await?;
    let paragraphs: Vec<String> = MESSAGES_DRAFT.iter().map(|p| p.to_string()).collect();
    store::set_content(tx, id, &[], &paragraphs).await?;
    let stored = store::paragraphs(tx, id).await?;
    for (n, person) in people.iter().skip(40).take(36).enumerate() {
        let paragraph = &stored[n % stored.len()];
        let comment = NewComment {
            consultation_id: id,
            paragraph_id: paragraph.id,
            participant_id: Some(person.0),
            author_name: person.3.clone(),
            stakeholder_group: person.1.into(),
            country: person.2.into(),
            text: DRAFT_COMMENTS[(n * 3 + n / stored.len()) % DRAFT_COMMENTS.len()].into(),
            ..NewComment::default()
        };
        let comment_id = store::add_comment(tx, &comment).await?;
        if random.below(3) == 0 {
            let other = random.pick(people);
            let reply = NewComment {
                parent_id: Some(comment_id),
                participant_id: Some(other.0),
                author_name: other.3.clone(),
                stakeholder_group: other.1.into(),
                country: other.2.into(),
                text: random.pick(REPLIES).to_string(),
                ..comment
            };
            store::add_comment(tx, &reply).await?;
        }
    }
    Ok(())
}

async fn statements(tx: &mut agora_store::Tx, people: &[Person], random: &mut Random, today: i64) -> anyhow::Result<i64> {
    let description = "Agree, disagree or pass on each statement, and add your own. The opinion map shows where people stand, \
        and which statements every stakeholder group supports.";
    let id = store::create(
        tx,
        &settings("Internet fragmentation: where do we stand?", description, today - 15 * DAY, today + 15 * DAY, "registered"),
        None,
    )
    .await?;
    let mut statement_ids = Vec::new();
    for (text, _) in STATEMENTS {
        statement_ids.push(store::add_statement(tx, id, None, text).await?);
    }
    let mut rows = Vec::new();
    for person in people {
        let group = GROUP_ORDER.iter().position(|g| *g == person.1).unwrap_or(2);
        for (k, (_, agree)) in STATEMENTS.iter().enumerate() {
            if random.below(10) < 2 {
                continue;
            }
            let roll = random.below(100) as u32;
            let vote = if roll < agree[group] {
                1
            } else if roll < agree[group] + 10 {
                0
            } else {
                -1
            };
            rows.push((statement_ids[k], format!("p:{}", person.0), person.1.to_string(), vote, today - random.below(14) as i64 * DAY));
        }
    }
    store::import_votes(tx, id, &rows).await?;
    Ok(id)
}
