//! An NRI's signed feed, fetched from the network: whatever arrives is a verified feed or a refusal.
#![no_main]
use agora_domain::federation::{parse_key, verify};

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let key = parse_key("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=").expect("a key");
    let _ = verify(bytes, &key);
});
