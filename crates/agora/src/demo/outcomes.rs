//! The demo's outcomes of the 2025 meeting: reports for most sessions (a few late, a few still overdue), the
//! Messages drawn from them (one published with its changes, one in public comment, one draft) and the Chair's
//! summary, the registry with national bodies and contacts, and twenty recommendations in every state.

use super::Random;
use agora_domain::reports::{CallToAction, ReportText};
use agora_store::Db;
use agora_store::bodies::{self, NewBody};
use agora_store::recommendations::{self as recommendations, NewRecommendation};
use agora_store::{messages, reports};

const DAY: i64 = 24 * 3600;

const TAKEAWAYS: &[&str] = &[
    "Affordable devices, not coverage, are now the main barrier to meaningful connectivity.",
    "Community networks reach villages that commercial operators do not, when regulators license them simply.",
    "Public administrations using AI must publish impact assessments before deployment.",
    "Local content and local languages drive adoption more than speed does.",
    "Data protection authorities lack staff and independence to enforce the law.",
    "Internet shutdowns cost the economy far more than governments expect.",
    "Youth participation grows when youth IGFs are funded and mentored.",
    "Cybersecurity capacity building works when it is demand-driven and coordinated among donors.",
    "Interoperability at the technical layer must be protected from national fragmentation.",
    "Digital public infrastructure should be open source and interoperable across borders.",
    "Women remain under-represented in technical roles and in policy discussions alike.",
    "Submarine cable resilience needs cooperation between operators and states.",
];
const SUMMARIES: &[&str] = &[
    "Speakers from government, operators and civil society compared experiences. The discussion converged on the need for clearer rules and public data.",
    "A lively exchange with many questions from online participants; disagreements remained on the role of the state.",
    "The session heard case studies from three countries and closed with concrete proposals for the Secretariat.",
];

pub async fn fill(db: &Db, random: &mut Random) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    bodies::seed(&mut tx).await?;
    let registry = registry(&mut tx).await?;
    let cycle = agora_store::cycles::list(&mut tx).await?.into_iter().find(|c| c.name == "Demo National IGF 2025").map(|c| c.id);
    let cycle = cycle.ok_or_else(|| anyhow::anyhow!("the demo's 2025 cycle is missing"))?;
    let filed = file_reports(&mut tx, cycle, &registry, random).await?;
    let comment =
        agora_store::consultations::list(&mut tx).await?.into_iter().find(|c| c.title.starts_with("Draft IGF 2025 Messages")).map(|c| c.id);
    let message_ids = draft_messages(&mut tx, cycle, &filed, comment).await?;
    recommend(&mut tx, cycle, &registry, &message_ids, &filed, random).await?;
    tx.commit().await?;
    Ok(())
}

/// The seeded bodies get demo contacts, and the national bodies join them; returns every body's id.
async fn registry(tx: &mut agora_store::Tx) -> anyhow::Result<Vec<i64>> {
    for (name, acronym, kind, issues) in [
        ("Communications Authority", "CA", "regulator", "spectrum, licensing, community networks, affordability, consumer protection"),
        (
            "Ministry of Information, Communications and the Digital Economy",
            "MoICDE",
            "government",
            "digital transformation, digital public infrastructure, internet shutdowns, connectivity",
        ),
        ("Office of the Data Protection Commissioner", "ODPC", "regulator", "data protection, privacy"),
        ("Demo Youth IGF", "", "nri", "youth participation, digital skills"),
        ("Kenya ICT Action Network", "KICTANet", "civil-society", "internet shutdowns, human rights, community networks"),
    ] {
        let body = NewBody { name: name.into(), acronym: acronym.into(), kind: kind.into(), issues: issues.into(), ..NewBody::default() };
        bodies::save(tx, &body).await?;
    }
    let mut ids = Vec::new();
    for b in bodies::list(tx).await? {
        let handle: String =
            b.acronym.chars().chain(b.name.chars()).filter(|c| c.is_ascii_alphanumeric()).take(12).collect::<String>().to_lowercase();
        let with_contact = NewBody {
            name: b.name.clone(),
            acronym: b.acronym.clone(),
            kind: b.kind.clone(),
            scope: b.scope.clone(),
            issues: b.issues.clone(),
            contact_email: format!("{handle}@demo.agora.example"),
            website: b.website.clone(),
        };
        ids.push(bodies::save(tx, &with_contact).await?);
    }
    Ok(ids)
}

/// Files reports for most sessions of the cycle; returns the reports filed.
async fn file_reports(tx: &mut agora_store::Tx, cycle: i64, registry: &[i64], random: &mut Random) -> anyhow::Result<Vec<i64>> {
    let ends = reports::session_ends(tx, cycle).await?;
    let filer: i64 = agora_store::participants::first_id(tx).await?;
    let groups = ["government", "private-sector", "civil-society", "technical-community", "academia"];
    let mut filed = Vec::new();
    for (n, (session, ended)) in ends.iter().enumerate() {
        // About one session in eight has no report yet: the overdue list shows them.
        if n % 8 == 3 {
            continue;
        }
        let onsite = 20 + random.below(120) as i64;
        let online = 5 + random.below(80) as i64;
        let takeaways = (0..1 + random.below(3)).map(|k| TAKEAWAYS[(n * 5 + k * 7) % TAKEAWAYS.len()].to_string()).collect();
        let addressee = if random.below(2) == 0 {
            groups[random.below(groups.len())].to_string()
        } else {
            format!("body:{}", registry[random.below(registry.len())])
        };
        let share = |p: i64| (onsite + online) * p / 100;
        let report = ReportText {
            takeaways,
            calls: vec![CallToAction { text: "Publish the data and report on progress every year.".into(), addressee }],
            summary: SUMMARIES[n % SUMMARIES.len()].into(),
            onsite,
            online,
            women: share(45),
            by_group: vec![share(15), share(20), share(30), share(15), share(12), share(3)],
            ..ReportText::default()
        };
        let due = agora_domain::reports::due_at(*ended, 14);
        // Most reports came within the fortnight; a few came late.
        let at = if n % 9 == 4 { due + 3 * DAY } else { ended + (2 + random.below(10) as i64) * DAY };
        let transcript = if n == 0 {
            ">> MODERATOR: Welcome to the opening of the Demo National IGF.\n>> CABINET SECRETARY: Thank you. Connectivity is a right.\n>> MODERATOR: The floor is open for questions.\n>> YOUTH DELEGATE: How will young people be heard?"
        } else {
            ""
        };
        let filing = reports::Filing {
            session_id: *session,
            filed_by: filer,
            rapporteur: "Session rapporteur",
            moderator: "Session moderator",
            report: &report,
            transcript,
            due_at: due,
            at,
        };
        filed.push(reports::file(tx, &filing).await?);
    }
    Ok(filed)
}

async fn draft_messages(tx: &mut agora_store::Tx, cycle: i64, filed: &[i64], comment: Option<i64>) -> anyhow::Result<Vec<i64>> {
    let themes = agora_store::cycles::themes(tx, cycle).await?;
    let theme = |i: usize| themes.get(i).map(|t| t.id);
    let sources = |from: usize| -> Vec<(i64, i64)> { filed.iter().skip(from).step_by(5).take(3).map(|r| (*r, 0)).collect() };
    let mut ids = Vec::new();
    // Published, with the change made after the public comment recorded.
    let published = messages::create(
        tx,
        cycle,
        theme(2),
        "message",
        "Digital inclusion: from coverage to meaningful connectivity",
        "Affordable devices, not coverage, are now the main barrier to meaningful connectivity.\n\nCommunity networks reach villages that commercial operators do not.",
        &sources(0),
    )
    .await?;
    messages::revise(
        tx,
        published,
        "Digital inclusion: from coverage to meaningful connectivity",
        "Affordable devices, not coverage, are now the main barrier to meaningful connectivity, above all for women in rural areas.\n\nCommunity networks reach villages that commercial operators do not, when regulators license them simply and give them spectrum.",
        "published",
        "After the public comment: women in rural areas named; the licensing and spectrum conditions added.",
        None,
    )
    .await?;
    ids.push(published);
    // In public comment: the draft whose paragraphs the public is commenting on.
    let in_comment = messages::create(
        tx,
        cycle,
        theme(0),
        "message",
        "IGF 2025 Messages (draft for comment)",
        &super::consultations::MESSAGES_DRAFT.join("\n\n"),
        &sources(1),
    )
    .await?;
    if let Some(consultation) = comment {
        messages::open_for_comment(tx, in_comment, consultation).await?;
    }
    ids.push(in_comment);
    ids.push(
        messages::create(
            tx,
            cycle,
            theme(1),
            "message",
            "Keeping the Internet whole",
            "Interoperability at the technical layer must be protected from national fragmentation.",
            &sources(2),
        )
        .await?,
    );
    let summary = messages::create(
        tx,
        cycle,
        None,
        "chair-summary",
        "Chair's summary of the Demo National IGF 2025",
        "Over four days and a Day 0, the forum brought together every stakeholder group, onsite in Kisumu and online.\n\nThe sessions' reports and the Messages record what was concluded.",
        &[],
    )
    .await?;
    messages::revise(tx, summary, "Chair's summary of the Demo National IGF 2025", "Over four days and a Day 0, the forum brought together every stakeholder group, onsite in Kisumu and online.\n\nThe sessions' reports and the Messages record what was concluded.", "published", "", None).await?;
    Ok(ids)
}

const RECOMMENDATIONS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "License community networks simply",
        "Create a light licence for community networks, with access to spectrum and exemption from national operators' fees.",
        "C2",
        "9,10",
        "community networks, spectrum",
    ),
    (
        "Publish broadband coverage as open data",
        "Publish coverage maps and prices as machine-readable open data every quarter.",
        "C2,C3",
        "9",
        "connectivity, open data",
    ),
    (
        "Fund the data protection authority",
        "Give the data protection authority the staff and independence to enforce the law.",
        "C5,C10",
        "16",
        "data protection",
    ),
    (
        "Announce any restriction of Internet access",
        "Any restriction of Internet access must be lawful, necessary, proportionate and announced publicly.",
        "C10",
        "16",
        "internet shutdowns, human rights",
    ),
    (
        "Impact assessments for public AI",
        "Publish an impact assessment before deploying AI in public services.",
        "C7,C10",
        "16",
        "ai ethics",
    ),
    (
        "Support universal acceptance of local-script domain names",
        "Make every registry and e-mail system accept domain names and addresses in local scripts.",
        "C8",
        "9",
        "universal acceptance, multilingualism",
    ),
    (
        "Routing security for every operator",
        "Adopt RPKI route origin validation across the national network.",
        "C5",
        "9",
        "routing security",
    ),
    (
        "Youth seats in national delegations",
        "Include a youth representative in the national delegation to the global IGF.",
        "C11",
        "4,10",
        "youth participation",
    ),
    (
        "Caption every session",
        "Caption and transcribe every session so that deaf participants and later readers can follow.",
        "C3,C8",
        "10",
        "web accessibility",
    ),
    (
        "Protect submarine cables jointly",
        "Agree on a joint plan for submarine cable repair between operators and the state.",
        "C2,C5",
        "9",
        "submarine cables",
    ),
    (
        "Open standards for digital public infrastructure",
        "Build digital public infrastructure on open standards and open source.",
        "C7",
        "9,17",
        "digital public infrastructure, interoperability",
    ),
    (
        "Count women in technical roles",
        "Publish sex-disaggregated data on the ICT workforce every year.",
        "C4",
        "5",
        "gender digital divide",
    ),
    ("Devices for schools", "Finance affordable devices for every secondary school.", "C4,C7/e-learning", "4", "affordability"),
    ("Local content funds", "Create a fund for local-language content and public-interest media online.", "C8", "4,10", "local content"),
    ("Encrypt by default", "Keep end-to-end encryption available without exceptional access.", "C5", "16", "encryption"),
    (
        "Consult before cybercrime law changes",
        "Hold a public consultation before amending the cybercrime law.",
        "C5,C11",
        "16",
        "cybercrime",
    ),
    ("IPv6 in public services", "Make every public service reachable over IPv6 by the next forum.", "C2", "9", "ipv6"),
    (
        "Online gaming harms to children",
        "Study the harms of online gaming to children and propose safeguards.",
        "C10",
        "3",
        "online gaming harms",
    ),
    (
        "Recognise NRIs in the WSIS+20 outcome",
        "Recognise national and regional IGFs as part of the IGF in the WSIS+20 outcome.",
        "C11",
        "17",
        "wsis follow-up",
    ),
    ("Report on shutdown costs", "Estimate and publish the economic cost of every network disruption.", "C6", "8", "internet shutdowns"),
];

/// Twenty recommendations: the acronym-matched bodies they are addressed to, and states spread over the lifecycle.
async fn recommend(
    tx: &mut agora_store::Tx,
    cycle: i64,
    registry: &[i64],
    messages: &[i64],
    filed: &[i64],
    random: &mut Random,
) -> anyhow::Result<()> {
    let all = bodies::list(tx).await?;
    let by_issue = |issues: &str| -> Vec<i64> {
        let wanted = agora_domain::bodies::issues(issues);
        let mut ids: Vec<i64> = all
            .iter()
            .filter(|b| agora_domain::bodies::issues(&b.issues).iter().any(|i| wanted.contains(i)))
            .map(|b| b.id)
            .take(2)
            .collect();
        // An issue no body lists goes to the ministry (and shows on the registry as handled by nobody).
        if ids.is_empty() {
            ids.push(all.iter().find(|b| b.acronym == "MoICDE").map_or(registry[0], |b| b.id));
        }
        ids
    };
    let answers = [
        ("acknowledged", "Thank you; the recommendation has been shared with the board.", ""),
        ("under-consideration", "A working group will report on it at our next meeting.", ""),
        ("implemented", "Done: see our published decision.", "https://example.org/decision"),
        ("partly-implemented", "The first part is in force; the second needs a change in the law.", ""),
        ("declined", "We do not have the mandate for this; we refer it to the ministry.", ""),
    ];
    for (n, (title, text, lines, goals, issues)) in RECOMMENDATIONS.iter().enumerate() {
        let (source, source_id) =
            if n % 3 == 0 { ("report", filed.get(n).copied()) } else { ("message", messages.get(n % messages.len()).copied()) };
        let source_id = if source == "report" {
            match source_id {
                Some(report) => Some(agora_store::reports::get(tx, report).await?.session_id),
                None => None,
            }
        } else {
            source_id
        };
        let r = NewRecommendation {
            cycle_id: Some(cycle),
            title: title.to_string(),
            text: text.to_string(),
            rationale: "Raised in several sessions and supported in the public comment on the Messages.".into(),
            source: source.into(),
            source_id,
            action_lines: lines.to_string(),
            sdgs: goals.to_string(),
            issues: issues.to_string(),
            created_by: None,
        };
        let bodies_of = by_issue(issues);
        let id = recommendations::create(tx, &r, &bodies_of).await?;
        // The first two stay drafts; the rest are sent, and most bodies have answered.
        if n < 2 {
            continue;
        }
        for body in &bodies_of {
            recommendations::move_to(tx, id, *body, "sent", "secretariat", "", "").await?;
            recommendations::issue_link(tx, id, *body, &format!("demo-link-{id}-{body}"), agora_store::now() + 120 * DAY).await?;
            match n % 7 {
                0 => {}
                1 => recommendations::move_to(tx, id, *body, "no-response", "secretariat", "", "").await?,
                k => {
                    let (status, response, link) = answers[(k + random.below(2)) % answers.len()];
                    if status != "acknowledged" {
                        recommendations::move_to(tx, id, *body, "acknowledged", "body", "Received; we will come back to you.", "").await?;
                    }
                    recommendations::move_to(tx, id, *body, status, "body", response, link).await?;
                }
            }
        }
    }
    Ok(())
}
