//! Content translations: the language of a text people wrote, and its translations as versions of their own.
//!
//! A translatable text is cut into units: its title (unit 0) and its paragraphs (units 1…, split as a
//! consultation's draft is). A translation is kept per unit and language, with the hash of the original unit it
//! was made from: when the original unit changes, its hash changes and the translation is *outdated* until
//! someone translates it again. The workflow: the Secretariat requests a text in a language, one translator
//! claims it (a second claim is refused, naming the holder), translates unit by unit and submits; a reviewer
//! who is not the translator approves. Every refusal is a value with what a person needs to read it.

use crate::people::Language;
use serde::Serialize;
use sha2::{Digest, Sha256};

vocabulary! {
    /// The kinds of text that can be translated (the first part of a translation's key).
    TextKind {
        Message = "message",
    }
}

vocabulary! {
    /// Where one translated unit stands: saved as a draft, submitted for review, approved (shown to readers).
    Status {
        Draft = "draft",
        Submitted = "submitted",
        Approved = "approved",
    }
}

/// Why a translation step was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Refused {
    /// The language code is not one of the forum's languages.
    UnknownLanguage(String),
    /// A text is not translated into its own language.
    SameLanguage,
    /// The unit no longer exists in the original (it was edited since): `count` units now.
    NoSuchParagraph { index: usize, count: usize },
    /// Another translator holds this text and language.
    ClaimedBy(String),
    /// Nobody requested this text in this language.
    NotRequested,
    /// Only the translator who claimed the text and language may translate it.
    NotTheHolder,
    /// An empty translation, or one over the length limit.
    Length { max: usize },
    /// A reviewer approves someone else's translation, not their own.
    OwnTranslation,
    /// Nothing submitted to approve.
    NothingSubmitted,
}

impl Refused {
    /// The catalog key of the sentence that explains the refusal.
    pub fn code(&self) -> &'static str {
        match self {
            Refused::UnknownLanguage(_) => "translation-refused-language",
            Refused::SameLanguage => "translation-refused-same-language",
            Refused::NoSuchParagraph { .. } => "translation-refused-paragraph",
            Refused::ClaimedBy(_) => "translation-refused-claimed",
            Refused::NotRequested => "translation-refused-not-requested",
            Refused::NotTheHolder => "translation-refused-not-holder",
            Refused::Length { .. } => "translation-refused-length",
            Refused::OwnTranslation => "translation-refused-own",
            Refused::NothingSubmitted => "translation-refused-nothing-submitted",
        }
    }
}

/// The longest translated unit accepted, in characters.
pub const MAX_UNIT: usize = 10_000;

/// One of the forum's languages by its code, or the refusal naming the code.
pub fn language(code: &str) -> Result<Language, Refused> {
    Language::from_code(code.trim()).ok_or_else(|| Refused::UnknownLanguage(code.trim().chars().take(20).collect()))
}

/// The language a text is most likely written in, among the forum's languages; `None` when the text is too short
/// or too mixed to tell (the writer then chooses). Offline: whatlang's trigram models, compiled in.
pub fn detect(text: &str) -> Option<Language> {
    use whatlang::Lang;
    let detector = whatlang::Detector::with_allowlist(vec![Lang::Eng, Lang::Fra, Lang::Spa, Lang::Ara, Lang::Rus, Lang::Cmn]);
    let info = detector.detect(text)?;
    if text.split_whitespace().count() < 3 && info.script() == whatlang::Script::Latin {
        return None;
    }
    Some(match info.lang() {
        Lang::Eng => Language::English,
        Lang::Fra => Language::French,
        Lang::Spa => Language::Spanish,
        Lang::Ara => Language::Arabic,
        Lang::Rus => Language::Russian,
        Lang::Cmn => Language::Chinese,
        _ => return None,
    })
}

/// The language a writer gave for a text: the one chosen on the form, else the one detected, else `fallback`.
/// An unknown code is refused rather than guessed over.
pub fn chosen_or_detected(code: &str, text: &str, fallback: Language) -> Result<Language, Refused> {
    match code.trim() {
        "" | "auto" => Ok(detect(text).unwrap_or(fallback)),
        code => language(code),
    }
}

/// The units of a text: its title, then its paragraphs.
pub fn units(title: &str, body: &str) -> Vec<String> {
    std::iter::once(title.trim().to_string()).chain(crate::consultations::paragraphs(body)).collect()
}

/// The version of a unit a translation was made from: a short hash of its text (whitespace at the ends ignored).
pub fn hash(unit: &str) -> String {
    let digest = Sha256::digest(unit.trim().as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Whether a translation made from `source_hash` is behind the unit as it is now.
pub fn outdated(source_hash: &str, unit: &str) -> bool {
    source_hash != hash(unit)
}

/// Checks that a unit index names a unit of the text as it is now.
pub fn unit_exists(units: &[String], index: usize) -> Result<(), Refused> {
    if index < units.len() { Ok(()) } else { Err(Refused::NoSuchParagraph { index, count: units.len() }) }
}

/// A request into `target` of a text written in `original`.
pub fn may_request(original: Language, target: Language) -> Result<(), Refused> {
    if original == target { Err(Refused::SameLanguage) } else { Ok(()) }
}

/// A claim of a requested text and language: refused when another translator holds it (named).
pub fn may_claim(holder: Option<(i64, &str)>, me: i64) -> Result<(), Refused> {
    match holder {
        Some((id, name)) if id != me => Err(Refused::ClaimedBy(name.to_string())),
        _ => Ok(()),
    }
}

/// Saving a unit: only by the holder of the claim, and within the length limit.
pub fn may_translate(holder: Option<i64>, me: i64, text: &str) -> Result<(), Refused> {
    if holder != Some(me) {
        return Err(Refused::NotTheHolder);
    }
    let length = text.trim().chars().count();
    if length == 0 || length > MAX_UNIT {
        return Err(Refused::Length { max: MAX_UNIT });
    }
    Ok(())
}

/// Approving: by a reviewer other than the translator, with something submitted.
pub fn may_approve(translator: Option<i64>, reviewer: i64, submitted: usize) -> Result<(), Refused> {
    if translator == Some(reviewer) {
        return Err(Refused::OwnTranslation);
    }
    if submitted == 0 {
        return Err(Refused::NothingSubmitted);
    }
    Ok(())
}

/// One stored translated unit, as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit<'a> {
    pub index: usize,
    pub source_hash: &'a str,
    pub status: Status,
}

/// How far a text's translation into one language has come, counted in units of the text as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Progress {
    pub total: usize,
    /// Translated from the current original (any status).
    pub translated: usize,
    pub submitted: usize,
    pub approved: usize,
    /// Translated from an older version of the original unit.
    pub outdated: usize,
}

impl Progress {
    /// Percent of the text translated from its current version, rounded down.
    pub fn percent(&self) -> usize {
        (self.translated * 100).checked_div(self.total).unwrap_or(0)
    }

    /// Every unit approved and none outdated: readers see this translation in full.
    pub fn complete(&self) -> bool {
        self.total > 0 && self.approved == self.total
    }
}

/// Counts a translation's units against the original's current units; units of paragraphs that no longer exist
/// are left out.
pub fn progress(original: &[String], translated: &[Unit<'_>]) -> Progress {
    let mut p = Progress { total: original.len(), ..Progress::default() };
    for unit in translated {
        let Some(current) = original.get(unit.index) else { continue };
        if outdated(unit.source_hash, current) {
            p.outdated += 1;
            continue;
        }
        p.translated += 1;
        match unit.status {
            Status::Draft => {}
            Status::Submitted => p.submitted += 1,
            Status::Approved => p.approved += 1,
        }
    }
    p
}

/// The direction a language is written in, for `dir` attributes.
pub fn direction(language: Language) -> &'static str {
    if language.is_right_to_left() { "rtl" } else { "ltr" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn unknown_language_codes_are_refused_by_name() {
        assert_eq!(language("ar"), Ok(Language::Arabic));
        assert_eq!(language("xx"), Err(Refused::UnknownLanguage("xx".into())));
        assert_eq!(
            chosen_or_detected("klingon", "Hello there my friends", Language::English),
            Err(Refused::UnknownLanguage("klingon".into()))
        );
    }

    #[test]
    fn detection_names_the_un_languages() {
        assert_eq!(
            detect("Affordable devices, not coverage, are now the main barrier to meaningful connectivity."),
            Some(Language::English)
        );
        assert_eq!(
            detect("Les appareils abordables, et non la couverture, sont désormais le principal obstacle à une connectivité utile."),
            Some(Language::French)
        );
        assert_eq!(
            detect("Los dispositivos asequibles, y no la cobertura, son ahora la principal barrera para una conectividad significativa."),
            Some(Language::Spanish)
        );
        assert_eq!(detect("الأجهزة الميسورة التكلفة، وليس التغطية، هي الآن العائق الرئيسي أمام الاتصال المجدي."), Some(Language::Arabic));
        assert_eq!(
            detect("Доступные устройства, а не покрытие, сейчас главный барьер для значимого подключения."),
            Some(Language::Russian)
        );
        assert_eq!(detect("价格合理的设备而不是覆盖范围，现在是实现有意义连接的主要障碍。"), Some(Language::Chinese));
        assert_eq!(detect("ok"), None);
        assert_eq!(chosen_or_detected("", "Les réseaux communautaires atteignent les villages.", Language::English), Ok(Language::French));
        assert_eq!(
            chosen_or_detected("es", "Les réseaux communautaires atteignent les villages.", Language::English),
            Ok(Language::Spanish)
        );
    }

    #[test]
    fn a_changed_paragraph_outdates_its_translation_only() {
        let before = units("Title", "One.\n\nTwo.");
        let done: Vec<(usize, String)> = before.iter().enumerate().map(|(i, u)| (i, hash(u))).collect();
        let stored: Vec<Unit> = done.iter().map(|(i, h)| Unit { index: *i, source_hash: h, status: Status::Approved }).collect();
        assert!(progress(&before, &stored).complete());
        let after = units("Title", "One.\n\nTwo, changed.");
        let p = progress(&after, &stored);
        assert_eq!((p.total, p.approved, p.outdated, p.percent()), (3, 2, 1, 66));
        assert!(!p.complete());
        assert!(outdated(&done[2].1, &after[2]) && !outdated(&done[1].1, &after[1]));
        // Whitespace at the ends is not a change.
        assert!(!outdated(&hash("Two."), "  Two.\n"));
    }

    #[test]
    fn a_paragraph_that_no_longer_exists_is_refused_with_the_count() {
        let now = units("Title", "Only one paragraph now.");
        assert_eq!(unit_exists(&now, 1), Ok(()));
        assert_eq!(unit_exists(&now, 2), Err(Refused::NoSuchParagraph { index: 2, count: 2 }));
    }

    #[test]
    fn the_workflow_rules() {
        assert_eq!(may_request(Language::English, Language::English), Err(Refused::SameLanguage));
        assert_eq!(may_request(Language::English, Language::Arabic), Ok(()));
        assert_eq!(may_claim(Some((7, "Layla Haddad")), 8), Err(Refused::ClaimedBy("Layla Haddad".into())));
        assert_eq!(may_claim(Some((7, "Layla Haddad")), 7), Ok(()));
        assert_eq!(may_claim(None, 8), Ok(()));
        assert_eq!(may_translate(Some(7), 8, "نص"), Err(Refused::NotTheHolder));
        assert_eq!(may_translate(Some(7), 7, "  "), Err(Refused::Length { max: MAX_UNIT }));
        assert_eq!(may_translate(Some(7), 7, "نص"), Ok(()));
        assert_eq!(may_approve(Some(7), 7, 3), Err(Refused::OwnTranslation));
        assert_eq!(may_approve(Some(7), 8, 0), Err(Refused::NothingSubmitted));
        assert_eq!(may_approve(Some(7), 8, 3), Ok(()));
    }

    proptest! {
        /// Progress never counts more than the text has, and every unit is translated, outdated or missing.
        #[test]
        fn progress_is_bounded(paragraphs in proptest::collection::vec("[a-z ]{1,12}", 0..6), marks in proptest::collection::vec((0usize..8, any::<bool>(), 0u8..3), 0..8)) {
            let original = units("T", &paragraphs.join("\n\n"));
            let hashes: Vec<String> = marks.iter().map(|(i, fresh, _)| if *fresh { original.get(*i).map(|u| hash(u)).unwrap_or_default() } else { "old".into() }).collect();
            let mut seen = std::collections::HashSet::new();
            let stored: Vec<Unit> = marks.iter().zip(&hashes).filter(|((i, _, _), _)| seen.insert(*i)).map(|((i, _, s), h)| Unit { index: *i, source_hash: h, status: Status::ALL[*s as usize] }).collect();
            let p = progress(&original, &stored);
            prop_assert!(p.translated + p.outdated <= p.total);
            prop_assert!(p.approved + p.submitted <= p.translated);
            prop_assert!(p.percent() <= 100);
        }
    }
}
