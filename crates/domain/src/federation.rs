//! NRI federation: the signed feed in which a national or regional IGF running its own Agora publishes its annual
//! reports and outcomes, and the checks a subscribing forum makes before it trusts one (docs/federation.md).
//!
//! A feed is `{"format": "agora-nri-feed/1", "payload": {...}, "signature": {"alg": "ed25519", "key": …,
//! "value": …}}`; the signature is over the payload's canonical bytes (RFC 8785 for the JSON we use: strings,
//! integers, booleans, null, arrays and objects — never floats), so any JSON library that keeps the values can
//! re-serialise the payload and still verify it. Everything here is pure: the web layer fetches and stores.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

pub const FORMAT: &str = "agora-nri-feed/1";
pub const ALGORITHM: &str = "ed25519";

/// Why a feed was refused; `code()` names it for translation and for the public record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedError {
    /// Not JSON, or not the document's shape (the detail says what is missing).
    Malformed(String),
    /// A `format` this version does not read.
    Format(String),
    /// A signature algorithm other than ed25519.
    Algorithm(String),
    /// Signed with a key other than the one the subscriber pinned.
    Key,
    /// The signature does not match the payload.
    Signature,
    /// A float in the payload: RFC 8785 number formatting is not needed by the format and is refused.
    Float,
}

impl FeedError {
    pub fn code(&self) -> &'static str {
        match self {
            FeedError::Malformed(_) => "malformed",
            FeedError::Format(_) => "format",
            FeedError::Algorithm(_) => "algorithm",
            FeedError::Key => "key",
            FeedError::Signature => "signature",
            FeedError::Float => "float",
        }
    }

    /// The detail in English, for logs and the public record.
    pub fn detail(&self) -> String {
        match self {
            FeedError::Malformed(d) => format!("malformed feed: {d}"),
            FeedError::Format(f) => format!("unknown format {f:?}"),
            FeedError::Algorithm(a) => format!("unsupported signature algorithm {a:?}"),
            FeedError::Key => "signed with a key other than the pinned one".into(),
            FeedError::Signature => "the signature does not match the payload".into(),
            FeedError::Float => "the payload holds a floating-point number".into(),
        }
    }
}

/// The canonical bytes of a JSON value: object keys sorted by their UTF-16 code units, no whitespace, strings
/// escaped as RFC 8785 (ECMAScript) does. Floats are refused rather than formatted.
pub fn canonical(value: &Value) -> Result<Vec<u8>, FeedError> {
    let mut out = Vec::new();
    write_canonical(value, &mut out)?;
    Ok(out)
}

fn write_canonical(value: &Value, out: &mut Vec<u8>) -> Result<(), FeedError> {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => {
            // Integers print the same in every serialiser; floats would need ECMAScript's shortest form.
            if let Some(i) = n.as_i64() {
                out.extend_from_slice(i.to_string().as_bytes());
            } else if let Some(u) = n.as_u64() {
                out.extend_from_slice(u.to_string().as_bytes());
            } else {
                return Err(FeedError::Float);
            }
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(item, out)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            // Sorted here, not by the map: serde_json keeps insertion order when a dependency asks it to.
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push(b'{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_string(key, out);
                out.push(b':');
                write_canonical(&map[key], out)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\u{8}' => out.extend_from_slice(b"\\b"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\u{c}' => out.extend_from_slice(b"\\f"),
            '\r' => out.extend_from_slice(b"\\r"),
            c if (c as u32) < 0x20 => out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes()),
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

/// A public key as the feed and the pinning form carry it: standard base64 of its 32 bytes.
pub fn key_text(key: &VerifyingKey) -> String {
    BASE64.encode(key.as_bytes())
}

/// Reads a pinned or announced key; `None` if it is not 32 bytes of base64 making an ed25519 point.
pub fn parse_key(text: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = BASE64.decode(text.trim()).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// A key's fingerprint for people to compare by eye or by phone: SHA-256 of the key bytes, hex in groups of four.
pub fn fingerprint(key: &VerifyingKey) -> String {
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    hex.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// SHA-256 of the canonical payload, hex: what a subscriber remembers to know whether a feed changed.
pub fn payload_digest(payload: &Value) -> Result<String, FeedError> {
    Ok(Sha256::digest(canonical(payload)?).iter().map(|b| format!("{b:02x}")).collect())
}

/// The signed feed document of a payload.
pub fn sign(payload: &Value, key: &SigningKey) -> Result<Value, FeedError> {
    let signature = key.sign(&canonical(payload)?);
    Ok(serde_json::json!({
        "format": FORMAT,
        "payload": payload,
        "signature": { "alg": ALGORITHM, "key": key_text(&key.verifying_key()), "value": BASE64.encode(signature.to_bytes()) },
    }))
}

/// Checks a received document against the pinned key and returns its payload: the format, the algorithm, the key
/// (the feed's announced key must be the pinned one) and the signature over the canonical payload.
pub fn verify(document: &[u8], pinned: &VerifyingKey) -> Result<Feed, FeedError> {
    let document: Value = serde_json::from_slice(document).map_err(|e| FeedError::Malformed(e.to_string()))?;
    let field = |name: &str| document.get(name).ok_or_else(|| FeedError::Malformed(format!("no {name:?}")));
    let format = field("format")?.as_str().unwrap_or_default();
    if format != FORMAT {
        return Err(FeedError::Format(format.to_string()));
    }
    let payload = field("payload")?;
    let signature = field("signature")?;
    let text =
        |name: &str| signature.get(name).and_then(Value::as_str).ok_or_else(|| FeedError::Malformed(format!("no signature {name:?}")));
    let alg = text("alg")?;
    if alg != ALGORITHM {
        return Err(FeedError::Algorithm(alg.to_string()));
    }
    let announced = parse_key(text("key")?).ok_or_else(|| FeedError::Malformed("the signature key is not an ed25519 key".into()))?;
    if announced != *pinned {
        return Err(FeedError::Key);
    }
    let value: [u8; 64] = BASE64
        .decode(text("value")?)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| FeedError::Malformed("the signature value is not 64 bytes of base64".into()))?;
    pinned.verify(&canonical(payload)?, &Signature::from_bytes(&value)).map_err(|_| FeedError::Signature)?;
    serde_json::from_value(payload.clone()).map_err(|e| FeedError::Malformed(e.to_string()))
}

/// The payload of a feed: who publishes it, when, and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feed {
    pub forum: Forum,
    /// Seconds since 1970 (UTC), as every time in the feed.
    pub generated_at: i64,
    #[serde(default)]
    pub annual_reports: Vec<AnnualReport>,
    #[serde(default)]
    pub messages: Vec<Message>,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
    #[serde(default)]
    pub participation: Vec<Participation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forum {
    pub name: String,
    pub url: String,
    /// ISO 3166 alpha-2, or empty for a regional NRI.
    #[serde(default)]
    pub country: String,
    /// national, regional, sub-regional or youth; empty if the forum has not said.
    #[serde(default)]
    pub nri_level: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnualReport {
    pub year: i64,
    pub text: String,
    pub filed_at: i64,
}

/// A published IGF Message (or Chair's summary) of one of the forum's cycles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: i64,
    pub cycle: String,
    pub kind: String,
    pub title: String,
    pub body: String,
    pub published_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    pub id: i64,
    #[serde(default)]
    pub cycle: String,
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub addressed: Vec<Addressee>,
}

/// A body a recommendation is addressed to, and where its answer stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Addressee {
    pub body: String,
    pub status: String,
}

/// A cycle's attendance as its session reports count it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    pub cycle: String,
    pub sessions: i64,
    pub reports: i64,
    pub onsite: i64,
    pub online: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn feed() -> Feed {
        Feed {
            forum: Forum {
                name: "Kenya IGF".into(),
                url: "https://kigf.example".into(),
                country: "KE".into(),
                nri_level: "national".into(),
            },
            generated_at: 1_790_000_000,
            annual_reports: vec![AnnualReport { year: 2026, text: "Nairobi, 3 days, \"open\" \u{1}\n".into(), filed_at: 1_789_000_000 }],
            messages: vec![],
            recommendations: vec![Recommendation {
                id: 4,
                cycle: "KIGF 2026".into(),
                title: "Open data".into(),
                text: "Publish".into(),
                addressed: vec![Addressee { body: "CA".into(), status: "sent".into() }],
            }],
            participation: vec![Participation { cycle: "KIGF 2026".into(), sessions: 12, reports: 10, onsite: 340, online: 512 }],
        }
    }

    fn signed(seed: u8) -> Value {
        sign(&serde_json::to_value(feed()).unwrap(), &key(seed)).unwrap()
    }

    fn bytes(v: &Value) -> Vec<u8> {
        serde_json::to_vec_pretty(v).unwrap()
    }

    #[test]
    fn canonical_form_sorts_keys_and_drops_whitespace() {
        let v = json!({ "b": [1, -2, {"z": null, "a": true}], "a": "é\"\\\u{1f}\n", "A": 18446744073709551615u64 });
        assert_eq!(
            String::from_utf8(canonical(&v).unwrap()).unwrap(),
            "{\"A\":18446744073709551615,\"a\":\"é\\\"\\\\\\u001f\\n\",\"b\":[1,-2,{\"a\":true,\"z\":null}]}"
        );
    }

    #[test]
    fn keys_sort_by_utf16_code_units() {
        // U+1F600 is the surrogate pair D83D DE00 in UTF-16, which sorts before U+FF61: the reverse of code-point order.
        let v = json!({ "\u{ff61}": 1, "\u{1f600}": 2 });
        assert_eq!(String::from_utf8(canonical(&v).unwrap()).unwrap(), "{\"\u{1f600}\":2,\"\u{ff61}\":1}");
    }

    #[test]
    fn floats_are_refused() {
        assert_eq!(canonical(&json!({ "x": 1.5 })), Err(FeedError::Float));
    }

    #[test]
    fn a_signed_feed_verifies_with_its_key() {
        assert_eq!(verify(&bytes(&signed(7)), &key(7).verifying_key()), Ok(feed()));
    }

    #[test]
    fn reordered_keys_and_whitespace_still_verify() {
        let text = serde_json::to_string(&signed(7)).unwrap();
        let mut doc: Value = serde_json::from_str(&text).unwrap();
        // Rebuild the payload's forum object in reverse key order, then print it with different whitespace.
        let forum = doc["payload"]["forum"].as_object().unwrap().clone();
        let reversed: String =
            forum.iter().rev().map(|(k, v)| format!("{}: {}", Value::from(k.as_str()), v)).collect::<Vec<_>>().join(" ,\n ");
        doc["payload"]["forum"] = Value::Null;
        let text = serde_json::to_string_pretty(&doc).unwrap().replace("\"forum\": null", &format!("\"forum\": {{ {reversed} }}"));
        assert!(text.find("nri_level").unwrap() < text.find("\"name\"").unwrap());
        assert_eq!(verify(text.as_bytes(), &key(7).verifying_key()), Ok(feed()));
    }

    #[test]
    fn a_tampered_payload_is_refused() {
        let mut doc = signed(7);
        doc["payload"]["annual_reports"][0]["year"] = json!(2025);
        assert_eq!(verify(&bytes(&doc), &key(7).verifying_key()), Err(FeedError::Signature));
    }

    #[test]
    fn another_key_is_refused_even_with_a_valid_signature() {
        assert_eq!(verify(&bytes(&signed(8)), &key(7).verifying_key()), Err(FeedError::Key));
    }

    #[test]
    fn a_signature_swapped_in_under_the_pinned_key_is_refused() {
        let mut doc = signed(8);
        doc["signature"]["key"] = json!(key_text(&key(7).verifying_key()));
        assert_eq!(verify(&bytes(&doc), &key(7).verifying_key()), Err(FeedError::Signature));
    }

    #[test]
    fn malformed_documents_say_why() {
        let pinned = key(7).verifying_key();
        assert!(matches!(verify(b"<html>", &pinned), Err(FeedError::Malformed(_))));
        assert!(matches!(verify(b"{\"format\":\"agora-nri-feed/1\"}", &pinned), Err(FeedError::Malformed(_))));
        let mut doc = signed(7);
        doc["format"] = json!("agora-nri-feed/9");
        assert_eq!(verify(&bytes(&doc), &pinned), Err(FeedError::Format("agora-nri-feed/9".into())));
        let mut doc = signed(7);
        doc["signature"]["alg"] = json!("rsa");
        assert_eq!(verify(&bytes(&doc), &pinned), Err(FeedError::Algorithm("rsa".into())));
        let mut doc = signed(7);
        doc["signature"]["value"] = json!("AAAA");
        assert!(matches!(verify(&bytes(&doc), &pinned), Err(FeedError::Malformed(_))));
    }

    #[test]
    fn keys_round_trip_through_text_and_fingerprints_are_grouped() {
        let k = key(7).verifying_key();
        assert_eq!(parse_key(&key_text(&k)), Some(k));
        assert_eq!(parse_key("not base64!"), None);
        assert_eq!(parse_key(&BASE64.encode([1u8; 31])), None);
        let f = fingerprint(&k);
        assert_eq!(f.len(), 64 + 15);
        assert_eq!(f.split(' ').count(), 16);
    }

    /// JSON values of the kinds a payload holds: any strings (control characters, quotes, non-ASCII), integers.
    fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<String>().prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                proptest::collection::btree_map(any::<String>(), inner, 0..8).prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        /// The canonical bytes are JSON that reads back as the same value, and are a fixed point.
        #[test]
        fn canonical_bytes_read_back_as_the_same_value(v in json_value()) {
            let bytes = canonical(&v).unwrap();
            let back: Value = serde_json::from_slice(&bytes).unwrap();
            proptest::prop_assert_eq!(&back, &v);
            proptest::prop_assert_eq!(canonical(&back).unwrap(), bytes);
        }

        /// Any signed payload verifies with its key, whatever the whitespace the document is printed with.
        #[test]
        fn any_payload_verifies_once_signed(v in json_value(), seed in 0u8..=255) {
            let payload = serde_json::json!({ "forum": { "name": "F", "url": "https://f.example" }, "generated_at": 1, "extra": v });
            let document = sign(&payload, &key(seed)).unwrap();
            proptest::prop_assert!(verify(&bytes(&document), &key(seed).verifying_key()).is_ok());
        }
    }
}
