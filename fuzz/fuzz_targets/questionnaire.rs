//! A consultation's questionnaire, as the Secretariat types it.
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = agora_domain::consultations::parse_questionnaire(text);
});
