//! The ecosystem registry: the bodies that make Internet policy and the issues each handles, seeded with the
//! main Internet institutions, and the issues that fall within no body's scope — which the IGF's mandate
//! (Tunis Agenda §72 g) asks it to flag.

use serde::Serialize;

vocabulary! {
    BodyKind {
        Intergovernmental = "intergovernmental",
        StandardsBody = "standards-body",
        InternetRegistry = "internet-registry",
        Government = "government",
        Regulator = "regulator",
        Company = "company",
        CivilSociety = "civil-society",
        Academic = "academic",
        NationalRegionalIgf = "nri",
        Coalition = "coalition",
    }
}

/// A body of the seed list: name, acronym, kind, scope, the issues it handles (comma-separated) and website.
pub struct SeedBody {
    pub name: &'static str,
    pub acronym: &'static str,
    pub kind: BodyKind,
    pub scope: &'static str,
    pub issues: &'static str,
    pub website: &'static str,
}

const fn body(
    name: &'static str,
    acronym: &'static str,
    kind: BodyKind,
    scope: &'static str,
    issues: &'static str,
    website: &'static str,
) -> SeedBody {
    SeedBody { name, acronym, kind, scope, issues, website }
}

/// The main Internet bodies, as a forum's registry starts. Contacts are left for each forum to set.
pub const SEED: &[SeedBody] = &[
    body(
        "Internet Corporation for Assigned Names and Numbers",
        "ICANN",
        BodyKind::InternetRegistry,
        "Global coordination of the Internet's unique identifiers: domain names, IP address allocation to regional registries, protocol parameters.",
        "domain names, dns, dns abuse, ip addresses, root servers, universal acceptance",
        "https://www.icann.org",
    ),
    body(
        "Internet Engineering Task Force",
        "IETF",
        BodyKind::StandardsBody,
        "Open standards for the Internet's protocols.",
        "internet standards, protocols, encryption, routing security, ipv6, interoperability",
        "https://www.ietf.org",
    ),
    body(
        "World Wide Web Consortium",
        "W3C",
        BodyKind::StandardsBody,
        "Standards for the Web.",
        "web standards, web accessibility, privacy on the web, interoperability",
        "https://www.w3.org",
    ),
    body(
        "International Telecommunication Union",
        "ITU",
        BodyKind::Intergovernmental,
        "UN agency for information and communication technologies: spectrum, standards, development.",
        "spectrum, connectivity, telecommunication standards, cybersecurity capacity, digital inclusion, affordability",
        "https://www.itu.int",
    ),
    body(
        "United Nations Educational, Scientific and Cultural Organization",
        "UNESCO",
        BodyKind::Intergovernmental,
        "Education, culture, freedom of expression and access to information; ethics of artificial intelligence.",
        "freedom of expression, access to information, multilingualism, local content, ai ethics, media literacy",
        "https://www.unesco.org",
    ),
    body(
        "Office of the UN High Commissioner for Human Rights",
        "OHCHR",
        BodyKind::Intergovernmental,
        "Human rights, online as offline.",
        "human rights, internet shutdowns, privacy, surveillance, freedom of expression",
        "https://www.ohchr.org",
    ),
    body(
        "UN Conference on Trade and Development",
        "UNCTAD",
        BodyKind::Intergovernmental,
        "Trade and development, the digital economy, e-commerce; CSTD secretariat for the WSIS review.",
        "digital economy, e-commerce, data flows, wsis follow-up",
        "https://unctad.org",
    ),
    body(
        "World Intellectual Property Organization",
        "WIPO",
        BodyKind::Intergovernmental,
        "Intellectual property, domain name disputes.",
        "intellectual property, domain name disputes, copyright",
        "https://www.wipo.int",
    ),
    body(
        "Organisation for Economic Co-operation and Development",
        "OECD",
        BodyKind::Intergovernmental,
        "Economic policy, digital policy and AI principles for its members.",
        "digital economy, ai principles, broadband policy, privacy, data governance",
        "https://www.oecd.org",
    ),
    body(
        "Council of Europe",
        "CoE",
        BodyKind::Intergovernmental,
        "Human rights, democracy and rule of law in Europe; conventions on cybercrime, data protection and AI.",
        "cybercrime, data protection, ai governance, human rights",
        "https://www.coe.int",
    ),
    body(
        "African Union Commission",
        "AUC",
        BodyKind::Intergovernmental,
        "Continental digital transformation strategy and the Malabo Convention.",
        "digital transformation, cybersecurity, data protection, connectivity",
        "https://au.int",
    ),
    body(
        "Internet Society",
        "ISOC",
        BodyKind::CivilSociety,
        "An open, globally connected Internet; home of the IETF's administrative support.",
        "community networks, internet fragmentation, encryption, connectivity",
        "https://www.internetsociety.org",
    ),
    body(
        "African Network Information Centre",
        "AFRINIC",
        BodyKind::InternetRegistry,
        "Regional Internet registry for Africa.",
        "ip addresses, ipv6, routing security",
        "https://afrinic.net",
    ),
    body(
        "Asia-Pacific Network Information Centre",
        "APNIC",
        BodyKind::InternetRegistry,
        "Regional Internet registry for the Asia-Pacific.",
        "ip addresses, ipv6, routing security",
        "https://www.apnic.net",
    ),
    body(
        "American Registry for Internet Numbers",
        "ARIN",
        BodyKind::InternetRegistry,
        "Regional Internet registry for Canada, the United States and parts of the Caribbean.",
        "ip addresses, ipv6, routing security",
        "https://www.arin.net",
    ),
    body(
        "Latin America and Caribbean Network Information Centre",
        "LACNIC",
        BodyKind::InternetRegistry,
        "Regional Internet registry for Latin America and the Caribbean.",
        "ip addresses, ipv6, routing security",
        "https://www.lacnic.net",
    ),
    body(
        "RIPE Network Coordination Centre",
        "RIPE NCC",
        BodyKind::InternetRegistry,
        "Regional Internet registry for Europe, the Middle East and Central Asia.",
        "ip addresses, ipv6, routing security",
        "https://www.ripe.net",
    ),
    body(
        "GSM Association",
        "GSMA",
        BodyKind::Company,
        "The mobile industry's association.",
        "mobile connectivity, spectrum, affordability",
        "https://www.gsma.com",
    ),
];

/// The issues, among `issues`, that no body's issue list covers (compared without case or surrounding spaces).
pub fn unaddressed<'a>(issues: &[&'a str], bodies: &[&str]) -> Vec<&'a str> {
    let handled: Vec<String> =
        bodies.iter().flat_map(|list| list.split(',')).map(|i| i.trim().to_lowercase()).filter(|i| !i.is_empty()).collect();
    let mut open: Vec<&str> =
        issues.iter().copied().filter(|i| !i.trim().is_empty() && !handled.contains(&i.trim().to_lowercase())).collect();
    open.sort_unstable();
    open.dedup();
    open
}

/// Reads an issue list as typed: comma-separated, trimmed, lower case, no empties or repeats.
pub fn issues(text: &str) -> Vec<String> {
    let mut list: Vec<String> = text.split(',').map(|i| i.trim().to_lowercase()).filter(|i| !i.is_empty()).collect();
    list.dedup();
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_no_body_handles_are_flagged() {
        let bodies = ["DNS, IP addresses", "spectrum"];
        assert_eq!(unaddressed(&["dns", " Spectrum ", "online gaming harms", "online gaming harms"], &bodies), vec!["online gaming harms"]);
    }

    #[test]
    fn the_seed_covers_the_main_institutions() {
        for acronym in ["ICANN", "IETF", "ITU", "W3C", "ISOC", "UNESCO", "AFRINIC", "RIPE NCC"] {
            assert!(SEED.iter().any(|b| b.acronym == acronym), "{acronym}");
        }
        assert!(SEED.iter().all(|b| !issues(b.issues).is_empty()));
    }
}
