//! Content translations' operations: request a text in languages, claim a request, save and submit translated
//! units, approve them; and what a reader, a translator and the public queue see of a text's translations.
//! The rules are `agora_domain::translations`; a text is named by its kind and id.

use agora_domain::people::Language;
use agora_domain::translations::{self as rules, Progress, Refused, Status, TextKind};
use agora_store::translations::{self as store, NewUnit, Request};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    #[error("translation refused: {0:?}")]
    Refused(Refused),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Refused> for TranslationError {
    fn from(refused: Refused) -> Self {
        TranslationError::Refused(refused)
    }
}

/// A translatable text as it is now.
#[derive(Debug, Clone)]
pub struct Original {
    pub kind: TextKind,
    pub id: i64,
    pub title: String,
    pub language: Language,
    /// Title, then paragraphs.
    pub units: Vec<String>,
    /// Where it is read, e.g. `/messages/3`.
    pub path: String,
}

/// Reads a text by its kind's code and id; an unknown kind is not found.
pub async fn original(conn: &mut Conn, kind: &str, id: i64) -> Result<Original, TranslationError> {
    let kind = TextKind::from_code(kind).ok_or(StoreError::NotFound)?;
    match kind {
        TextKind::Message => {
            let m = agora_store::messages::get(conn, id).await?;
            Ok(Original {
                kind,
                id,
                units: rules::units(&m.title, &m.body),
                language: Language::from_code(&m.language).unwrap_or(Language::English),
                title: m.title,
                path: format!("/messages/{id}"),
            })
        }
    }
}

/// The Secretariat requests a text in languages (codes); the languages newly requested.
pub async fn request(conn: &mut Conn, kind: &str, id: i64, languages: &[String], by: i64) -> Result<Vec<Language>, TranslationError> {
    let text = original(conn, kind, id).await?;
    let languages: Vec<Language> = languages.iter().map(|code| rules::language(code)).collect::<Result<_, _>>()?;
    let mut added = Vec::new();
    for language in languages {
        rules::may_request(text.language, language)?;
        if store::request(conn, text.kind.code(), id, language.code(), by).await? {
            added.push(language);
        }
    }
    Ok(added)
}

/// The request of a text in a language, or why there is none.
async fn request_of(conn: &mut Conn, text: &Original, language: Language) -> Result<Request, TranslationError> {
    match store::get_request(conn, text.kind.code(), text.id, language.code()).await {
        Err(StoreError::NotFound) => Err(Refused::NotRequested.into()),
        other => Ok(other?),
    }
}

/// A translator claims a requested text and language; a second claim is refused naming the holder.
pub async fn claim(conn: &mut Conn, kind: &str, id: i64, language: &str, by: i64) -> Result<(), TranslationError> {
    let text = original(conn, kind, id).await?;
    let language = rules::language(language)?;
    let request = request_of(conn, &text, language).await?;
    rules::may_claim(request.claimed_by.map(|holder| (holder, request.claimant.as_str())), by)?;
    if request.claimed_by != Some(by) {
        store::claim(conn, &request, by).await?;
    }
    Ok(())
}

/// One unit as the translator typed it.
pub struct Save<'a> {
    pub kind: &'a str,
    pub id: i64,
    pub language: &'a str,
    /// The unit's index as the form sent it (it may no longer exist).
    pub unit: usize,
    pub text: &'a str,
    /// Submitted for review, or kept as a draft.
    pub submit: bool,
    pub by: i64,
}

/// Saves a translated unit from the original as it is now (its hash kept); a unit that no longer exists is
/// refused with the count.
pub async fn save(conn: &mut Conn, input: &Save<'_>) -> Result<(), TranslationError> {
    let text = original(conn, input.kind, input.id).await?;
    let language = rules::language(input.language)?;
    let request = request_of(conn, &text, language).await?;
    rules::unit_exists(&text.units, input.unit)?;
    rules::may_translate(request.claimed_by, input.by, input.text)?;
    let status = if input.submit { Status::Submitted } else { Status::Draft };
    let hash = rules::hash(&text.units[input.unit]);
    let unit = NewUnit {
        kind: text.kind.code(),
        text_id: text.id,
        language: language.code(),
        unit: input.unit as i64,
        text: input.text.trim(),
        source_hash: &hash,
        translator_id: input.by,
        status: status.code(),
    };
    store::save_unit(conn, &unit).await?;
    Ok(())
}

/// A reviewer (not the translator) approves what was submitted of a text in a language; how many units.
pub async fn approve(conn: &mut Conn, kind: &str, id: i64, language: &str, by: i64) -> Result<u64, TranslationError> {
    let text = original(conn, kind, id).await?;
    let language = rules::language(language)?;
    let request = request_of(conn, &text, language).await?;
    let units = store::units(conn, text.kind.code(), id, language.code()).await?;
    let submitted = units.iter().filter(|u| u.status == Status::Submitted.code()).count();
    rules::may_approve(request.claimed_by, by, submitted)?;
    Ok(store::approve(conn, text.kind.code(), id, language.code(), by).await?)
}

/// One unit side by side: the original as it is now and its translation, if any.
#[derive(Debug, Clone)]
pub struct Pair {
    pub index: usize,
    pub original: String,
    pub translation: Option<store::Unit>,
    /// The translation was made from an older version of the original unit.
    pub outdated: bool,
}

impl Pair {
    /// The approved, current translation a reader is shown.
    pub fn approved(&self) -> Option<&str> {
        self.translation.as_ref().filter(|t| t.status == Status::Approved.code() && !self.outdated).map(|t| t.text.as_str())
    }
}

/// A text in one language: its units paired with their translations, the request, and the progress.
#[derive(Debug, Clone)]
pub struct Translation {
    pub language: Language,
    pub pairs: Vec<Pair>,
    pub request: Option<Request>,
    pub progress: Progress,
}

impl Translation {
    /// Whether a reader in this language is shown the translation: some of it approved and current.
    pub fn readable(&self) -> bool {
        self.progress.approved > 0
    }
}

fn pair_up(text: &Original, language: Language, stored: Vec<store::Unit>, request: Option<Request>) -> Translation {
    let statuses: Vec<rules::Unit<'_>> = stored
        .iter()
        .filter_map(|u| {
            Some(rules::Unit { index: usize::try_from(u.unit).ok()?, source_hash: &u.source_hash, status: Status::from_code(&u.status)? })
        })
        .collect();
    let progress = rules::progress(&text.units, &statuses);
    let pairs = text
        .units
        .iter()
        .enumerate()
        .map(|(index, original)| {
            let translation = stored.iter().find(|u| u.unit == index as i64).cloned();
            let outdated = translation.as_ref().is_some_and(|t| rules::outdated(&t.source_hash, original));
            Pair { index, original: original.clone(), translation, outdated }
        })
        .collect();
    Translation { language, pairs, request, progress }
}

/// A text in one language, for the side-by-side view and the translator's work.
pub async fn translation(conn: &mut Conn, text: &Original, language: Language) -> Result<Translation, TranslationError> {
    let stored = store::units(conn, text.kind.code(), text.id, language.code()).await?;
    let request = store::get_request(conn, text.kind.code(), text.id, language.code()).await.ok();
    Ok(pair_up(text, language, stored, request))
}

/// Every language a text is requested or translated in (its own left out), for readers and the Secretariat.
pub async fn translations(conn: &mut Conn, text: &Original) -> Result<Vec<Translation>, TranslationError> {
    let stored = store::all_units(conn, text.kind.code(), text.id).await?;
    let requests = store::requests_of(conn, text.kind.code(), text.id).await?;
    let mut out = Vec::new();
    for language in Language::ALL.iter().copied().filter(|l| *l != text.language) {
        let units: Vec<store::Unit> = stored.iter().filter(|u| u.language == language.code()).cloned().collect();
        let request = requests.iter().find(|r| r.language == language.code()).cloned();
        if !units.is_empty() || request.is_some() {
            out.push(pair_up(text, language, units, request));
        }
    }
    Ok(out)
}

/// A line of the public queue: a requested text and language, who holds it and how far it has come.
#[derive(Debug, Clone)]
pub struct Queued {
    pub request: Request,
    pub title: String,
    pub path: String,
    pub original: Language,
    pub progress: Progress,
}

/// Every request, oldest first, with its text's title and progress (a request of a deleted text is left out).
pub async fn queue(conn: &mut Conn) -> Result<Vec<Queued>, TranslationError> {
    let mut out = Vec::new();
    for request in store::requests(conn).await? {
        let text = match original(conn, &request.text_kind, request.text_id).await {
            Err(TranslationError::Store(StoreError::NotFound)) => continue,
            other => other?,
        };
        let Some(language) = Language::from_code(&request.language) else { continue };
        let progress = translation(conn, &text, language).await?.progress;
        out.push(Queued { title: text.title.clone(), path: text.path.clone(), original: text.language, progress, request });
    }
    Ok(out)
}
