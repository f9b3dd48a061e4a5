//! Transcripts (`>> NAME:` captions) pasted into reports or imported: every turn's text comes from the input.
#![no_main]
libfuzzer_sys::fuzz_target!(|text: &str| {
    for turn in agora_domain::reports::turns(text) {
        assert!(text.contains(turn.speaker.trim()), "a speaker the transcript does not name");
    }
});
