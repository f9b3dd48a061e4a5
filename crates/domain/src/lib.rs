//! Agora's domain: the forum's vocabulary, rules and algorithms as pure Rust, with no IO and no async.
//!
//! Every rule returns a value a person can read (a code the web layer translates, with the values it needs),
//! never prints or queries. Settings come from the caller, not from constants.

/// Declares a closed vocabulary whose values are stored and sent as stable lowercase codes.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code used in storage, URLs, exports and translation keys.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub mod accounts;
pub mod bilaterals;
pub mod bodies;
pub mod consultations;
pub mod cycles;
pub mod evaluation;
pub mod federation;
pub mod floor;
pub mod groups;
pub mod insights;
pub mod markdown;
pub mod meeting;
pub mod meetings;
pub mod people;
pub mod programme;
pub mod proposals;
pub mod recommendations;
pub mod record;
pub mod reference;
pub mod reports;
pub mod screening;
pub mod stats;
pub mod stocktaking;
pub mod tracks;
pub mod transcripts;
pub mod translations;
pub mod travel_support;
pub mod village;

/// Whether a typed link may be shown as one: empty (no link), or a web address. Anything else — `javascript:`,
/// `data:`, a bare word — is refused, so a link a participant types can never run script in a reader's page.
pub fn is_web_link_or_empty(url: &str) -> bool {
    url.is_empty() || url.starts_with("https://") || url.starts_with("http://")
}
