//! `agora import consultation --polis`: a Polis export's comments and votes (split at the first NUL byte).
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| {
    let (comments, votes) = text.split_once('\0').unwrap_or((text, ""));
    let _ = agora_domain::consultations::polis::parse(comments, votes, None, None);
});
