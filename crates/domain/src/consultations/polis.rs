//! Polis open-data exports (comments.csv, votes.csv, participants-votes.csv, summary.csv) read into a
//! conversation, with a small RFC 4180 CSV reader: comment bodies hold commas, quotes and newlines. A broken
//! row fails the whole import with its file and line, so an import brings in everything or nothing.

use super::opinion::Vote;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub id: i64,
    pub author: i64,
    pub text: String,
    /// Polis's moderation: −1 hidden by a moderator, 0 not yet moderated, 1 accepted.
    pub moderated: i8,
    /// Unix seconds.
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conversation {
    pub topic: String,
    pub url: String,
    pub description: String,
    /// By id.
    pub statements: Vec<Statement>,
    /// The latest vote per participant and statement (`at` in unix milliseconds), by participant then statement.
    pub votes: Vec<Vote>,
    /// Polis's own opinion group of each participant it placed: (participant, group).
    pub polis_groups: Vec<(i64, i64)>,
}

impl Conversation {
    /// The votes on statements a moderator did not hide: what Polis's own map is computed from.
    pub fn visible_votes(&self) -> Vec<Vote> {
        let mut hidden: Vec<i64> = self.statements.iter().filter(|s| s.moderated < 0).map(|s| s.id).collect();
        hidden.sort_unstable();
        self.votes.iter().filter(|v| hidden.binary_search(&v.statement).is_err()).copied().collect()
    }

    /// The statements a moderator hid, by id.
    pub fn hidden(&self) -> Vec<i64> {
        self.statements.iter().filter(|s| s.moderated < 0).map(|s| s.id).collect()
    }
}

/// What is wrong with one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum RowProblem {
    UnterminatedQuote,
    TextAfterQuote,
    MissingField { column: String },
    NotANumber { column: String, value: String },
    ValueOutOfRange { column: String, value: i64 },
}

/// Why an export cannot be imported; the web layer shows it with the file and line to fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum PolisError {
    /// The file is empty: not even a header.
    Missing {
        file: &'static str,
    },
    MissingColumn {
        file: &'static str,
        column: String,
    },
    /// `line` is the row's first line in the file (the header is line 1).
    Row {
        file: &'static str,
        line: usize,
        reason: RowProblem,
    },
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RowProblem::UnterminatedQuote => write!(f, "a quoted field is never closed"),
            RowProblem::TextAfterQuote => write!(f, "text follows a closing quote"),
            RowProblem::MissingField { column } => write!(f, "no value for column {column}"),
            RowProblem::NotANumber { column, value } => write!(f, "column {column} is not a whole number: {value:?}"),
            RowProblem::ValueOutOfRange { column, value } => write!(f, "column {column} is out of range: {value}"),
        }
    }
}

impl std::fmt::Display for PolisError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PolisError::Missing { file } => write!(f, "{file} is empty"),
            PolisError::MissingColumn { file, column } => write!(f, "{file} has no column {column}"),
            PolisError::Row { file, line, reason } => write!(f, "{file}, line {line}: {reason}"),
        }
    }
}

impl std::error::Error for PolisError {}

/// Reads one conversation's export. `participants_votes` gives Polis's own groups; `summary` the topic, URL
/// and description.
pub fn parse(comments: &str, votes: &str, participants_votes: Option<&str>, summary: Option<&str>) -> Result<Conversation, PolisError> {
    let mut statements = parse_comments(comments)?;
    statements.sort_by_key(|s| s.id);
    let votes = parse_votes(votes)?;
    let polis_groups = participants_votes.map(parse_groups).transpose()?.unwrap_or_default();
    let summary = summary.map(parse_summary).transpose()?.unwrap_or_default();
    let field = |key: &str| summary.get(key).cloned().unwrap_or_default();
    Ok(Conversation {
        topic: field("topic"),
        url: field("url"),
        description: field("conversation-description"),
        statements,
        votes,
        polis_groups,
    })
}

fn parse_comments(text: &str) -> Result<Vec<Statement>, PolisError> {
    let table = Table::new("comments.csv", text)?;
    let [timestamp, id, author, moderated, body] = table.columns(["timestamp", "comment-id", "author-id", "moderated", "comment-body"])?;
    table
        .rows()
        .map(|row| {
            let row = row?;
            Ok(Statement {
                id: row.number(id)?,
                author: row.number(author)?,
                text: row.text(body)?.to_string(),
                moderated: row.in_range(moderated, -1..=1)? as i8,
                created_at: unix_seconds(row.number(timestamp)?),
            })
        })
        .collect()
}

/// Polis exports milliseconds; a value that already looks like seconds (before the year 5138) is kept.
fn unix_seconds(timestamp: i64) -> i64 {
    if timestamp.abs() >= 100_000_000_000 { timestamp.div_euclid(1000) } else { timestamp }
}

fn parse_votes(text: &str) -> Result<Vec<Vote>, PolisError> {
    let table = Table::new("votes.csv", text)?;
    let [timestamp, statement, voter, vote] = table.columns(["timestamp", "comment-id", "voter-id", "vote"])?;
    let mut votes = table
        .rows()
        .map(|row| {
            let row = row?;
            Ok(Vote {
                participant: row.number(voter)?,
                statement: row.number(statement)?,
                value: row.in_range(vote, -1..=1)? as i8,
                at: row.number(timestamp)?,
            })
        })
        .collect::<Result<Vec<Vote>, PolisError>>()?;
    // The latest vote per (voter, statement): greatest time, then greatest value, as the opinion map decides.
    votes.sort_unstable_by_key(|v| (v.participant, v.statement, v.at, v.value));
    votes.dedup_by(|later, earlier| {
        let same = (later.participant, later.statement) == (earlier.participant, earlier.statement);
        if same {
            *earlier = *later;
        }
        same
    });
    Ok(votes)
}

fn parse_groups(text: &str) -> Result<Vec<(i64, i64)>, PolisError> {
    let table = Table::new("participants-votes.csv", text)?;
    let [participant, group] = table.columns(["participant", "group-id"])?;
    let mut groups = Vec::new();
    for row in table.rows() {
        let row = row?;
        if !row.text(group)?.is_empty() {
            groups.push((row.number(participant)?, row.number(group)?));
        }
    }
    groups.sort_unstable();
    Ok(groups)
}

/// key,value rows without a header.
fn parse_summary(text: &str) -> Result<HashMap<String, String>, PolisError> {
    let mut summary = HashMap::new();
    for record in Records::new(text) {
        let (line, fields) = record.map_err(|(line, reason)| PolisError::Row { file: "summary.csv", line, reason })?;
        if let [key, value, ..] = fields.as_slice() {
            summary.insert(key.clone(), value.clone());
        } else if let [key] = fields.as_slice() {
            summary.insert(key.clone(), String::new());
        } else {
            return Err(PolisError::Row { file: "summary.csv", line, reason: RowProblem::MissingField { column: "value".into() } });
        }
    }
    Ok(summary)
}

/// A CSV file with a header row; columns are found by name, so extra columns (some exports add is-meta,
/// is-seed…) are ignored.
struct Table<'a> {
    file: &'static str,
    header: Vec<String>,
    records: Records<'a>,
}

impl<'a> Table<'a> {
    fn new(file: &'static str, text: &'a str) -> Result<Self, PolisError> {
        let mut records = Records::new(text);
        let header = match records.next() {
            None => return Err(PolisError::Missing { file }),
            Some(Err((line, reason))) => return Err(PolisError::Row { file, line, reason }),
            Some(Ok((_, header))) => header,
        };
        Ok(Table { file, header, records })
    }

    fn columns<const N: usize>(&self, names: [&'static str; N]) -> Result<[(usize, &'static str); N], PolisError> {
        let mut found = [(0, ""); N];
        for (slot, name) in found.iter_mut().zip(names) {
            let index = self
                .header
                .iter()
                .position(|h| h.trim() == name)
                .ok_or_else(|| PolisError::MissingColumn { file: self.file, column: name.to_string() })?;
            *slot = (index, name);
        }
        Ok(found)
    }

    fn rows(self) -> impl Iterator<Item = Result<Row, PolisError>> + 'a {
        let file = self.file;
        self.records.map(move |record| match record {
            Ok((line, fields)) => Ok(Row { file, line, fields }),
            Err((line, reason)) => Err(PolisError::Row { file, line, reason }),
        })
    }
}

struct Row {
    file: &'static str,
    line: usize,
    fields: Vec<String>,
}

impl Row {
    fn problem(&self, reason: RowProblem) -> PolisError {
        PolisError::Row { file: self.file, line: self.line, reason }
    }

    fn text(&self, (index, name): (usize, &str)) -> Result<&str, PolisError> {
        self.fields.get(index).map(String::as_str).ok_or_else(|| self.problem(RowProblem::MissingField { column: name.to_string() }))
    }

    fn number(&self, column: (usize, &str)) -> Result<i64, PolisError> {
        let text = self.text(column)?.trim();
        text.parse().map_err(|_| self.problem(RowProblem::NotANumber { column: column.1.to_string(), value: text.to_string() }))
    }

    fn in_range(&self, column: (usize, &str), range: std::ops::RangeInclusive<i64>) -> Result<i64, PolisError> {
        let value = self.number(column)?;
        if range.contains(&value) {
            Ok(value)
        } else {
            Err(self.problem(RowProblem::ValueOutOfRange { column: column.1.to_string(), value }))
        }
    }
}

/// RFC 4180 records: fields separated by commas, records by LF or CRLF; a field in double quotes may hold
/// commas, newlines and doubled quotes. Yields each record with the line it starts on; blank lines are skipped.
struct Records<'a> {
    text: &'a str,
    at: usize,
    line: usize,
}

type Record = Result<(usize, Vec<String>), (usize, RowProblem)>;

impl<'a> Records<'a> {
    fn new(text: &'a str) -> Self {
        Records { text: text.strip_prefix('\u{FEFF}').unwrap_or(text), at: 0, line: 1 }
    }

    fn quoted(&mut self, start_line: usize) -> Result<String, (usize, RowProblem)> {
        let bytes = self.text.as_bytes();
        let mut field = String::new();
        self.at += 1;
        loop {
            let Some(quote) = self.text[self.at..].find('"').map(|q| self.at + q) else {
                return Err((start_line, RowProblem::UnterminatedQuote));
            };
            let part = &self.text[self.at..quote];
            self.line += part.matches('\n').count();
            field.push_str(part);
            if bytes.get(quote + 1) == Some(&b'"') {
                field.push('"');
                self.at = quote + 2;
            } else {
                self.at = quote + 1;
                return match bytes.get(self.at) {
                    None | Some(b',' | b'\n' | b'\r') => Ok(field),
                    Some(_) => Err((start_line, RowProblem::TextAfterQuote)),
                };
            }
        }
    }

    fn unquoted(&mut self) -> String {
        let end = self.text[self.at..].find([',', '\n', '\r']).map_or(self.text.len(), |e| self.at + e);
        let field = self.text[self.at..end].to_string();
        self.at = end;
        field
    }

    /// Skips the rest of a broken record so that iteration can end.
    fn give_up(&mut self) {
        self.at = self.text.len();
    }
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        let bytes = self.text.as_bytes();
        loop {
            if self.at >= bytes.len() {
                return None;
            }
            let start_line = self.line;
            let mut fields = Vec::new();
            loop {
                let field = if bytes[self.at] == b'"' {
                    match self.quoted(start_line) {
                        Ok(field) => field,
                        Err(problem) => {
                            self.give_up();
                            return Some(Err(problem));
                        }
                    }
                } else {
                    self.unquoted()
                };
                fields.push(field);
                match bytes.get(self.at) {
                    Some(b',') => {
                        self.at += 1;
                        if self.at == bytes.len() {
                            fields.push(String::new());
                            break;
                        }
                    }
                    Some(b'\r') => {
                        self.at += if bytes.get(self.at + 1) == Some(&b'\n') { 2 } else { 1 };
                        self.line += 1;
                        break;
                    }
                    Some(_) => {
                        self.at += 1;
                        self.line += 1;
                        break;
                    }
                    None => break,
                }
            }
            if fields.len() == 1 && fields[0].is_empty() {
                continue;
            }
            return Some(Ok((start_line, fields)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<Record> {
        Records::new(text).collect()
    }

    #[test]
    fn csv_fields_hold_commas_quotes_and_newlines() {
        let text = "a,b,c\r\n1,\"x, \"\"y\"\"\nz\",\n\n2,,\"\"\n";
        let found = records(text);
        assert_eq!(
            found,
            vec![
                Ok((1, vec!["a".into(), "b".into(), "c".into()])),
                Ok((2, vec!["1".into(), "x, \"y\"\nz".into(), "".into()])),
                Ok((5, vec!["2".into(), "".into(), "".into()])),
            ]
        );
    }

    #[test]
    fn broken_quotes_are_reported_with_their_line() {
        assert_eq!(records("a\n\"open\nstill")[1], Err((2, RowProblem::UnterminatedQuote)));
        assert_eq!(records("a\nb\n\"x\"y,1")[2], Err((3, RowProblem::TextAfterQuote)));
    }

    const COMMENTS: &str = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
        1403067224363,Wed,48,215,38,18,1,\"Businesses, small or large,\nshould pay \"\"a livable wage\"\".\"\n\
        1403067224000,Wed,2,7,1,0,-1,Hidden\n";
    const VOTES: &str = "timestamp,datetime,comment-id,voter-id,vote\n10,d,48,1,1\n30,d,48,1,-1\n20,d,48,1,0\n5,d,2,1,1\n";

    #[test]
    fn a_conversation_keeps_the_latest_vote_and_polis_groups() {
        let pv = "participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,48\n1,,0,0,1,0,1,-1\n2,,,0,0,0,0,\n";
        let summary = "topic,$15/hour\nurl,https://pol.is/2demo\nconversation-description,\"Two\nlines, one comma\"\n";
        let c = parse(COMMENTS, VOTES, Some(pv), Some(summary)).unwrap();
        assert_eq!(
            (c.topic.as_str(), c.url.as_str(), c.description.as_str()),
            ("$15/hour", "https://pol.is/2demo", "Two\nlines, one comma")
        );
        assert_eq!(c.statements.iter().map(|s| s.id).collect::<Vec<_>>(), [2, 48]);
        assert_eq!(c.statements[1].text, "Businesses, small or large,\nshould pay \"a livable wage\".");
        assert_eq!(c.statements[1].created_at, 1_403_067_224);
        assert_eq!(
            c.votes,
            vec![Vote { participant: 1, statement: 2, value: 1, at: 5 }, Vote { participant: 1, statement: 48, value: -1, at: 30 }]
        );
        assert_eq!(c.visible_votes().len(), 1);
        assert_eq!(c.polis_groups, vec![(1, 0)]);
    }

    #[test]
    fn a_broken_row_fails_the_import_with_file_and_line() {
        let votes = "timestamp,datetime,comment-id,voter-id,vote\n10,d,48,1,1\n11,d,48,2,2\n";
        let error = parse(COMMENTS, votes, None, None).unwrap_err();
        assert_eq!(
            error,
            PolisError::Row { file: "votes.csv", line: 3, reason: RowProblem::ValueOutOfRange { column: "vote".into(), value: 2 } }
        );
        assert_eq!(error.to_string(), "votes.csv, line 3: column vote is out of range: 2");
        // The comment on line 2 spans two lines, so the bad row is line 4.
        let comments = COMMENTS.replace("1403067224000", "yesterday");
        assert_eq!(
            parse(&comments, VOTES, None, None).unwrap_err().to_string(),
            "comments.csv, line 4: column timestamp is not a whole number: \"yesterday\""
        );
        assert_eq!(parse("", VOTES, None, None).unwrap_err(), PolisError::Missing { file: "comments.csv" });
        assert_eq!(
            parse(COMMENTS, "timestamp,comment-id,vote\n", None, None).unwrap_err(),
            PolisError::MissingColumn { file: "votes.csv", column: "voter-id".into() }
        );
    }
}
