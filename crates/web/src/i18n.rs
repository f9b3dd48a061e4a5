//! The language of a request and the Fluent catalogs (i18n/<lang>/*.ftl, compiled into the binary).
//!
//! A page's language comes from its URL prefix (`/ar/statistics`), else from `Accept-Language`, else English.
//! The prefix is stripped before routing, so every route is declared once and links keep the prefix.

use agora_domain::people::Language;
use axum::extract::Request;
use axum::http::{Uri, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./i18n",
        fallback_language: "en",
    };
}

static LANGUAGE_IDS: LazyLock<Vec<(Language, LanguageIdentifier)>> =
    LazyLock::new(|| Language::ALL.iter().map(|l| (*l, l.code().parse().expect("valid language code"))).collect());

fn language_id(language: Language) -> &'static LanguageIdentifier {
    &LANGUAGE_IDS.iter().find(|(l, _)| *l == language).expect("every language has an id").1
}

/// The message `key` in `language`, falling back to English, then to the key itself (never a blank).
pub fn text(language: Language, key: &str) -> String {
    LOCALES.try_lookup(language_id(language), key).unwrap_or_else(|| key.to_string())
}

/// The message `key` with named arguments.
pub fn text_with(language: Language, key: &str, args: &[(&'static str, String)]) -> String {
    // Numbers go in as numbers, so that plural selectors (one / few / many …) choose the right form.
    let value = |v: &String| match v.parse::<i64>() {
        Ok(n) => FluentValue::from(n),
        Err(_) => FluentValue::from(v.clone()),
    };
    let args: HashMap<Cow<'static, str>, FluentValue> = args.iter().map(|(k, v)| (Cow::Borrowed(*k), value(v))).collect();
    LOCALES.try_lookup_with_args(language_id(language), key, &args).unwrap_or_else(|| key.to_string())
}

/// Whether a catalog has its own translation of `key` (no fallback): the completeness test uses it.
/// Messages are formatted with a value for every variable the catalogs use, so that none fails for lack of one.
pub fn has_own(language: Language, key: &str) -> bool {
    const VARIABLES: [&str; 67] = [
        "language",
        "query",
        "name",
        "link",
        "forum",
        "total",
        "count",
        "date",
        "max",
        "min",
        "n",
        "field",
        "missing",
        "length",
        "words",
        "duration",
        "speakers",
        "min_speakers",
        "moderators",
        "min_moderators",
        "role",
        "title",
        "proposer",
        "decision",
        "format",
        "sessions",
        "change",
        "number",
        "limit",
        "line",
        "lead",
        "organization",
        "consultation",
        "groups",
        "group",
        "share",
        "threshold",
        "heard",
        "minimum",
        "value",
        "reason",
        "year",
        "kind",
        "size",
        "government",
        "terms",
        "rotation",
        "since",
        "seats",
        "of",
        "expected",
        "members",
        "new",
        "target",
        "country",
        "determination",
        "position",
        "zone",
        "done",
        "assigned",
        "phase",
        "days",
        "cycle",
        "presence",
        "hub",
        "room",
        "time",
    ];
    let args: HashMap<&str, FluentValue> = VARIABLES.into_iter().map(|k| (k, FluentValue::from(k))).collect();
    LOCALES.lookup_single_language(language_id(language), key, Some(&args)).is_ok()
}

/// The language a request is served in, and whether its URL said so.
#[derive(Debug, Clone, Copy)]
pub struct LangChoice {
    pub language: Language,
    pub from_prefix: bool,
}

/// Strips a `/xx` language prefix from the path, or negotiates from `Accept-Language`.
pub async fn language(mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let prefixed = Language::ALL.iter().copied().find(|l| {
        let code = l.code();
        path.strip_prefix('/').and_then(|p| p.strip_prefix(code)).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    let choice = match prefixed {
        Some(language) => {
            let rest = &path[1 + language.code().len()..];
            let new_path = if rest.is_empty() { "/" } else { rest };
            let new_uri = match request.uri().query() {
                Some(q) => format!("{new_path}?{q}"),
                None => new_path.to_string(),
            };
            if let Ok(uri) = new_uri.parse::<Uri>() {
                *request.uri_mut() = uri;
            }
            LangChoice { language, from_prefix: true }
        }
        None => {
            let header = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
            LangChoice { language: negotiate(header), from_prefix: false }
        }
    };
    request.extensions_mut().insert(choice);
    let mut response = next.run(request).await;
    // Appended: the compression layers below vary by Accept-Encoding too.
    response.headers_mut().append(header::VARY, header::HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

/// The best of our languages for an `Accept-Language` header (`fr-CA;q=0.8, ar;q=0.9` → Arabic).
pub fn negotiate(accept_language: &str) -> Language {
    let mut best: Option<(f32, Language)> = None;
    for part in accept_language.split(',') {
        let mut pieces = part.trim().split(';');
        let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(language) = Language::from_code(primary) {
            if best.is_none_or(|(q, _)| quality > q) {
                best = Some((quality, language));
            }
        }
    }
    best.map_or(Language::English, |(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of the English catalog has its own translation in every other catalog, and plurals select.
    #[test]
    fn every_catalog_has_every_key() {
        let english = [
            include_str!("../i18n/en/main.ftl"),
            include_str!("../i18n/en/proposals.ftl"),
            include_str!("../i18n/en/record.ftl"),
            include_str!("../i18n/en/programme.ftl"),
            include_str!("../i18n/en/consultations.ftl"),
            include_str!("../i18n/en/outcomes.ftl"),
            include_str!("../i18n/en/federation.ftl"),
            include_str!("../i18n/en/groups.ftl"),
            include_str!("../i18n/en/spaces.ftl"),
            include_str!("../i18n/en/search.ftl"),
            include_str!("../i18n/en/stocktaking.ftl"),
            include_str!("../i18n/en/insights.ftl"),
            include_str!("../i18n/en/meeting.ftl"),
            include_str!("../i18n/en/translations.ftl"),
            include_str!("../i18n/en/floor.ftl"),
            include_str!("../i18n/en/bilaterals.ftl"),
            include_str!("../i18n/en/village.ftl"),
            include_str!("../i18n/en/tracks.ftl"),
            include_str!("../i18n/en/travel.ftl"),
        ]
        .concat();
        let keys: Vec<&str> = english
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .collect();
        assert!(keys.len() > 450);
        let missing: Vec<String> =
            Language::ALL.iter().flat_map(|l| keys.iter().filter(|k| !has_own(*l, k)).map(move |k| format!("{}: {k}", l.code()))).collect();
        assert!(missing.is_empty(), "untranslated: {missing:?}");
        let one = text_with(Language::English, "statistics-total", &[("total", "1".into())]);
        assert!(one.contains("participant.") && !one.contains("participants"), "{one}");
        let few = text_with(Language::Russian, "statistics-total", &[("total", "3".into())]);
        assert!(few.contains('3'), "{few}");
    }

    /// A refusal's reason (`AppError::ForbiddenBecause` with a key) is shown as the sentence `forbidden-key`: each one
    /// named in the sources has its sentence, so no reader is shown a raw key.
    #[test]
    fn every_refusal_reason_has_its_sentence() {
        let mut reasons = Vec::new();
        for source in crate::files_under("src").iter().filter_map(|path| std::fs::read_to_string(path).ok()) {
            let quoted = source.split("ForbiddenBecause(\"").skip(1).filter_map(|rest| rest.split('"').next());
            reasons.extend(quoted.map(str::to_string));
        }
        assert!(reasons.len() >= 5, "reasons read: {reasons:?}");
        let missing: Vec<&String> = reasons.iter().filter(|r| !has_own(Language::English, &format!("forbidden-{r}"))).collect();
        assert!(missing.is_empty(), "refusal reasons without a sentence: {missing:?}");
    }

    #[test]
    fn negotiation_takes_the_highest_quality_known_language() {
        assert_eq!(negotiate("de-DE, fr-CA;q=0.8, ar;q=0.9"), Language::Arabic);
        assert_eq!(negotiate("zh-Hans-CN"), Language::Chinese);
        assert_eq!(negotiate(""), Language::English);
        assert_eq!(negotiate("pt-BR"), Language::English);
    }
}
