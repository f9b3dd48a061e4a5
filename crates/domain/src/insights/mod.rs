//! Distilled, cited insights: the forum's texts cut into verbatim statements with their sources
//! ([`statements`]), grouped into topics with keyphrase labels and numbers kept across rebuilds ([`topics`]),
//! briefings with key points chosen by MMR and timelines by cycle and stakeholder group ([`briefing`]), and the
//! emerging issues of each cycle with the test that found them ([`emerging`]). Nothing here writes a sentence:
//! every text shown is a slice of a source.

pub mod briefing;
pub mod emerging;
pub mod statements;
pub mod topics;
pub mod words;
