//! Fuzzing the importers on stable Rust: every parser that reads outside input — frab schedule.xml, Polis
//! exports, the questionnaire syntax, transcripts, NRI feeds — gets arbitrary text and mutilated real files
//! (cut, bytes flipped, lines swapped) and must answer with a value or an error, never a panic.

use agora_domain::consultations::{parse_questionnaire, polis};
use agora_domain::programme::frab;
use agora_domain::{federation, reports};
use proptest::prelude::*;

const FRAB: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>1.0</version>
  <conference><acronym>igf</acronym><title>Internet Governance Forum &amp; Co</title><start>2026-06-15</start><end>2026-06-16</end><days>2</days><timeslot_duration>00:15</timeslot_duration><time_zone_name>Africa/Nairobi</time_zone_name></conference>
  <day index="1" date="2026-06-15" start="2026-06-15T09:00:00+03:00" end="2026-06-15T18:00:00+03:00">
    <room name="Plenary" guid="b7e4">
      <event guid="1a" id="101"><date>2026-06-15T09:00:00+03:00</date><start>09:00</start><duration>01:30</duration><room>Plenary</room><slug>opening</slug><title>Opening</title><subtitle/><track>Main</track><type>main-session</type><language>en</language><abstract>Welcome.</abstract><description>The opening &lt;b&gt;session&lt;/b&gt;.</description><persons><person id="7">Amina Diallo</person><person id="8">Kofi Mensah</person></persons><links><link href="https://example.org/1">Stream</link></links></event>
      <event guid="1b" id="102"><date>2026-06-15T11:00:00+03:00</date><start>11:00</start><duration>01:00</duration><room>Plenary</room><title>Meaningful access</title><type>workshop</type><persons><person id="9">Li Wei</person></persons></event>
    </room>
    <room name="Room 2"><event guid="1c" id="103"><start>14:00</start><duration>00:45</duration><room>Room 2</room><title>Community networks</title></event></room>
  </day>
  <day index="2" date="2026-06-16"><room name="Plenary"><event guid="2a" id="201"><start>10:00</start><duration>02:00</duration><room>Plenary</room><title>Closing</title></event></room></day>
</schedule>
"#;
const POLIS_COMMENTS: &str = include_str!("data/polis/vtaiwan.uberx/comments.csv");
const POLIS_VOTES: &str = include_str!("data/polis/vtaiwan.uberx/votes.csv");

/// A real file damaged the way uploads are: cut short, a byte replaced, a span deleted.
fn mutilate(text: &str, cut: usize, at: usize, byte: u8, span: usize) -> String {
    let mut bytes = text.as_bytes().to_vec();
    bytes.truncate(cut % (bytes.len() + 1));
    if !bytes.is_empty() {
        let i = at % bytes.len();
        bytes[i] = byte;
        let end = (i + span).min(bytes.len());
        bytes.drain(i..end);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = frab::parse(&text);
        let _ = parse_questionnaire(&text);
        let _ = reports::turns(&text);
        let _ = polis::parse(&text, &text, None, None);
        let key = federation::parse_key("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
        if let Some(key) = key {
            let _ = federation::verify(text.as_bytes(), &key);
        }
    }

    #[test]
    fn mutilated_real_files_never_panic(cut in 0usize..200_000, at in 0usize..200_000, byte in any::<u8>(), span in 0usize..64) {
        let _ = frab::parse(&mutilate(FRAB, cut, at, byte, span));
        let comments = mutilate(POLIS_COMMENTS, cut, at, byte, span);
        let votes = mutilate(POLIS_VOTES, cut / 3, at / 2, byte, span);
        let _ = polis::parse(&comments, &votes, None, None);
        let _ = polis::parse(POLIS_COMMENTS, &votes, None, None);
    }
}

#[test]
fn the_unharmed_files_parse() {
    assert_eq!(frab::parse(FRAB).expect("the sample schedule").events.len(), 4);
    assert!(polis::parse(POLIS_COMMENTS, POLIS_VOTES, None, None).is_ok());
}
