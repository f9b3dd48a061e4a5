//! Agora's use-cases: one function per operation of a capability (`screening::run`, `evaluation::assign`,
//! `consultations::opinion::compute` …). Each takes typed input, runs every read and write of the operation on the
//! connection or transaction it is given, and returns its capability's typed error. The web layer (whose handlers
//! parse, call one use-case and render), the command line and the demo call them; nothing here knows HTTP.
//! See docs/architecture.md.

pub mod accounts;
pub mod bilaterals;
pub mod consultations;
pub mod cycles;
pub mod evaluation;
pub mod floor;
pub mod insights;
pub mod meeting;
pub mod programme;
pub mod proposals;
pub mod screening;
pub mod search;
pub mod stocktaking;
pub mod tracks;
pub mod translations;
pub mod travel_support;
pub mod village;

use agora_store::StoreError;

/// A use-case's error split for the layer that answers it: the store error behind it, whose meaning (not found,
/// a conflict) the caller keeps, or what else went wrong, as a sentence.
pub trait StoreFailure {
    fn into_store(self) -> Result<StoreError, String>;
}

/// `StoreFailure` for an error enum whose store variant is `Store(StoreError)`.
macro_rules! store_failure {
    ($($error:ty),* $(,)?) => {$(
        impl crate::StoreFailure for $error {
            #[allow(unreachable_patterns)]
            fn into_store(self) -> Result<agora_store::StoreError, String> {
                match self {
                    Self::Store(e) => Ok(e),
                    other => Err(other.to_string()),
                }
            }
        }
    )*};
}

store_failure!(
    cycles::IssueError,
    screening::ScreeningError,
    evaluation::EvaluationError,
    meeting::MeetingError,
    floor::FloorError,
    bilaterals::BilateralError,
    village::VillageError,
    programme::ProgrammeError,
    proposals::ProposalError,
    consultations::opinion::OpinionError,
    consultations::import::ImportError,
    search::IndexError,
    stocktaking::StocktakingError,
    insights::InsightsError,
    translations::TranslationError,
    tracks::TrackError,
    travel_support::TravelError,
);
