//! Markdown written by anyone (bios, posts, descriptions) renders to HTML that cannot run script, whatever it is.
#![no_main]

/// The attributes (name, value) of every tag of `html`. The renderer escapes `<` in text, so each `<` opens a
/// tag; a tag ends at the first `>` outside quotes.
fn attributes(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for tag in html.split('<').skip(1) {
        let mut rest = tag.trim_start_matches(|c: char| !c.is_whitespace() && c != '>');
        loop {
            rest = rest.trim_start();
            if rest.is_empty() || rest.starts_with('>') || rest.starts_with('/') {
                break;
            }
            let name_end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
            let name = rest[..name_end].to_string();
            rest = &rest[name_end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix('=') {
                let (v, r) = match after.strip_prefix('"') {
                    Some(quoted) => quoted.split_once('"').unwrap_or((quoted, "")),
                    None => after.split_at(after.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(after.len())),
                };
                value = v.to_string();
                rest = r;
            }
            found.push((name, value));
        }
    }
    found
}

libfuzzer_sys::fuzz_target!(|text: &str| {
    let html = agora_domain::markdown::render(text).to_ascii_lowercase();
    assert!(!html.contains("<script"), "a script element survived: {html}");
    for (name, value) in attributes(&html) {
        assert!(!name.starts_with("on"), "an event handler survived: {html}");
        let value: String = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
        assert!(!value.starts_with("javascript:") && !value.starts_with("data:text/html"), "a script link survived: {html}");
    }
});
