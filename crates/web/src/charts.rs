//! Server-side SVG bar charts: no script, readable by screen readers (role="img", a title and a description),
//! always shown beside a data table with the same numbers, mirrored for right-to-left languages.

pub struct Bar {
    pub label: String,
    /// `None` when the count is suppressed.
    pub value: Option<u64>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A horizontal bar chart; `suppressed_label` is written where a count is hidden.
pub fn bar_chart(id: &str, title: &str, description: &str, bars: &[Bar], suppressed_label: &str, right_to_left: bool) -> String {
    const WIDTH: u32 = 760;
    const LABEL: u32 = 340;
    const ROW: u32 = 30;
    let height = ROW * bars.len() as u32 + 10;
    let max = bars.iter().filter_map(|b| b.value).max().unwrap_or(0).max(1);
    let room = WIDTH - LABEL - 70;
    // Positions are computed left-to-right and mirrored for right-to-left pages; the SVG itself stays
    // direction="ltr" so that text anchors keep their left-to-right meaning (the text inside still reads RTL).
    let x = |pos: u32, len: u32| {
        if right_to_left { WIDTH - pos - len } else { pos }
    };
    let (label_anchor, value_anchor) = if right_to_left { ("start", "end") } else { ("end", "start") };
    let mut svg = format!(
        r#"<svg class="chart" id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {WIDTH} {height}" direction="ltr" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(description)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = i as u32 * ROW + 5;
        let label_x = if right_to_left { WIDTH - LABEL + 8 } else { LABEL - 8 };
        svg.push_str(&format!(
            r#"<text x="{label_x}" y="{}" text-anchor="{label_anchor}" class="chart-label">{}</text>"#,
            y + 18,
            escape(&bar.label)
        ));
        let (length, text) = match bar.value {
            Some(v) => ((v as f64 / max as f64 * room as f64).round() as u32, v.to_string()),
            None => (0, suppressed_label.to_string()),
        };
        let class = if bar.value.is_some() { "chart-bar" } else { "chart-bar suppressed" };
        svg.push_str(&format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" class="{class}"/>"#,
            x(LABEL, length.max(1)),
            y + 4,
            length.max(1),
            ROW - 10
        ));
        let value_x = if right_to_left { WIDTH - LABEL - length - 6 } else { LABEL + length + 6 };
        svg.push_str(&format!(
            r#"<text x="{value_x}" y="{}" text-anchor="{value_anchor}" class="chart-value">{}</text>"#,
            y + 18,
            escape(&text)
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_suppressed_counts_say_so() {
        let bars = [Bar { label: "<Civil & society>".into(), value: Some(10) }, Bar { label: "b".into(), value: None }];
        let svg = bar_chart("c", "T", "D", &bars, "fewer than 5", false);
        assert!(svg.contains("&lt;Civil &amp; society&gt;"));
        assert!(svg.contains("fewer than 5"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }
}
