//! The annual meeting's accreditation: registration onsite or online (separate from the forum account), the
//! badge photo's automatic checks, the cap of delegates per organization, the statuses a registration goes
//! through, the signed badge token read at check-in, and the codes of certificates and visa letters.
//!
//! Every limit is a cycle setting ([`MeetingRules`], inside the cycle's rules); every refusal is a value with what
//! a person needs to read it.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

vocabulary! {
    /// How a person takes part in the meeting.
    Attendance {
        Onsite = "onsite",
        Online = "online",
    }
}

vocabulary! {
    /// Where a registration stands. Submitted → approved, more information needed, or refused (with a reason).
    Status {
        Submitted = "submitted",
        Approved = "approved",
        MoreInformation = "more-information",
        Refused = "refused",
    }
}

vocabulary! {
    /// What a verification code proves.
    DocumentKind {
        Certificate = "certificate",
        VisaLetter = "visa-letter",
    }
}

/// The meeting's settings, part of each cycle's rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingRules {
    /// Onsite delegates one organization may register (4 at the UN's meetings).
    pub delegates_per_organization: u32,
    /// Badge photos are deleted this many days after the meeting ends.
    pub photo_retention_days: u32,
    pub photo: PhotoRules,
}

impl Default for MeetingRules {
    fn default() -> Self {
        MeetingRules { delegates_per_organization: 4, photo_retention_days: 30, photo: PhotoRules::default() }
    }
}

/// What a badge photo must be: a JPEG or PNG file at most `max_bytes` long, between the smallest and the largest
/// dimensions, its width over height within the aspect range (in thousandths: 600 to 1000 is portrait to square),
/// and not blank: the spread of its brightness at least `min_contrast` (standard deviation, 0–255).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhotoRules {
    pub max_bytes: u32,
    pub min_width: u32,
    pub min_height: u32,
    pub max_width: u32,
    pub max_height: u32,
    pub min_aspect_milli: u32,
    pub max_aspect_milli: u32,
    pub min_contrast: u32,
}

impl Default for PhotoRules {
    fn default() -> Self {
        PhotoRules {
            max_bytes: 1_000_000,
            min_width: 240,
            min_height: 300,
            max_width: 4000,
            max_height: 5000,
            min_aspect_milli: 600,
            max_aspect_milli: 1000,
            min_contrast: 8,
        }
    }
}

/// The type of an accepted photo, as served back (`Content-Type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoType {
    Jpeg,
    Png,
}

impl PhotoType {
    pub fn mime(self) -> &'static str {
        match self {
            PhotoType::Jpeg => "image/jpeg",
            PhotoType::Png => "image/png",
        }
    }

    pub fn from_mime(mime: &str) -> Option<PhotoType> {
        match mime {
            "image/jpeg" => Some(PhotoType::Jpeg),
            "image/png" => Some(PhotoType::Png),
            _ => None,
        }
    }
}

/// Why a badge photo is refused, with the values the sentence names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoRefused {
    Missing,
    TooLarge {
        max_bytes: u32,
    },
    /// Not a JPEG or PNG file, whatever its name or declared type says (read from its first bytes).
    NotAnImage,
    /// A JPEG or PNG header over data that does not decode.
    Unreadable,
    TooSmall {
        min_width: u32,
        min_height: u32,
    },
    TooBig {
        max_width: u32,
        max_height: u32,
    },
    Aspect {
        min_milli: u32,
        max_milli: u32,
    },
    /// One colour, or nearly: a blank or covered photo.
    Uniform,
}

impl PhotoRefused {
    /// The translation key of the sentence.
    pub fn code(self) -> &'static str {
        match self {
            PhotoRefused::Missing => "photo-missing",
            PhotoRefused::TooLarge { .. } => "photo-too-large",
            PhotoRefused::NotAnImage => "photo-not-an-image",
            PhotoRefused::Unreadable => "photo-unreadable",
            PhotoRefused::TooSmall { .. } => "photo-too-small",
            PhotoRefused::TooBig { .. } => "photo-too-big",
            PhotoRefused::Aspect { .. } => "photo-aspect",
            PhotoRefused::Uniform => "photo-uniform",
        }
    }
}

/// The file's real type from its first bytes (its magic number), not from its name or declared type.
pub fn sniff(bytes: &[u8]) -> Option<PhotoType> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(PhotoType::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(PhotoType::Png)
    } else {
        None
    }
}

/// Checks a badge photo: size, real type, dimensions (read from the header before any pixel is decoded, so a
/// decompression bomb is refused cheaply), aspect ratio, and that it is not blank or of one colour.
pub fn check_photo(bytes: &[u8], rules: &PhotoRules) -> Result<PhotoType, PhotoRefused> {
    if bytes.is_empty() {
        return Err(PhotoRefused::Missing);
    }
    if bytes.len() > rules.max_bytes as usize {
        return Err(PhotoRefused::TooLarge { max_bytes: rules.max_bytes });
    }
    let kind = sniff(bytes).ok_or(PhotoRefused::NotAnImage)?;
    let format = match kind {
        PhotoType::Jpeg => image::ImageFormat::Jpeg,
        PhotoType::Png => image::ImageFormat::Png,
    };
    let reader = || image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let (width, height) = reader().into_dimensions().map_err(|_| PhotoRefused::Unreadable)?;
    if width < rules.min_width || height < rules.min_height {
        return Err(PhotoRefused::TooSmall { min_width: rules.min_width, min_height: rules.min_height });
    }
    if width > rules.max_width || height > rules.max_height {
        return Err(PhotoRefused::TooBig { max_width: rules.max_width, max_height: rules.max_height });
    }
    let aspect = u64::from(width) * 1000 / u64::from(height);
    if aspect < u64::from(rules.min_aspect_milli) || aspect > u64::from(rules.max_aspect_milli) {
        return Err(PhotoRefused::Aspect { min_milli: rules.min_aspect_milli, max_milli: rules.max_aspect_milli });
    }
    let mut reader = reader();
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(rules.max_width);
    limits.max_image_height = Some(rules.max_height);
    reader.limits(limits);
    let picture = reader.decode().map_err(|_| PhotoRefused::Unreadable)?;
    if contrast(&picture.to_luma8()) < f64::from(rules.min_contrast) {
        return Err(PhotoRefused::Uniform);
    }
    Ok(kind)
}

/// The standard deviation of the brightness, over at most about 65,000 evenly spread pixels.
fn contrast(luma: &image::GrayImage) -> f64 {
    let (w, h) = luma.dimensions();
    let step = ((u64::from(w) * u64::from(h) / 65_536) as f64).sqrt().max(1.0) as u32;
    let (mut n, mut sum, mut squares) = (0f64, 0f64, 0f64);
    for y in (0..h).step_by(step as usize) {
        for x in (0..w).step_by(step as usize) {
            let v = f64::from(luma.get_pixel(x, y).0[0]);
            n += 1.0;
            sum += v;
            squares += v * v;
        }
    }
    if n == 0.0 {
        return 0.0;
    }
    let mean = sum / n;
    (squares / n - mean * mean).max(0.0).sqrt()
}

/// The key organizations are counted by: case, spacing and punctuation around the name do not make a new one.
pub fn organization_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// Why a registration is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistrationRefused {
    /// The meeting has ended, or its dates are not set.
    Closed,
    /// A field is missing or wrong (the field's name).
    Field(&'static str),
    /// The organization already has this many onsite delegates registered (not refused).
    CapReached {
        cap: u32,
    },
    Photo(PhotoRefused),
}

/// What the person typed, before the photo.
#[derive(Debug, Clone)]
pub struct RegistrationForm<'a> {
    pub attendance: &'a str,
    pub organization: &'a str,
    pub stakeholder_group: &'a str,
}

/// The checks of a registration that need no database: open, fields, and the photo for onsite (online needs none).
/// `delegates` is the number of onsite registrations of the same organization, other than this person's, that are
/// not refused.
pub fn accept_registration(
    form: &RegistrationForm<'_>,
    photo: Option<&[u8]>,
    has_photo_already: bool,
    rules: &MeetingRules,
    meeting_end: Option<i64>,
    now: i64,
    delegates: u32,
) -> Result<(Attendance, Option<PhotoType>), RegistrationRefused> {
    if meeting_end.is_none_or(|end| now >= end) {
        return Err(RegistrationRefused::Closed);
    }
    let attendance = Attendance::from_code(form.attendance).ok_or(RegistrationRefused::Field("attendance"))?;
    let organization = form.organization.trim();
    if organization.is_empty() || organization.chars().count() > 200 {
        return Err(RegistrationRefused::Field("organization"));
    }
    if crate::people::StakeholderGroup::from_code(form.stakeholder_group).is_none() {
        return Err(RegistrationRefused::Field("stakeholder_group"));
    }
    if attendance == Attendance::Onsite && delegates >= rules.delegates_per_organization {
        return Err(RegistrationRefused::CapReached { cap: rules.delegates_per_organization });
    }
    let photo = match (attendance, photo.filter(|p| !p.is_empty())) {
        (Attendance::Online, _) => None,
        (Attendance::Onsite, Some(bytes)) => Some(check_photo(bytes, &rules.photo).map_err(RegistrationRefused::Photo)?),
        (Attendance::Onsite, None) if has_photo_already => None,
        (Attendance::Onsite, None) => return Err(RegistrationRefused::Photo(PhotoRefused::Missing)),
    };
    Ok((attendance, photo))
}

/// Why a decision on a registration is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionRefused {
    /// A refusal or a request for more information needs a reason the person can act on.
    ReasonRequired,
    /// Already decided that way, or not a decision staff can take from the current status.
    NotFrom(Status),
}

/// Staff decide a submitted registration (or one that came back with more information); an approved one may still
/// be refused (a badge withdrawn). A refusal or a request for information carries its reason.
pub fn decide(current: Status, to: Status, reason: &str) -> Result<(), DecisionRefused> {
    let allowed = match current {
        Status::Submitted => to != Status::Submitted,
        Status::MoreInformation => matches!(to, Status::Approved | Status::Refused),
        Status::Approved => to == Status::Refused,
        Status::Refused => false,
    };
    if !allowed {
        return Err(DecisionRefused::NotFrom(current));
    }
    if matches!(to, Status::MoreInformation | Status::Refused) && reason.trim().is_empty() {
        return Err(DecisionRefused::ReasonRequired);
    }
    Ok(())
}

/// What a badge's QR code carries: which registration, of which cycle, valid until when (Unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadgeToken {
    pub cycle_id: i64,
    pub registration_id: i64,
    pub expires_at: i64,
}

/// Why a token read at check-in is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenRefused {
    /// Not a badge code at all (mistyped, or another QR code).
    Malformed,
    /// The signature does not match: made or altered by someone without the forum's key.
    Forged,
    /// A genuine badge of another cycle's meeting.
    OtherCycle,
    /// A genuine badge past its validity.
    Expired,
}

impl TokenRefused {
    pub fn code(self) -> &'static str {
        match self {
            TokenRefused::Malformed => "token-malformed",
            TokenRefused::Forged => "token-forged",
            TokenRefused::OtherCycle => "token-other-cycle",
            TokenRefused::Expired => "token-expired",
        }
    }
}

const TOKEN_PREFIX: &str = "AGB";
/// 80 bits of HMAC-SHA-256: short enough to type from a badge, far too many to guess at a desk.
const SIGNATURE_BYTES: usize = 10;
const BASE32: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

fn mac(key: &[u8], cycle_id: i64, registration_id: i64, expires_at: i64) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(format!("agora-badge:{cycle_id}:{registration_id}:{expires_at}").as_bytes());
    mac
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(BASE32[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = BASE32.iter().position(|b| *b == c)? as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// The badge's code: `AGB-cycle-registration-expiry-signature`, all in capitals and digits, safe to type.
pub fn sign_badge(key: &[u8], token: &BadgeToken) -> String {
    let signature = mac(key, token.cycle_id, token.registration_id, token.expires_at).finalize().into_bytes();
    format!("{TOKEN_PREFIX}-{}-{}-{}-{}", token.cycle_id, token.registration_id, token.expires_at, base32(&signature[..SIGNATURE_BYTES]))
}

/// Reads a badge code typed, pasted or scanned (spaces ignored, any case) for the check-in of `cycle_id` at `now`:
/// the signature first, so that a forged code is called forged whatever it claims, then its cycle, then its date.
pub fn verify_badge(key: &[u8], text: &str, cycle_id: i64, now: i64) -> Result<BadgeToken, TokenRefused> {
    let clean: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    let parts: Vec<&str> = clean.split('-').collect();
    let [prefix, cycle, registration, expires, signature] = parts.as_slice() else {
        return Err(TokenRefused::Malformed);
    };
    let number = |s: &str| if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) { None } else { s.parse::<i64>().ok() };
    let (Some(token_cycle), Some(registration_id), Some(expires_at)) = (number(cycle), number(registration), number(expires)) else {
        return Err(TokenRefused::Malformed);
    };
    if *prefix != TOKEN_PREFIX {
        return Err(TokenRefused::Malformed);
    }
    let signature = unbase32(signature).filter(|s| s.len() == SIGNATURE_BYTES).ok_or(TokenRefused::Malformed)?;
    mac(key, token_cycle, registration_id, expires_at).verify_truncated_left(&signature).map_err(|_| TokenRefused::Forged)?;
    if token_cycle != cycle_id {
        return Err(TokenRefused::OtherCycle);
    }
    if now >= expires_at {
        return Err(TokenRefused::Expired);
    }
    Ok(BadgeToken { cycle_id: token_cycle, registration_id, expires_at })
}

/// A verification code from 10 random bytes: `XXXX-XXXX-XXXX-XXXX` in an alphabet without 0/O or 1/I.
pub fn verification_code(random: &[u8; 10]) -> String {
    let plain = base32(random);
    plain.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// A typed verification code as stored: capitals, dashes where they belong, spaces and case forgiven.
pub fn normalize_code(text: &str) -> String {
    let plain: String = text.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_uppercase();
    plain.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// Why a certificate or a visa letter is not issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentRefused {
    /// A certificate needs at least one verified check-in.
    NoAttendance,
    /// A visa letter needs an approved onsite registration.
    NotApprovedOnsite,
}

/// A certificate of attendance is issued only from verified attendance (`verified`: the days checked in at the
/// desk plus the sessions followed online or from a hub while they were held, `floor::verified_attendance`); a
/// visa letter only for an approved onsite registration.
pub fn may_issue(kind: DocumentKind, status: Status, attendance: Attendance, verified: u32) -> Result<(), DocumentRefused> {
    match kind {
        DocumentKind::Certificate if verified == 0 => Err(DocumentRefused::NoAttendance),
        DocumentKind::VisaLetter if status != Status::Approved || attendance != Attendance::Onsite => {
            Err(DocumentRefused::NotApprovedOnsite)
        }
        _ => Ok(()),
    }
}

/// Whether a cycle's badge photos are due for deletion: its meeting ended `retention_days` days ago or more.
pub fn photos_due_for_deletion(meeting_end: Option<i64>, retention_days: u32, now: i64) -> bool {
    meeting_end.is_some_and(|end| now >= end + i64::from(retention_days) * 86_400)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const KEY: &[u8] = b"the forum's secret";

    fn png(width: u32, height: u32, pixel: impl Fn(u32, u32) -> u8) -> Vec<u8> {
        let picture = image::GrayImage::from_fn(width, height, |x, y| image::Luma([pixel(x, y)]));
        let mut out = std::io::Cursor::new(Vec::new());
        picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x * 7 % 256) as u8, (y * 3 % 256) as u8, 90]));
        let mut out = std::io::Cursor::new(Vec::new());
        picture.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
        out.into_inner()
    }

    fn portrait() -> Vec<u8> {
        png(300, 400, |x, y| ((x * 31 + y * 17) % 256) as u8)
    }

    #[test]
    fn a_portrait_photo_passes_and_each_rule_names_its_reason() {
        let rules = PhotoRules::default();
        assert_eq!(check_photo(&portrait(), &rules), Ok(PhotoType::Png));
        assert_eq!(check_photo(&jpeg(300, 400), &rules), Ok(PhotoType::Jpeg));
        assert_eq!(check_photo(&[], &rules), Err(PhotoRefused::Missing));
        assert_eq!(check_photo(b"GIF89a not for badges", &rules), Err(PhotoRefused::NotAnImage));
        assert_eq!(check_photo(b"%PDF-1.7", &rules), Err(PhotoRefused::NotAnImage));
        let mut truncated = portrait();
        truncated.truncate(60);
        assert_eq!(check_photo(&truncated, &rules), Err(PhotoRefused::Unreadable));
        assert_eq!(check_photo(&png(100, 120, |x, _| x as u8), &rules), Err(PhotoRefused::TooSmall { min_width: 240, min_height: 300 }));
        let small_limit = PhotoRules { max_width: 280, ..rules };
        assert_eq!(check_photo(&portrait(), &small_limit), Err(PhotoRefused::TooBig { max_width: 280, max_height: 5000 }));
        assert_eq!(
            check_photo(&png(600, 400, |x, y| (x ^ y) as u8), &rules),
            Err(PhotoRefused::Aspect { min_milli: 600, max_milli: 1000 })
        );
        assert_eq!(check_photo(&png(300, 400, |_, _| 255), &rules), Err(PhotoRefused::Uniform));
        let tight = PhotoRules { max_bytes: 100, ..rules };
        assert_eq!(check_photo(&portrait(), &tight), Err(PhotoRefused::TooLarge { max_bytes: 100 }));
    }

    #[test]
    fn registration_rules() {
        let rules = MeetingRules::default();
        let form = RegistrationForm { attendance: "onsite", organization: "KICTANet", stakeholder_group: "civil-society" };
        let photo = portrait();
        let ok = accept_registration(&form, Some(&photo), false, &rules, Some(1000), 10, 3);
        assert_eq!(ok, Ok((Attendance::Onsite, Some(PhotoType::Png))));
        assert_eq!(
            accept_registration(&form, Some(&photo), false, &rules, Some(1000), 10, 4),
            Err(RegistrationRefused::CapReached { cap: 4 })
        );
        assert_eq!(accept_registration(&form, Some(&photo), false, &rules, Some(1000), 1000, 0), Err(RegistrationRefused::Closed));
        assert_eq!(accept_registration(&form, Some(&photo), false, &rules, None, 10, 0), Err(RegistrationRefused::Closed));
        assert_eq!(
            accept_registration(&form, None, false, &rules, Some(1000), 10, 0),
            Err(RegistrationRefused::Photo(PhotoRefused::Missing))
        );
        assert!(accept_registration(&form, None, true, &rules, Some(1000), 10, 0).is_ok(), "a photo kept from before");
        let online = RegistrationForm { attendance: "online", ..form.clone() };
        assert_eq!(accept_registration(&online, None, false, &rules, Some(1000), 10, 40), Ok((Attendance::Online, None)), "no cap online");
        let bad_group = RegistrationForm { stakeholder_group: "other", ..form.clone() };
        assert_eq!(
            accept_registration(&bad_group, None, false, &rules, Some(1000), 10, 0),
            Err(RegistrationRefused::Field("stakeholder_group"))
        );
        assert_eq!(organization_key("  Kenya ICT Action-Network "), organization_key("kenya ict action network"));
    }

    #[test]
    fn decisions_follow_the_statuses() {
        assert_eq!(decide(Status::Submitted, Status::Approved, ""), Ok(()));
        assert_eq!(decide(Status::Submitted, Status::Refused, " "), Err(DecisionRefused::ReasonRequired));
        assert_eq!(decide(Status::Submitted, Status::MoreInformation, "A clearer photo, please"), Ok(()));
        assert_eq!(decide(Status::Approved, Status::Approved, ""), Err(DecisionRefused::NotFrom(Status::Approved)));
        assert_eq!(decide(Status::Approved, Status::Refused, "Withdrawn"), Ok(()));
        assert_eq!(decide(Status::Refused, Status::Approved, ""), Err(DecisionRefused::NotFrom(Status::Refused)));
    }

    #[test]
    fn documents_need_attendance_or_an_approved_onsite_registration() {
        assert_eq!(may_issue(DocumentKind::Certificate, Status::Approved, Attendance::Onsite, 0), Err(DocumentRefused::NoAttendance));
        assert_eq!(may_issue(DocumentKind::Certificate, Status::Approved, Attendance::Onsite, 2), Ok(()));
        assert_eq!(may_issue(DocumentKind::VisaLetter, Status::Submitted, Attendance::Onsite, 0), Err(DocumentRefused::NotApprovedOnsite));
        assert_eq!(may_issue(DocumentKind::VisaLetter, Status::Approved, Attendance::Online, 0), Err(DocumentRefused::NotApprovedOnsite));
        assert_eq!(may_issue(DocumentKind::VisaLetter, Status::Approved, Attendance::Onsite, 0), Ok(()));
        assert!(photos_due_for_deletion(Some(0), 30, 30 * 86_400));
        assert!(!photos_due_for_deletion(Some(0), 30, 30 * 86_400 - 1));
        assert!(!photos_due_for_deletion(None, 0, 1));
        let code = verification_code(&[7; 10]);
        assert_eq!(code.len(), 19);
        assert_eq!(normalize_code(&code.to_lowercase().replace('-', " ")), code);
    }

    #[test]
    fn a_badge_verifies_and_each_refusal_has_its_reason() {
        let token = BadgeToken { cycle_id: 3, registration_id: 42, expires_at: 1_000 };
        let code = sign_badge(KEY, &token);
        assert_eq!(verify_badge(KEY, &code, 3, 999), Ok(token));
        assert_eq!(verify_badge(KEY, &format!(" {} ", code.to_lowercase()), 3, 0), Ok(token), "typed in lower case");
        assert_eq!(verify_badge(KEY, &code, 4, 999), Err(TokenRefused::OtherCycle));
        assert_eq!(verify_badge(KEY, &code, 3, 1_000), Err(TokenRefused::Expired));
        assert_eq!(verify_badge(b"another key", &code, 3, 999), Err(TokenRefused::Forged));
        let later = code.replace("-1000-", "-9000-");
        assert_eq!(verify_badge(KEY, &later, 3, 999), Err(TokenRefused::Forged), "a badge's date cannot be changed");
        assert_eq!(verify_badge(KEY, "https://example.org", 3, 0), Err(TokenRefused::Malformed));
        assert_eq!(verify_badge(KEY, "", 3, 0), Err(TokenRefused::Malformed));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any bytes at all are answered with a reason or accepted as a real JPEG or PNG; never a panic.
        #[test]
        fn arbitrary_bytes_never_pass_as_a_photo_unless_they_are_one(bytes in proptest::collection::vec(any::<u8>(), 0..2048), png_header in any::<bool>()) {
            let mut bytes = bytes;
            if png_header {
                bytes.splice(0..0, b"\x89PNG\r\n\x1a\n".iter().copied());
            }
            let result = check_photo(&bytes, &PhotoRules::default());
            prop_assert!(result.is_err());
            if sniff(&bytes).is_none() {
                prop_assert!(matches!(result, Err(PhotoRefused::NotAnImage | PhotoRefused::Missing)));
            }
        }

        /// A photo of one colour, whatever colour and size, is blank.
        #[test]
        fn a_uniform_photo_is_refused_whatever_its_colour(shade in any::<u8>(), width in 300u32..400, extra in 0u32..40) {
            let height = width * 5 / 4 + extra;
            let result = check_photo(&png(width, height, |_, _| shade), &PhotoRules::default());
            prop_assert_eq!(result, Err(PhotoRefused::Uniform));
        }

        /// Dimensions decide exactly as the rules say: small, big, aspect, or accepted.
        #[test]
        fn dimensions_and_aspect_decide_as_the_rules_say(width in 50u32..700, height in 50u32..700) {
            let rules = PhotoRules { max_width: 600, max_height: 650, ..PhotoRules::default() };
            let result = check_photo(&png(width, height, |x, y| ((x * 13 + y * 7) % 251) as u8), &rules);
            let aspect = width * 1000 / height;
            let expected = if width < 240 || height < 300 {
                Err(PhotoRefused::TooSmall { min_width: 240, min_height: 300 })
            } else if width > 600 || height > 650 {
                Err(PhotoRefused::TooBig { max_width: 600, max_height: 650 })
            } else if !(600..=1000).contains(&aspect) {
                Err(PhotoRefused::Aspect { min_milli: 600, max_milli: 1000 })
            } else {
                Ok(PhotoType::Png)
            };
            prop_assert_eq!(result, expected);
        }

        /// A signed badge verifies for its cycle before its expiry, and any change to a character of it is refused.
        #[test]
        fn badges_verify_and_any_altered_character_is_refused(
            cycle in 1i64..10_000, registration in 1i64..10_000_000, expires in 1i64..4_000_000_000, at in 0usize..64, now in 0i64..4_000_000_000,
        ) {
            let token = BadgeToken { cycle_id: cycle, registration_id: registration, expires_at: expires };
            let code = sign_badge(KEY, &token);
            let verdict = verify_badge(KEY, &code, cycle, now);
            prop_assert_eq!(verdict, if now < expires { Ok(token) } else { Err(TokenRefused::Expired) });
            prop_assert_eq!(verify_badge(KEY, &code, cycle + 1, 0), Err(TokenRefused::OtherCycle));
            let mut altered: Vec<char> = code.chars().collect();
            let i = at % altered.len();
            altered[i] = match altered[i] { '-' => 'A', '9' => '8', c if c.is_ascii_digit() => '9', 'A' => 'B', _ => 'A' };
            let altered: String = altered.into_iter().collect();
            prop_assert!(verify_badge(KEY, &altered, cycle, 0).is_err(), "{} accepted", altered);
        }

        /// Keys that differ make codes that do not verify: a forged badge is called forged.
        #[test]
        fn another_key_is_a_forgery(key in proptest::collection::vec(any::<u8>(), 1..64), registration in 1i64..1_000_000) {
            prop_assume!(key.as_slice() != KEY);
            let code = sign_badge(&key, &BadgeToken { cycle_id: 1, registration_id: registration, expires_at: i64::MAX });
            prop_assert_eq!(verify_badge(KEY, &code, 1, 0), Err(TokenRefused::Forged));
        }
    }
}
