//! How much a row's facts can be trusted: the research notes' four labels, and the small
//! grammar of the free-form confidence text ("OFF (signature); WEAK (ratification)").

use std::fmt;

/// Confidence labels of the research notes, strongest first (the derived order follows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// The UN Treaty Collection depositary status page.
    Un,
    /// An official government or UN statement, or a national news agency quoting one.
    Off,
    /// A news report or other secondary source.
    News,
    /// An AI-generated digest or wiki, or a source with known errors.
    Weak,
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [Confidence::Un, Confidence::Off, Confidence::News, Confidence::Weak];

    /// The label as data files write it: `UN`, `OFF`, `NEWS`, `WEAK`.
    pub fn code(self) -> &'static str {
        match self {
            Confidence::Un => "UN",
            Confidence::Off => "OFF",
            Confidence::News => "NEWS",
            Confidence::Weak => "WEAK",
        }
    }

    /// Exact, uppercase label.
    pub fn from_code(code: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.code() == code)
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What a confidence text says: the level of the row (its signature), and the level of its
/// ratification facts when a segment is marked "(ratification)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfidenceText {
    pub level: Confidence,
    pub ratification: Option<Confidence>,
}

/// Reads texts such as `OFF/NEWS`, `UN (date truncated)`, `OFF (signature); WEAK (ratification)`.
///
/// Segments are separated by `;`. Each starts with labels joined by `/` (any case) and may go on
/// with a remark. Where several labels back the same fact, the strongest counts: "OFF/NEWS" is an
/// official statement carried by the news.
pub fn parse_confidence_text(text: &str) -> Result<ConfidenceText, String> {
    let mut level: Option<Confidence> = None;
    let mut ratification: Option<Confidence> = None;
    for segment in text.split(';').map(str::trim) {
        if segment.is_empty() {
            continue;
        }
        let end = segment.find(|c: char| c.is_whitespace() || c == '(').unwrap_or(segment.len());
        let (labels, remark) = segment.split_at(end);
        let mut best: Option<Confidence> = None;
        for label in labels.split('/') {
            let c = Confidence::from_code(&label.to_ascii_uppercase()).ok_or_else(|| {
                format!("\"{label}\" in \"{text}\" is not a confidence label (expected UN, OFF, NEWS or WEAK)")
            })?;
            best = Some(best.map_or(c, |b| b.min(c)));
        }
        let remark = remark.trim().trim_start_matches('(').trim_end_matches(')').trim();
        let slot = if remark.eq_ignore_ascii_case("ratification") { &mut ratification } else { &mut level };
        *slot = match (*slot, best) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    match level {
        Some(level) => Ok(ConfidenceText { level, ratification }),
        None => Err(format!("\"{text}\" gives no confidence for the signature (expected UN, OFF, NEWS or WEAK)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Confidence::*;

    fn read(text: &str) -> (Confidence, Option<Confidence>) {
        let t = parse_confidence_text(text).unwrap();
        (t.level, t.ratification)
    }

    #[test]
    fn reads_every_form_in_the_reference_file() {
        assert_eq!(read("UN"), (Un, None));
        assert_eq!(read("UN (date truncated)"), (Un, None));
        assert_eq!(read("OFF/NEWS"), (Off, None));
        assert_eq!(read("NEWS/OFF"), (Off, None));
        assert_eq!(read("NEWS (medium: the same stories wrongly say the US and Canada signed)"), (News, None));
        assert_eq!(read("OFF (signature); WEAK (ratification)"), (Off, Some(Weak)));
        assert_eq!(read("OFF (signature)"), (Off, None));
        assert_eq!(read("weak"), (Weak, None));
    }

    #[test]
    fn rejects_unknown_labels_and_missing_signature_level() {
        assert!(parse_confidence_text("HIGH").unwrap_err().contains("\"HIGH\""));
        assert!(parse_confidence_text("OFF/").is_err());
        assert!(parse_confidence_text("").is_err());
        assert!(parse_confidence_text("(signature)").is_err());
        assert!(parse_confidence_text("WEAK (ratification)").unwrap_err().contains("signature"));
    }

    #[test]
    fn codes_round_trip_and_order_strongest_first() {
        for c in Confidence::ALL {
            assert_eq!(Confidence::from_code(c.code()), Some(c));
        }
        assert!(Un < Off && Off < News && News < Weak);
        assert_eq!(Confidence::from_code("un"), None, "data files use the exact label");
    }
}
