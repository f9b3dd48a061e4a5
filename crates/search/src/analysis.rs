//! Language-aware text analysis: one word tokenizer for every language that also splits Chinese, Japanese and
//! Korean text into single characters (they are written without spaces, and a phrase of characters then matches
//! the words they make), followed per language by lower-casing and, where a stemmer exists, stemming.

use tantivy::tokenizer::{Language, LowerCaser, RemoveLongFilter, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer};

/// The six UN languages the archive analyses; anything else is analysed as English.
pub const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

/// The tokenizer name registered for a language's fields.
pub fn tokenizer_name(lang: &str) -> String {
    format!("agora_{lang}")
}

/// The analyzer of one language: words (CJK split per character), lower-cased, too-long tokens dropped, stemmed
/// where rust-stemmers has the language (all of them but Chinese, which needs none).
pub fn analyzer(lang: &str) -> TextAnalyzer {
    let stemmer = match lang {
        "en" => Some(Language::English),
        "fr" => Some(Language::French),
        "es" => Some(Language::Spanish),
        "ar" => Some(Language::Arabic),
        "ru" => Some(Language::Russian),
        _ => None,
    };
    let base = TextAnalyzer::builder(WordTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser);
    match stemmer {
        Some(language) => base.filter(Stemmer::new(language)).build(),
        None => base.build(),
    }
}

/// The analysed terms (stems) of a text in a language, skipping the words whose lower-cased surface form `keep`
/// refuses (stop words). An analyzer is made once per thread and language.
pub fn stems(lang: &str, text: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static ANALYZERS: RefCell<HashMap<String, TextAnalyzer>> = RefCell::new(HashMap::new());
    }
    ANALYZERS.with(|cell| {
        let mut analyzers = cell.borrow_mut();
        let analyzer = analyzers.entry(lang.to_string()).or_insert_with(|| analyzer(lang));
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let token = stream.token();
            let surface = text[token.offset_from..token.offset_to].to_lowercase();
            if keep(&surface) {
                out.push(token.text.clone());
            }
        }
        out
    })
}

/// True for the scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F) // CJK Extensions B–F and supplement
}

/// Splits on anything not alphanumeric, and makes each CJK character a token of its own.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

pub struct WordTokenStream<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream { text, chars: text.char_indices().peekable(), token: &mut self.token }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        while let Some((from, c)) = self.chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut to = from + c.len_utf8();
            if !is_cjk(c) {
                while let Some(&(at, next)) = self.chars.peek() {
                    if !next.is_alphanumeric() || is_cjk(next) {
                        break;
                    }
                    to = at + next.len_utf8();
                    self.chars.next();
                }
            }
            self.token.offset_from = from;
            self.token.offset_to = to;
            self.token.text.push_str(&self.text[from..to]);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// A cheap guess of a text's language among the six, for rows that do not say theirs: the script decides
/// Arabic, Russian and Chinese; among Latin-script texts, the commonest short words decide French or Spanish.
pub fn guess_language(text: &str) -> &'static str {
    let (mut cjk, mut arabic, mut cyrillic, mut letters) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().take(2000).filter(|c| c.is_alphabetic()) {
        letters += 1;
        match c as u32 {
            _ if is_cjk(c) => cjk += 1,
            0x0600..=0x06FF | 0x0750..=0x077F => arabic += 1,
            0x0400..=0x04FF => cyrillic += 1,
            _ => {}
        }
    }
    if letters == 0 {
        return "en";
    }
    if cjk * 5 > letters {
        return "zh";
    }
    if arabic * 2 > letters {
        return "ar";
    }
    if cyrillic * 2 > letters {
        return "ru";
    }
    let (mut en, mut fr, mut es) = (0, 0, 0);
    for word in text.split(|c: char| !c.is_alphabetic()).take(400) {
        match word.to_lowercase().as_str() {
            "the" | "and" | "of" | "to" | "is" | "for" | "with" => en += 1,
            "le" | "les" | "et" | "des" | "est" | "une" | "du" | "pour" => fr += 1,
            "el" | "los" | "las" | "y" | "es" | "una" | "por" | "para" | "del" => es += 1,
            _ => {}
        }
    }
    if fr > en && fr >= es {
        "fr"
    } else if es > en && es > fr {
        "es"
    } else {
        "en"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: &str, text: &str) -> Vec<String> {
        let mut analyzer = analyzer(lang);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn english_is_stemmed_and_lower_cased() {
        assert_eq!(tokens("en", "Governing the Internet's Fragmentation"), ["govern", "the", "internet", "s", "fragment"]);
    }

    #[test]
    fn chinese_is_split_per_character_beside_latin_words() {
        assert_eq!(tokens("zh", "互联网治理 IGF论坛"), ["互", "联", "网", "治", "理", "igf", "论", "坛"]);
    }

    #[test]
    fn other_un_languages_are_stemmed() {
        assert_eq!(tokens("fr", "gouvernances"), tokens("fr", "gouvernance"));
        assert_eq!(tokens("es", "gobernanzas"), tokens("es", "gobernanza"));
        assert_eq!(tokens("ru", "интернета"), tokens("ru", "интернет"));
    }

    #[test]
    fn languages_are_guessed_from_script_and_common_words() {
        assert_eq!(guess_language("互联网治理论坛"), "zh");
        assert_eq!(guess_language("منتدى إدارة الإنترنت"), "ar");
        assert_eq!(guess_language("Форум по управлению интернетом"), "ru");
        assert_eq!(guess_language("Le forum sur la gouvernance de l'internet et les droits"), "fr");
        assert_eq!(guess_language("El foro para la gobernanza de internet y los derechos"), "es");
        assert_eq!(guess_language("The forum on the governance of the Internet"), "en");
    }
}
