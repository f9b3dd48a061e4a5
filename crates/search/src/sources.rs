//! Where the archive's documents come from: one [`Source`] per kind of public row, all registered in [`SOURCES`].
//! A capability that lands later adds its documents by adding a variant, its query in agora_store::archive and
//! its line in `load` and `reacts_to`.
//!
//! Each document carries the public-record subjects whose change may change it. When the record names a subject,
//! the indexer deletes every document carrying it and asks each source that reacts to that subject type for the
//! documents it now makes, so a source must return, for a subject, exactly the documents that carry it.

use crate::Document;
use agora_store::archive::{self, Row};
use agora_store::{Conn, Result};

/// A kind of public row that becomes search documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Proposals,
    Sessions,
    Reports,
    Transcripts,
    Consultations,
    Submissions,
    Comments,
    Messages,
    Recommendations,
    GroupDocuments,
    Posts,
    GroupReports,
}

/// Every source, in the order a rebuild reads them.
pub const SOURCES: [Source; 12] = [
    Source::Proposals,
    Source::Sessions,
    Source::Reports,
    Source::Transcripts,
    Source::Consultations,
    Source::Submissions,
    Source::Comments,
    Source::Messages,
    Source::Recommendations,
    Source::GroupDocuments,
    Source::Posts,
    Source::GroupReports,
];

/// What to load: everything, or what one public-record subject names.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    All,
    Subject(&'a str, i64),
}

/// The record's subject types that may change some document: entries about anything else are skipped.
pub fn indexed_subject(subject_type: &str) -> bool {
    SOURCES.iter().any(|s| s.reacts_to(subject_type).is_some())
}

impl Source {
    /// For a subject type this source's documents carry, which of the query's two ids it fills (1 or 2).
    fn reacts_to(self, subject_type: &str) -> Option<u8> {
        use Source::*;
        match (self, subject_type) {
            (Proposals, "proposal") | (Sessions | Reports | Transcripts, "session") => Some(1),
            (Sessions | Transcripts, "cycle") => Some(2),
            (Submissions, "submission") | (Comments, "comment") | (Consultations, "consultation") => Some(1),
            (Submissions | Comments, "consultation") => Some(2),
            (Messages, "message") | (Recommendations, "recommendation") => Some(1),
            (GroupDocuments, "document") | (Posts, "thread") | (GroupReports, "group") => Some(1),
            (GroupDocuments | Posts, "group") => Some(2),
            _ => None,
        }
    }

    /// The documents this source makes for a scope (none if the scope's subject is not one it reacts to).
    pub async fn load(self, conn: &mut Conn, scope: Scope<'_>) -> Result<Vec<Document>> {
        let (a, b) = match scope {
            Scope::All => (0, 0),
            Scope::Subject(subject_type, id) => match self.reacts_to(subject_type) {
                Some(1) => (id, 0),
                Some(_) => (0, id),
                None => return Ok(Vec::new()),
            },
        };
        use Source::*;
        let docs = match self {
            Proposals => archive::proposals(conn, a, b).await?.into_iter().map(proposal).collect(),
            Sessions => archive::sessions(conn, a, b).await?.into_iter().map(session).collect(),
            Reports => archive::reports(conn, a, b).await?.into_iter().map(report).collect(),
            Transcripts => archive::transcripts(conn, a, b).await?.into_iter().map(transcript).collect(),
            Consultations => archive::consultations(conn, a, b).await?.into_iter().map(consultation).collect(),
            Submissions => {
                let answers = archive::submission_answers(conn, a, b).await?;
                let mut docs: Vec<Document> = archive::submissions(conn, a, b).await?.into_iter().map(submission).collect();
                append(&mut docs, &answers);
                docs
            }
            Comments => archive::comments(conn, a, b).await?.into_iter().map(comment).collect(),
            Messages => {
                let rows = archive::messages(conn, a, b).await?;
                let translated = agora_store::translations::all_units(conn, "message", a).await?;
                let mut docs: Vec<Document> = rows.iter().flat_map(|row| translations(row, &translated)).collect();
                docs.extend(rows.into_iter().map(message));
                docs
            }
            Recommendations => {
                let responses = archive::responses(conn, a).await?;
                let mut docs: Vec<Document> = archive::recommendations(conn, a, b).await?.into_iter().map(recommendation).collect();
                append(&mut docs, &responses);
                docs
            }
            GroupDocuments => archive::group_documents(conn, a, b).await?.into_iter().map(group_document).collect(),
            Posts => archive::posts(conn, a, b).await?.into_iter().map(post).collect(),
            GroupReports => archive::group_reports(conn, a, b).await?.into_iter().map(group_report).collect(),
        };
        Ok(docs)
    }
}

/// Adds to each document the texts that belong to it (a recommendation's responses, a submission's answers),
/// each as a paragraph of its body.
fn append(docs: &mut [Document], texts: &[(i64, String)]) {
    for doc in docs {
        for (_, text) in texts.iter().filter(|(owner, _)| *owner == doc.id) {
            doc.body.push_str("\n\n");
            doc.body.push_str(text);
        }
    }
}

/// Every document a scope names, from every source.
pub async fn load(conn: &mut Conn, scope: Scope<'_>) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for source in SOURCES {
        docs.extend(source.load(conn, scope).await?);
    }
    Ok(docs)
}

/// The common part of every document made from a row.
fn base(kind: &str, row: &Row, url: String, subjects: Vec<String>) -> Document {
    let region = agora_domain::people::country(&row.country).map(|c| c.region.to_string()).unwrap_or_else(|| row.region.clone());
    let year = match row.year {
        0 => year_in(&row.cycle).unwrap_or_else(|| year_of(row.date)),
        year => year,
    };
    Document {
        kind: kind.to_string(),
        id: row.id,
        url,
        title: row.title.clone(),
        body: row.body.clone(),
        subjects,
        year: Some(year),
        cycle: row.cycle.clone(),
        themes: vec![row.theme.clone()],
        groups: vec![row.stakeholder_group.clone()],
        regions: vec![region],
        action_lines: list(&row.action_lines),
        sdgs: list(&row.sdgs),
        lang: String::new(),
        date: row.date,
        translation: false,
    }
}

fn proposal(row: Row) -> Document {
    base("proposal", &row, format!("/proposals/{}", row.id), vec![format!("proposal:{}", row.id)])
}

fn session(row: Row) -> Document {
    base("session", &row, format!("/sessions/{}", row.id), vec![format!("session:{}", row.id), format!("cycle:{}", row.cycle_id)])
}

fn report(row: Row) -> Document {
    let subjects = vec![format!("session:{}", row.parent_id)];
    let mut report = base("report", &row, format!("/sessions/{}/report", row.parent_id), subjects);
    report.body = readable_report(&row.body);
    report
}

/// A session's transcript, a document of its own (it is long, and ranks on its own terms), named by the session.
fn transcript(row: Row) -> Document {
    base(
        "transcript",
        &row,
        format!("/sessions/{}#speaker-turns", row.id),
        vec![format!("session:{}", row.id), format!("cycle:{}", row.cycle_id)],
    )
}

/// The report's summary with its takeaways (stored as a JSON list) as plain sentences.
fn readable_report(body: &str) -> String {
    match body.find(" [") {
        Some(at) => match serde_json_list(&body[at + 1..]) {
            Some(items) => format!("{}\n{}", &body[..at], items.join("\n")),
            None => body.to_string(),
        },
        None => body.to_string(),
    }
}

fn serde_json_list(text: &str) -> Option<Vec<String>> {
    serde_json::from_str::<Vec<String>>(text.trim()).ok()
}

fn consultation(row: Row) -> Document {
    base("consultation", &row, format!("/consultations/{}", row.id), vec![format!("consultation:{}", row.id)])
}

fn submission(row: Row) -> Document {
    base(
        "submission",
        &row,
        format!("/submissions/{}", row.id),
        vec![format!("submission:{}", row.id), format!("consultation:{}", row.parent_id)],
    )
}

fn comment(row: Row) -> Document {
    base(
        "comment",
        &row,
        format!("/consultations/{}#comment-{}", row.parent_id, row.id),
        vec![format!("comment:{}", row.id), format!("consultation:{}", row.parent_id)],
    )
}

fn message(row: Row) -> Document {
    base("message", &row, format!("/messages/{}", row.id), vec![format!("message:{}", row.id)])
}

/// A published Message's approved translations, one document per language: the approved units that follow the
/// original as it is now (an outdated unit is left out until it is translated again), title first.
fn translations(row: &Row, units: &[agora_store::translations::Unit]) -> Vec<Document> {
    use agora_domain::translations::{outdated, units as units_of};
    let original = units_of(&row.title, &row.body);
    let mut languages: Vec<&str> = units.iter().filter(|u| u.text_id == row.id).map(|u| u.language.as_str()).collect();
    languages.dedup();
    languages
        .into_iter()
        .filter_map(|language| {
            let current = |u: &&agora_store::translations::Unit| {
                u.text_id == row.id
                    && u.language == language
                    && u.status == "approved"
                    && original.get(u.unit as usize).is_some_and(|o| !outdated(&u.source_hash, o))
            };
            let approved: Vec<&agora_store::translations::Unit> = units.iter().filter(current).collect();
            let body: Vec<&str> = approved.iter().filter(|u| u.unit > 0).map(|u| u.text.as_str()).collect();
            if body.is_empty() {
                return None;
            }
            let title = approved.iter().find(|u| u.unit == 0).map_or(row.title.as_str(), |u| u.text.as_str());
            let mut doc = base("message", row, format!("/messages/{}?lang={language}", row.id), vec![format!("message:{}", row.id)]);
            doc.title = title.to_string();
            doc.body = body.join("\n\n");
            doc.lang = language.to_string();
            doc.translation = true;
            Some(doc)
        })
        .collect()
}

fn recommendation(row: Row) -> Document {
    base("recommendation", &row, format!("/recommendations/{}", row.id), vec![format!("recommendation:{}", row.id)])
}

fn group_document(row: Row) -> Document {
    base(
        "group-document",
        &row,
        format!("/groups/{}/documents/{}", row.group_id, row.id),
        vec![format!("document:{}", row.id), format!("group:{}", row.group_id)],
    )
}

fn post(row: Row) -> Document {
    base(
        "post",
        &row,
        format!("/groups/{}/threads/{}", row.group_id, row.parent_id),
        vec![format!("thread:{}", row.parent_id), format!("group:{}", row.group_id)],
    )
}

fn group_report(row: Row) -> Document {
    let kind = if row.extra == "nri" { "nri-report" } else { "group-report" };
    base(kind, &row, format!("/groups/{}", row.group_id), vec![format!("group:{}", row.group_id)])
}

/// A comma-separated list as stored.
fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// A four-digit year in a cycle's name ("IGF 2025").
fn year_in(name: &str) -> Option<i64> {
    name.split(|c: char| !c.is_ascii_digit()).filter(|w| w.len() == 4).filter_map(|w| w.parse().ok()).find(|y| (1990..2200).contains(y))
}

/// The UTC year of a Unix time (Howard Hinnant's days-to-civil).
fn year_of(unix: i64) -> i64 {
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_come_from_the_cycle_or_the_date() {
        assert_eq!(year_in("IGF 2025 Oslo"), Some(2025));
        assert_eq!(year_in("Twentieth"), None);
        assert_eq!(year_of(0), 1970);
        assert_eq!(year_of(1_735_689_599), 2024);
        assert_eq!(year_of(1_735_689_600), 2025);
    }

    #[test]
    fn every_indexed_subject_is_claimed_by_a_source() {
        for subject in [
            "proposal",
            "session",
            "cycle",
            "submission",
            "comment",
            "consultation",
            "message",
            "recommendation",
            "document",
            "thread",
            "group",
        ] {
            assert!(indexed_subject(subject), "{subject}");
        }
        assert!(!indexed_subject("participant"));
    }

    #[test]
    fn report_takeaways_are_read_as_sentences() {
        assert_eq!(readable_report("Summary. [\"One\",\"Two\"]"), "Summary.\nOne\nTwo");
        assert_eq!(readable_report("Summary only"), "Summary only");
    }
}
