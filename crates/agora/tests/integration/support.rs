//! The test rails: a real `agora serve` process on a temporary database (SQLite, or PostgreSQL when
//! AGORA_TEST_POSTGRES_URL is set), a real SMTP sink it delivers to, and an HTTP client with a cookie jar.

use scraper::{Html, Selector};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

pub const PASSWORD: &str = "correct horse battery staple";
/// The password of every account of the demo forum.
pub const DEMO_PASSWORD: &str = "agora demo password";

/// A running server, stopped when dropped.
pub struct Server {
    pub url: String,
    pub database: String,
    pub mail: MailSink,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A second node of a [`Server`], stopped when dropped.
pub struct Node {
    pub url: String,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Node {
    pub fn client(&self) -> Client {
        Client::new(&self.url)
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `agora serve` on a database, delivering mail to an SMTP server; returns the process and its address.
async fn spawn_node(dir: &std::path::Path, database: &str, smtp_url: &str, demo: bool, env: &[(&str, &str)]) -> (Child, String) {
    let mut command = agora();
    command.envs(env.iter().copied());
    command
        .args(["serve", "--bind", "127.0.0.1:0", "--database", database, "--smtp-url", smtp_url])
        .env("AGORA_LOG", "info")
        .env("NO_COLOR", "1")
        .env("AGORA_RECORD_SIGN_SECS", "1")
        .env("AGORA_REMINDER_SECS", "2")
        .env("AGORA_FEED_SECS", "2")
        // Each node keeps its own search index, as each machine of a cluster would.
        .arg("--index")
        .arg(dir.join("agora-index"))
        .current_dir(dir)
        .stdout(Stdio::inherit())
        .stderr(Stdio::piped());
    if demo {
        command.arg("--demo");
    }
    let mut child = command.spawn().expect("start agora serve");
    let log = child.stderr.take().expect("piped standard error");
    let url = tokio::task::spawn_blocking(move || listening_url(log)).await.expect("reader thread");
    (child, url)
}

pub fn agora() -> Command {
    Command::new(env!("CARGO_BIN_EXE_agora"))
}

/// Runs `agora` with these arguments and insists it succeeds.
pub fn agora_ok(args: &[&str]) -> std::process::Output {
    let out = agora().args(args).output().unwrap();
    assert!(out.status.success(), "agora {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// The rows of each table in a backup file (`agora backup`), after its header.
pub fn tables_of(backup: &str) -> std::collections::BTreeMap<String, Vec<serde_json::Value>> {
    read_backup(backup).into_iter().map(|(table, (_, rows))| (table, rows)).collect()
}

/// Each table of a backup with its column names and its rows (one JSON array each).
fn read_backup(backup: &str) -> std::collections::BTreeMap<String, (Vec<String>, Vec<serde_json::Value>)> {
    let mut tables = std::collections::BTreeMap::new();
    let mut current = String::new();
    for line in backup.lines().skip(1) {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Some(name) = value.get("table").and_then(|t| t.as_str()) {
            current = name.to_string();
            let columns = value["columns"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect();
            tables.insert(current.clone(), (columns, Vec::new()));
        } else {
            tables.get_mut(&current).unwrap().1.push(value);
        }
    }
    tables
}

/// A row of a table, column → value.
pub type Row = serde_json::Map<String, serde_json::Value>;

/// Some tables of a server's database, read through one `agora backup`, each row as column → value: what a test
/// needs to know that no page shows (a proposer's email).
pub fn table_rows(server: &Server, names: &[&str]) -> std::collections::BTreeMap<String, Vec<Row>> {
    let backup = String::from_utf8(agora_ok(&["backup", "--database", &server.database, "--output", "-"]).stdout).unwrap();
    read_backup(&backup)
        .into_iter()
        .filter(|(table, _)| names.contains(&table.as_str()))
        .map(|(table, (columns, rows))| {
            let rows = rows.iter().map(|row| columns.iter().cloned().zip(row.as_array().unwrap().iter().cloned()).collect()).collect();
            (table, rows)
        })
        .collect()
}

/// A fresh database URL: a file in `dir`, or a new database on the test PostgreSQL server.
pub async fn fresh_database(dir: &std::path::Path) -> String {
    let Ok(admin_url) = std::env::var("AGORA_TEST_POSTGRES_URL") else {
        return format!("sqlite://{}", dir.join("agora.db").display());
    };
    sqlx::any::install_default_drivers();
    let name = format!("agora_test_{}_{}", std::process::id(), NEXT_DB.fetch_add(1, std::sync::atomic::Ordering::SeqCst));
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin_url).await.expect("connect to the test PostgreSQL server");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.expect("create a test database");
    let (base, _) = admin_url.rsplit_once('/').expect("a PostgreSQL URL ends with /DATABASE");
    format!("{base}/{name}")
}

static NEXT_DB: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Server {
    pub async fn start() -> Server {
        Server::start_with(false).await
    }

    /// Starts a server; with `demo`, on the demo forum.
    pub async fn start_with(demo: bool) -> Server {
        Server::start_with_env(demo, &[]).await
    }

    /// Starts a server with some of its settings given in its environment (`AGORA_LOGIN_LIMIT` …).
    pub async fn start_with_env(demo: bool, env: &[(&str, &str)]) -> Server {
        let dir = tempfile::tempdir().expect("temporary directory");
        let database = fresh_database(dir.path()).await;
        let mail = MailSink::start().await;
        let (child, url) = spawn_node(dir.path(), &database, &mail.url(), demo, env).await;
        Server { url, database, mail, child, _dir: dir }
    }

    /// Starts a server on an existing database, in `dir` (its working folder: the index, the outbox and, with
    /// PostgreSQL, the backups taken before migrating go there).
    pub async fn start_on(dir: tempfile::TempDir, database: &str, env: &[(&str, &str)]) -> Server {
        let mail = MailSink::start().await;
        let (child, url) = spawn_node(dir.path(), database, &mail.url(), false, env).await;
        Server { url, database: database.to_string(), mail, child, _dir: dir }
    }

    /// The server's working folder (its index is `agora-index` in it).
    pub fn dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    /// Another `agora serve` process on the same database and mail server: a second node behind a proxy.
    pub async fn another_node(&self) -> Node {
        let dir = tempfile::tempdir().expect("temporary directory");
        let (child, url) = spawn_node(dir.path(), &self.database, &self.mail.url(), false, &[]).await;
        Node { url, child, _dir: dir }
    }

    pub fn client(&self) -> Client {
        Client::new(&self.url)
    }
}

/// Reads the server's log until it says where it listens; keeps draining the log afterwards.
fn listening_url(log: std::process::ChildStderr) -> String {
    let mut lines = BufReader::new(log).lines();
    for line in lines.by_ref() {
        let line = line.expect("server log line");
        if let Some(at) = line.find("listening on http://") {
            let url: String = line[at + "listening on ".len()..].chars().take_while(|c| !c.is_whitespace() && *c != '\u{1b}').collect();
            std::thread::spawn(move || {
                // Errors and panics always show beside a failing test; the rest with AGORA_TEST_LOG.
                let verbose = std::env::var("AGORA_TEST_LOG").is_ok();
                lines
                    .map_while(Result::ok)
                    .filter(|l| verbose || l.contains("ERROR") || l.contains("panicked"))
                    .for_each(|l| println!("server: {l}"))
            });
            return url;
        }
    }
    panic!("the server exited before listening");
}

/// An HTTP client with a cookie jar that does not follow redirects, so tests see them.
pub struct Client {
    pub base: String,
    pub http: reqwest::Client,
}

pub struct Reply {
    pub status: u16,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// The CSRF token of the first form on the page.
    pub fn csrf(&self) -> String {
        self.html()
            .select(&Selector::parse("input[name=csrf]").unwrap())
            .next()
            .and_then(|e| e.value().attr("value"))
            .expect("a form with a CSRF token")
            .to_string()
    }

    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = Selector::parse(selector).expect("valid selector");
        self.html().select(&selector).map(|e| e.text().collect::<String>().trim().to_string()).collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("JSON expected ({e}): {}", self.body))
    }
}

impl Client {
    pub fn new(base: &str) -> Client {
        let http = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().expect("HTTP client");
        Client { base: base.to_string(), http }
    }

    async fn reply(response: reqwest::Response) -> Reply {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let location = headers.get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
        // Fluent isolates placeables with invisible direction marks; tests read the text as a person sees it.
        let body = response.text().await.unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "");
        Reply { status, location, headers, body }
    }

    pub async fn get(&self, path: &str) -> Reply {
        Client::reply(self.http.get(format!("{}{path}", self.base)).send().await.expect("GET")).await
    }

    pub async fn get_with(&self, path: &str, header: &str, value: &str) -> Reply {
        Client::reply(self.http.get(format!("{}{path}", self.base)).header(header, value).send().await.expect("GET")).await
    }

    /// The raw bytes of a reply, as sent (not decompressed), with its headers.
    pub async fn get_bytes_with(&self, path: &str, header: &str, value: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
        let response = self.http.get(format!("{}{path}", self.base)).header(header, value).send().await.expect("GET");
        let headers = response.headers().clone();
        (headers, response.bytes().await.expect("body").to_vec())
    }

    /// Posts a form as a browser would (URL-encoded, repeated names allowed).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&");
        let request = self.http.post(format!("{}{path}", self.base)).header("content-type", "application/x-www-form-urlencoded").body(body);
        Client::reply(request.send().await.expect("POST")).await
    }

    /// Loads the page of a form and posts it with the page's CSRF token.
    pub async fn submit(&self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
        let csrf = self.get(form_page).await.csrf();
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post(action, &all).await
    }

    /// Registers through the form; returns the reply (a redirect when accepted).
    pub async fn register(&self, name: &str, email: &str, extra: &[(&str, &str)]) -> Reply {
        let mut fields = vec![
            ("name", name),
            ("email", email),
            ("password", PASSWORD),
            ("stakeholder_group", "civil-society"),
            ("organization", "Kenya ICT Action Network"),
            ("country", "KE"),
            ("gender", "female"),
            ("languages", "en"),
            ("languages", "fr"),
            ("listed", "on"),
            ("consent", "on"),
        ];
        // An extra field replaces the default; an empty one removes it, as an unticked box or a skipped field.
        for (k, v) in extra {
            fields.retain(|(name, _)| name != k);
            if !v.is_empty() {
                fields.push((k, v));
            }
        }
        self.submit("/register", "/register", &fields).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Reply {
        self.submit("/login", "/login", &[("email", email), ("password", password)]).await
    }
}

pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Registers, verifies through the mailed link, and logs in; returns the logged-in client.
pub async fn registered_participant(server: &Server, name: &str, email: &str) -> Client {
    let client = server.client();
    assert_eq!(client.register(name, email, &[]).await.status, 303);
    let link = server.mail.link_for(email, "/verify/").await;
    assert_eq!(client.get(&link).await.status, 303);
    let login = client.login(email, PASSWORD).await;
    assert_eq!(login.status, 303, "login: {}", login.body);
    client
}

/// A mail as received by the sink.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// A real SMTP server on loopback that keeps what it receives.
#[derive(Clone)]
pub struct MailSink {
    port: u16,
    received: Arc<Mutex<Vec<Mail>>>,
}

impl MailSink {
    pub async fn start() -> MailSink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind the SMTP sink");
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(smtp_session(socket, store.clone()));
            }
        });
        MailSink { port, received }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn all(&self) -> Vec<Mail> {
        self.received.lock().unwrap().clone()
    }

    /// Waits (up to 20 s) for the `n`-th mail to `to` (counting from 1).
    pub async fn nth_to(&self, to: &str, n: usize) -> Mail {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let found: Vec<Mail> = self.all().into_iter().filter(|m| m.to.contains(to)).collect();
            if found.len() >= n {
                return found[n - 1].clone();
            }
            assert!(Instant::now() < deadline, "no mail #{n} to {to} arrived; received: {:?}", self.all());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The path of the newest link containing `marker` in mail to `to`.
    pub async fn link_for(&self, to: &str, marker: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let link = self.all().iter().rev().filter(|m| m.to.contains(to)).find_map(|m| link_in(&m.body, marker));
            if let Some(link) = link {
                return link;
            }
            assert!(Instant::now() < deadline, "no mail to {to} with a {marker} link; received: {:?}", self.all());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// The path (after the host) of the first URL in `body` whose path contains `marker`.
pub fn link_in(body: &str, marker: &str) -> Option<String> {
    body.split_whitespace().filter(|w| w.starts_with("http")).find(|w| w.contains(marker)).map(|url| {
        let after_scheme = &url[url.find("://").map_or(0, |i| i + 3)..];
        after_scheme[after_scheme.find('/').unwrap_or(after_scheme.len())..].to_string()
    })
}

async fn smtp_session(socket: tokio::net::TcpStream, store: Arc<Mutex<Vec<Mail>>>) {
    let (read, mut write) = socket.into_split();
    let mut lines = tokio::io::BufReader::new(read).lines();
    let _ = write.write_all(b"220 sink ESMTP ready\r\n").await;
    let mut to = String::new();
    while let Ok(Some(line)) = lines.next_line().await {
        let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250-sink\r\n250 8BITMIME\r\n",
            "RCPT" => {
                to = line.clone();
                b"250 OK\r\n"
            }
            "DATA" => {
                let _ = write.write_all(b"354 go ahead\r\n").await;
                let mut data = Vec::new();
                while let Ok(Some(l)) = lines.next_line().await {
                    if l == "." {
                        break;
                    }
                    data.push(if l.starts_with("..") { l[1..].to_string() } else { l });
                }
                store.lock().unwrap().push(parse_mail(&to, &data));
                b"250 queued\r\n"
            }
            "QUIT" => {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            }
            _ => b"250 OK\r\n",
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}

fn parse_mail(to: &str, lines: &[String]) -> Mail {
    let split = lines.iter().position(|l| l.is_empty()).unwrap_or(lines.len());
    let headers = &lines[..split];
    let header = |name: &str| {
        headers
            .iter()
            .find(|h| h.to_ascii_lowercase().starts_with(&format!("{name}:")))
            .map(|h| h[name.len() + 1..].trim().to_string())
            .unwrap_or_default()
    };
    let raw_body = lines.get(split + 1..).unwrap_or_default();
    let body = match header("content-transfer-encoding").to_ascii_lowercase().as_str() {
        "base64" => String::from_utf8_lossy(&base64_decode(&raw_body.concat())).into_owned(),
        "quoted-printable" => quoted_printable(raw_body),
        _ => raw_body.join("\n"),
    };
    Mail { to: to.to_string(), subject: header("subject"), body }
}

fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|c| *c != b'=') {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else { continue };
        buffer = (buffer << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

fn quoted_printable(lines: &[String]) -> String {
    let mut bytes = Vec::new();
    for line in lines {
        let (text, soft) = match line.strip_suffix('=') {
            Some(t) => (t, true),
            None => (line.as_str(), false),
        };
        let raw = text.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'=' && i + 3 <= raw.len() {
                if let Ok(v) = u8::from_str_radix(std::str::from_utf8(&raw[i + 1..i + 3]).unwrap_or(""), 16) {
                    bytes.push(v);
                    i += 3;
                    continue;
                }
            }
            bytes.push(raw[i]);
            i += 1;
        }
        if !soft {
            bytes.push(b'\n');
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

impl Reply {
    /// The fields a browser would send for the form matching `selector`, as they are on the page.
    pub fn form_fields(&self, selector: &str) -> Vec<(String, String)> {
        let html = self.html();
        let form = html.select(&Selector::parse(selector).unwrap()).next().expect("the form");
        fields_of(form)
    }

    /// Every form of the page that posts: its action and the fields a browser would send.
    pub fn post_forms(&self) -> Vec<(String, Vec<(String, String)>)> {
        let html = self.html();
        html.select(&Selector::parse("form[method=post]").unwrap())
            .map(|form| (form.value().attr("action").unwrap_or("").to_string(), fields_of(form)))
            .collect()
    }
}

/// The fields a browser would send for a form, as they are on the page.
fn fields_of(form: scraper::ElementRef) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for input in form.select(&Selector::parse("input, textarea, select").unwrap()) {
        let element = input.value();
        let Some(name) = element.attr("name") else { continue };
        match (element.name(), element.attr("type").unwrap_or("text")) {
            ("input", "checkbox" | "radio") => {
                if element.attr("checked").is_some() {
                    fields.push((name.to_string(), element.attr("value").unwrap_or("on").to_string()));
                }
            }
            ("input", "submit") => {}
            ("input", _) => fields.push((name.to_string(), element.attr("value").unwrap_or("").to_string())),
            ("textarea", _) => fields.push((name.to_string(), input.text().collect())),
            ("select", _) => {
                let selected = input
                    .select(&Selector::parse("option[selected]").unwrap())
                    .next()
                    .or_else(|| input.select(&Selector::parse("option").unwrap()).next());
                fields.push((name.to_string(), selected.and_then(|o| o.value().attr("value")).unwrap_or("").to_string()));
            }
            _ => {}
        }
    }
    fields
}

/// Gives a registered participant a role through the command line, as an operator would.
pub fn grant(server: &Server, email: &str, role: &str) {
    let out = agora().args(["admin", "grant", "--database", &server.database, "--email", email, "--role", role]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Replaces (or adds) fields of a form before posting it.
pub fn with(mut fields: Vec<(String, String)>, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    for (k, v) in changes {
        fields.retain(|(name, _)| name != k);
        fields.push((k.to_string(), v.to_string()));
    }
    fields
}

impl Client {
    pub async fn post_fields(&self, path: &str, fields: &[(String, String)]) -> Reply {
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post(path, &borrowed).await
    }
}

impl Reply {
    /// An attribute of the first element matching `selector` (a form's action, a link's href …).
    pub fn attr(&self, selector: &str, attribute: &str) -> String {
        let html = self.html();
        let element =
            html.select(&Selector::parse(selector).expect("valid selector")).next().unwrap_or_else(|| panic!("no {selector} on the page"));
        element.value().attr(attribute).unwrap_or_else(|| panic!("{selector} has no {attribute}")).to_string()
    }
}

/// A client's API token for `scopes`, made on its profile page.
pub async fn api_token(client: &Client, scopes: &str) -> String {
    let created = client.submit("/me", "/me/tokens", &[("name", "integration"), ("scopes", scopes)]).await;
    assert_eq!(created.status, 200);
    created.texts("#new-token")[0].clone()
}

/// A JSON POST to the API with a bearer token; the status and the body.
pub async fn api_post(server: &Server, path: &str, token: &str, body: &str) -> (u16, serde_json::Value) {
    let reply = reqwest::Client::new()
        .post(format!("{}{path}", server.url))
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"))
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let status = reply.status().as_u16();
    (status, reply.json().await.unwrap_or_default())
}
