//! Folding: what two spellings of a name have in common once case, diacritics and punctuation
//! are gone. "Việt Nam", "viet nam" and "VIET-NAM" fold alike; so do "Côte d’Ivoire" and
//! "cote d'ivoire".
//!
//! Canonical decomposition (NFD) is the caller's: the widget passes the browser's
//! `String.prototype.normalize("NFD")`, which costs the wasm nothing, and native code passes the
//! unicode-normalization crate's. This module then drops the combining marks the decomposition
//! leaves, spells out the letters that do not decompose (đ, ø, ł, ß, æ, œ, ı, …), lowercases, and
//! splits into words at anything that is not a letter or a digit. Scripts written without spaces
//! (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar) make every character a word, so a query
//! matches at any character of them.

/// Canonical decomposition (NFD), supplied by the caller.
pub type Nfd<'a> = &'a dyn Fn(&str) -> String;

/// A folded text: its words run together, and where each word starts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    /// The words without separators: "cotedivoire".
    pub compact: String,
    /// Byte offsets in `compact` where each word starts (the first is 0 when there are words).
    pub starts: Vec<usize>,
}

impl Folded {
    pub fn is_empty(&self) -> bool {
        self.compact.is_empty()
    }

    /// The words, in order.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.starts.iter().enumerate().map(move |(i, &start)| {
            let end = self.starts.get(i + 1).copied().unwrap_or(self.compact.len());
            self.compact.get(start..end).unwrap_or_default()
        })
    }

    /// The words joined by single spaces ("cote d ivoire").
    pub fn spaced(&self) -> String {
        self.words().collect::<Vec<_>>().join(" ")
    }
}

/// Folds `text` (see the module's summary).
pub fn fold(text: &str, nfd: Nfd<'_>) -> Folded {
    let mut folded = Folded::default();
    let mut in_word = false;
    for c in nfd(text).chars() {
        if is_combining_mark(c) {
            continue;
        }
        if is_spaceless(c) {
            folded.starts.push(folded.compact.len());
            folded.compact.push(c);
            in_word = false;
            continue;
        }
        if !c.is_alphanumeric() {
            in_word = false;
            continue;
        }
        if !in_word {
            folded.starts.push(folded.compact.len());
            in_word = true;
        }
        match spelled_out(c) {
            Some(s) => folded.compact.push_str(s),
            None => folded.compact.extend(c.to_lowercase().map(unify_arabic)),
        }
    }
    folded
}

/// Letters that canonical decomposition leaves whole, as a reader without them types them.
fn spelled_out(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ı' => "i",
        'þ' | 'Þ' => "th",
        'ħ' | 'Ħ' => "h",
        _ => return None,
    })
}

/// Arabic letters that readers often type for one another: alef maksura for yeh, teh marbuta
/// for heh (the hamza and madda forms of alef decompose to a bare alef plus a mark).
fn unify_arabic(c: char) -> char {
    match c {
        'ى' => 'ي',
        'ة' => 'ه',
        _ => c,
    }
}

/// The combining marks left after decomposition in the scripts the widgets' languages use
/// (Latin, Cyrillic, Arabic, and the general blocks), plus the Arabic tatweel.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{483}'..='\u{489}'
        | '\u{591}'..='\u{5c7}'
        | '\u{610}'..='\u{61a}'
        | '\u{640}'
        | '\u{64b}'..='\u{65f}'
        | '\u{670}'
        | '\u{6d6}'..='\u{6ed}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}

/// Scripts written without spaces between words: each character starts a word.
fn is_spaceless(c: char) -> bool {
    matches!(c,
        '\u{e00}'..='\u{eff}'        // Thai, Lao
        | '\u{1000}'..='\u{109f}'    // Myanmar
        | '\u{1780}'..='\u{17ff}'    // Khmer
        | '\u{3040}'..='\u{30ff}'    // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}'    // CJK extension A
        | '\u{4e00}'..='\u{9fff}'    // CJK unified ideographs
        | '\u{f900}'..='\u{faff}'    // CJK compatibility ideographs
        | '\u{20000}'..='\u{2fa1f}') // CJK extensions B–F, compatibility supplement
        && c.is_alphanumeric()
}
