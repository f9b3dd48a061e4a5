//! Who takes part: stakeholder groups, UN regional groups, countries (M49 with LDC / LLDC / SIDS flags),
//! genders and the six UN languages.

use serde::Serialize;
use std::sync::LazyLock;

vocabulary! {
    /// The six stakeholder groups of the Tunis Agenda as the IGF counts them.
    ///
    /// Press and media are not a seventh group: journalists take part in their own capacity and pick the group
    /// their organization belongs to (usually private sector or civil society); `Participant::media` marks them so
    /// statistics can count the press separately, as the IGF's pages do. There is no "other": every participant
    /// can place themselves in one of these, and a catch-all would hide exactly the imbalance the forum measures.
    StakeholderGroup {
        Government = "government",
        PrivateSector = "private-sector",
        CivilSociety = "civil-society",
        TechnicalCommunity = "technical-community",
        Academia = "academia",
        IntergovernmentalOrganization = "intergovernmental-organization",
    }
}

vocabulary! {
    /// The UN's five regional groups, plus the pseudo-region the IGF uses for intergovernmental organizations
    /// and a bucket for areas that belong to none (territories, observers).
    UnRegionalGroup {
        African = "african",
        AsiaPacific = "asia-pacific",
        EasternEuropean = "eastern-european",
        LatinAmericanCaribbean = "latin-american-caribbean",
        WesternEuropeanOthers = "western-european-others",
        IntergovernmentalOrganizations = "intergovernmental-organizations",
        NoGroup = "no-group",
    }
}

vocabulary! {
    /// Gender as participants choose to state it; always optional.
    Gender {
        Female = "female",
        Male = "male",
        NonBinary = "non-binary",
        PreferNotToSay = "prefer-not-to-say",
    }
}

vocabulary! {
    /// The six official UN languages: the UI languages and the languages participants say they speak.
    Language {
        English = "en",
        French = "fr",
        Spanish = "es",
        Arabic = "ar",
        Russian = "ru",
        Chinese = "zh",
    }
}

impl Language {
    pub fn is_right_to_left(self) -> bool {
        self == Language::Arabic
    }

    /// The language's own name, shown in the language switcher whatever the page language is.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
            Language::Spanish => "Español",
            Language::Arabic => "العربية",
            Language::Russian => "Русский",
            Language::Chinese => "中文",
        }
    }

    fn column(self) -> usize {
        match self {
            Language::English => 0,
            Language::French => 1,
            Language::Spanish => 2,
            Language::Arabic => 3,
            Language::Russian => 4,
            Language::Chinese => 5,
        }
    }
}

/// A country or area of the UN M49 standard.
#[derive(Debug, Clone, Serialize)]
pub struct Country {
    pub iso2: &'static str,
    pub m49: &'static str,
    #[serde(skip)]
    names: [&'static str; 6],
    pub name: &'static str,
    pub region: &'static str,
    pub sub_region: &'static str,
    pub intermediate_region: &'static str,
    pub least_developed: bool,
    pub landlocked_developing: bool,
    pub small_island_developing: bool,
    pub un_regional_group: UnRegionalGroup,
}

impl Country {
    pub fn name_in(&self, language: Language) -> &'static str {
        self.names[language.column()]
    }

    /// Developing-country status as the IGF uses it, from the UN lists (UNSD no longer publishes a
    /// developed / developing column): least developed, landlocked developing or small island developing.
    pub fn is_developing(&self) -> bool {
        self.least_developed || self.landlocked_developing || self.small_island_developing
    }

    pub fn development_statuses(&self) -> Vec<DevelopmentStatus> {
        let flags = [
            (self.least_developed, DevelopmentStatus::LeastDeveloped),
            (self.landlocked_developing, DevelopmentStatus::LandlockedDeveloping),
            (self.small_island_developing, DevelopmentStatus::SmallIslandDeveloping),
        ];
        flags.into_iter().filter(|(on, _)| *on).map(|(_, status)| status).collect()
    }
}

vocabulary! {
    /// The UN development lists a country can be on (several at once: Afghanistan is LDC and LLDC).
    DevelopmentStatus {
        LeastDeveloped = "ldc",
        LandlockedDeveloping = "lldc",
        SmallIslandDeveloping = "sids",
        NotListed = "not-listed",
    }
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    data_rows(include_str!("../data/countries.tsv"))
        .map(|cols| {
            let flag = |i: usize| cols[i] == "1";
            let group = UnRegionalGroup::from_code(cols[14]).unwrap_or(UnRegionalGroup::NoGroup);
            Country {
                iso2: cols[0],
                m49: cols[1],
                names: [cols[2], cols[3], cols[4], cols[5], cols[6], cols[7]],
                name: cols[2],
                region: cols[8],
                sub_region: cols[9],
                intermediate_region: cols[10],
                least_developed: flag(11),
                landlocked_developing: flag(12),
                small_island_developing: flag(13),
                un_regional_group: group,
            }
        })
        .collect()
});

/// Every M49 country or area, sorted by ISO code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

pub fn country(iso2: &str) -> Option<&'static Country> {
    let iso2 = iso2.trim().to_ascii_uppercase();
    COUNTRIES.binary_search_by(|c| c.iso2.cmp(&iso2)).ok().map(|i| &COUNTRIES[i])
}

/// Rows of a compiled-in tab-separated file, skipping its `#` header.
pub(crate) fn data_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(|l| l.split('\t').collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_m49_area_is_there_with_its_flags() {
        assert_eq!(countries().len(), 249);
        let count = |f: fn(&Country) -> bool| countries().iter().filter(|c| f(c)).count();
        assert_eq!(count(|c| c.least_developed), 45);
        assert_eq!(count(|c| c.landlocked_developing), 32);
        assert_eq!(count(|c| c.small_island_developing), 53);
        let afghanistan = country("af").unwrap();
        assert!(afghanistan.least_developed && afghanistan.landlocked_developing);
        assert_eq!(afghanistan.name_in(Language::Chinese), "阿富汗");
    }

    #[test]
    fn regional_groups_have_their_un_sizes_without_duplicates() {
        let size = |g| countries().iter().filter(|c| c.un_regional_group == g).count();
        assert_eq!(size(UnRegionalGroup::African), 54);
        assert_eq!(size(UnRegionalGroup::AsiaPacific), 54);
        assert_eq!(size(UnRegionalGroup::EasternEuropean), 23);
        assert_eq!(size(UnRegionalGroup::LatinAmericanCaribbean), 33);
        assert_eq!(size(UnRegionalGroup::WesternEuropeanOthers), 29);
        assert_eq!(country("AU").unwrap().un_regional_group, UnRegionalGroup::WesternEuropeanOthers);
        assert_eq!(country("AM").unwrap().un_regional_group, UnRegionalGroup::EasternEuropean);
    }

    #[test]
    fn codes_round_trip() {
        for g in StakeholderGroup::ALL {
            assert_eq!(StakeholderGroup::from_code(g.code()), Some(*g));
        }
        assert_eq!(country("zz").map(|c| c.iso2), None);
    }
}
