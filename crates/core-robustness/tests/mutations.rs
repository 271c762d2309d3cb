//! Mutation testing of every parser that reads outside input: start from real files (the
//! built-in data), damage them in many small ways with a seeded generator, and require each
//! parser to return `Ok` or an error with a message, never panic. A panic in the widgets is a
//! wasm trap that kills every widget on the page, so this is the property that matters most.
//! Seeded, so a failure reproduces; `MUTATIONS` keeps the run to a few seconds.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

const MUTATIONS: usize = 3_000;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that tend to break parsers: structure, escapes, numbers, dates, markup.
const NASTY: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "\\u",
    "\\ud800",
    "\\udc00\\ud800",
    "\u{0}",
    "\u{feff}",
    "\n",
    "null",
    "true",
    "-",
    "1e999",
    "-0",
    "NaN",
    "9999999999999999999999",
    "0.",
    ".5",
    "2026-02-30",
    "+275760-09-13",
    "9999-12-31T23:59:60Z",
    "T25:61",
    "\"id\"",
    "\"questions\"",
    "[[[[[[[[[[",
    "Việt Nam",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:",
    "M0 0l",
    "EU*",
    ",,,",
    "\r\n",
    "\"\"\"",
];

/// One damaged copy of `text`: a deletion, a duplication, a splice of something nasty, or a
/// truncation, at char boundaries so the input stays a `&str` (the web hands parsers strings).
fn mutate(text: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = rng.below(chars.len() + 1);
    let len = 1 + rng.below(40);
    let end = (at + len).min(chars.len());
    let (before, after): (String, String) = (chars[..at].iter().collect(), chars[end..].iter().collect());
    match rng.below(5) {
        0 => before + &after,
        1 => before.clone() + &chars[at..end].iter().collect::<String>() + &chars[at..].iter().collect::<String>(),
        2 => before + NASTY[rng.below(NASTY.len())] + &chars[at..].iter().collect::<String>(),
        3 => before,
        _ => before + NASTY[rng.below(NASTY.len())] + &after,
    }
}

/// Feeds `parser` the original and `MUTATIONS` damaged copies (some damaged many times over).
/// Errors must say something; a panic fails the test with the seed and the input's length.
fn check(name: &str, seed: u64, original: &str, parser: impl Fn(&str) -> Result<(), String>) {
    let mut rng = Rng(seed);
    let mut failures = 0;
    let mut current = original.to_string();
    for round in 0..MUTATIONS {
        // Mostly fresh single mutations of the original; sometimes pile them up.
        current = if rng.below(4) == 0 { mutate(&current, &mut rng) } else { mutate(original, &mut rng) };
        if let Err(message) = parser(&current) {
            failures += 1;
            assert!(!message.trim().is_empty(), "{name}: round {round}: an error without a message");
        }
    }
    assert!(failures > 0, "{name}: no mutation was refused, so the test is not reaching the parser");
}

#[test]
fn json_reader() {
    let text = core_countdown::events::BUILT_IN_JSON;
    check("core_json::parse", 1, text, |t| core_json::parse(t).map(drop).map_err(|e| e.to_string()));
}

#[test]
fn events_file() {
    let text = core_countdown::events::BUILT_IN_JSON;
    check("Events::parse", 2, text, |t| core_countdown::Events::parse(t).map(drop).map_err(|e| e.to_string()));
}

#[test]
fn quiz_bank() {
    // The first questions of the real bank: big enough to be real, small enough to run fast.
    let bank = core_quiz::BUILT_IN_JSON;
    let cut = bank.match_indices("\n    {\n      \"id\"").nth(4).map_or(bank.len(), |(i, _)| i);
    let small = format!("{}\n  ]\n}}\n", bank[..cut].trim_end().trim_end_matches(','));
    assert!(core_quiz::parse_bank(&small).is_ok(), "the sample bank must be valid to start from");
    check("parse_bank", 3, &small, |t| {
        core_quiz::parse_bank(t)
            .map(drop)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
}

#[test]
fn saved_quiz_state() {
    let bank = core_quiz::built_in().expect("built-in bank");
    let setup = core_quiz::TopicFilter::all();
    let mut attempt = core_quiz::Attempt::start(&bank, 5, &setup, 9, 0);
    let _ = attempt.answer(&bank, 0, &[0]);
    let saved = attempt.to_state(&bank, "key");
    check("Attempt::from_state", 4, &saved, |t| {
        core_quiz::Attempt::from_state(t, &bank, "key").map(drop).map_err(|e| e.to_string())
    });
}

#[test]
fn signatories_file() {
    check("parse_signatories", 5, core_treaty::BUILT_IN_JSON, |t| {
        core_treaty::parse_signatories(t).map(drop).map_err(|e| e.to_string())
    });
}

#[test]
fn signatories_spreadsheet() {
    let csv = include_str!("../../../data/signatories.csv");
    let base = core_treaty::built_in().expect("built-in signatories");
    check("import_csv", 6, csv, |t| {
        core_treaty::import_csv(t, base.clone())
            .map(drop)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
}

#[test]
fn names_file_and_un_table() {
    // The map downloads the names file at run time; the importer reads pasted UN tables.
    check("parse_names", 8, include_str!("../../../data/aliases.json"), |t| {
        core_search::parse_names(t).map(drop).map_err(|e| e.to_string())
    });
    let names = core_search::parse_names(include_str!("../../../data/aliases.json")).expect("the names file");
    // A stand-in decomposition: the mutations are what is tested, not the folding.
    let nfd = |t: &str| t.to_string();
    check("parse_untc", 9, include_str!("../../core-treaty/tests/fixtures/untc-table.tsv"), |t| {
        core_treaty::parse_untc(t, &|name| names.code_for(name, &nfd).map(str::to_string))
            .map(drop)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
}

#[test]
fn world_geometry() {
    // A slice of the real file: its header and first shapes.
    let world = include_str!("../../../data/world.json");
    let cut = world.match_indices("\n{\"iso2\"").nth(12).map_or(world.len(), |(i, _)| i);
    let small = format!(
        "{}],\"dots\":[{{\"iso2\":\"TV\",\"x\":990,\"y\":250}}]}}",
        world[..cut].trim_end().trim_end_matches(',')
    );
    assert!(core_geo::World::parse(&small).is_ok(), "the sample geometry must be valid to start from");
    check("World::parse", 7, &small, |t| core_geo::World::parse(t).map(drop).map_err(|e| e.to_string()));
}

#[test]
fn attribute_values() {
    // Attributes and query parameters: each value through every attribute parser.
    let events = core_countdown::built_in().expect("built-in events");
    let sample = "2026-12-31T23:59:59-05:00";
    check("attributes", 8, sample, |value| {
        let get = |name: &str| match name {
            "at" | "until" | "event" | "time-zone" | "title" | "location" | "theme" | "src" | "lang" | "questions" => {
                Some(value.to_string())
            }
            _ => None,
        };
        let mut problems = Vec::new();
        core_attrs::parse_common(&get, value, &mut problems);
        core_attrs::parse_count(&get, "questions", 1..=50, &mut problems);
        // The countdown's attributes, then what only its events file reveals (an unknown `event`).
        let config = core_countdown::parse_config(&get, &mut problems);
        let no_offset = |_: &str, _| Some(0);
        let _ =
            core_countdown::resolve(&config, &events, core_i18n::Lang::En, "Event", None, &no_offset, &mut problems);
        let _ = core_treaty::parse_code_list(value);
        match problems.first() {
            Some(p) => Err(p.detail.clone()),
            None => Ok(()),
        }
    });
}
