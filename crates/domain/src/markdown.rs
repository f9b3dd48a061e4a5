//! Markdown written by people (introductions, notices, bios, posts) rendered to HTML that cannot run script:
//! pulldown-cmark renders, ammonia keeps only safe tags and attributes.

pub fn render(markdown: &str) -> String {
    let mut unsafe_html = String::new();
    let options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    pulldown_cmark::html::push_html(&mut unsafe_html, pulldown_cmark::Parser::new_ext(markdown, options));
    ammonia::Builder::default().link_rel(Some("noopener noreferrer nofollow")).clean(&unsafe_html).to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn script_and_handlers_are_removed_and_formatting_kept() {
        let html = render("**Welcome** <script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1))");
        assert!(html.contains("<strong>Welcome</strong>"));
        assert!(!html.contains("<script") && !html.contains("onerror") && !html.contains("javascript:"), "{html}");
    }
}
