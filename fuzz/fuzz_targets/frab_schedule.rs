//! `agora import schedule`: a frab schedule.xml from anywhere parses to a schedule or an error, never a panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = agora_domain::programme::frab::parse(text);
});
