//! The searchable archive against SQLite FTS5 on the same synthetic corpus and queries: index build time and size,
//! and query latency (p50 / p99) over a fixed mixed query set of terms, phrases, boolean queries and
//! facet-filtered ones. Run in release:
//!
//! ```sh
//! AGORA_BENCH_DOCS=1000000 cargo bench -p agora-search --bench archive
//! ```
//!
//! The corpus: documents of ~50 words (plus a 6-word title) drawn from a Zipf-distributed vocabulary of 20,000
//! made-up words with the forum's topic words placed at chosen ranks, and some fixed two-word phrases. Both
//! engines stem English (tantivy's Snowball English, FTS5's porter) and rank by BM25; both return the top 10.

use agora_search::{Archive, Document, Request};
use sqlx::{Connection, Executor, SqliteConnection};
use std::path::Path;
use std::time::{Duration, Instant};

const KINDS: [&str; 11] = [
    "proposal",
    "session",
    "report",
    "transcript",
    "submission",
    "comment",
    "message",
    "recommendation",
    "group-document",
    "post",
    "nri-report",
];

/// Topic words at fixed Zipf ranks, so the queries below span common and rare terms.
const TOPICS: [(&str, usize); 14] = [
    ("internet", 4),
    ("governance", 11),
    ("data", 19),
    ("access", 30),
    ("human", 45),
    ("rights", 46),
    ("privacy", 70),
    ("cybersecurity", 160),
    ("artificial", 240),
    ("intelligence", 241),
    ("digital", 90),
    ("divide", 400),
    ("fragmentation", 800),
    ("multistakeholder", 1500),
];

const PHRASES: [&str; 3] = ["human rights", "artificial intelligence", "digital divide"];

/// A small deterministic generator (xorshift64*), so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

struct Corpus {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Corpus {
    fn new(size: usize) -> Corpus {
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "de", "go", "fu", "bi", "ha", "jo"];
        let mut words: Vec<String> = (0..size)
            .map(|i| {
                let (mut n, mut w) = (i + 17, String::new());
                while n > 0 {
                    w.push_str(syllables[n % 16]);
                    n /= 16;
                }
                w.push('x');
                w
            })
            .collect();
        for (word, rank) in TOPICS {
            words[rank] = word.to_string();
        }
        let mut total = 0.0;
        let cumulative = (1..=size)
            .map(|r| {
                total += 1.0 / r as f64;
                total
            })
            .collect();
        Corpus { words, cumulative }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let target = rng.unit() * self.cumulative.last().unwrap();
        let at = self.cumulative.partition_point(|c| *c < target).min(self.words.len() - 1);
        &self.words[at]
    }

    fn text(&self, rng: &mut Rng, words: usize) -> String {
        let mut out = String::with_capacity(words * 8);
        let mut n = 0;
        while n < words {
            if !out.is_empty() {
                out.push(' ');
            }
            if rng.next().is_multiple_of(100) {
                out.push_str(PHRASES[(rng.next() % 3) as usize]);
                n += 2;
            } else {
                out.push_str(self.word(rng));
                n += 1;
            }
        }
        out
    }

    fn document(&self, rng: &mut Rng, id: i64) -> Document {
        let kind = KINDS[(rng.next() % KINDS.len() as u64) as usize];
        let year = 2006 + (rng.next() % 20) as i64;
        Document {
            kind: kind.into(),
            id,
            url: format!("/{kind}/{id}"),
            title: self.text(rng, 6),
            body: self.text(rng, 50),
            subjects: vec![format!("{kind}:{id}")],
            year: Some(year),
            lang: "en".into(),
            date: (year - 1970) * 31_556_952 + (rng.next() % 31_556_952) as i64,
            ..Document::default()
        }
    }
}

/// A query in both languages: tantivy's query text with facet filters, and FTS5's MATCH with a WHERE on columns.
struct BenchQuery {
    tantivy: &'static str,
    fts: &'static str,
    kind: &'static str,
    year: &'static str,
}

const QUERIES: [BenchQuery; 16] = [
    BenchQuery { tantivy: "internet", fts: "internet", kind: "", year: "" },
    BenchQuery { tantivy: "governance", fts: "governance", kind: "", year: "" },
    BenchQuery { tantivy: "fragmentation", fts: "fragmentation", kind: "", year: "" },
    BenchQuery { tantivy: "cybersecurity", fts: "cybersecurity", kind: "", year: "" },
    BenchQuery { tantivy: "data privacy", fts: "data privacy", kind: "", year: "" },
    BenchQuery { tantivy: "internet governance", fts: "internet governance", kind: "", year: "" },
    BenchQuery { tantivy: "\"human rights\"", fts: "\"human rights\"", kind: "", year: "" },
    BenchQuery { tantivy: "\"artificial intelligence\"", fts: "\"artificial intelligence\"", kind: "", year: "" },
    BenchQuery { tantivy: "\"digital divide\" access", fts: "\"digital divide\" access", kind: "", year: "" },
    BenchQuery { tantivy: "privacy OR cybersecurity", fts: "privacy OR cybersecurity", kind: "", year: "" },
    BenchQuery { tantivy: "governance -data", fts: "governance NOT data", kind: "", year: "" },
    BenchQuery {
        tantivy: "(fragmentation OR multistakeholder) AND internet",
        fts: "(fragmentation OR multistakeholder) AND internet",
        kind: "",
        year: "",
    },
    BenchQuery { tantivy: "internet", fts: "internet", kind: "report", year: "" },
    BenchQuery { tantivy: "privacy", fts: "privacy", kind: "", year: "2020" },
    BenchQuery { tantivy: "\"human rights\"", fts: "\"human rights\"", kind: "session", year: "2015" },
    BenchQuery { tantivy: "governance data", fts: "governance data", kind: "message", year: "2024" },
];

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path).map(|d| d.flatten().map(|e| e.metadata().map(|m| m.len()).unwrap_or(0)).sum()).unwrap_or(0)
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / 1_048_576.0)
}

fn main() {
    let n = env("AGORA_BENCH_DOCS", 20_000);
    let rounds = env("AGORA_BENCH_ROUNDS", 20);
    let work = std::env::temp_dir().join(format!("agora-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let corpus = Corpus::new(20_000);
    println!("corpus: {n} documents of ~56 words (~{} M words), {rounds} rounds of {} queries", n * 56 / 1_000_000, QUERIES.len());

    // tantivy
    let started = Instant::now();
    let archive = Archive::open(&work.join("tantivy")).unwrap();
    let mut rng = Rng(0x5eed);
    for chunk in (0..n as i64).collect::<Vec<_>>().chunks(10_000) {
        archive.add(chunk.iter().map(|id| corpus.document(&mut rng, *id))).unwrap();
    }
    archive.commit(1).unwrap();
    let tantivy_build = started.elapsed();
    let tantivy_size = dir_size(&work.join("tantivy"));

    // SQLite FTS5, the same documents (same generator seed).
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let db_path = work.join("fts.db");
    let (fts_build, mut conn) = runtime.block_on(async {
        let mut conn = SqliteConnection::connect(&format!("sqlite://{}?mode=rwc", db_path.display())).await.unwrap();
        conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, kind UNINDEXED, year UNINDEXED, tokenize = 'porter unicode61')")
            .await
            .unwrap();
        let started = Instant::now();
        let mut rng = Rng(0x5eed);
        let mut tx = conn.begin().await.unwrap();
        for id in 0..n as i64 {
            let d = corpus.document(&mut rng, id);
            sqlx::query("INSERT INTO docs (rowid, title, body, kind, year) VALUES ($1, $2, $3, $4, $5)")
                .bind(d.id)
                .bind(&d.title)
                .bind(&d.body)
                .bind(&d.kind)
                .bind(d.year.unwrap_or(0))
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        (started.elapsed(), conn)
    });
    let fts_size = std::fs::metadata(&db_path).map(|m| m.len()).unwrap_or(0);

    // Queries: every round runs the whole set on each engine; the first round warms caches and is not counted.
    let mut tantivy_top = Vec::new();
    let mut tantivy_page = Vec::new();
    let mut fts = Vec::new();
    let mut matches = vec![(0usize, 0usize); QUERIES.len()];
    for round in 0..=rounds {
        for (i, q) in QUERIES.iter().enumerate() {
            let request = Request { q: q.tantivy.into(), kind: q.kind.into(), year: q.year.into(), per_page: 10, ..Request::default() };
            let started = Instant::now();
            let found = archive.top(&request, 10).unwrap();
            let top = started.elapsed();
            let started = Instant::now();
            let results = archive.search(&request).unwrap();
            let page = started.elapsed();
            let started = Instant::now();
            let rows: Vec<(i64,)> = runtime.block_on(async {
                let sql = match (q.kind.is_empty(), q.year.is_empty()) {
                    (true, true) => "SELECT rowid FROM docs WHERE docs MATCH $1 AND ($2 = '' OR kind = $2) AND ($3 = '' OR year = $3) ORDER BY rank LIMIT 10",
                    _ => "SELECT rowid FROM docs WHERE docs MATCH $1 AND ($2 = '' OR kind = $2) AND ($3 = '' OR year = CAST($3 AS INTEGER)) ORDER BY rank LIMIT 10",
                };
                sqlx::query_as(sql).bind(q.fts).bind(q.kind).bind(q.year).fetch_all(&mut conn).await.unwrap()
            });
            let fts_time = started.elapsed();
            if round > 0 {
                tantivy_top.push(top);
                tantivy_page.push(page);
                fts.push(fts_time);
            } else {
                matches[i] = (results.total, rows.len());
                assert_eq!(found.min(10), rows.len().min(10), "{}: both engines fill the first page alike", q.tantivy);
            }
        }
    }
    for (q, (total, fts_rows)) in QUERIES.iter().zip(&matches) {
        println!("  {:<50} kind={:<8} year={:<5} tantivy matches {total:>8}, FTS5 top rows {fts_rows}", q.tantivy, q.kind, q.year);
    }
    let (t50, t99) = (percentile(&mut tantivy_top, 0.5), percentile(&mut tantivy_top, 0.99));
    let (p50, p99) = (percentile(&mut tantivy_page, 0.5), percentile(&mut tantivy_page, 0.99));
    let (f50, f99) = (percentile(&mut fts, 0.5), percentile(&mut fts, 0.99));
    let ratio = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-9);
    println!(
        "build:   tantivy {:.1} s, {}   | FTS5 {:.1} s, {}   | FTS5/tantivy time {:.2}x, size {:.2}x",
        tantivy_build.as_secs_f64(),
        mib(tantivy_size),
        fts_build.as_secs_f64(),
        mib(fts_size),
        ratio(tantivy_build, fts_build),
        fts_size as f64 / tantivy_size.max(1) as f64
    );
    println!(
        "top 10:  tantivy p50 {} p99 {}   | FTS5 p50 {} p99 {}   | FTS5/tantivy p50 {:.2}x p99 {:.2}x",
        ms(t50),
        ms(t99),
        ms(f50),
        ms(f99),
        ratio(t50, f50),
        ratio(t99, f99)
    );
    println!("full page (tantivy: top 10 + total + 6 facets + snippets): p50 {} p99 {}", ms(p50), ms(p99));
    drop(archive);
    let _ = std::fs::remove_dir_all(&work);
}
