//! Who is asking: login sessions (a random token in a cookie, its hash in the database, rotated at login),
//! the visitor cookie that anonymous forms' CSRF tokens are bound to, password hashing (argon2id), roles,
//! and per-client rate limits.

use crate::{App, AppError};
use agora_domain::accounts::{Action, Role, permits};
use agora_store::{participants, sessions};
use axum::extract::{ConnectInfo, Request};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const SESSION_COOKIE: &str = "agora_session";
pub const VISITOR_COOKIE: &str = "agora_visitor";
pub const SESSION_LIFETIME_SECS: i64 = 30 * 24 * 3600;

/// A random token of `bytes` bytes, hex-encoded.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).expect("the operating system's random source");
    hex(&buf)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the database stores of a token: a leaked table then opens no session and resets no password.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    hex_cookie(headers, name, 128)
}

/// A cookie whose value is hexadecimal and at most `max_len` characters; any other value is ignored.
pub fn hex_cookie(headers: &HeaderMap, name: &str, max_len: usize) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty() && v.len() <= max_len && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub fn set_cookie(app: &App, name: &str, value: &str, max_age_secs: i64) -> HeaderValue {
    let secure = if app.config.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"))
        .expect("cookie is ASCII")
}

/// The random id of this browser, for binding anonymous forms' CSRF tokens to it. It is issued only when a page
/// with a form is rendered for a browser that has none, so cached public pages and exports set no cookie.
#[derive(Debug, Default)]
pub struct Visitor {
    pub existing: Option<String>,
    pub issued: std::sync::OnceLock<String>,
}

impl Visitor {
    /// The browser's id, issuing one if it has none yet.
    pub fn id(&self) -> &str {
        match &self.existing {
            Some(id) => id,
            None => self.issued.get_or_init(|| random_token(16)),
        }
    }
}

/// Hands each request its visitor slot, and sets the cookie when a page issued a new id.
pub async fn visitor_cookie(axum::extract::State(app): axum::extract::State<App>, mut request: Request, next: Next) -> Response {
    let visitor = std::sync::Arc::new(Visitor { existing: cookie(request.headers(), VISITOR_COOKIE), issued: Default::default() });
    request.extensions_mut().insert(visitor.clone());
    let mut response = next.run(request).await;
    if let Some(id) = visitor.issued.get() {
        response.headers_mut().append(header::SET_COOKIE, set_cookie(&app, VISITOR_COOKIE, id, 31_536_000));
    }
    response
}

/// An HMAC of `purpose` and `message` under the forum's secret: unguessable without the secret, the same on
/// every node.
pub fn keyed_hash(app: &App, purpose: &str, message: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(&app.secret).expect("HMAC takes any key length");
    mac.update(purpose.as_bytes());
    mac.update(b":");
    mac.update(message.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// The CSRF token of a browser: an HMAC of its session token, or of its visitor id before login.
pub fn csrf_token(app: &App, binding: &str) -> String {
    keyed_hash(app, "csrf", binding)
}

/// What a submitted form's token must be bound to: the session, else the browser's existing visitor id.
pub fn csrf_binding(headers: &HeaderMap, extensions: &axum::http::Extensions) -> String {
    cookie(headers, SESSION_COOKIE)
        .or_else(|| extensions.get::<std::sync::Arc<Visitor>>().and_then(|v| v.existing.clone()))
        .unwrap_or_default()
}

pub fn csrf_matches(app: &App, binding: &str, submitted: &str) -> bool {
    let expected = csrf_token(app, binding);
    // Constant-time: the comparison must not tell an attacker how many characters were right.
    !binding.is_empty()
        && expected.len() == submitted.len()
        && expected.bytes().zip(submitted.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// The logged-in participant.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub name: String,
    pub roles: Vec<Role>,
}

impl CurrentUser {
    pub fn may(&self, action: Action) -> bool {
        permits(&self.roles, action)
    }

    pub fn require(&self, action: Action) -> Result<(), AppError> {
        if self.may(action) { Ok(()) } else { Err(AppError::Forbidden) }
    }
}

pub async fn current_user(app: &App, headers: &HeaderMap) -> Result<Option<CurrentUser>, AppError> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let mut conn = app.db.acquire().await?;
    let Some(id) = sessions::participant(&mut conn, &token_hash(&token)).await? else {
        return Ok(None);
    };
    let participant = participants::get(&mut conn, id).await?;
    let roles = participants::roles(&mut conn, id).await?.iter().filter_map(|r| Role::from_code(r)).collect();
    Ok(Some(CurrentUser { id, name: participant.name, roles }))
}

/// Starts a new session for a participant (a fresh token: sessions rotate at login) and returns its cookie.
pub async fn start_session(
    app: &App,
    conn: &mut agora_store::Conn,
    participant_id: i64,
    previous: Option<&str>,
) -> Result<HeaderValue, AppError> {
    if let Some(old) = previous {
        sessions::delete(conn, &token_hash(old)).await?;
    }
    let token = random_token(32);
    sessions::create(conn, &token_hash(&token), participant_id, SESSION_LIFETIME_SECS).await?;
    Ok(set_cookie(app, SESSION_COOKIE, &token, SESSION_LIFETIME_SECS))
}

pub async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || agora_app::accounts::hash_password(&password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Checks a password against a stored hash; with no hash it still does the work, so that response times do not
/// reveal which emails have accounts.
pub async fn verify_password(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        argon2::Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() && known
    })
    .await
    .unwrap_or(false)
}

/// An argon2id hash of a random password nobody knows, made with the same parameters as real ones.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| agora_app::accounts::hash_password(&random_token(16)).unwrap_or_default());

/// The client's address, for rate limiting.
pub struct ClientAddress(pub String);

/// Spends `n` of the sender's daily budget of mail to typed addresses: the account when logged in, else the
/// client's address.
pub fn spend_typed_address_mail(app: &App, user: Option<&CurrentUser>, client: &str, n: usize) -> Result<(), AppError> {
    if n == 0 {
        return Ok(());
    }
    let sender = user.map_or_else(|| format!("address:{client}"), |u| format!("account:{}", u.id));
    app.limiter.check_many("typed-address-mail", &sender, app.limiter.limits.typed_address_mail, n.try_into().unwrap_or(u32::MAX))
}

impl axum::extract::FromRequestParts<App> for ClientAddress {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, app: &App) -> Result<Self, AppError> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()).unwrap_or_default();
        let forwarded: Vec<&str> = parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
        Ok(ClientAddress(forwarded_client(&peer, &forwarded, app.config.trusted_proxies)))
    }
}

/// The client behind `trusted` proxies: each proxy appends the address it received from, so the entry the
/// outermost trusted proxy wrote is the `trusted`-th from the right. Entries further left were written by the client
/// itself and prove nothing: taking the first one would let anyone choose their address and escape every rate limit.
pub fn forwarded_client(peer: &str, forwarded_headers: &[&str], trusted: usize) -> String {
    if trusted == 0 {
        return peer.to_string();
    }
    let hops: Vec<&str> = forwarded_headers.iter().flat_map(|h| h.split(',')).map(str::trim).filter(|h| !h.is_empty()).collect();
    match hops.len().checked_sub(trusted) {
        Some(index) => hops[index].to_string(),
        // Fewer hops than proxies: the nearest one did not append, so only the peer is known.
        None => hops.first().map_or(peer, |h| *h).to_string(),
    }
}

/// A budget of `max` attempts per `window_secs` for one client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max: u32,
    pub window_secs: u64,
}

/// An operator's limit, written `MAX/SECONDS` (e.g. `10/60`): ten attempts a minute.
impl std::str::FromStr for Limit {
    type Err = String;

    fn from_str(text: &str) -> Result<Limit, String> {
        let (max, window) = text.split_once('/').ok_or_else(|| format!("{text:?}: write MAX/SECONDS, e.g. 10/60"))?;
        let max = max.trim().parse().map_err(|_| format!("{text:?}: {max:?} is not a number of attempts"))?;
        let window_secs = window.trim().parse().map_err(|_| format!("{text:?}: {window:?} is not a number of seconds"))?;
        Ok(Limit { max, window_secs })
    }
}

#[derive(Debug, Clone)]
pub struct RateLimits {
    pub login: Limit,
    pub register: Limit,
    pub password_reset: Limit,
    /// Submissions, comments, statements and votes to consultations, per address and per account.
    pub consultation_input: Limit,
    /// Mail a sender makes the forum send to addresses they typed (speakers invited to a proposal, organizations
    /// asked to endorse a submission), per account or, for the anonymous, per address: the forum is no open relay.
    pub typed_address_mail: Limit,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            login: Limit { max: 10, window_secs: 60 },
            register: Limit { max: 10, window_secs: 3600 },
            password_reset: Limit { max: 5, window_secs: 3600 },
            consultation_input: Limit { max: 60, window_secs: 60 },
            typed_address_mail: Limit { max: 50, window_secs: 24 * 3600 },
        }
    }
}

/// Fixed-window counters per (action, client) held in this node's memory: with several nodes each node
/// enforces the limit on its own, so a client gets at most `nodes × max` attempts per window.
pub struct RateLimiter {
    pub limits: RateLimits,
    windows: Mutex<Windows>,
}

#[derive(Default)]
struct Windows {
    counts: HashMap<(&'static str, String), (Instant, u32)>,
    swept: Option<Instant>,
}

/// Past this many clients, expired windows are swept — at most once a second, so that a flood from many
/// addresses does not turn every request into a scan of the whole map.
const SWEEP_ABOVE: usize = 100_000;

impl RateLimiter {
    pub fn new(limits: RateLimits) -> Self {
        RateLimiter { limits, windows: Mutex::new(Windows::default()) }
    }

    /// Counts one attempt; refuses it with the seconds to wait when the budget is spent.
    pub fn check(&self, action: &'static str, client: &str, limit: Limit) -> Result<(), AppError> {
        self.check_many(action, client, limit, 1)
    }

    /// Counts `n` attempts at once, all or none: refused when fewer than `n` are left in the window.
    pub fn check_many(&self, action: &'static str, client: &str, limit: Limit, n: u32) -> Result<(), AppError> {
        let now = Instant::now();
        let window = Duration::from_secs(limit.window_secs);
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.counts.len() > SWEEP_ABOVE && windows.swept.is_none_or(|at| now.duration_since(at) >= Duration::from_secs(1)) {
            windows.counts.retain(|_, (start, _)| now.duration_since(*start) < window);
            windows.swept = Some(now);
        }
        let entry = windows.counts.entry((action, client.to_string())).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        if entry.1.saturating_add(n) > limit.max {
            let wait = window.saturating_sub(now.duration_since(entry.0)).as_secs().max(1);
            return Err(AppError::RateLimited(wait));
        }
        entry.1 += n;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_is_what_the_outermost_trusted_proxy_appended() {
        assert_eq!(forwarded_client("10.0.0.1", &["203.0.113.9"], 0), "10.0.0.1", "no proxy trusted: the header is ignored");
        assert_eq!(forwarded_client("10.0.0.1", &["1.2.3.4, 203.0.113.9"], 1), "203.0.113.9", "a forged first entry is skipped");
        assert_eq!(forwarded_client("10.0.0.1", &["1.2.3.4", "203.0.113.9, 10.0.0.2"], 2), "203.0.113.9", "two proxies, two headers");
        assert_eq!(forwarded_client("10.0.0.1", &[], 1), "10.0.0.1");
    }

    #[test]
    fn the_limit_trips_after_max_and_is_per_client() {
        let limiter = RateLimiter::new(RateLimits::default());
        let limit = Limit { max: 3, window_secs: 60 };
        for _ in 0..3 {
            limiter.check("login", "1.2.3.4", limit).unwrap();
        }
        assert!(matches!(limiter.check("login", "1.2.3.4", limit), Err(AppError::RateLimited(_))));
        limiter.check("login", "5.6.7.8", limit).unwrap();
        limiter.check("register", "1.2.3.4", limit).unwrap();
    }

    #[test]
    fn limits_are_written_max_slash_seconds() {
        assert_eq!("10/60".parse(), Ok(Limit { max: 10, window_secs: 60 }));
        assert_eq!(" 3 / 2 ".parse(), Ok(Limit { max: 3, window_secs: 2 }));
        for bad in ["10", "ten/60", "10/a minute", "-1/60", ""] {
            assert!(bad.parse::<Limit>().is_err(), "{bad}");
        }
    }

    #[test]
    fn many_attempts_are_counted_all_or_none() {
        let limiter = RateLimiter::new(RateLimits::default());
        let limit = Limit { max: 5, window_secs: 3600 };
        limiter.check_many("mail", "x", limit, 4).unwrap();
        assert!(limiter.check_many("mail", "x", limit, 2).is_err(), "only one left");
        limiter.check_many("mail", "x", limit, 1).unwrap();
        assert!(limiter.check("mail", "x", limit).is_err());
    }

    #[test]
    fn a_window_of_zero_always_recovers() {
        let limiter = RateLimiter::new(RateLimits::default());
        let limit = Limit { max: 1, window_secs: 0 };
        for _ in 0..3 {
            limiter.check("login", "x", limit).unwrap();
        }
    }
}
