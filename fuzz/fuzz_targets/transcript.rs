//! `agora import transcripts`: a caption file (`>> NAME:` turns, maybe a `Session:` line) named by anything is
//! matched to a session or refused with its line, never a panic; every turn's speaker comes from the text.
#![no_main]
use agora_domain::transcripts::{SessionName, read};

libfuzzer_sys::fuzz_target!(|input: (&str, &str)| {
    let (name, text) = input;
    for turn in agora_domain::reports::turns(text) {
        assert!(text.contains(turn.speaker.trim()), "a speaker the transcript does not name");
    }
    let sessions = [
        SessionName { id: 3, title: "Opening ceremony".into() },
        SessionName { id: 12, title: "Meaningful access: community networks".into() },
        SessionName { id: 13, title: "Meaningful access: community networks".into() },
    ];
    let _ = read(name, text, &sessions);
});
