//! The meeting's per-request checks at the scale: the badge photo's checks (10,000 registrations with
//! photos within an hour is about 3 a second) and badge verification at the desks (3,500 check-ins in the first
//! hour at 4 desks). Prints the time per photo for a typical phone JPEG and a PNG, and per badge verification.
//!
//! Run: cargo bench -p agora-domain --bench meeting

use agora_domain::meeting::{BadgeToken, PhotoRules, check_photo, sign_badge, verify_badge};
use std::time::Instant;

fn encoded(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([((x * 7 + y * 3) % 256) as u8, ((x ^ y) % 256) as u8, ((x * y / 97) % 256) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

fn per_call(label: &str, n: u32, mut f: impl FnMut()) {
    f();
    let start = Instant::now();
    for _ in 0..n {
        f();
    }
    let each = start.elapsed() / n;
    println!("{label}: {each:?} each ({:.0} per second on one core)", 1.0 / each.as_secs_f64());
}

fn main() {
    let rules = PhotoRules::default();
    let jpeg = encoded(900, 1200, image::ImageFormat::Jpeg);
    let png = encoded(600, 800, image::ImageFormat::Png);
    println!("photo sizes: JPEG 900×1200 {} KB, PNG 600×800 {} KB", jpeg.len() / 1024, png.len() / 1024);
    assert!(check_photo(&jpeg, &rules).is_ok() && check_photo(&png, &rules).is_ok());
    per_call("check_photo, JPEG 900×1200", 50, || assert!(check_photo(&jpeg, &rules).is_ok()));
    per_call("check_photo, PNG 600×800", 50, || assert!(check_photo(&png, &rules).is_ok()));
    let bomb = encoded(4000, 5001, image::ImageFormat::Png);
    per_call("check_photo, PNG 4000×5001 refused from its header", 50, || {
        assert!(check_photo(&bomb, &PhotoRules { max_bytes: u32::MAX, ..rules }).is_err())
    });
    let key = b"the forum's secret, 32 bytes long";
    let code = sign_badge(key, &BadgeToken { cycle_id: 7, registration_id: 123_456, expires_at: 4_000_000_000 });
    per_call("verify_badge", 100_000, || assert!(verify_badge(key, &code, 7, 1_000).is_ok()));
}
