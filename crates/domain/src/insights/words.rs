//! Words: the language of a text, stop words per language (with the fillers of spoken captions), the surface
//! words of a text, and YAKE-style keyphrases (Campos et al. 2020: a word's score from its frequency, spread over
//! sentences and the variety of its neighbours, lower is better; a phrase's from its words').

use std::collections::{HashMap, HashSet};

const EN: &str = "a about above after again against all also am an and any are as at be because been before being below \
between both but by can could did do does doing down during each few for from further had has have having he her here \
hers him his how i if in into is it its itself just let me more most my no nor not now of off on once only or other our \
ours out over own same she should so some such than that the their theirs them then there these they this those through \
to too under until up very was we were what when where which while who whom why will with would you your yours us may \
might must shall one two three first second many much well even still yet however therefore thus within without upon \
across among via per every another something anything everything nothing someone anyone everyone";
/// Words of spoken captions that carry no topic ("thank you", "I think", "you know").
const FILLERS_EN: &str = "thank thanks thanking yes yeah okay ok please think thought like really going go gone get got \
know say said says saying want wanted way lot lots kind sort actually basically sure right good great floor question \
questions mic microphone hear minute minutes time today colleague colleagues session panel panelist panelists speaker \
speakers ladies gentlemen everybody hello hi welcome morning afternoon evening mean point come came talk talking \
mentioned mention chair chairman moderator excellency excellencies distinguished giving gives also maybe quite bit little able make made look looking see seen give given take need needs";
const FR: &str = "a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma \
mais me meme même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un \
une vos votre vous c d j l m n s t y été être avoir fait est sont ont était plus comme aussi donc alors très tout tous \
toutes merci";
const ES: &str = "a al algo como con cual cuando de del desde donde el ella ellas ellos en entre era es esa ese eso esta \
este esto estos estas fue ha han hay la las le les lo los mas más me mi muy ni no nos o para pero por que qué se sea ser \
si sí sin sobre su sus también te tiene todo todos tu un una uno unos y ya gracias";
const RU: &str = "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было \
вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам \
ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже \
себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были \
куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая \
много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю \
между спасибо";
const AR: &str = "في من على إلى عن مع هذا هذه ذلك التي الذي التي هو هي هم نحن أن إن كان كانت لا ما لم لن قد ثم أو و \
يا كل بعد قبل عند حتى بين شكرا";

fn list(lang: &str) -> &'static HashSet<&'static str> {
    use std::sync::OnceLock;
    static LISTS: OnceLock<HashMap<&'static str, HashSet<&'static str>>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let set = |s: &'static str| s.split_whitespace().collect::<HashSet<_>>();
        let mut en = set(EN);
        en.extend(set(FILLERS_EN));
        HashMap::from([("en", en), ("fr", set(FR)), ("es", set(ES)), ("ru", set(RU)), ("ar", set(AR)), ("zh", HashSet::new())])
    });
    lists.get(lang).unwrap_or(&lists["en"])
}

/// Whether a lower-cased word is a stop word (or a caption filler) in a language. English ones count in every
/// language: captions mix English into every session.
pub fn is_stop_word(lang: &str, word: &str) -> bool {
    list(lang).contains(word) || (lang != "en" && list("en").contains(word)) || word.chars().all(|c| c.is_ascii_digit())
}

/// A sentence that is only thanks and floor management, whatever its length.
pub fn is_filler_sentence(sentence: &str) -> bool {
    let words: Vec<String> = surface_words(sentence);
    !words.is_empty() && words.iter().all(|w| is_stop_word("en", w) || w.chars().count() <= 2)
}

/// The lower-cased words of a text (letters and digits; each CJK character a word).
pub fn surface_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let cjk = matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF);
        if c.is_alphanumeric() && !cjk || c == '-' && !word.is_empty() {
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word).trim_end_matches('-').to_string());
        }
        if cjk {
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(word.trim_end_matches('-').to_string());
    }
    out.retain(|w| !w.is_empty());
    out
}

/// The language of a text: by script for Arabic, Cyrillic and CJK, else by which of English, French and Spanish
/// function words it uses most (English when none).
pub fn language(text: &str) -> &'static str {
    let (mut arabic, mut cyrillic, mut cjk, mut latin) = (0, 0, 0, 0);
    for c in text.chars() {
        match c as u32 {
            0x0600..=0x06FF => arabic += 1,
            0x0400..=0x04FF => cyrillic += 1,
            0x3040..=0x30FF | 0x4E00..=0x9FFF => cjk += 1,
            _ if c.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let top = *[arabic, cyrillic, cjk, latin].iter().max().unwrap_or(&0);
    if top == 0 || top == latin {
        let words = surface_words(text);
        let score = |l: &str| words.iter().filter(|w| list(l).contains(w.as_str()) && !list("en").contains(w.as_str())).count();
        let english = words.iter().filter(|w| EN.split_whitespace().any(|s| s == w.as_str())).count();
        let (fr, es) = (score("fr"), score("es"));
        if fr > english && fr >= es {
            "fr"
        } else if es > english && es > fr {
            "es"
        } else {
            "en"
        }
    } else if top == arabic {
        "ar"
    } else if top == cyrillic {
        "ru"
    } else {
        "zh"
    }
}

/// Keyphrases of a set of sentences, YAKE-style: candidate phrases of one to three words with no stop word,
/// scored from their words' features (lower is better), kept only if the phrase is `lift` times more frequent
/// here than in `background` (counts of the words in the whole archive, with its number of sentences) — so a
/// topic is not labelled "internet" like every other. Returns the best `n` that do not repeat a word.
pub fn keyphrases(sentences: &[(&str, &'static str)], background: &Background, n: usize) -> Vec<String> {
    let mut tf: HashMap<&str, f64> = HashMap::new();
    let mut in_sentences: HashMap<&str, HashSet<usize>> = HashMap::new();
    let mut neighbours: HashMap<&str, (HashSet<String>, HashSet<String>)> = HashMap::new();
    let mut phrases: HashMap<Vec<String>, f64> = HashMap::new();
    let tokenised: Vec<(Vec<String>, &str)> = sentences.iter().map(|(s, l)| (surface_words(s), *l)).collect();
    for (i, (words, lang)) in tokenised.iter().enumerate() {
        let keep: Vec<bool> =
            words.iter().map(|w| !is_stop_word(lang, w) && w.chars().count() > 2 || w.chars().any(|c| (c as u32) >= 0x4E00)).collect();
        for (j, w) in words.iter().enumerate() {
            if !keep[j] {
                continue;
            }
            *tf.entry(w).or_default() += 1.0;
            in_sentences.entry(w).or_default().insert(i);
            let entry = neighbours.entry(w).or_default();
            if j > 0 {
                entry.0.insert(words[j - 1].clone());
            }
            if j + 1 < words.len() {
                entry.1.insert(words[j + 1].clone());
            }
            for len in 1..=3 {
                if j + len <= words.len() && keep[j..j + len].iter().all(|k| *k) {
                    *phrases.entry(words[j..j + len].to_vec()).or_default() += 1.0;
                }
            }
        }
    }
    if tf.is_empty() {
        return Vec::new();
    }
    let counts: Vec<f64> = tf.values().copied().collect();
    let mean = counts.iter().sum::<f64>() / counts.len() as f64;
    let std = (counts.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / counts.len() as f64).sqrt();
    let max_tf = counts.iter().copied().fold(0.0, f64::max);
    let total = tokenised.len().max(1) as f64;
    let score: HashMap<&str, f64> = tf
        .iter()
        .map(|(w, f)| {
            let (left, right) = &neighbours[w];
            let relatedness = 1.0 + (left.len() as f64 / f + right.len() as f64 / f) * (f / max_tf);
            let spread = in_sentences[w].len() as f64 / total;
            let norm = f / (mean + std);
            (*w, relatedness / (1.0 + norm / relatedness + spread / relatedness))
        })
        .collect();
    let mut scored: Vec<(f64, Vec<String>)> = phrases
        .into_iter()
        .filter(|(p, f)| *f >= (0.05 * total).ceil().max(2.0) && background.lift(p, *f, total) >= 1.5)
        .map(|(p, f)| {
            let prod: f64 = p.iter().map(|w| score[w.as_str()]).product();
            let sum: f64 = p.iter().map(|w| score[w.as_str()]).sum();
            (prod / (f * (1.0 + sum)), p)
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let mut used: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for (_, p) in scored {
        if p.iter().any(|w| used.contains(w)) {
            continue;
        }
        used.extend(p.iter().cloned());
        out.push(p.join(" "));
        if out.len() == n {
            break;
        }
    }
    out
}

/// How often words occur in the whole archive (sentences containing them), for keyphrases' lift.
#[derive(Debug, Clone, Default)]
pub struct Background {
    pub sentences: f64,
    pub df: HashMap<String, f64>,
}

impl Background {
    pub fn of<'a>(texts: impl Iterator<Item = &'a str>) -> Background {
        let mut b = Background::default();
        for t in texts {
            b.sentences += 1.0;
            let words: HashSet<String> = surface_words(t).into_iter().collect();
            for w in words {
                *b.df.entry(w).or_default() += 1.0;
            }
        }
        b
    }

    /// How much more frequent a phrase's rarest word is in a set of `total` sentences (where the phrase occurs
    /// `f` times) than in the archive.
    fn lift(&self, phrase: &[String], f: f64, total: f64) -> f64 {
        if self.sentences == 0.0 {
            return f64::INFINITY;
        }
        let df = phrase.iter().map(|w| self.df.get(w).copied().unwrap_or(1.0)).fold(f64::INFINITY, f64::min);
        (f / total) / (df / self.sentences)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_script_and_function_words() {
        assert_eq!(language("The forum agreed that access is a right."), "en");
        assert_eq!(language("Le forum a dit que les réseaux communautaires sont une solution pour nous."), "fr");
        assert_eq!(language("El foro dijo que las redes comunitarias son una solución para todos."), "es");
        assert_eq!(language("Форум обсудил доступ к интернету."), "ru");
        assert_eq!(language("ناقش المنتدى الوصول إلى الإنترنت"), "ar");
        assert_eq!(language("论坛讨论了互联网接入"), "zh");
    }

    #[test]
    fn fillers_are_recognised() {
        assert!(is_filler_sentence("Thank you very much, Chair, for giving me the floor."));
        assert!(!is_filler_sentence("Thank you, community networks need spectrum."));
    }

    #[test]
    fn keyphrases_prefer_distinctive_repeated_phrases() {
        let cluster = [
            ("Community networks need spectrum to reach rural villages.", "en"),
            ("Rural villages build community networks with local cooperatives.", "en"),
            ("Spectrum for community networks is cheap in some countries.", "en"),
            ("The internet matters for community networks.", "en"),
        ];
        let mut all: Vec<&str> = cluster.iter().map(|c| c.0).collect();
        let other = ["The internet must stay open.", "The internet is global.", "Internet governance is multistakeholder."];
        all.extend(other);
        let background = Background::of(all.into_iter());
        let phrases = keyphrases(&cluster, &background, 3);
        assert_eq!(phrases.first().map(String::as_str), Some("community networks"), "{phrases:?}");
        assert!(!phrases.iter().any(|p| p == "internet"), "{phrases:?}");
    }
}
