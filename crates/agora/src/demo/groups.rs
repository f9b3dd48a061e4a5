//! The demo's groups: a MAG of 55 with observers and its balance panel, five dynamic coalitions (one inactive
//! for want of a yearly report), two best practice forums, a policy network and thirty NRIs across the UN
//! regions, with decisions taken by consensus — closed with positions by stakeholder group, and one still open.

use super::Random;
use super::consultations::Person;
use agora_store::groups::{self, GroupFields};
use agora_store::meetings::{self, MeetingFields};
use agora_store::{Db, Tx, decisions, discussions, documents};

const COALITIONS: &[(&str, &str, &str, bool)] = &[
    (
        "Dynamic Coalition on Community Connectivity",
        "DC3",
        "Community networks connect the places markets leave out. We document them, and the policies and spectrum rules that let them grow.",
        true,
    ),
    (
        "Dynamic Coalition on Internet Rights and Principles",
        "IRPC",
        "Human rights apply online as offline. We maintain the Charter of Human Rights and Principles for the Internet and explain it.",
        true,
    ),
    (
        "Dynamic Coalition on Accessibility and Disability",
        "DCAD",
        "A billion people live with a disability. We work for accessible Internet governance meetings, platforms and policies.",
        true,
    ),
    (
        "Dynamic Coalition on Children's Rights in the Digital Environment",
        "",
        "Children are a third of Internet users. We bring their rights and their voices into the forum's discussions.",
        true,
    ),
    (
        "Dynamic Coalition on Blockchain Technologies",
        "",
        "How distributed ledgers affect governance, finance and identity. Inactive: no yearly report since 2023.",
        false,
    ),
];

/// Thirty NRIs: name, level, country (national and youth) or UN regional group (regional ones).
const NRIS: &[(&str, &str, &str, &str)] = &[
    ("Kenya IGF", "national", "KE", ""),
    ("Uganda IGF", "national", "UG", ""),
    ("Tanzania IGF", "national", "TZ", ""),
    ("Nigeria IGF", "national", "NG", ""),
    ("Ghana IGF", "national", "GH", ""),
    ("Senegal IGF", "national", "SN", ""),
    ("South Africa IGF", "national", "ZA", ""),
    ("West Africa IGF", "sub-regional", "", "african"),
    ("African IGF", "regional", "", "african"),
    ("Kenya Youth IGF", "youth", "KE", ""),
    ("India IGF", "national", "IN", ""),
    ("Bangladesh IGF", "national", "BD", ""),
    ("Nepal IGF", "national", "NP", ""),
    ("Japan IGF", "national", "JP", ""),
    ("Asia Pacific Regional IGF", "regional", "", "asia-pacific"),
    ("Pacific IGF", "sub-regional", "", "asia-pacific"),
    ("Arab IGF", "regional", "", "asia-pacific"),
    ("Ukraine IGF", "national", "UA", ""),
    ("Armenia IGF", "national", "AM", ""),
    ("South Eastern European Dialogue on Internet Governance", "sub-regional", "", "eastern-european"),
    ("Brazil IGF", "national", "BR", ""),
    ("Mexico IGF", "national", "MX", ""),
    ("Colombia IGF", "national", "CO", ""),
    ("Latin American and Caribbean IGF", "regional", "", "latin-american-caribbean"),
    ("Caribbean IGF", "sub-regional", "", "latin-american-caribbean"),
    ("European Dialogue on Internet Governance", "regional", "", "western-european-others"),
    ("IGF Germany", "national", "DE", ""),
    ("UK IGF", "national", "GB", ""),
    ("IGF-USA", "national", "US", ""),
    ("Youth LACIGF", "youth", "", "latin-american-caribbean"),
];

fn year_now() -> i32 {
    (1970 + agora_store::now() / 31_556_952) as i32
}

fn of_group<'a>(people: &'a [Person], group: &str) -> impl Iterator<Item = &'a Person> {
    people.iter().filter(move |p| p.1 == group)
}

pub async fn fill(db: &Db, people: &[Person], chair: i64, mag_account: i64, random: &mut Random) -> anyhow::Result<()> {
    let year = year_now();
    let mut tx = db.begin().await?;
    let mag = mag_group(&mut tx, people, chair, mag_account, year).await?;
    mag_decisions(&mut tx, mag, people, random).await?;
    let mut used = 0;
    for (i, (name, acronym, need, active)) in COALITIONS.iter().enumerate() {
        let fields = GroupFields {
            kind: "dynamic-coalition".into(),
            name: name.to_string(),
            acronym: acronym.to_string(),
            description: need.to_string(),
            statement_of_need: need.to_string(),
            action_plan: "1. Meet online every month; minutes in the group's documents.\n2. A session at the annual meeting.\n3. A yearly report to the forum.".into(),
            contact_email: format!("coalition{i}@demo.agora.example"),
            open_membership: true,
            ..GroupFields::default()
        };
        let members: Vec<&Person> = people.iter().skip(30 + used).step_by(3).take(8 + 3 * i).collect();
        used += 7;
        let id = published(&mut tx, &fields, &members, year).await?;
        let last = if *active { year - 1 } else { year - 3 };
        groups::file_report(
            &mut tx,
            id,
            last,
            "annual",
            &format!("In {last} the coalition met {} times, held its session at the annual meeting and published its findings.", 6 + i),
            Some(members[0].0),
        )
        .await?;
        if i == 0 {
            // The demo MAG account belongs to this coalition too, so a visitor can state a position.
            groups::join(&mut tx, id, mag_account, "member", year).await?;
            coalition_decision(&mut tx, id, &members, random).await?;
        }
    }
    for (kind, name, text) in [
        (
            "best-practice-forum",
            "Best Practice Forum on Cybersecurity",
            "Collects practices that make cyber norms work, from national CERTs to supply-chain security; its draft goes to public feedback before the final report.",
        ),
        (
            "best-practice-forum",
            "Best Practice Forum on Gender and Digital Rights",
            "Documents what works against online gender-based violence and for women's meaningful access.",
        ),
        (
            "policy-network",
            "Policy Network on Meaningful Access",
            "Connectivity, digital inclusion and capacity development: policies that turn access into meaningful use.",
        ),
    ] {
        let fields =
            GroupFields { kind: kind.into(), name: name.into(), description: text.into(), open_membership: true, ..GroupFields::default() };
        let members: Vec<&Person> = people.iter().skip(60 + used).step_by(5).take(12).collect();
        used += 4;
        let id = published(&mut tx, &fields, &members, year).await?;
        groups::file_report(&mut tx, id, year - 1, "final", &format!("{name}: final output of {}. The draft was open to public feedback for four weeks; 23 contributions were received and answered.", year - 1), Some(members[0].0)).await?;
    }
    for (i, (name, level, country, region)) in NRIS.iter().enumerate() {
        let fields = GroupFields {
            kind: "nri".into(),
            name: name.to_string(),
            country: country.to_string(),
            region: region.to_string(),
            nri_level: level.to_string(),
            contact_email: format!("nri{i}@demo.agora.example"),
            open_membership: true,
            description: format!(
                "{name}: an open, multistakeholder and bottom-up forum on Internet governance, following the IGF's principles."
            ),
            ..GroupFields::default()
        };
        // An organizing committee drawn from three stakeholder groups.
        let committee: Vec<&Person> = ["government", "private-sector", "civil-society", "technical-community"]
            .iter()
            .filter_map(|g| of_group(people, g).nth((i * 2 + random.below(3)) % 12))
            .collect();
        let id = published(&mut tx, &fields, &committee, year).await?;
        // Three NRIs have not reported for last year and lose their recognition until they do.
        let last = if i % 10 == 9 { year - 2 } else { year - 1 };
        groups::file_report(
            &mut tx,
            id,
            last,
            "annual",
            &format!(
                "{name} {last}: {} participants over two days, {} sessions; messages sent to the national regulator and to the IGF.",
                150 + 37 * i,
                12 + i % 9
            ),
            Some(committee[0].0),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Creates a group with its first member as chair, adds the others and publishes it.
async fn published(tx: &mut Tx, fields: &GroupFields, members: &[&Person], year: i32) -> anyhow::Result<i64> {
    let id = groups::create(tx, fields, Some(members[0].0), year).await?;
    for m in &members[1..] {
        groups::join(tx, id, m.0, if m.1 == "intergovernmental-organization" { "observer" } else { "member" }, year).await?;
    }
    groups::publish(tx, id).await?;
    Ok(id)
}

/// A MAG of 55 (21 governments, the rest split between the other groups), three IGO observers, a third new
/// this year, and one member in a fourth consecutive term — which the balance panel flags.
async fn mag_group(tx: &mut Tx, people: &[Person], chair: i64, mag_account: i64, year: i32) -> anyhow::Result<i64> {
    let fields = GroupFields {
        kind: "mag".into(),
        name: format!("Multistakeholder Advisory Group {year}"),
        acronym: "MAG".into(),
        description: "The MAG prepares the annual meeting's programme with the Secretariat and the Chair: the themes, the call for sessions, the evaluation of workshop proposals and the open consultations.".into(),
        country: "KE".into(),
        open_membership: false,
        ..GroupFields::default()
    };
    let id = groups::create(tx, &fields, Some(chair), year).await?;
    groups::appoint(tx, id, mag_account, "member", year - 1, 2).await?;
    let mut seated = 2;
    for (group, seats) in [("government", 21), ("private-sector", 11), ("civil-society", 10), ("technical-community", 7), ("academia", 4)] {
        for (n, p) in of_group(people, group).filter(|p| p.0 != chair).take(seats).enumerate() {
            // One, two or three yearly terms in a row, and one member in a fourth; each began that many years ago.
            let terms = if seated + n == 7 { 4 } else { (seated + n) as i32 % 3 + 1 };
            groups::appoint(tx, id, p.0, "member", year - (terms - 1), i64::from(terms)).await?;
        }
        seated += seats;
    }
    for p in of_group(people, "intergovernmental-organization").take(3) {
        groups::appoint(tx, id, p.0, "observer", year, 1).await?;
    }
    groups::publish(tx, id).await?;
    Ok(id)
}

async fn positions(
    tx: &mut Tx,
    decision: i64,
    voters: &[&Person],
    pick: impl Fn(usize) -> (&'static str, &'static str),
) -> anyhow::Result<()> {
    for (i, p) in voters.iter().enumerate() {
        let (position, reason) = pick(i);
        decisions::state_position(tx, decision, p.0, p.1, position, reason).await?;
    }
    Ok(())
}

async fn mag_decisions(tx: &mut Tx, mag: i64, people: &[Person], random: &mut Random) -> anyhow::Result<()> {
    let members = groups::members(tx, mag).await?;
    let voters: Vec<&Person> = people.iter().filter(|p| members.iter().any(|m| m.participant_id == p.0 && m.role != "observer")).collect();
    let chair = members.iter().find(|m| m.role == "chair").map(|m| m.participant_id);
    let themes = decisions::propose(
        tx,
        mag,
        "Themes of the annual meeting",
        "The annual meeting has four themes, drawn from the call for issues:\n\n1. Universal and meaningful access\n2. Human rights and freedoms online\n3. Data governance and trust\n4. Emerging technologies",
        chair,
    )
    .await?;
    let thread = decisions::get(tx, themes).await?.thread_id.unwrap_or_default();
    discussions::reply(
        tx,
        thread,
        Some(voters[3].0),
        "Could environmental sustainability be a cross-cutting lens rather than a fifth theme?",
    )
    .await?;
    discussions::reply(tx, thread, chair, "Agreed: the synthesis of the call for issues supports it as a lens across the four themes.")
        .await?;
    decisions::open_call(tx, themes, agora_store::now() - 86_400).await?;
    let concern = random.below(voters.len());
    positions(tx, themes, &voters[..40], |i| match i {
        i if i == concern % 40 => ("concern", "Cybersecurity deserves its own theme; under trust it may be crowded out."),
        i if i % 4 == 0 => ("no-objection", ""),
        _ => ("support", ""),
    })
    .await?;
    decisions::close(tx, themes, "consensus", "Every stakeholder group supports the four themes. The one concern is met by a main session on cybersecurity under the third theme.", "").await?;

    let selection = decisions::propose(
        tx,
        mag,
        "Conditional approval of merged workshop proposals",
        "Six proposals on similar topics are approved on condition that they merge into three workshops, as the evaluation's ranking suggests.",
        chair,
    )
    .await?;
    decisions::open_call(tx, selection, agora_store::now() - 3_600).await?;
    positions(tx, selection, &voters[..36], |i| match i {
        5 => ("block", "Merging two of these proposals would remove the only workshop led from a small island developing state."),
        i if i % 3 == 0 => ("no-objection", ""),
        _ => ("support", ""),
    })
    .await?;
    decisions::close(
        tx,
        selection,
        "rough-consensus",
        "One block, from one stakeholder group, with a reason the MAG accepts: that pair of proposals stays separate, and the other two merges go ahead.",
        "",
    )
    .await?;
    mag_space(tx, mag, chair, &voters).await?;
    decisions::propose(
        tx,
        mag,
        "Guidelines for hybrid session moderation",
        "Every session has an onsite and an online moderator who alternate the floor between the room and remote participants.",
        chair,
    )
    .await?;
    Ok(())
}

/// The coalition's open call: some positions stated, the deadline ahead.
async fn coalition_decision(tx: &mut Tx, coalition: i64, members: &[&Person], _random: &mut Random) -> anyhow::Result<()> {
    let id = decisions::propose(
        tx,
        coalition,
        "Adopt the coalition's action plan for the year",
        "We map community networks in twelve more countries, publish a spectrum policy brief, and hold our session at the annual meeting.",
        Some(members[0].0),
    )
    .await?;
    decisions::open_call(tx, id, agora_store::now() + 10 * 86_400).await?;
    positions(tx, id, &members[..5], |i| match i {
        2 => ("concern", "Twelve countries in one year is ambitious for our volunteers; could we commit to eight?"),
        _ => ("support", ""),
    })
    .await?;
    Ok(())
}

/// The MAG's working space: its working methods in three versions, a thread, a past MAG meeting with minutes,
/// and the open consultations of the coming hour with a speaking queue already forming, onsite and online.
async fn mag_space(tx: &mut Tx, mag: i64, chair: Option<i64>, voters: &[&Person]) -> anyhow::Result<()> {
    let methods = documents::create(
        tx,
        mag,
        "MAG working methods",
        "The MAG decides by consensus. Meetings are open to observers unless the MAG decides otherwise; summaries are public.",
        "First draft from the Secretariat.",
        chair,
    )
    .await?;
    documents::save_version(
        tx,
        methods,
        "MAG working methods",
        "The MAG decides by consensus, through consensus calls on the record. Meetings are open to observers unless the MAG \
         decides otherwise; summaries and action points are public within a week.",
        "Consensus calls and the one-week rule, after the discussion.",
        Some(voters[2].0),
    )
    .await?;
    documents::save_version(
        tx,
        methods,
        "MAG working methods",
        "The MAG decides by consensus, through consensus calls on the record, with positions shown by stakeholder group. \
         Meetings are open to observers unless the MAG decides otherwise; summaries and action points are public within a \
         week. Onsite and online speakers take the floor in turn.",
        "Equal treatment of onsite and online speakers.",
        chair,
    )
    .await?;
    let thread = discussions::start(
        tx,
        mag,
        "Outreach to first-time participants",
        Some(voters[4].0),
        "How do we reach newcomers from small island states before the call for sessions closes?",
    )
    .await?;
    discussions::reply(
        tx,
        thread,
        Some(voters[9].0),
        "The NRIs of the Pacific and the Caribbean could relay the call; a short video in each UN language helps.",
    )
    .await?;
    discussions::reply(tx, thread, chair, "Good idea. The Secretariat will ask the NRI focal points and report at the next meeting.")
        .await?;
    let now = agora_store::now();
    let past = MeetingFields {
        kind: "meeting".into(),
        title: "Virtual MAG meeting".into(),
        starts_at: now - 14 * 86_400,
        location: String::new(),
        online_url: "https://meet.demo.agora.example/mag".into(),
        agenda: "1. Adoption of the agenda\n2. Themes of the annual meeting\n3. Call for sessions: timeline\n4. Any other business".into(),
        minutes: "The MAG agreed the timeline of the call for sessions. The themes go to a consensus call.".into(),
        action_points: "- Secretariat: open the call for sessions\n- Chair: open the consensus call on the themes".into(),
    };
    meetings::create(tx, mag, &past).await?;
    let consultations = MeetingFields {
        kind: "open-consultation".into(),
        title: "Open consultations on the programme".into(),
        starts_at: now + 3_600,
        location: "Kenyatta International Convention Centre, Nairobi".into(),
        online_url: "https://meet.demo.agora.example/open-consultations".into(),
        agenda: "1. The Secretariat's stock-taking\n2. The themes and the programme structure\n3. Open floor: two minutes per speaker, onsite and online in turn".into(),
        minutes: String::new(),
        action_points: String::new(),
    };
    let open = meetings::create(tx, mag, &consultations).await?;
    meetings::set_queue_open(tx, open, true).await?;
    for (i, p) in voters.iter().skip(10).take(6).enumerate() {
        meetings::request(tx, meetings::Floor::Meeting(open), p.0, &p.3, if i % 3 == 0 { "online" } else { "onsite" }, None).await?;
    }
    Ok(())
}
