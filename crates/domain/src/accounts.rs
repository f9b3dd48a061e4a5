//! Registration and profile rules: what makes an email, a password, a name and a profile acceptable, each
//! failure a field and a code the web layer translates.

use crate::people::{Gender, Language, StakeholderGroup, country};
use serde::Serialize;

vocabulary! {
    /// Roles beyond "participant", which everyone registered is; granted by an admin.
    Role {
        Secretariat = "secretariat",
        Mag = "mag",
        Chair = "chair",
        Admin = "admin",
        Translator = "translator",
    }
}

/// What a role may do beyond a participant's own account. Deny by default: an action not listed for a role
/// is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Edit the forum's identity: name, introduction, privacy notice.
    ManageForumSettings,
    /// Open a cycle and edit its phases and rules; run screening and override it; assign evaluators.
    ManageCycle,
    /// Record the cycle's themes chosen from the call for issues.
    RecordThemes,
    /// Score the proposals assigned to oneself.
    Evaluate,
    /// See the evaluation's progress, the ranking and the suggested selection.
    ViewEvaluation,
    /// Record the MAG's decision on a proposal.
    Decide,
    /// Read every evaluator's scores while the evaluation is confidential (before the selection is published).
    ReadConfidentialScores,
    /// Open and edit consultations, write their synthesis, compute opinion maps.
    ManageConsultations,
    /// Hide inputs (with a reason) and see the moderation queue.
    Moderate,
    /// Create any group (the MAG, BPFs, PNs, NRIs), appoint members and act as the lead of every group.
    ManageGroups,
    /// Decide meeting registrations and see their badge photos, check badges in at the desks, delete photos.
    ManageMeeting,
    /// Request translations of the forum's texts into languages.
    RequestTranslations,
    /// Claim a requested text and language and translate it.
    Translate,
    /// Approve a translation someone else made.
    ReviewTranslations,
    /// Run the travel-support call: its settings, screening, assignment, the draft selection and its publication,
    /// and the overdue reports.
    ManageTravelSupport,
}

pub fn permits(roles: &[Role], action: Action) -> bool {
    roles.iter().any(|role| match action {
        Action::ManageForumSettings => matches!(role, Role::Admin | Role::Secretariat),
        Action::ManageCycle => matches!(role, Role::Admin | Role::Secretariat),
        Action::RecordThemes | Action::ViewEvaluation => matches!(role, Role::Secretariat | Role::Mag | Role::Chair),
        Action::Evaluate => matches!(role, Role::Mag),
        Action::Decide | Action::ReadConfidentialScores => matches!(role, Role::Secretariat | Role::Chair),
        Action::ManageConsultations | Action::Moderate => matches!(role, Role::Admin | Role::Secretariat),
        Action::ManageGroups => matches!(role, Role::Admin | Role::Secretariat),
        Action::ManageMeeting => matches!(role, Role::Admin | Role::Secretariat),
        Action::RequestTranslations => matches!(role, Role::Admin | Role::Secretariat),
        Action::Translate => matches!(role, Role::Translator),
        Action::ReviewTranslations => matches!(role, Role::Admin | Role::Secretariat | Role::Translator),
        Action::ManageTravelSupport => matches!(role, Role::Admin | Role::Secretariat),
    })
}

/// Why a field was refused; the web layer turns `code` into a sentence in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
}

impl FieldError {
    pub fn new(field: &'static str, code: &'static str) -> Self {
        FieldError { field, code }
    }
}

/// Rules an operator can tune per forum.
#[derive(Debug, Clone)]
pub struct PasswordPolicy {
    pub min_length: usize,
    pub max_length: usize,
}

impl Default for PasswordPolicy {
    /// NIST SP 800-63B: at least 8 characters, long passphrases allowed, no composition rules, no common
    /// passwords. We ask for 10 because these accounts can score proposals and speak for organizations.
    fn default() -> Self {
        PasswordPolicy { min_length: 10, max_length: 256 }
    }
}

/// A profile as typed in the registration or profile form, before validation.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub gender: String,
    pub languages: Vec<String>,
    pub first_time: bool,
    pub media: bool,
    pub listed_in_directory: bool,
    pub bio: String,
}

/// A profile that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: &'static str,
    pub gender: Option<Gender>,
    pub languages: Vec<Language>,
    pub first_time: bool,
    pub media: bool,
    pub listed_in_directory: bool,
    pub bio: String,
}

pub const MAX_NAME: usize = 120;
pub const MAX_BIO: usize = 4000;
pub const MAX_EMAIL: usize = 254;

pub fn validate_profile(input: &ProfileInput) -> Result<Profile, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("name", "name-missing"));
    } else if name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
        errors.push(FieldError::new("name", "name-invalid"));
    }
    let group = StakeholderGroup::from_code(&input.stakeholder_group);
    if group.is_none() {
        errors.push(FieldError::new("stakeholder_group", "stakeholder-group-missing"));
    }
    let country = country(&input.country);
    if country.is_none() {
        errors.push(FieldError::new("country", if input.country.trim().is_empty() { "country-missing" } else { "country-unknown" }));
    }
    let gender = match input.gender.as_str() {
        "" => None,
        code => match Gender::from_code(code) {
            Some(g) => Some(g),
            None => {
                errors.push(FieldError::new("gender", "gender-unknown"));
                None
            }
        },
    };
    let mut languages: Vec<Language> = input.languages.iter().filter_map(|l| Language::from_code(l)).collect();
    if languages.len() != input.languages.len() {
        errors.push(FieldError::new("languages", "language-unknown"));
    }
    languages.sort();
    languages.dedup();
    if input.bio.chars().count() > MAX_BIO {
        errors.push(FieldError::new("bio", "bio-too-long"));
    }
    match (errors.is_empty(), group, country) {
        (true, Some(stakeholder_group), Some(country)) => Ok(Profile {
            name: name.to_string(),
            stakeholder_group,
            country: country.iso2,
            gender,
            languages,
            first_time: input.first_time,
            media: input.media,
            listed_in_directory: input.listed_in_directory,
            bio: input.bio.trim().to_string(),
        }),
        _ => Err(errors),
    }
}

/// Normalises an email address for storage and lookup, or says why it is not one.
///
/// Deliberately modest: one `@`, a non-empty local part, a domain with a dot and only letters, digits, dots and
/// hyphens; the verification mail is the real test. The domain is lowercased; the local part is kept as typed
/// (RFC 5321 says it may be case-sensitive) but compared case-insensitively by the store.
pub fn normalise_email(raw: &str) -> Result<String, FieldError> {
    let email = raw.trim();
    let invalid = || FieldError::new("email", "email-invalid");
    if email.is_empty() {
        return Err(FieldError::new("email", "email-missing"));
    }
    if email.len() > MAX_EMAIL {
        return Err(invalid());
    }
    let (local, domain) = email.rsplit_once('@').ok_or_else(invalid)?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.contains('@')
        && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"".contains(c));
    let domain_ok = domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    if !local_ok || !domain_ok {
        return Err(invalid());
    }
    Ok(format!("{local}@{}", domain.to_lowercase()))
}

/// Checks a new password against the policy, the most common passwords and the account's own details.
pub fn check_password(password: &str, email: &str, name: &str, policy: &PasswordPolicy) -> Result<(), FieldError> {
    let length = password.chars().count();
    if length < policy.min_length {
        return Err(FieldError::new("password", "password-too-short"));
    }
    if length > policy.max_length {
        return Err(FieldError::new("password", "password-too-long"));
    }
    let lower = password.to_lowercase();
    let distinct = {
        let mut chars: Vec<char> = lower.chars().collect();
        chars.sort();
        chars.dedup();
        chars.len()
    };
    let personal = [email.split('@').next().unwrap_or(""), name]
        .iter()
        .map(|s| s.trim().to_lowercase())
        .any(|s| s.chars().count() >= 4 && lower.contains(&s));
    if distinct < 4 || COMMON_PASSWORDS.iter().any(|p| lower.contains(p)) || personal {
        return Err(FieldError::new("password", "password-weak"));
    }
    Ok(())
}

/// The roots of the most used passwords in public breach corpora; a password containing one is refused.
const COMMON_PASSWORDS: &[&str] = &[
    "password",
    "passw0rd",
    "123456",
    "qwerty",
    "azerty",
    "abc123",
    "111111",
    "letmein",
    "welcome",
    "iloveyou",
    "admin",
    "monkey",
    "dragon",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "master",
    "shadow",
    "trustno1",
    "superman",
    "starwars",
    "whatever",
    "qazwsx",
    "654321",
    "motdepasse",
    "contraseña",
    "contrasena",
    "пароль",
    "internet",
    "secret",
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn profile() -> ProfileInput {
        ProfileInput {
            name: "Amina Diallo".into(),
            stakeholder_group: "civil-society".into(),
            country: "SN".into(),
            languages: vec!["fr".into(), "en".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_profile_passes_and_is_normalised() {
        let p = validate_profile(&profile()).unwrap();
        assert_eq!(p.country, "SN");
        assert_eq!(p.languages, [Language::English, Language::French]);
        assert_eq!(p.gender, None);
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad =
            ProfileInput { name: " ".into(), stakeholder_group: "press".into(), country: "XX".into(), gender: "x".into(), ..profile() };
        let fields: Vec<_> = validate_profile(&bad).unwrap_err().into_iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("name", "name-missing"),
                ("stakeholder_group", "stakeholder-group-missing"),
                ("country", "country-unknown"),
                ("gender", "gender-unknown")
            ]
        );
    }

    #[test]
    fn participants_without_a_role_may_do_nothing_privileged() {
        assert!(!permits(&[], Action::ManageForumSettings));
        assert!(!permits(&[Role::Mag, Role::Chair], Action::ManageCycle));
        assert!(!permits(&[Role::Secretariat, Role::Admin], Action::Evaluate), "only MAG members evaluate");
        assert!(permits(&[Role::Secretariat], Action::ManageForumSettings));
        assert!(permits(&[Role::Translator], Action::Translate) && permits(&[Role::Translator], Action::ReviewTranslations));
        assert!(!permits(&[Role::Translator], Action::RequestTranslations), "the Secretariat requests translations");
        assert!(!permits(&[Role::Secretariat, Role::Admin], Action::Translate), "translating is the volunteers' role");
    }

    #[test]
    fn emails() {
        assert_eq!(normalise_email(" Ana@Example.ORG ").unwrap(), "Ana@example.org");
        for bad in
            ["", "ana", "ana@", "@example.org", "ana@example", "ana@@example.org", "a b@example.org", "ana@exa mple.org", "ana@-x.org"]
        {
            assert!(normalise_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords() {
        let policy = PasswordPolicy::default();
        let check = |p: &str| check_password(p, "amina.diallo@example.org", "Amina Diallo", &policy).map_err(|e| e.code);
        assert_eq!(check("short"), Err("password-too-short"));
        assert_eq!(check("Password2024!"), Err("password-weak"));
        assert_eq!(check("aaaaaaaaaaaa"), Err("password-weak"));
        assert_eq!(check("amina.diallo-rocks"), Err("password-weak"));
        assert_eq!(check("baobab tree at dusk"), Ok(()));
    }

    proptest! {
        #[test]
        fn normalised_emails_are_stable(local in "[a-zA-Z0-9._+-]{1,20}", domain in "[a-z0-9]{1,10}\\.[a-z]{2,6}") {
            let once = normalise_email(&format!("{local}@{domain}")).unwrap();
            prop_assert_eq!(normalise_email(&once).unwrap(), once.clone());
        }

        #[test]
        fn no_short_password_is_ever_accepted(p in ".{0,9}") {
            prop_assert!(check_password(&p, "x@example.org", "X", &PasswordPolicy::default()).is_err());
        }
    }
}
