//! The demo's past: the meetings of 2019 to 2024, each with its themes, about twenty sessions, most with a report
//! and many with captions, so the archive has years to search and a topic's trend shows change. Sessions are drawn
//! from six IGF topics whose weight moves across the years as the forum's did (data flows before the pandemic,
//! connectivity during it, fragmentation after it, AI and the Global Digital Compact since), and each topic's
//! vocabulary moves too (machine learning, then artificial intelligence, then generative AI).
//!
//! It uses its own generator, and runs after the rest of the demo, so the other demo data keeps its ids.

use super::{FAMILY, GIVEN, Random};
use agora_domain::cycles::{CycleRules, Phase, PhaseDates};
use agora_domain::reports::{CallToAction, ReportText};
use agora_store::Db;
use agora_store::cycles::{self, NewCycle, NewTheme};
use agora_store::programme::{self, NewSession};
use agora_store::reports::{self, Filing};
use agora_store::transcripts::{self, StoredTranscript};

const DAY: i64 = 24 * 3600;
const FIRST_YEAR: i64 = 2019;
const YEARS: usize = 6;
const SESSIONS_PER_YEAR: usize = 20;

/// What a line of a topic may be said in: from a year to a year (inclusive).
type Said = (i64, i64, &'static str);

struct Topic {
    theme: &'static str,
    /// Session titles; `{}` is replaced by an angle.
    titles: &'static [&'static str],
    lines: &'static [Said],
    takeaways: &'static [Said],
    /// How often the topic comes up in each year from 2019.
    weights: [u32; YEARS],
}

const TOPICS: &[Topic] = &[
    Topic {
        theme: "Avoiding Internet fragmentation",
        titles: &["Internet fragmentation: {}", "Keeping the Internet unfragmented: {}", "Splinternet or interoperability? {}"],
        lines: &[
            (2019, 2030, "Data localisation rules are one way the Internet is being split along national borders."),
            (2021, 2030, "Internet fragmentation happens at the technical layer, the governance layer and the user-experience layer."),
            (2021, 2030, "Shutdowns and blocking are the most visible form of fragmentation for ordinary users."),
            (2022, 2030, "The Policy Network on Internet Fragmentation asked us to name what an unfragmented Internet needs."),
            (2022, 2030, "Sanctions and the withdrawal of services have fragmented access in several regions this year."),
            (2019, 2030, "A single root and common protocols are what keep the network of networks interoperable."),
            (2023, 2030, "Fragmentation of regulation is now as much a concern as fragmentation of the infrastructure."),
        ],
        takeaways: &[
            (2019, 2030, "Interoperability at the technical layer must be protected from national fragmentation."),
            (2022, 2030, "Internet fragmentation should be discussed layer by layer, with the technical community at the table."),
            (2021, 2030, "Shutdowns fragment the Internet for the people who need it most."),
        ],
        weights: [1, 1, 4, 9, 8, 4],
    },
    Topic {
        theme: "AI and emerging technologies",
        titles: &[
            "Algorithms and accountability: {}",
            "Artificial intelligence governance: {}",
            "Generative AI and the public interest: {}",
        ],
        lines: &[
            (2019, 2021, "Machine learning systems used in public services should be explainable to the people they affect."),
            (2019, 2022, "Algorithmic decision-making in credit and hiring reproduces the biases of its training data."),
            (
                2021,
                2030,
                "Artificial intelligence governance needs the voices of the Global South, not only of the companies that build it.",
            ),
            (2022, 2030, "National artificial intelligence strategies rarely say who is accountable when a system fails."),
            (2023, 2030, "Generative AI and large language models have changed the debate in less than a year."),
            (2023, 2030, "Large language models perform poorly in African languages, and that is a question of data and investment."),
            (2024, 2030, "AI governance frameworks multiply; the question now is how they work together."),
        ],
        takeaways: &[
            (2019, 2022, "Public administrations using algorithms must publish impact assessments before deployment."),
            (2021, 2030, "Artificial intelligence governance must be multistakeholder and rights-based."),
            (2023, 2030, "Generative AI needs transparency about training data and clear labelling of synthetic content."),
        ],
        weights: [1, 1, 2, 3, 9, 10],
    },
    Topic {
        theme: "Data governance and trust",
        titles: &["Cross-border data flows: {}", "Data free flow with trust: {}", "Data protection in practice: {}"],
        lines: &[
            (2019, 2030, "Cross-border data flows underpin trade, research and the cloud services small businesses rely on."),
            (2019, 2022, "Data free flow with trust was the phrase of the year, but trust has to be earned by enforcement."),
            (2019, 2030, "Data protection authorities lack staff and independence to enforce the law."),
            (2020, 2021, "Contact-tracing apps during the pandemic showed how quickly health data can be repurposed."),
            (2022, 2030, "Data governance frameworks should let communities benefit from the data they generate."),
        ],
        takeaways: &[
            (2019, 2030, "Cross-border data flows need interoperable data protection rules, not data localisation."),
            (2019, 2030, "Data protection authorities need resources and independence."),
        ],
        weights: [9, 7, 6, 4, 3, 3],
    },
    Topic {
        theme: "Digital divides and inclusion",
        titles: &["Meaningful connectivity: {}", "Connecting the unconnected: {}", "Community networks: {}"],
        lines: &[
            (2019, 2030, "Half of the world is still offline, and most of the unconnected live within reach of a signal."),
            (2020, 2021, "The pandemic moved schools and clinics online overnight and left the unconnected further behind."),
            (2020, 2021, "Lockdowns showed that connectivity is essential infrastructure, like water and power."),
            (2021, 2030, "Meaningful connectivity means affordable devices, daily use, enough data and a fast enough connection."),
            (2019, 2030, "Community networks reach villages that commercial operators do not, when regulators license them simply."),
            (2019, 2030, "Universal service funds sit unspent while rural schools wait for a connection."),
        ],
        takeaways: &[
            (2021, 2030, "Affordable devices, not coverage, are now the main barrier to meaningful connectivity."),
            (2019, 2030, "Community networks need simple licences and access to spectrum."),
            (2020, 2021, "Recovery from the pandemic must close the digital divide it widened."),
        ],
        weights: [5, 9, 8, 5, 4, 4],
    },
    Topic {
        theme: "Cybersecurity, cybercrime and online safety",
        titles: &["Cybersecurity capacity building: {}", "Ransomware and critical infrastructure: {}", "Norms for a secure cyberspace: {}"],
        lines: &[
            (2019, 2030, "Cybersecurity capacity building works when it is demand-driven and coordinated among donors."),
            (2019, 2030, "Hospitals and utilities are now the favourite targets of ransomware groups."),
            (2019, 2030, "The UN norms of responsible state behaviour in cyberspace need implementation, not more negotiation."),
            (2022, 2030, "The cybercrime convention negotiations must not become a licence for surveillance."),
            (2019, 2030, "National computer incident response teams need trusted channels with the private sector."),
        ],
        takeaways: &[
            (2019, 2030, "Cybersecurity capacity building should be demand-driven and coordinated."),
            (2019, 2030, "Critical infrastructure operators must report incidents and share indicators quickly."),
        ],
        weights: [5, 4, 5, 5, 4, 5],
    },
    Topic {
        theme: "Human rights and freedoms",
        titles: &["Human rights online: {}", "Freedom of expression and content moderation: {}", "Internet shutdowns: {}"],
        lines: &[
            (2019, 2030, "The same rights that people have offline must also be protected online."),
            (2019, 2030, "Internet shutdowns cost the economy far more than governments expect."),
            (2019, 2030, "Content moderation at scale needs transparency reports and a right of appeal."),
            (2020, 2030, "Disinformation laws are too often used to silence journalists and human rights defenders."),
            (2019, 2030, "Gender-based violence online keeps women out of public debate."),
        ],
        takeaways: &[
            (2019, 2030, "Human rights must guide every rule made for the Internet."),
            (2019, 2030, "Internet shutdowns should end; their costs must be measured and published."),
        ],
        weights: [6, 5, 5, 4, 4, 4],
    },
    Topic {
        theme: "Global digital governance and cooperation",
        titles: &["The future of digital cooperation: {}", "The Global Digital Compact: {}", "WSIS+20 and the IGF: {}"],
        lines: &[
            (2019, 2030, "The High-level Panel on Digital Cooperation asked how the IGF can be more than a place for talk."),
            (2020, 2030, "The Secretary-General's Roadmap for Digital Cooperation set out eight areas for action."),
            (2023, 2030, "The Global Digital Compact must build on the multistakeholder model, not bypass it."),
            (2024, 2030, "The WSIS+20 review will decide the future of the IGF's mandate."),
            (2019, 2030, "National and regional IGFs bring local issues to the global forum."),
        ],
        takeaways: &[
            (2023, 2030, "The Global Digital Compact should be implemented through existing multistakeholder processes."),
            (2019, 2030, "The IGF needs stable funding and a permanent mandate."),
        ],
        weights: [2, 2, 2, 2, 5, 8],
    },
];

const ANGLES: &[&str] = &[
    "lessons from East Africa",
    "what regulators can learn",
    "a multistakeholder roadmap",
    "voices from the Global South",
    "from principles to practice",
    "a youth perspective",
    "the role of parliaments",
    "small island states",
];

/// Words the moderator and the floor say in any session.
const OPENINGS: &[&str] = &[
    "Good morning and welcome to this session; we have participants onsite and online.",
    "Welcome, everyone. We will hear four speakers and then open the floor.",
    "Thank you for joining us, here in the room and remotely.",
];
const QUESTIONS: &[&str] = &[
    "A question from an online participant: what should governments do first?",
    "How do we make sure small countries are heard in these discussions?",
    "What can the private sector commit to before the next IGF?",
];
const CLOSINGS: &[&str] = &[
    "Thank you all. The rapporteur will file the report with the key takeaways.",
    "We are out of time; the discussion continues in the IGF's intersessional work.",
];

/// The UTC start of a year (1970–2099: every fourth year is a leap year).
fn year_start(year: i64) -> i64 {
    ((year - 1970) * 365 + (year - 1969) / 4) * DAY
}

fn said(lines: &[Said], year: i64) -> Vec<&'static str> {
    lines.iter().filter(|(from, to, _)| (*from..=*to).contains(&year)).map(|(_, _, text)| *text).collect()
}

/// A speaker's name as captioners write it.
fn speaker(random: &mut Random) -> String {
    format!("{} {}", random.pick(GIVEN), random.pick(FAMILY)).to_uppercase()
}

pub async fn fill(db: &Db) -> anyhow::Result<()> {
    let mut random = Random(2019);
    let mut tx = db.begin().await?;
    let filer: i64 = agora_store::participants::first_id(&mut tx).await?;
    let weights: Vec<[u32; YEARS]> = TOPICS.iter().map(|t| t.weights).collect();
    for (y, year) in (FIRST_YEAR..FIRST_YEAR + YEARS as i64).enumerate() {
        let start = year_start(year);
        let meeting = start + 320 * DAY;
        let phases = [
            (Phase::CallForProposals, PhaseDates { start: start + 60 * DAY, end: start + 110 * DAY }),
            (Phase::Meeting, PhaseDates { start: meeting, end: meeting + 4 * DAY }),
            (Phase::Reporting, PhaseDates { start: meeting + 4 * DAY, end: meeting + 18 * DAY }),
        ];
        let cycle = NewCycle {
            name: format!("Demo National IGF {year}"),
            host: ["Nairobi", "online", "online", "Naivasha", "Mombasa", "Nairobi"][y].to_string() + ", Kenya",
            meeting_dates: "4 days".into(),
            hybrid: true,
        };
        let cycle_id = cycles::create(&mut tx, &cycle, &CycleRules::default(), &phases).await?;
        let mut themes = Vec::new();
        for topic in TOPICS {
            let theme = NewTheme { name: topic.theme, description: "", sub_themes: "", policy_questions: "" };
            themes.push(cycles::add_theme(&mut tx, cycle_id, &theme).await?);
        }
        let year_weights: Vec<u32> = weights.iter().map(|w| w[y]).collect();
        for n in 0..SESSIONS_PER_YEAR {
            let t = random.weighted(&year_weights);
            let session_id = session(&mut tx, cycle_id, themes[t], &TOPICS[t], year, &mut random).await?;
            let ended = meeting + (n % 4) as i64 * DAY + 17 * 3600;
            if n % 4 != 3 {
                report(&mut tx, session_id, filer, &TOPICS[t], year, ended, &mut random).await?;
            }
            if n % 3 != 2 {
                let text = captions(&TOPICS[t], year, &mut random);
                let turns = agora_domain::reports::turns(&text).len() as i64;
                let source = format!("igf{year}-{session_id}.txt");
                let transcript = StoredTranscript { session_id, transcript: text, source, turns, imported_at: ended + 2 * DAY };
                transcripts::save(&mut tx, &transcript).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

async fn session(
    tx: &mut agora_store::Tx,
    cycle_id: i64,
    theme: i64,
    topic: &Topic,
    year: i64,
    random: &mut Random,
) -> anyhow::Result<i64> {
    let angle = *random.pick(ANGLES);
    let title = random.pick(topic.titles).replace("{}", angle);
    let lines = said(topic.lines, year);
    let description = format!("{} {}", random.pick(&lines), random.pick(&lines));
    let new = NewSession {
        session_type: "workshop",
        title: &title,
        description: &description,
        theme_id: Some(theme),
        minutes: 90,
        expected_audience: 80,
        needs_hybrid: true,
        fixed: None,
        proposal_id: None,
    };
    Ok(programme::add_session(tx, cycle_id, &new, &[]).await?)
}

async fn report(
    tx: &mut agora_store::Tx,
    session_id: i64,
    filer: i64,
    topic: &Topic,
    year: i64,
    ended: i64,
    random: &mut Random,
) -> anyhow::Result<()> {
    let takeaways = said(topic.takeaways, year);
    let lines = said(topic.lines, year);
    let onsite = 20 + random.below(100) as i64;
    let online = if (2020..=2021).contains(&year) { 100 + random.below(200) as i64 } else { 10 + random.below(60) as i64 };
    let share = |p: i64| (onsite + online) * p / 100;
    let report = ReportText {
        takeaways: takeaways.iter().take(1 + random.below(2)).map(|t| t.to_string()).collect(),
        calls: vec![CallToAction { text: "Report on progress at next year's forum.".into(), addressee: "government".into() }],
        summary: format!("{} {}", random.pick(&lines), random.pick(&lines)),
        onsite,
        online,
        women: share(40 + random.below(15) as i64),
        by_group: vec![share(15), share(20), share(30), share(15), share(12), share(3)],
        ..ReportText::default()
    };
    let filing = Filing {
        session_id,
        filed_by: filer,
        rapporteur: "Session rapporteur",
        moderator: "Session moderator",
        report: &report,
        transcript: "",
        due_at: ended + 14 * DAY,
        at: ended + (3 + random.below(10) as i64) * DAY,
    };
    reports::file(tx, &filing).await?;
    Ok(())
}

/// Captions of a session: the moderator opens, three or four speakers take the topic's lines of that year, the
/// floor asks, the moderator closes.
fn captions(topic: &Topic, year: i64, random: &mut Random) -> String {
    let lines = said(topic.lines, year);
    let speakers: Vec<String> = (0..3 + random.below(2)).map(|_| speaker(random)).collect();
    let mut out = vec![format!(">> MODERATOR: {}", random.pick(OPENINGS))];
    for (i, name) in speakers.iter().enumerate() {
        out.push(format!(">> {name}: {} {}", lines[(i + random.below(lines.len())) % lines.len()], random.pick(&lines)));
    }
    out.push(format!(">> PARTICIPANT: {}", random.pick(QUESTIONS)));
    out.push(format!(">> {}: {}", speakers[0], random.pick(&lines)));
    out.push(format!(">> MODERATOR: {}", random.pick(CLOSINGS)));
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_start_on_the_first_of_january() {
        assert_eq!(year_start(1970), 0);
        assert_eq!(year_start(2019), 1_546_300_800);
        assert_eq!(year_start(2024), 1_704_067_200);
        assert_eq!(year_start(2025), 1_735_689_600);
    }

    #[test]
    fn every_topic_has_words_for_every_year() {
        for topic in TOPICS {
            for year in FIRST_YEAR..FIRST_YEAR + YEARS as i64 {
                assert!(!said(topic.lines, year).is_empty(), "{} {year}", topic.theme);
                assert!(!said(topic.takeaways, year).is_empty(), "{} {year}", topic.theme);
            }
        }
    }
}
