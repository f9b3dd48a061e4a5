//! The demo's cycles: last year's call closed, screened and half-way through MAG evaluation (about 400
//! proposals of realistic spread), and next year's call for proposals open, so a newcomer can try the form.

use super::Random;
use agora_domain::cycles::{CycleRules, Phase, PhaseDates};
use agora_domain::evaluation::Pair;
use agora_store::cycles::{self, NewCycle};
use agora_store::proposals::{self, Draft, NewPerson, Organizer};
use agora_store::{Conn, evaluation};

const DAY: i64 = 24 * 3600;

/// The eight themes of IGF 2023, Kyoto.
const THEMES: [(&str, &str); 8] = [
    ("AI and emerging technologies", "How should AI and other emerging technologies be governed so that they serve people and the SDGs?"),
    (
        "Avoiding Internet fragmentation",
        "What keeps the Internet open, interoperable and unfragmented at the technical, policy and commercial layers?",
    ),
    (
        "Cybersecurity, cybercrime and online safety",
        "How can states, companies and users cooperate against cyber threats while protecting rights?",
    ),
    ("Data governance and trust", "Which rules for data flows, privacy and data protection build trust across borders?"),
    ("Digital divides and inclusion", "How do we connect the next billions meaningfully, affordably and in their languages?"),
    ("Global digital governance and cooperation", "How should the IGF, the Global Digital Compact and WSIS+20 work together?"),
    ("Human rights and freedoms", "How are freedom of expression, privacy and non-discrimination protected online?"),
    ("Sustainability and environment", "How can digital technology reduce, not add to, its environmental footprint?"),
];

const SUBJECTS: [&str; 24] = [
    "Community networks",
    "Universal service funds",
    "Generative AI",
    "Algorithmic accountability",
    "Submarine cables",
    "Internet exchange points",
    "Child online safety",
    "Ransomware",
    "Cross-border data flows",
    "Digital public infrastructure",
    "Local-language content",
    "Meaningful connectivity",
    "Platform regulation",
    "Internet shutdowns",
    "Digital identity",
    "E-waste",
    "Green data centres",
    "Youth participation",
    "Gender-based online violence",
    "DNS abuse",
    "Open standards",
    "Spectrum policy",
    "Digital skills",
    "Disinformation during elections",
];
const ANGLES: [&str; 12] = [
    "lessons from East Africa",
    "what regulators can learn",
    "a multistakeholder roadmap",
    "bridging the rural gap",
    "rights-based approaches",
    "the role of the technical community",
    "voices from the Global South",
    "financing models that work",
    "from principles to practice",
    "measuring what matters",
    "towards WSIS+20",
    "a youth perspective",
];
const FORMATS: [(&str, i64, u32); 6] = [
    ("roundtable", 60, 30),
    ("panel", 90, 25),
    ("break-out", 90, 10),
    ("debate", 60, 10),
    ("birds-of-a-feather", 60, 10),
    ("flash", 30, 15),
];

/// Adds the two demo cycles; `people` are (participant id, stakeholder group, is MAG member).
pub async fn fill(conn: &mut Conn, people: &[(i64, &'static str, bool)], random: &mut Random) -> anyhow::Result<()> {
    let now = agora_store::now();
    let midnight = now - now.rem_euclid(DAY);
    let past = |s: i64, e: i64| PhaseDates { start: midnight + s * DAY, end: midnight + e * DAY };
    let phases = [
        (Phase::CallForIssues, past(-120, -90)),
        (Phase::CallForProposals, past(-90, -40)),
        (Phase::Screening, past(-40, -30)),
        (Phase::Evaluation, past(-30, 10)),
        (Phase::Selection, past(10, 20)),
        (Phase::Scheduling, past(20, 60)),
        (Phase::Meeting, past(90, 95)),
        (Phase::Reporting, past(95, 110)),
    ];
    let cycle = NewCycle {
        name: "Demo National IGF 2026".into(),
        host: "Nairobi, Kenya".into(),
        meeting_dates: "Day 0 and 4 days".into(),
        hybrid: true,
    };
    // A 400-proposal call is a big one: proposals per institution are not capped (as at the IGF since 2018).
    let rules = CycleRules { slots: 60, per_theme_cap: 10, max_proposals_per_institution: 400, ..CycleRules::default() };
    let cycle_id = cycles::create(conn, &cycle, &rules, &phases).await?;
    let mut theme_ids = Vec::new();
    for (name, question) in THEMES {
        theme_ids.push(
            cycles::add_theme(conn, cycle_id, &cycles::NewTheme { name, description: "", sub_themes: "", policy_questions: question })
                .await?,
        );
    }
    let proposers: Vec<&(i64, &str, bool)> = people.iter().filter(|p| !p.2).collect();
    let speakers = super::speakers(conn, random).await?;
    let mut pool = Vec::new();
    for id in people.iter().filter(|p| !p.2).map(|p| p.0).chain(speakers) {
        pool.push((id, agora_store::participants::get(conn, id).await?.gender.unwrap_or_default()));
    }
    let mut booked: std::collections::HashMap<i64, u32> = std::collections::HashMap::new();
    for n in 0..400 {
        let proposer = proposers[n % proposers.len()];
        draft_proposal(conn, cycle_id, proposer.0, &theme_ids, &pool, &mut booked, random, n).await?;
    }
    // Half of last year's issues came in from the call; and the MAG's issue areas: two themes each.
    for (i, (id, _, mag)) in people.iter().enumerate() {
        if *mag {
            let areas = [theme_ids[i % 8], theme_ids[(i + 3) % 8]];
            evaluation::set_areas(conn, cycle_id, *id, &areas).await?;
        } else if i % 3 == 0 {
            let issue = format!("{} — {}", SUBJECTS[i % SUBJECTS.len()], ANGLES[i % ANGLES.len()]);
            let p = agora_store::participants::get(conn, *id).await?;
            cycles::submit_issue(conn, cycle_id, *id, &issue, &p.stakeholder_group, &p.country).await?;
        }
    }
    let cycle = cycles::get(conn, cycle_id).await?;
    agora_app::screening::run(conn, &cycle).await?;
    agora_app::evaluation::assign(conn, &cycle).await?;
    score_some(conn, cycle_id, &rules, random).await?;

    let next = NewCycle {
        name: "Demo National IGF 2027".into(),
        host: "Mombasa, Kenya".into(),
        meeting_dates: "to be announced".into(),
        hybrid: true,
    };
    let open = [
        (Phase::CallForIssues, past(-30, 0)),
        (Phase::CallForProposals, past(0, 45)),
        (Phase::Screening, past(45, 52)),
        (Phase::Evaluation, past(52, 75)),
    ];
    let next_id = cycles::create(conn, &next, &CycleRules::default(), &open).await?;
    for (name, question) in THEMES.iter().take(6) {
        cycles::add_theme(conn, next_id, &cycles::NewTheme { name, description: "", sub_themes: "", policy_questions: question }).await?;
    }
    last_year(conn, people, &pool, random).await
}

/// Last year's cycle, complete: 120 proposals, 60 approved, a venue of 12 rooms over Day 0 and four days,
/// main sessions and open forums beside the workshops, and a published programme.
async fn last_year(
    conn: &mut Conn,
    people: &[(i64, &'static str, bool)],
    pool: &[(i64, String)],
    random: &mut Random,
) -> anyhow::Result<()> {
    let now = agora_store::now();
    let midnight = now - now.rem_euclid(DAY);
    let at = |d: i64| midnight + d * DAY;
    let phases = [
        (Phase::CallForProposals, PhaseDates { start: at(-500), end: at(-450) }),
        (Phase::Screening, PhaseDates { start: at(-450), end: at(-440) }),
        (Phase::Evaluation, PhaseDates { start: at(-440), end: at(-420) }),
        (Phase::Selection, PhaseDates { start: at(-420), end: at(-410) }),
        (Phase::Meeting, PhaseDates { start: at(-365), end: at(-360) }),
    ];
    let cycle = NewCycle {
        name: "Demo National IGF 2025".into(),
        host: "Kisumu, Kenya".into(),
        meeting_dates: "Day 0 and 4 days".into(),
        hybrid: true,
    };
    let rules = CycleRules { max_proposals_per_institution: 400, ..CycleRules::default() };
    let cycle_id = cycles::create(conn, &cycle, &rules, &phases).await?;
    let mut themes = Vec::new();
    for (name, question) in THEMES {
        themes.push(
            cycles::add_theme(conn, cycle_id, &cycles::NewTheme { name, description: "", sub_themes: "", policy_questions: question })
                .await?,
        );
    }
    let proposers: Vec<&(i64, &str, bool)> = people.iter().filter(|p| !p.2).collect();
    let mut booked = std::collections::HashMap::new();
    for n in 0..120 {
        draft_proposal(conn, cycle_id, proposers[(n * 7) % proposers.len()].0, &themes, pool, &mut booked, random, 1000 + n).await?;
    }
    let cycle = cycles::get(conn, cycle_id).await?;
    agora_app::screening::run(conn, &cycle).await?;
    let decider = people.iter().find(|p| p.2).map_or(people[0].0, |p| p.0);
    let passed: Vec<i64> =
        proposals::screenings(conn, cycle_id).await?.iter().filter(|s| s.effective_pass()).map(|s| s.proposal_id).collect();
    for (i, proposal) in passed.iter().enumerate() {
        let (outcome, rationale) = if i < 60 {
            ("approved", "Among the best-rated in its theme, with a balanced set of speakers.")
        } else {
            ("not-approved", "Ranked below the slots available for its theme.")
        };
        evaluation::decide(conn, *proposal, outcome, None, rationale, decider).await?;
    }
    agora_store::programme::import_approved(conn, cycle_id).await?;

    // The venue: a plenary with interpretation in the six UN languages, a second main hall, ten rooms.
    let mut rooms = Vec::new();
    for (name, capacity, interpretation) in [("Plenary Hall", 800, "ar,zh,en,fr,ru,es"), ("Main Hall 2", 400, "en,fr")] {
        rooms.push(agora_store::programme::add_room(conn, cycle_id, name, capacity, true, interpretation).await?);
    }
    for n in 1..=10i64 {
        let capacity = [80, 100, 120, 150, 200][(n % 5) as usize];
        rooms.push(agora_store::programme::add_room(conn, cycle_id, &format!("Workshop Room {n}"), capacity, n != 10, "").await?);
    }
    let (mut first_slot, mut last_slot) = (None, None);
    for day in 0..=4i64 {
        for (i, start) in [9 * 60, 10 * 60 + 45, 12 * 60 + 30, 14 * 60 + 15, 16 * 60].iter().enumerate() {
            if day == 0 && i > 2 {
                continue;
            }
            let id = agora_store::programme::add_slot(conn, cycle_id, day, at(-365 + day) + start * 60, 90).await?;
            if day == 1 && i == 0 {
                first_slot = Some(id);
            }
            last_slot = Some(id);
        }
    }
    let main = |title: &'static str, kind: &'static str, slot: Option<i64>| agora_store::programme::NewSession {
        session_type: kind,
        title,
        description: "",
        theme_id: None,
        minutes: 90,
        expected_audience: if slot.is_some() { 700 } else { 300 },
        needs_hybrid: true,
        fixed: slot.map(|s| (rooms[0], s)),
        proposal_id: None,
    };
    for session in [
        main("Opening ceremony", "opening", first_slot),
        main("Closing ceremony and open mic", "closing", last_slot),
        main("Main session: Meaningful connectivity for all", "main-session", None),
        main("Main session: AI governance and human rights", "main-session", None),
        main("Main session: WSIS+20 and the future of the IGF", "main-session", None),
        main("Newcomers' orientation", "day-0", None),
        main("Open forum: Communications Authority", "open-forum", None),
        main("Open forum: Office of the Data Protection Commissioner", "open-forum", None),
        main("Dynamic Coalition on Accessibility and Disability", "dynamic-coalition", None),
        main("Youth IGF town hall", "town-hall", None),
    ] {
        agora_store::programme::add_session(conn, cycle_id, &session, &[]).await?;
    }
    // Participants mark interests: the scheduler keeps overlapping audiences apart.
    let sessions = agora_store::programme::sessions(conn, cycle_id).await?;
    for (id, _, _) in people.iter().take(120) {
        for _ in 0..4 {
            let s = &sessions[random.below(sessions.len())];
            agora_store::programme::set_interest(conn, *id, s.id, true).await?;
        }
    }
    // The tracks' sessions, placed by the scheduler with the others.
    super::tracks::sessions(conn, cycle_id).await?;
    let version = agora_app::programme::compute_version(conn, cycle_id, "Final programme", 2025)
        .await
        .map_err(|e| anyhow::anyhow!("scheduling the demo: {e}"))?;
    agora_store::programme::publish(conn, version).await?;
    Ok(())
}

/// The demo accounts' agendas in the published programme: a session and another at the same time (a clash the
/// agenda page flags), and a few more across the days.
pub async fn agendas(conn: &mut Conn, participants: &[i64]) -> anyhow::Result<()> {
    for cycle in cycles::list(conn).await? {
        let Some(version) = agora_store::programme::published(conn, cycle.id).await? else { continue };
        let placements = agora_store::programme::placements(conn, version.id).await?;
        let together =
            placements.iter().find_map(|(s, _, t)| placements.iter().find(|(o, _, u)| u == t && o != s).map(|(o, _, _)| (*s, *o)));
        let Some((first, second)) = together else { continue };
        let more: Vec<i64> = placements.iter().map(|p| p.0).filter(|s| *s != first && *s != second).step_by(11).take(5).collect();
        let chosen: Vec<i64> = [first, second].into_iter().chain(more).collect();
        for participant in participants {
            for session in &chosen {
                agora_store::programme::set_interest(conn, *participant, *session, true).await?;
            }
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn draft_proposal(
    conn: &mut Conn,
    cycle_id: i64,
    proposer: i64,
    themes: &[i64],
    pool: &[(i64, String)],
    booked: &mut std::collections::HashMap<i64, u32>,
    random: &mut Random,
    n: usize,
) -> anyhow::Result<()> {
    let (format, duration, _) = FORMATS[random.weighted(&FORMATS.map(|f| f.2))];
    let subject = SUBJECTS[random.below(SUBJECTS.len())];
    let angle = ANGLES[random.below(ANGLES.len())];
    let theme = themes[random.below(themes.len())];
    let complete = random.below(40) != 0;
    // A moderator, three to five speakers, sometimes an online moderator and a rapporteur: nobody in more than
    // three sessions, mostly confirmed, some still invited or declined.
    let roles: Vec<&str> = std::iter::once("onsite-moderator")
        .chain(std::iter::repeat_n("speaker", 3 + random.below(3)))
        .chain((random.below(2) == 0).then_some("online-moderator"))
        .chain((random.below(3) == 0).then_some("rapporteur"))
        .collect();
    let mut listed: Vec<(i64, &str, bool, &str)> = Vec::new();
    // Most proposers make sure their speakers are not all of one gender; a few forget.
    let mind_gender = random.below(12) != 0;
    let mut first_gender = String::new();
    for (i, role) in roles.into_iter().enumerate() {
        let (id, gender) = loop {
            let (candidate, gender) = &pool[random.below(pool.len())];
            let free =
                *candidate != proposer && booked.get(candidate).copied().unwrap_or(0) < 3 && !listed.iter().any(|l| l.0 == *candidate);
            let balanced = !mind_gender || i != 2 || (gender != &first_gender && (gender == "female" || gender == "male"));
            if free && balanced {
                break (*candidate, gender.clone());
            }
        };
        if i == 1 {
            first_gender = gender;
        }
        let status = match random.below(40) {
            0 => "declined",
            1 => "invited",
            _ => "confirmed",
        };
        if status == "confirmed" {
            *booked.entry(id).or_insert(0) += 1;
        }
        let onsite = role == "onsite-moderator" || random.below(10) < 9;
        listed.push((id, role, onsite, status));
    }
    let mut persons = Vec::new();
    for (id, role, onsite, _) in &listed {
        let p = agora_store::participants::get(conn, *id).await?;
        persons.push(NewPerson {
            role: role.to_string(),
            name: p.name,
            email: p.email,
            onsite: *onsite,
            invitation_hash: format!("demo-{n}-{id}"),
        });
    }
    let organizer = |group: &str, country: &str, name: String| Organizer {
        position: 0,
        organization: name,
        stakeholder_group: group.into(),
        country: country.into(),
    };
    let me = agora_store::participants::get(conn, proposer).await?;
    let mut organizers = vec![organizer(&me.stakeholder_group, &me.country, me.organization.clone().unwrap_or_else(|| me.name.clone()))];
    if random.below(2) == 0 {
        let other = pool[random.below(pool.len())].0;
        let o = agora_store::participants::get(conn, other).await?;
        organizers.push(organizer(&o.stakeholder_group, &o.country, o.organization.unwrap_or(o.name)));
    }
    let draft = Draft {
        title: format!("{subject}: {angle}"),
        theme_id: Some(theme),
        format: format.into(),
        duration,
        description: format!(
            "Who can use the Internet, and how, depends on {}. This session brings together people from several stakeholder groups to \
             compare experiences, {angle}, and to agree on practical next steps for policymakers and practitioners.",
            subject.to_lowercase()
        ),
        policy_questions: format!("What should governments, companies and communities each do about {}?", subject.to_lowercase()),
        expected_outcomes:
            "A short report with key takeaways and calls to action, shared with the NRIs and the relevant dynamic coalitions.".into(),
        hybrid_plan: if complete {
            "The online moderator relays questions from the online room every fifteen minutes; slides are shared in advance.".into()
        } else {
            String::new()
        },
        sdgs: ["9", "4,9", "5,10", "16", "9,17"][random.below(5)].into(),
        action_lines: ["C2", "C4", "C5", "C1,C11", "C3,C8"][random.below(5)].into(),
        previous_report_url: String::new(),
        people: persons,
        organizers,
    };
    let (id, _) = proposals::save(conn, None, cycle_id, proposer, me.organization_id, &draft, true).await?;
    for (person_id, _, _, status) in &listed {
        if *status != "invited" {
            let email = agora_store::participants::get(conn, *person_id).await?.email;
            let row = proposals::people(conn, id).await?.into_iter().find(|p| p.email == email);
            if let Some(row) = row {
                proposals::answer_invitation(conn, row.id, *person_id, *status == "confirmed").await?;
            }
        }
    }
    Ok(())
}

/// Scores about 60 % of the assignments, around each proposal's hidden quality, with harsh and lenient members.
async fn score_some(conn: &mut Conn, cycle_id: i64, rules: &CycleRules, random: &mut Random) -> anyhow::Result<()> {
    let pairs: Vec<Pair> = evaluation::assignments(conn, cycle_id).await?;
    for pair in pairs {
        if random.below(10) >= 6 {
            continue;
        }
        let quality = (pair.proposal * 7919 % 5) as i64;
        let habit = (pair.evaluator % 3) as i64 - 1;
        let scores: Vec<(String, u32)> = rules
            .criteria
            .iter()
            .map(|c| {
                let noise = random.below(3) as i64 - 1;
                (c.clone(), (1 + quality + habit + noise).clamp(rules.score_min as i64, rules.score_max as i64) as u32)
            })
            .collect();
        evaluation::save_evaluation(conn, pair, &scores, "").await?;
    }
    Ok(())
}
