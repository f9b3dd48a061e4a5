//! The WSIS action lines (C1–C11, C7 with its eight sub-lines), the 17 SDGs and the ITU WSIS–SDG matrix that
//! links them: the shared tags every proposal, session, report and recommendation carries.

use crate::people::data_rows;
use serde::Serialize;
use std::sync::LazyLock;

#[derive(Debug, Clone, Serialize)]
pub struct ActionLine {
    /// "C1" … "C11"; sub-lines keep their parent's code.
    pub code: &'static str,
    /// For C7's sub-lines: "e-government", "e-business", …; empty for a main line.
    pub sub_line: &'static str,
    pub title: &'static str,
    pub linked_sdgs: Vec<u8>,
}

impl ActionLine {
    /// A stable identifier: "C5", or "C7/e-health" for a sub-line.
    pub fn id(&self) -> String {
        if self.sub_line.is_empty() { self.code.to_string() } else { format!("{}/{}", self.code, self.sub_line) }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Sdg {
    pub goal: u8,
    pub short: &'static str,
    pub title: &'static str,
}

/// One cell of the WSIS–SDG matrix: an action line contributes to an SDG target.
#[derive(Debug, Clone, Serialize)]
pub struct ActionLineSdgTarget {
    pub action_line: String,
    pub sdg: u8,
    pub target: &'static str,
}

static ACTION_LINES: LazyLock<Vec<ActionLine>> = LazyLock::new(|| {
    data_rows(include_str!("../data/action-lines.tsv"))
        .map(|cols| ActionLine {
            code: cols[0],
            sub_line: cols[1],
            title: cols[2],
            linked_sdgs: cols.get(3).map(|s| s.split_whitespace().filter_map(|n| n.parse().ok()).collect()).unwrap_or_default(),
        })
        .collect()
});

static SDGS: LazyLock<Vec<Sdg>> = LazyLock::new(|| {
    data_rows(include_str!("../data/sdgs.tsv"))
        .map(|cols| Sdg { goal: cols[0].parse().expect("compiled-in SDG number"), short: cols[1], title: cols[2] })
        .collect()
});

/// The goals in each other UN language, goal by goal in the order of [`SDGS`].
static SDGS_TRANSLATED: LazyLock<Vec<(&'static str, Vec<Sdg>)>> = LazyLock::new(|| {
    let rows: Vec<Vec<&'static str>> = data_rows(include_str!("../data/sdgs-translated.tsv")).collect();
    let mut languages: Vec<&'static str> = rows.iter().map(|cols| cols[1]).collect();
    languages.dedup();
    languages
        .into_iter()
        .map(|lang| {
            let goals = SDGS
                .iter()
                .map(|english| {
                    let row = rows.iter().find(|cols| cols[1] == lang && cols[0].parse() == Ok(english.goal));
                    row.map(|cols| Sdg { goal: english.goal, short: cols[2], title: cols[3] }).unwrap_or_else(|| english.clone())
                })
                .collect();
            (lang, goals)
        })
        .collect()
});

/// One of the Global Digital Compact's five objectives (A/RES/79/1, annex I, paragraph 7).
#[derive(Debug, Clone, Serialize)]
pub struct GdcObjective {
    pub number: u8,
    pub short: &'static str,
    pub objective: &'static str,
}

impl GdcObjective {
    /// The code used in tags, URLs and exports: "gdc-1" … "gdc-5".
    pub fn code(&self) -> String {
        format!("gdc-{}", self.number)
    }
}

static GDC: LazyLock<Vec<GdcObjective>> = LazyLock::new(|| {
    data_rows(include_str!("../data/gdc-objectives.tsv"))
        .map(|cols| GdcObjective { number: cols[0].parse().expect("compiled-in objective number"), short: cols[1], objective: cols[2] })
        .collect()
});

/// The Global Digital Compact's objectives, in the order of the Compact.
pub fn gdc_objectives() -> &'static [GdcObjective] {
    &GDC
}

static TARGETS: LazyLock<Vec<ActionLineSdgTarget>> = LazyLock::new(|| {
    data_rows(include_str!("../data/action-line-sdg-targets.tsv"))
        .map(|cols| ActionLineSdgTarget {
            action_line: if cols[1].is_empty() { cols[0].to_string() } else { format!("{}/{}", cols[0], cols[1]) },
            sdg: cols[2].parse().expect("compiled-in SDG number"),
            target: cols[3],
        })
        .collect()
});

pub fn action_lines() -> &'static [ActionLine] {
    &ACTION_LINES
}

pub fn sdgs() -> &'static [Sdg] {
    &SDGS
}

/// The goals in a UN language ("fr", "ar"…), their official short names and titles; English for any other.
pub fn sdgs_in(lang: &str) -> &'static [Sdg] {
    SDGS_TRANSLATED.iter().find(|(code, _)| *code == lang).map(|(_, goals)| goals.as_slice()).unwrap_or(&SDGS)
}

/// UN M49 region, sub-region and intermediate-region names in the other UN languages: (English name, language,
/// name), as UNSD publishes them.
static REGION_NAMES: LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
    LazyLock::new(|| data_rows(include_str!("../data/m49-regions-translated.tsv")).map(|cols| (cols[1], cols[2], cols[3])).collect());

/// An M49 area's name ("Africa", "Sub-Saharan Africa", as the country data names them) in a UN language; the
/// English name for English, any other language, or an area the table does not know.
pub fn region_name<'a>(english: &'a str, lang: &str) -> &'a str {
    REGION_NAMES.iter().find(|(name, language, _)| *name == english && *language == lang).map_or(english, |(_, _, translated)| translated)
}

pub fn action_line_sdg_targets() -> &'static [ActionLineSdgTarget] {
    &TARGETS
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_goal_has_its_name_in_every_un_language() {
        for lang in ["en", "fr", "es", "ar", "ru", "zh"] {
            let goals = super::sdgs_in(lang);
            assert_eq!(goals.len(), 17, "{lang}");
            for (goal, english) in goals.iter().zip(super::sdgs()) {
                assert_eq!(goal.goal, english.goal);
                assert!(!goal.short.is_empty() && !goal.title.is_empty(), "{lang} {}", goal.goal);
                assert_eq!(lang == "en", goal.title == english.title, "{lang} {}: {}", goal.goal, goal.title);
            }
        }
        assert_eq!(super::sdgs_in("fr")[4].short, "Égalité entre les sexes");
        assert_eq!(super::sdgs_in("ar")[0].short, "لا فقر");
        assert_eq!(super::sdgs_in("xx")[0].short, "No poverty");
    }

    #[test]
    fn every_m49_area_of_the_country_data_has_its_name_in_the_five_other_un_languages() {
        let areas: std::collections::BTreeSet<&str> = crate::people::countries()
            .iter()
            .flat_map(|c| [c.region, c.sub_region, c.intermediate_region])
            .filter(|name| !name.is_empty())
            .collect();
        for area in areas {
            for lang in ["fr", "es", "ar", "ru", "zh"] {
                assert!(
                    super::REGION_NAMES.iter().any(|(name, language, _)| *name == area && *language == lang),
                    "{area} has no {lang} name"
                );
            }
        }
        assert_eq!(super::region_name("Africa", "ar"), "أفريقيا");
        assert_eq!(super::region_name("Latin America and the Caribbean", "es"), "América Latina y el Caribe");
        assert_eq!(super::region_name("Asia", "en"), "Asia");
    }

    use super::*;

    #[test]
    fn eleven_action_lines_with_c7_sub_lines_and_seventeen_goals() {
        let main: Vec<_> = action_lines().iter().filter(|l| l.sub_line.is_empty()).map(|l| l.code).collect();
        assert_eq!(main, ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"]);
        assert_eq!(action_lines().iter().filter(|l| l.code == "C7" && !l.sub_line.is_empty()).count(), 8);
        assert_eq!(sdgs().len(), 17);
        assert_eq!(sdgs()[16].goal, 17);
    }

    #[test]
    fn five_gdc_objectives_in_the_compacts_order() {
        let numbers: Vec<u8> = gdc_objectives().iter().map(|o| o.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        assert!(gdc_objectives()[0].objective.starts_with("Close all digital divides"));
        assert!(gdc_objectives()[4].objective.contains("artificial intelligence"));
        assert_eq!(gdc_objectives()[2].code(), "gdc-3");
    }

    #[test]
    fn every_matrix_link_names_a_known_line_and_goal() {
        let ids: Vec<String> = action_lines().iter().map(ActionLine::id).collect();
        assert!(!action_line_sdg_targets().is_empty());
        for link in action_line_sdg_targets() {
            assert!(ids.contains(&link.action_line), "{}", link.action_line);
            assert!((1..=17).contains(&link.sdg));
        }
    }
}
