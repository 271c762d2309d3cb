//! Counting in words without the browser: the plural category of a whole number, its digits with
//! the language's grouping, and the long forms of the time units ("1 day", "3 days", "день",
//! "дня", "дней"), as CLDR has them for the seven languages, and so as `Intl` prints them.
//!
//! Why not `Intl` here, as everywhere else: the first `Intl` object a page makes starts ICU,
//! 20–90 ms on a laptop and four times that on a phone. The countdown's timer is its first
//! content, so it is drawn with these tables and the page meets `Intl` only after that first
//! frame (dates, lists, relative times). A browser test compares every form here with `Intl`'s
//! for thousands of values in each language, so the tables cannot drift from CLDR unnoticed.
//!
//! Digits are Latin in every language, as Chromium's `Intl` gives them for Arabic too.

use crate::Lang;

/// CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The category of the whole number `n` in `lang` (CLDR's integer rules).
pub fn plural(lang: Lang, n: u64) -> Plural {
    let (n10, n100) = (n % 10, n % 100);
    match lang {
        Lang::Vi | Lang::Zh => Plural::Other,
        Lang::En => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        // French counts 0 and 1 alike; both languages call exact millions "many".
        Lang::Fr | Lang::Es => match n {
            1 => Plural::One,
            0 if lang == Lang::Fr => Plural::One,
            n if n != 0 && n % 1_000_000 == 0 => Plural::Many,
            _ => Plural::Other,
        },
        Lang::Ru => match (n10, n100) {
            (1, n100) if n100 != 11 => Plural::One,
            (2..=4, n100) if !(12..=14).contains(&n100) => Plural::Few,
            _ => Plural::Many,
        },
        Lang::Ar => match (n, n100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
    }
}

/// `n` with at least `min_digits` digits (zero-padded) and the language's thousands separator.
pub fn integer(lang: Lang, n: u64, min_digits: u8) -> String {
    let digits = n.to_string();
    let padded = format!("{}{digits}", "0".repeat(usize::from(min_digits).saturating_sub(digits.len())));
    let (separator, min_grouping) = match lang {
        Lang::Vi => ('.', 1),
        Lang::En | Lang::Zh | Lang::Ar => (',', 1),
        Lang::Fr => ('\u{202f}', 1),
        Lang::Ru => ('\u{a0}', 1),
        // Spanish groups only from five digits: "1000", "10.000".
        Lang::Es => ('.', 2),
    };
    if padded.len() < 4 + (min_grouping - 1) {
        return padded;
    }
    let mut out = String::with_capacity(padded.len() + padded.len() / 3 * 3);
    for (i, c) in padded.chars().enumerate() {
        if i > 0 && (padded.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The time units the countdown counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Day,
    Hour,
    Minute,
    Second,
}

impl TimeUnit {
    pub const ALL: [TimeUnit; 4] = [TimeUnit::Day, TimeUnit::Hour, TimeUnit::Minute, TimeUnit::Second];

    /// The name `Intl` and the tests use ("day", …).
    pub fn as_str(self) -> &'static str {
        match self {
            TimeUnit::Day => "day",
            TimeUnit::Hour => "hour",
            TimeUnit::Minute => "minute",
            TimeUnit::Second => "second",
        }
    }
}

/// A unit's long form for each category, `{0}` standing for the number. A form without `{0}`
/// says the number in words (Arabic "يوم" is "one day", "يومان" "two days").
struct Forms {
    zero: &'static str,
    one: &'static str,
    two: &'static str,
    few: &'static str,
    many: &'static str,
    other: &'static str,
}

impl Forms {
    const fn same(all: &'static str) -> Forms {
        Forms { zero: all, one: all, two: all, few: all, many: all, other: all }
    }

    const fn one_other(one: &'static str, other: &'static str) -> Forms {
        Forms { zero: other, one, two: other, few: other, many: other, other }
    }

    fn get(&self, plural: Plural) -> &'static str {
        match plural {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => self.other,
        }
    }
}

/// CLDR's long unit patterns (as Chromium's `Intl.NumberFormat` prints them; note the
/// no-break spaces in French, and the normal one in "{0} minute").
fn forms(lang: Lang, unit: TimeUnit) -> Forms {
    use TimeUnit::{Day, Hour, Minute, Second};
    match (lang, unit) {
        (Lang::Vi, Day) => Forms::same("{0} ngày"),
        (Lang::Vi, Hour) => Forms::same("{0} giờ"),
        (Lang::Vi, Minute) => Forms::same("{0} phút"),
        (Lang::Vi, Second) => Forms::same("{0} giây"),
        (Lang::Zh, Day) => Forms::same("{0}天"),
        (Lang::Zh, Hour) => Forms::same("{0}小时"),
        (Lang::Zh, Minute) => Forms::same("{0}分钟"),
        (Lang::Zh, Second) => Forms::same("{0}秒钟"),
        (Lang::En, Day) => Forms::one_other("{0} day", "{0} days"),
        (Lang::En, Hour) => Forms::one_other("{0} hour", "{0} hours"),
        (Lang::En, Minute) => Forms::one_other("{0} minute", "{0} minutes"),
        (Lang::En, Second) => Forms::one_other("{0} second", "{0} seconds"),
        (Lang::Fr, Day) => Forms::one_other("{0}\u{a0}jour", "{0}\u{a0}jours"),
        (Lang::Fr, Hour) => Forms::one_other("{0}\u{a0}heure", "{0}\u{a0}heures"),
        (Lang::Fr, Minute) => Forms::one_other("{0} minute", "{0} minutes"),
        (Lang::Fr, Second) => Forms::one_other("{0}\u{a0}seconde", "{0}\u{a0}secondes"),
        (Lang::Es, Day) => Forms::one_other("{0} día", "{0} días"),
        (Lang::Es, Hour) => Forms::one_other("{0} hora", "{0} horas"),
        (Lang::Es, Minute) => Forms::one_other("{0} minuto", "{0} minutos"),
        (Lang::Es, Second) => Forms::one_other("{0} segundo", "{0} segundos"),
        (Lang::Ru, Day) => Forms { one: "{0} день", few: "{0} дня", ..Forms::same("{0} дней") },
        (Lang::Ru, Hour) => Forms { one: "{0} час", few: "{0} часа", ..Forms::same("{0} часов") },
        (Lang::Ru, Minute) => {
            Forms { one: "{0} минута", few: "{0} минуты", ..Forms::same("{0} минут") }
        }
        (Lang::Ru, Second) => {
            Forms { one: "{0} секунда", few: "{0} секунды", ..Forms::same("{0} секунд") }
        }
        (Lang::Ar, Day) => {
            Forms {
                one: "يوم", two: "يومان", few: "{0} أيام", many: "{0} يومًا", ..Forms::same("{0} يوم")
            }
        }
        (Lang::Ar, Hour) => {
            Forms { one: "ساعة", two: "ساعتان", few: "{0} ساعات", ..Forms::same("{0} ساعة") }
        }
        (Lang::Ar, Minute) => {
            Forms { one: "دقيقة", two: "دقيقتان", few: "{0} دقائق", ..Forms::same("{0} دقيقة") }
        }
        (Lang::Ar, Second) => {
            Forms { one: "ثانية", two: "ثانيتان", few: "{0} ثوان", ..Forms::same("{0} ثانية") }
        }
    }
}

/// "{0} days" for `n` days in `lang`.
pub fn unit_pattern(lang: Lang, unit: TimeUnit, n: u64) -> &'static str {
    forms(lang, unit).get(plural(lang, n))
}

/// `n` units as one phrase: "3 days", "3 ngày", "3天", "يومان".
// `fill`, not `str::replace`: a `&str` pattern brings std's two-way substring search into the
// wasm (~0.8 KB gzip), and `fill` is there anyway.
pub fn unit_phrase(lang: Lang, unit: TimeUnit, n: u64) -> String {
    crate::fill(unit_pattern(lang, unit, n), &[("0", &integer(lang, n, 1))])
}

/// `n` units split for a timer cell: the number (padded to `min_digits`; empty where the
/// language says it in the word) and the unit's word.
pub fn unit_parts(lang: Lang, unit: TimeUnit, n: u64, min_digits: u8) -> (String, String) {
    let pattern = unit_pattern(lang, unit, n);
    // `{0}` is the forms' only placeholder, so a brace means the number is in the words.
    if !pattern.contains('{') {
        return (String::new(), pattern.to_string());
    }
    let label = crate::fill(pattern, &[("0", "")]).trim_matches([' ', '\u{a0}', '\u{202f}']).to_string();
    (integer(lang, n, min_digits), label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        let of = |lang, ns: &[u64]| ns.iter().map(|n| plural(lang, *n)).collect::<Vec<_>>();
        use Plural::*;
        assert_eq!(of(Lang::En, &[0, 1, 2, 11, 21]), [Other, One, Other, Other, Other]);
        assert_eq!(of(Lang::Fr, &[0, 1, 2, 1_000_000]), [One, One, Other, Many]);
        assert_eq!(of(Lang::Es, &[0, 1, 2, 2_000_000, 1_000_001]), [Other, One, Other, Many, Other]);
        assert_eq!(
            of(Lang::Ru, &[1, 2, 5, 11, 12, 21, 22, 25, 111, 112, 1001]),
            [One, Few, Many, Many, Many, One, Few, Many, Many, Many, One]
        );
        assert_eq!(
            of(Lang::Ar, &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many]
        );
        assert_eq!(of(Lang::Vi, &[0, 1, 2]), [Other, Other, Other]);
    }

    #[test]
    fn digits_are_grouped_as_each_language_does() {
        assert_eq!(integer(Lang::En, 1_234_567, 1), "1,234,567");
        assert_eq!(integer(Lang::Vi, 1000, 1), "1.000");
        assert_eq!(integer(Lang::Fr, 10_000, 1), "10\u{202f}000");
        assert_eq!(integer(Lang::Ru, 1000, 1), "1\u{a0}000");
        assert_eq!(integer(Lang::Es, 9999, 1), "9999");
        assert_eq!(integer(Lang::Es, 10_000, 1), "10.000");
        assert_eq!(integer(Lang::En, 999, 1), "999");
        assert_eq!(integer(Lang::En, 5, 2), "05");
        assert_eq!(integer(Lang::En, 0, 2), "00");
    }

    #[test]
    fn unit_forms() {
        assert_eq!(unit_phrase(Lang::En, TimeUnit::Day, 1), "1 day");
        assert_eq!(unit_phrase(Lang::Ru, TimeUnit::Minute, 22), "22 минуты");
        assert_eq!(unit_phrase(Lang::Ar, TimeUnit::Day, 2), "يومان");
        assert_eq!(unit_phrase(Lang::Zh, TimeUnit::Hour, 5), "5小时");
        assert_eq!(unit_parts(Lang::Fr, TimeUnit::Second, 5, 2), ("05".into(), "secondes".into()));
        assert_eq!(unit_parts(Lang::Ar, TimeUnit::Hour, 1, 2), (String::new(), "ساعة".into()));
        assert_eq!(unit_parts(Lang::Zh, TimeUnit::Day, 30, 1), ("30".into(), "天".into()));
    }
}
