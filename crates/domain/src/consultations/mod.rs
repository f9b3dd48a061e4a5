//! Public consultations: form-letter campaigns and junk among submitted comments, opinion maps of
//! agree/disagree votes on short statements (Polis-style), and the import of Polis open-data exports.

pub mod duplicates;
pub mod opinion;
pub mod polis;
