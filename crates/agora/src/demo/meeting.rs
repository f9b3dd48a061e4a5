//! The demo's annual meetings: last year's (2025) with approved delegates checked in over its days, certificates
//! issued and the badge photos already deleted by the retention job (its run recorded); next year's (2027) with
//! registrations waiting in the Secretariat's queue in every status, badge photos and a visa letter.

use super::Random;
use super::consultations::Person;
use agora_domain::cycles::Phase;
use agora_domain::meeting::{organization_key, verification_code};
use agora_store::meeting::{self as store, NewRegistration};
use agora_store::{Conn, Db, cycles};
use base64::Engine;

/// A synthetic badge photo (a head and shoulders on a plain background), 300 × 400 PNG.
fn portrait(random: &mut Random) -> Vec<u8> {
    let background = [170 + random.below(60) as u8, 180 + random.below(50) as u8, 190 + random.below(50) as u8];
    let skin = [[92u8, 58, 40], [141, 85, 36], [198, 134, 66], [224, 172, 105], [241, 194, 125]][random.below(5)];
    let clothes = [[30u8, 40, 90], [60, 60, 60], [120, 20, 30], [20, 90, 60]][random.below(4)];
    let picture = image::RgbImage::from_fn(300, 400, |x, y| {
        let (dx, dy) = (x as f64 - 150.0, y as f64 - 160.0);
        let head = dx * dx / (70.0 * 70.0) + dy * dy / (90.0 * 90.0) <= 1.0;
        let shoulders = y > 270 && (x as f64 - 150.0).abs() < 40.0 + (y as f64 - 270.0) * 1.2;
        let shade = |c: [u8; 3]| image::Rgb(c.map(|v| v.saturating_sub((y / 40) as u8)));
        if head {
            shade(skin)
        } else if shoulders {
            shade(clothes)
        } else {
            shade(background)
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).expect("a PNG in memory");
    out.into_inner()
}

/// A Unix time's UTC date, `YYYY-MM-DD` (the demo's check-in days).
fn date(unix: i64) -> String {
    jiff::Timestamp::from_second(unix).map(|t| t.strftime("%Y-%m-%d").to_string()).unwrap_or_default()
}

async fn cycle_named(conn: &mut Conn, suffix: &str) -> anyhow::Result<Option<cycles::Cycle>> {
    for row in cycles::list(&mut *conn).await? {
        if row.name.ends_with(suffix) {
            return Ok(Some(cycles::get(&mut *conn, row.id).await?));
        }
    }
    Ok(None)
}

const ORGANIZATIONS: &[&str] = &[
    "Kenya ICT Action Network (KICTANet)",
    "Paradigm Initiative",
    "Ministry of Electronics and Information Technology",
    "Derechos Digitales",
    "University of Cape Town",
    "Internet Society",
    "Safaricom PLC",
    "APNIC",
    "Digital Empowerment Foundation",
    "Federal Office of Communications",
    "Women in Tech Africa",
    "LACNIC",
];

async fn register(
    conn: &mut Conn,
    cycle_id: i64,
    person: &Person,
    organization: &str,
    onsite: bool,
    photo: Option<&[u8]>,
) -> anyhow::Result<i64> {
    let photo = photo.map(|p| (base64::engine::general_purpose::STANDARD.encode(p), "image/png"));
    Ok(store::save(
        &mut *conn,
        &NewRegistration {
            cycle_id,
            participant_id: person.0,
            attendance: if onsite { "onsite" } else { "online" },
            organization,
            organization_key: &organization_key(organization),
            stakeholder_group: person.1,
            photo,
        },
    )
    .await?)
}

pub async fn fill(db: &Db, people: &[Person], secretariat: i64, random: &mut Random) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    // People spread over the list, so over regions and groups; the officers (the first few) are left out.
    let chosen: Vec<&Person> = people.iter().skip(30).step_by(3).take(52).collect();
    let organization = |i: usize| ORGANIZATIONS[i % ORGANIZATIONS.len()];
    if let Some(last_year) = cycle_named(&mut tx, "2025").await? {
        let meeting = last_year.phase(Phase::Meeting).expect("the 2025 demo cycle has its meeting");
        let days: Vec<String> = (0..(meeting.end - meeting.start) / 86_400).map(|d| date(meeting.start + d * 86_400)).collect();
        for (i, person) in chosen.iter().take(36).enumerate() {
            let onsite = i % 4 != 3;
            let photo = portrait(random);
            let id = register(&mut tx, last_year.id, person, organization(i), onsite, onsite.then_some(photo.as_slice())).await?;
            if i == 7 {
                store::set_status(&mut tx, id, "refused", "The organization named could not be confirmed.", secretariat).await?;
                continue;
            }
            store::set_status(&mut tx, id, "approved", "", secretariat).await?;
            if onsite && i % 9 != 5 {
                // Most came on several days; a few only once.
                let first = random.below(days.len().max(1));
                for day in days.iter().skip(first).take(1 + random.below(days.len().max(1))) {
                    store::check_in(&mut tx, id, day, secretariat).await?;
                }
                if i % 3 == 0 {
                    let mut bytes = [0u8; 10];
                    bytes.iter_mut().for_each(|b| *b = random.below(256) as u8);
                    store::issue_document(&mut tx, id, "certificate", &verification_code(&bytes)).await?;
                }
            }
        }
        // The retention job ran after the meeting: last year's badge photos are gone.
        store::delete_photos(&mut tx, last_year.id).await?;
    }
    if let Some(next_year) = cycle_named(&mut tx, "2027").await? {
        let statuses = [
            ("submitted", ""),
            ("submitted", ""),
            ("approved", ""),
            ("more-information", "The photo is not recent enough: please send one taken this year."),
            ("submitted", ""),
            ("approved", ""),
            ("refused", "Registration is for people taking part in their own name, not for an agency booking on their behalf."),
            ("submitted", ""),
            ("approved", ""),
            ("more-information", "Please give the full name of your organization, not its acronym."),
            ("submitted", ""),
            ("approved", ""),
        ];
        for (i, person) in chosen.iter().skip(36).take(16).enumerate() {
            let (status, reason) = statuses.get(i).copied().unwrap_or(("approved", ""));
            let onsite = i < statuses.len();
            let photo = portrait(random);
            let id = register(&mut tx, next_year.id, person, organization(i + 5), onsite, onsite.then_some(photo.as_slice())).await?;
            if status != "submitted" {
                store::set_status(&mut tx, id, status, reason, secretariat).await?;
            }
            if i == 2 {
                let mut bytes = [0u8; 10];
                bytes.iter_mut().for_each(|b| *b = random.below(256) as u8);
                store::issue_document(&mut tx, id, "visa-letter", &verification_code(&bytes)).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_civil_dates() {
        assert_eq!(super::date(0), "1970-01-01");
        assert_eq!(super::date(951_782_400), "2000-02-29");
        assert_eq!(super::date(1_764_547_200), "2025-12-01");
    }
}
