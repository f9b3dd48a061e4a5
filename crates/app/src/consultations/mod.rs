//! Consultations: the opinion map of a consultation's statements, and bulk imports.

pub mod import;
pub mod opinion;
