//! The searchable archive: a tantivy index of everything the forum made public (proposals, sessions, reports and
//! transcripts, submissions and comments, Messages, recommendations, group documents, posts and reports). It is
//! only ever a copy: it is fed from the database and the public record, can be deleted and rebuilt at any time,
//! and each node keeps its own, with the last record entry it has seen saved in the index's own commit.
//!
//! Text goes into one title and one body field per UN language, each analysed for its language (see
//! [`analysis`]); the query is parsed against all of them, so a French query matches French stems in French
//! documents and the same words in English ones. Filters and their counts use one hierarchical facet field
//! (`/kind/report`, `/year/2024`, `/group/civil-society`, `/region/Africa`, `/lang/fr`, `/action_line/C5`, `/sdg/5`).

pub mod analysis;
pub mod sources;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, MoreLikeThisQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term};

pub use analysis::{LANGUAGES, guess_language};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index directory: {0}")]
    Directory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, SearchError>;

/// The largest page a search returns, whatever is asked.
pub const MAX_PAGE_SIZE: usize = 50;

/// One searchable item, as a source makes it from a public row.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// What it is: proposal, session, report, transcript, submission, comment, message, recommendation,
    /// group-document, post, nri-report, group-report.
    pub kind: String,
    pub id: i64,
    /// Where it is read on the site, e.g. `/proposals/12`.
    pub url: String,
    pub title: String,
    pub body: String,
    /// The public-record subjects (`"session:12"`, `"cycle:3"`) whose change may change this document: it is
    /// deleted and made again from the database when any of them appears in the record.
    pub subjects: Vec<String>,
    pub year: Option<i64>,
    pub cycle: String,
    pub themes: Vec<String>,
    /// Stakeholder groups (codes).
    pub groups: Vec<String>,
    pub regions: Vec<String>,
    /// WSIS action lines (`C5`, `C7/e-health`) and SDGs (`5`) the item is tagged with.
    pub action_lines: Vec<String>,
    pub sdgs: Vec<String>,
    /// One of [`LANGUAGES`]; empty means guess from the text.
    pub lang: String,
    /// Unix seconds: when it was published or last changed.
    pub date: i64,
    /// A translation of the document of the same kind and id (its `lang` is the translation's language): its url
    /// opens the translation, and the original links to it.
    pub translation: bool,
}

impl Document {
    /// The key that names it in the index, unique across kinds: a translation's adds its language.
    pub fn key(&self) -> String {
        match self.translation {
            true => format!("{}:{}:{}", self.kind, self.id, self.lang),
            false => format!("{}:{}", self.kind, self.id),
        }
    }
}

struct Fields {
    key: Field,
    kind: Field,
    id: Field,
    url: Field,
    subject: Field,
    facet: Field,
    year: Field,
    date: Field,
    lang: Field,
    cycle: Field,
    title: HashMap<&'static str, Field>,
    body: HashMap<&'static str, Field>,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let kind = b.add_text_field("kind", STRING | STORED);
    let id = b.add_i64_field("id", STORED);
    let url = b.add_text_field("url", STORED);
    let subject = b.add_text_field("subject", STRING);
    let facet = b.add_facet_field("facet", FacetOptions::default());
    let year = b.add_i64_field("year", INDEXED | STORED | FAST);
    let date = b.add_i64_field("date", STORED | FAST);
    let lang = b.add_text_field("lang", STRING | STORED);
    let cycle = b.add_text_field("cycle", STRING | STORED);
    let mut title = HashMap::new();
    let mut body = HashMap::new();
    for lang in LANGUAGES {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(&analysis::tokenizer_name(lang))
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing).set_stored();
        title.insert(lang, b.add_text_field(&format!("title_{lang}"), options.clone()));
        body.insert(lang, b.add_text_field(&format!("body_{lang}"), options));
    }
    (b.build(), Fields { key, kind, id, url, subject, facet, year, date, lang, cycle, title, body })
}

/// A filter value as a facet path segment: facets are case-sensitive and may not be empty.
fn facet(root: &str, value: &str) -> Facet {
    Facet::from_path([root, value])
}

/// What [`inspect`] found in an index folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// No index yet: the server builds it from the database when it starts.
    Missing,
    /// Made by another version of Agora (another schema): the server rebuilds it when it starts.
    OtherSchema,
    /// Files whose checksum does not match: delete the folder or run `agora reindex`.
    Damaged(Vec<String>),
    Healthy {
        documents: u64,
        position: i64,
    },
}

/// Looks at the index in `dir` without changing it or taking its writer lock (a server may be using it): its
/// schema, the checksums of its files, its documents and the last public-record entry it holds.
pub fn inspect(dir: &Path) -> Result<Health> {
    let directory = match tantivy::directory::MmapDirectory::open(dir) {
        Ok(directory) => directory,
        Err(tantivy::directory::error::OpenDirectoryError::DoesNotExist(_)) => return Ok(Health::Missing),
        Err(e) => return Err(e.into()),
    };
    if !Index::exists(&directory).map_err(|e| SearchError::Io(std::io::Error::other(e)))? {
        return Ok(Health::Missing);
    }
    let index = Index::open(directory)?;
    if index.schema() != schema().0 {
        return Ok(Health::OtherSchema);
    }
    let damaged = index.validate_checksum()?;
    if !damaged.is_empty() {
        let mut files: Vec<String> = damaged.iter().map(|p| p.display().to_string()).collect();
        files.sort();
        return Ok(Health::Damaged(files));
    }
    let position = index.load_metas()?.payload.and_then(|p| p.parse().ok()).unwrap_or(0);
    let documents = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map(|r: IndexReader| r.searcher().num_docs())?;
    Ok(Health::Healthy { documents, position })
}

/// The index, its one writer and its reader.
pub struct Archive {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

/// Writer memory: enough to build a large archive in few segments, small enough for a 2-core server.
const WRITER_BUDGET: usize = 100_000_000;

impl Archive {
    /// Opens the index in `dir`, creating it if needed. An index made with another schema (an older Agora) is
    /// emptied: it is only a copy, and the caller rebuilds it from the database (its position is then 0).
    pub fn open(dir: &Path) -> Result<Archive> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema();
        let directory = tantivy::directory::MmapDirectory::open(dir)?;
        let index = match Index::open_or_create(directory, schema.clone()) {
            Ok(index) => index,
            Err(tantivy::TantivyError::SchemaError(_)) => {
                for entry in std::fs::read_dir(dir)? {
                    let path = entry?.path();
                    if path.is_file() {
                        std::fs::remove_file(path)?;
                    }
                }
                Index::create_in_dir(dir, schema)?
            }
            Err(e) => return Err(e.into()),
        };
        Archive::with_index(index, fields, WRITER_BUDGET)
    }

    /// An index in memory, for tests and benchmarks.
    pub fn in_memory() -> Result<Archive> {
        let (schema, fields) = schema();
        Archive::with_index(Index::create_in_ram(schema), fields, 50_000_000)
    }

    fn with_index(index: Index, fields: Fields, budget: usize) -> Result<Archive> {
        for lang in LANGUAGES {
            index.tokenizers().register(&analysis::tokenizer_name(lang), analysis::analyzer(lang));
        }
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let writer = index.writer(budget)?;
        Ok(Archive { index, reader, writer: Mutex::new(writer), fields })
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, IndexWriter> {
        // A panic while holding the writer leaves it usable: tantivy's writer has no half-done state we rely on.
        self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The last public-record entry the index holds, as saved with its last commit.
    pub fn position(&self) -> Result<i64> {
        let metas = self.index.load_metas()?;
        Ok(metas.payload.and_then(|p| p.parse().ok()).unwrap_or(0))
    }

    /// Deletes every document tied to one of `subjects`; the caller then adds their current versions.
    pub fn forget(&self, subjects: &[String]) {
        let writer = self.writer();
        for subject in subjects {
            writer.delete_term(Term::from_field_text(self.fields.subject, subject));
        }
    }

    /// Deletes everything (before a rebuild).
    pub fn clear(&self) -> Result<()> {
        self.writer().delete_all_documents()?;
        Ok(())
    }

    /// Adds documents; they are searchable after the next [`Archive::commit`].
    pub fn add(&self, docs: impl IntoIterator<Item = Document>) -> Result<()> {
        let writer = self.writer();
        for doc in docs {
            writer.add_document(self.to_tantivy(doc))?;
        }
        Ok(())
    }

    /// Makes the changes so far durable and searchable, saving the record position reached.
    pub fn commit(&self, position: i64) -> Result<()> {
        {
            let mut writer = self.writer();
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&position.to_string());
            prepared.commit()?;
        }
        self.reader.reload()?;
        Ok(())
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn to_tantivy(&self, doc: Document) -> TantivyDocument {
        let f = &self.fields;
        let lang = match doc.lang.as_str() {
            l if LANGUAGES.contains(&l) => LANGUAGES.iter().find(|x| **x == l).copied().unwrap_or("en"),
            _ => guess_language(&format!("{} {}", doc.title, doc.body)),
        };
        let mut out = TantivyDocument::default();
        out.add_text(f.key, doc.key());
        out.add_text(f.kind, &doc.kind);
        out.add_i64(f.id, doc.id);
        out.add_text(f.url, &doc.url);
        for subject in &doc.subjects {
            out.add_text(f.subject, subject);
        }
        out.add_facet(f.facet, facet("kind", &doc.kind));
        out.add_facet(f.facet, facet("lang", lang));
        if let Some(year) = doc.year {
            out.add_i64(f.year, year);
            out.add_facet(f.facet, facet("year", &year.to_string()));
        }
        let tags = [
            ("theme", &doc.themes),
            ("group", &doc.groups),
            ("region", &doc.regions),
            ("action_line", &doc.action_lines),
            ("sdg", &doc.sdgs),
        ];
        for (root, values) in tags {
            for value in values.iter().filter(|v| !v.is_empty()) {
                out.add_facet(f.facet, facet(root, value));
            }
        }
        out.add_i64(f.date, doc.date);
        out.add_text(f.lang, lang);
        out.add_text(f.cycle, &doc.cycle);
        out.add_text(f.title[lang], &doc.title);
        out.add_text(f.body[lang], &doc.body);
        out
    }

    fn parser(&self) -> QueryParser {
        let mut fields = Vec::new();
        for lang in LANGUAGES {
            fields.push(self.fields.title[lang]);
            fields.push(self.fields.body[lang]);
        }
        let mut parser = QueryParser::for_index(&self.index, fields);
        parser.set_conjunction_by_default();
        for lang in LANGUAGES {
            parser.set_field_boost(self.fields.title[lang], 2.0);
        }
        parser
    }

    /// Parses the user's query; a malformed one (an unclosed quote, a dangling operator, an unknown field) is
    /// searched as its plain words instead, and the second value says so.
    fn parse(&self, q: &str) -> (Box<dyn Query>, bool) {
        let q = q.trim();
        if q.is_empty() {
            return (Box::new(AllQuery), false);
        }
        let parser = self.parser();
        match parser.parse_query(&negations_as_minus(q)) {
            Ok(query) => (query, false),
            Err(_) => {
                let words: Vec<&str> = q.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                let upper = ["AND", "OR", "NOT", "IN"];
                let words: Vec<&str> = words.into_iter().filter(|w| !upper.contains(w)).collect();
                match words.is_empty() {
                    true => (Box::new(AllQuery), true),
                    false => (parser.parse_query(&words.join(" ")).unwrap_or_else(|_| Box::new(AllQuery)), true),
                }
            }
        }
    }

    /// The query with the request's filters.
    fn filtered(&self, request: &Request) -> (Box<dyn Query>, bool) {
        let (query, fallback) = self.parse(&request.q);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query)];
        for (root, value) in request.filters() {
            if !value.is_empty() {
                let term = Term::from_facet(self.fields.facet, &facet(root, value));
                clauses.push((Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
            }
        }
        match clauses.len() {
            1 => (clauses.pop().expect("one clause").1, fallback),
            _ => (Box::new(BooleanQuery::new(clauses)), fallback),
        }
    }

    /// One page of results with facet counts and highlighted snippets.
    pub fn search(&self, request: &Request) -> Result<Results> {
        let searcher = self.reader.searcher();
        let (query, fallback) = self.filtered(request);
        let per_page = request.per_page.clamp(1, MAX_PAGE_SIZE);
        let page = request.page.max(1);
        // Deep pages are refused past 10,000 results: nobody reads that far, and it bounds the work.
        let offset = ((page - 1) * per_page).min(10_000);
        let mut facets = FacetCollector::for_field("facet");
        for root in FACET_ROOTS {
            facets.add_facet(Facet::from_path([root]));
        }
        let top = TopDocs::with_limit(per_page).and_offset(offset);
        let (total, counts, addresses): (usize, _, Vec<DocAddress>) = if request.by_date {
            let (total, counts, top) = searcher.search(&query, &(Count, facets, top.order_by_fast_field::<i64>("date", Order::Desc)))?;
            (total, counts, top.into_iter().map(|(_, a)| a).collect())
        } else {
            let (total, counts, top) = searcher.search(&query, &(Count, facets, top.order_by_score()))?;
            (total, counts, top.into_iter().map(|(_, a)| a).collect())
        };
        let mut snippets: HashMap<String, SnippetGenerator> = HashMap::new();
        let mut hits = Vec::with_capacity(addresses.len());
        for address in addresses {
            let doc: TantivyDocument = searcher.doc(address)?;
            hits.push(self.hit(&searcher, &*query, &doc, &mut snippets)?);
        }
        let facet_counts = FACET_ROOTS
            .iter()
            .map(|root| {
                let mut values: Vec<(String, u64)> = counts
                    .get(&format!("/{root}"))
                    .map(|(f, n)| (f.to_path().last().map(|s| s.to_string()).unwrap_or_default(), n))
                    .collect();
                values.sort_by(|a, b| if *root == "year" { b.0.cmp(&a.0) } else { b.1.cmp(&a.1).then(a.0.cmp(&b.0)) });
                FacetCount {
                    name: root.to_string(),
                    values: values.into_iter().map(|(value, count)| FacetValue { value, count }).collect(),
                }
            })
            .collect();
        Ok(Results { total, page, per_page, hits, facets: facet_counts, fallback })
    }

    /// The best `n` matches only (no count, facets or stored fields): the core of a search, for benchmarks.
    pub fn top(&self, request: &Request, n: usize) -> Result<usize> {
        let searcher = self.reader.searcher();
        let (query, _) = self.filtered(request);
        Ok(searcher.search(&query, &TopDocs::with_limit(n).order_by_score())?.len())
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        doc: &TantivyDocument,
        snippets: &mut HashMap<String, SnippetGenerator>,
    ) -> Result<Hit> {
        let f = &self.fields;
        let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let int = |field: Field| doc.get_first(field).and_then(|v| v.as_i64());
        let lang = text(f.lang);
        let lang_key = LANGUAGES.iter().find(|l| **l == lang).copied().unwrap_or("en");
        let body = text(f.body[lang_key]);
        if !snippets.contains_key(lang_key) {
            let mut generator = SnippetGenerator::create(searcher, query, f.body[lang_key])?;
            generator.set_max_num_chars(240);
            snippets.insert(lang_key.to_string(), generator);
        }
        let mut snippet = snippets[lang_key].snippet(&body);
        snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
        let snippet_html = match snippet.is_empty() {
            false => snippet.to_html(),
            true => escape(&body.chars().take(240).collect::<String>()),
        };
        Ok(Hit {
            kind: text(f.kind),
            id: int(f.id).unwrap_or(0),
            url: text(f.url),
            title: text(f.title[lang_key]),
            snippet_html,
            year: int(f.year),
            date: int(f.date).unwrap_or(0),
            lang,
        })
    }

    /// Up to `n` documents most like the one named (by their shared distinctive words): "more like this".
    pub fn related(&self, kind: &str, id: i64, n: usize) -> Result<Vec<Hit>> {
        let searcher = self.reader.searcher();
        let key = Term::from_field_text(self.fields.key, &format!("{kind}:{id}"));
        let by_key = TermQuery::new(key.clone(), IndexRecordOption::Basic);
        let Some((_, address)) = searcher.search(&by_key, &TopDocs::with_limit(1).order_by_score())?.into_iter().next() else {
            return Ok(Vec::new());
        };
        // Tantivy counts a term's documents with the deleted ones (a document re-indexed after a change is deleted and
        // added again) but the index's documents without them, and asserts the first is not larger: a term that
        // looks commoner than the index is large is left out, or a small forum's changed page would panic here.
        let like = MoreLikeThisQuery::builder()
            .with_max_doc_frequency(searcher.num_docs())
            .with_min_doc_frequency(1)
            .with_min_term_frequency(1)
            .with_min_word_length(3)
            .with_max_query_terms(25)
            .with_document(address);
        let query = BooleanQuery::new(vec![
            (Occur::Must, Box::new(like) as Box<dyn Query>),
            (Occur::MustNot, Box::new(TermQuery::new(key, IndexRecordOption::Basic))),
        ]);
        let top = searcher.search(&query, &TopDocs::with_limit(n.clamp(1, MAX_PAGE_SIZE)).order_by_score())?;
        let mut snippets = HashMap::new();
        top.into_iter()
            .map(|(_, address)| {
                let doc: TantivyDocument = searcher.doc(address)?;
                self.hit(&searcher, &query, &doc, &mut snippets)
            })
            .collect()
    }

    /// How many documents match a query in each year, oldest first: the topic's trend across the archive.
    pub fn trend(&self, q: &str, kind: &str) -> Result<(Vec<(i64, u64)>, bool)> {
        let request = Request { q: q.to_string(), kind: kind.to_string(), per_page: 1, ..Request::default() };
        let results = self.search(&request)?;
        let mut years: Vec<(i64, u64)> = results
            .facets
            .iter()
            .find(|f| f.name == "year")
            .map(|f| f.values.iter().filter_map(|v| Some((v.value.parse().ok()?, v.count))).collect())
            .unwrap_or_default();
        years.sort();
        Ok((years, results.fallback))
    }
}

/// Rewrites `a AND NOT b` and `NOT b` as `a -b`: tantivy's parser nests `AND NOT b` as a clause of its own that
/// has only a negative part, and such a clause matches nothing. Quoted phrases are left alone.
fn negations_as_minus(q: &str) -> String {
    let mut out = String::with_capacity(q.len());
    for (i, part) in q.split('"').enumerate() {
        if i > 0 {
            out.push('"');
        }
        if i % 2 == 1 {
            out.push_str(part);
            continue;
        }
        let words: Vec<&str> = part.split(' ').collect();
        let mut j = 0;
        while j < words.len() {
            let negation = match (words[j], words.get(j + 1)) {
                ("AND", Some(&"NOT")) => 2,
                ("NOT", _) => 1,
                _ => 0,
            };
            if negation > 0 && words.get(j + negation).is_some_and(|w| !w.is_empty()) {
                if j > 0 {
                    out.push(' ');
                }
                out.push('-');
                out.push_str(words[j + negation]);
                j += negation + 1;
                continue;
            }
            if j > 0 {
                out.push(' ');
            }
            out.push_str(words[j]);
            j += 1;
        }
    }
    out
}

/// The facets counted for every search, in the order the page shows them.
pub const FACET_ROOTS: [&str; 8] = ["kind", "year", "group", "region", "lang", "theme", "action_line", "sdg"];

/// Escapes text for HTML (snippets are shown as HTML with `<mark>`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What to search for: `q` in the query language (words, "phrases", AND OR NOT, +/-), the filters as facet
/// values ("" for none), and the page.
#[derive(Debug, Clone)]
pub struct Request {
    pub q: String,
    pub kind: String,
    pub year: String,
    pub group: String,
    pub region: String,
    pub lang: String,
    pub theme: String,
    pub action_line: String,
    pub sdg: String,
    pub by_date: bool,
    /// From 1.
    pub page: usize,
    pub per_page: usize,
}

impl Request {
    /// Each facet filter by its name (the facet's root and the query parameter alike), "" where none is set.
    pub fn filters(&self) -> [(&'static str, &str); 8] {
        [
            ("kind", &self.kind),
            ("year", &self.year),
            ("group", &self.group),
            ("region", &self.region),
            ("lang", &self.lang),
            ("theme", &self.theme),
            ("action_line", &self.action_line),
            ("sdg", &self.sdg),
        ]
    }
}

impl Default for Request {
    fn default() -> Self {
        Request {
            q: String::new(),
            kind: String::new(),
            year: String::new(),
            group: String::new(),
            region: String::new(),
            lang: String::new(),
            theme: String::new(),
            action_line: String::new(),
            sdg: String::new(),
            by_date: false,
            page: 1,
            per_page: 20,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub hits: Vec<Hit>,
    pub facets: Vec<FacetCount>,
    /// The query was malformed and was searched as plain words.
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub kind: String,
    pub id: i64,
    pub url: String,
    pub title: String,
    /// Escaped text with the matched words in `<mark>`.
    pub snippet_html: String,
    pub year: Option<i64>,
    pub date: i64,
    pub lang: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FacetCount {
    pub name: String,
    pub values: Vec<FacetValue>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(kind: &str, id: i64, title: &str, body: &str, year: i64, lang: &str) -> Document {
        Document {
            kind: kind.into(),
            id,
            url: format!("/{kind}s/{id}"),
            title: title.into(),
            body: body.into(),
            subjects: vec![format!("{kind}:{id}")],
            year: Some(year),
            groups: vec!["civil-society".into()],
            regions: vec!["Africa".into()],
            lang: lang.into(),
            date: year * 1000,
            ..Document::default()
        }
    }

    fn archive() -> Archive {
        let archive = Archive::in_memory().unwrap();
        archive
            .add([
                doc("session", 1, "Internet fragmentation", "Risks of Internet fragmentation for the open web and <script>.", 2022, "en"),
                doc("report", 2, "Data governance", "Cross-border data flows and fragmented regulations.", 2023, "en"),
                doc("proposal", 3, "Gouvernance des données", "Les flux de données transfrontières et la gouvernance.", 2023, "fr"),
                doc("message", 4, "互联网治理", "互联网治理论坛讨论了数据治理。", 2024, "zh"),
            ])
            .unwrap();
        archive.commit(7).unwrap();
        archive
    }

    fn search(archive: &Archive, q: &str) -> Results {
        archive.search(&Request { q: q.into(), ..Request::default() }).unwrap()
    }

    fn keys(results: &Results) -> Vec<String> {
        let mut keys: Vec<String> = results.hits.iter().map(|h| format!("{}:{}", h.kind, h.id)).collect();
        keys.sort();
        keys
    }

    #[test]
    fn stems_phrases_and_boolean_operators() {
        let archive = archive();
        assert_eq!(keys(&search(&archive, "fragmented")), ["report:2", "session:1"]);
        assert_eq!(keys(&search(&archive, "\"internet fragmentation\"")), ["session:1"]);
        assert_eq!(keys(&search(&archive, "fragmentation AND NOT regulations")), ["session:1"]);
        assert_eq!(keys(&search(&archive, "fragmentation -regulations")), ["session:1"]);
        assert_eq!(keys(&search(&archive, "web OR cross-border")), ["report:2", "session:1"]);
        assert_eq!(negations_as_minus("a AND NOT b \"x NOT y\" NOT c"), "a -b \"x NOT y\" -c");
        assert_eq!(keys(&search(&archive, "gouvernances")), ["proposal:3"]);
        assert_eq!(keys(&search(&archive, "数据治理")), ["message:4"]);
        assert_eq!(archive.position().unwrap(), 7);
    }

    #[test]
    fn snippets_are_escaped_and_marked() {
        let results = search(&archive(), "web");
        assert!(results.hits[0].snippet_html.contains("<mark>web</mark>"), "{}", results.hits[0].snippet_html);
        assert!(!results.hits[0].snippet_html.contains("<script"));
        assert_eq!(escape("<b>&\""), "&lt;b&gt;&amp;&quot;");
    }

    #[test]
    fn malformed_queries_fall_back_to_plain_words() {
        let archive = archive();
        let results = search(&archive, "\"fragmentation");
        assert!(results.fallback);
        assert_eq!(keys(&results), ["report:2", "session:1"]);
        assert!(search(&archive, "AND OR (").fallback);
        assert!(!search(&archive, "data").fallback);
    }

    #[test]
    fn facets_filter_and_count() {
        let archive = archive();
        let all = search(&archive, "");
        assert_eq!(all.total, 4);
        let years = all.facets.iter().find(|f| f.name == "year").unwrap();
        assert_eq!(years.values[0].value, "2024");
        let kinds = all.facets.iter().find(|f| f.name == "kind").unwrap();
        assert_eq!(kinds.values.len(), 4);
        let filtered = archive.search(&Request { year: "2023".into(), kind: "report".into(), ..Request::default() }).unwrap();
        assert_eq!(keys(&filtered), ["report:2"]);
        let by_date = archive.search(&Request { by_date: true, ..Request::default() }).unwrap();
        assert_eq!(by_date.hits[0].id, 4);
        let capped = archive.search(&Request { per_page: 1000, ..Request::default() }).unwrap();
        assert_eq!(capped.per_page, MAX_PAGE_SIZE);
        assert_eq!(archive.trend("data", "").unwrap().0, vec![(2023, 1)]);
    }

    #[test]
    fn action_lines_and_sdgs_are_facets() {
        let archive = archive();
        let mut tagged = doc("recommendation", 5, "Gender and connectivity", "Women online", 2024, "en");
        tagged.action_lines = vec!["C2".into(), "C7/e-health".into()];
        tagged.sdgs = vec!["5".into(), "9".into()];
        archive.add([tagged]).unwrap();
        archive.commit(8).unwrap();
        let all = search(&archive, "");
        let values = |name: &str| -> Vec<String> {
            all.facets.iter().find(|f| f.name == name).unwrap().values.iter().map(|v| format!("{}={}", v.value, v.count)).collect()
        };
        assert_eq!(values("action_line"), ["C2=1", "C7/e-health=1"]);
        assert_eq!(values("sdg"), ["5=1", "9=1"]);
        let by_line = archive.search(&Request { action_line: "C7/e-health".into(), ..Request::default() }).unwrap();
        assert_eq!(keys(&by_line), ["recommendation:5"]);
        assert_eq!(archive.search(&Request { sdg: "7".into(), ..Request::default() }).unwrap().total, 0);
    }

    #[test]
    fn related_documents_share_words() {
        let archive = archive();
        let related = archive.related("report", 2, 5).unwrap();
        assert!(related.iter().all(|h| !(h.kind == "report" && h.id == 2)));
        assert_eq!(related.first().map(|h| h.id), Some(1), "{related:?}");
        assert!(archive.related("report", 999, 5).unwrap().is_empty());
    }

    #[test]
    fn related_documents_survive_deleted_copies() {
        // A document re-indexed several times: its deleted copies stay counted in the term's document frequency
        // while the segment lives (here kept alive by a document beside them), beyond the index's live documents.
        let archive = archive();
        archive.add([doc("post", 100, "Spectrum", "Community networks and spectrum.", 2022, "en")]).unwrap();
        for _ in 0..5 {
            archive.forget(&["session:1".to_string()]);
            archive.add([doc("session", 1, "Internet fragmentation", "Fragmentation of the open web.", 2022, "en")]).unwrap();
        }
        archive.commit(8).unwrap();
        let related = archive.related("report", 2, 5).unwrap();
        assert!(related.iter().all(|h| h.kind != "report"), "{related:?}");
    }

    #[test]
    fn subjects_are_replaced() {
        let archive = archive();
        archive.forget(&["session:1".to_string()]);
        archive.add([doc("session", 1, "Renamed", "Nothing about splitting", 2022, "en")]).unwrap();
        archive.commit(8).unwrap();
        assert!(search(&archive, "fragmentation").hits.iter().all(|h| h.kind != "session"));
        assert_eq!(keys(&search(&archive, "renamed")), ["session:1"]);
    }
}
