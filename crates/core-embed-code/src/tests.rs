use super::*;
use core_countdown::instant::Instant;

fn base() -> SiteBase {
    SiteBase::from_page_url("https://widgets.example.org/awareness/index.html?lang=vi#widget=scam-quiz")
}

#[test]
fn site_base_is_the_builder_page_directory() {
    assert_eq!(base().as_str(), "https://widgets.example.org/awareness/");
    assert_eq!(SiteBase::from_page_url("http://127.0.0.1:8080/").as_str(), "http://127.0.0.1:8080/");
    assert_eq!(SiteBase::from_page_url("http://127.0.0.1:8080/#a/b").as_str(), "http://127.0.0.1:8080/");
}

#[test]
fn attributes_keep_the_contract_order_and_blank_means_default() {
    let mut setup = Setup::new(Widget::Quiz);
    assert!(setup.set("seed", "class-7a"));
    assert!(setup.set("lang", "vi"));
    assert!(setup.set("questions", " 5 "));
    let names: Vec<_> = setup.attributes().collect();
    assert_eq!(names, [("lang", "vi"), ("questions", "5"), ("seed", "class-7a")]);
    assert!(setup.set("seed", "  "));
    assert_eq!(setup.get("seed"), None);
    assert!(setup.set("lang", "en"));
    assert_eq!(setup.get("lang"), Some("en"));
    assert_eq!(setup.attributes().count(), 2);
}

#[test]
fn a_widget_offers_only_its_own_attributes() {
    let mut map = Setup::new(Widget::Map);
    assert!(!map.set("questions", "5"));
    assert!(!map.set("onclick", "alert(1)"));
    assert!(map.set("highlight", "VN,FR"));
    assert_eq!(map.query(), "highlight=VN,FR");
    for widget in Widget::ALL {
        assert_eq!(&widget.attributes()[..3], ["lang", "theme", "src"], "{widget:?}");
    }
}

#[test]
fn query_values_survive_url_search_params() {
    let mut countdown = Setup::new(Widget::Countdown);
    countdown.set("at", "2026-12-31T23:59:00+07:00");
    countdown.set("title", "Q&A = \"launch\" 50% #1");
    let query = countdown.query();
    assert_eq!(query, "at=2026-12-31T23:59:00%2B07:00&title=Q%26A%20%3D%20%22launch%22%2050%25%20%231");
    let (back, dropped) = Setup::from_fragment(&format!("#widget=event-countdown&{query}"));
    assert!(dropped.is_empty());
    assert_eq!(back, countdown);
}

#[test]
fn a_shared_link_round_trips_and_reports_what_it_drops() {
    let mut quiz = Setup::new(Widget::Quiz);
    quiz.set("lang", "ar");
    quiz.set("topics", "phishing-sms,fake-apps");
    quiz.set("persist", "off");
    let (back, dropped) = Setup::from_fragment(&quiz.fragment());
    assert_eq!(back, quiz);
    assert!(dropped.is_empty());

    let (setup, dropped) = Setup::from_fragment("widget=signatory-map&view=table&questions=4&bogus&lang=vi+VN");
    assert_eq!(setup.widget, Widget::Map);
    assert_eq!(setup.get("view"), Some("table"));
    assert_eq!(setup.get("lang"), Some("vi VN"));
    assert_eq!(dropped, ["questions", "bogus"]);

    let (setup, dropped) = Setup::from_fragment("widget=slot-machine&lang=en");
    assert_eq!(setup.widget, Widget::Quiz);
    assert_eq!(dropped, ["widget=slot-machine"]);
    assert_eq!(Setup::from_fragment("").0, Setup::new(Widget::Quiz));
}

#[test]
fn malformed_percent_escapes_stay_as_written() {
    assert_eq!(text::percent_decode("100%"), "100%");
    assert_eq!(text::percent_decode("%zz%4"), "%zz%4");
    assert_eq!(text::percent_decode("%E1%BB%87t"), "ệt");
    assert_eq!(text::percent_decode("%FF"), "\u{FFFD}");
}

#[test]
fn script_snippet_escapes_every_value() {
    let mut countdown = Setup::new(Widget::Countdown);
    countdown.set("title", "\"><script>alert(1)</script>");
    countdown.set("lang", "vi");
    assert_eq!(
        countdown.script_snippet(&base()),
        "<script type=\"module\" src=\"https://widgets.example.org/awareness/widgets/event-countdown.js\"></script>\n\
         <event-countdown lang=\"vi\" title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"></event-countdown>"
    );
    assert_eq!(
        Setup::new(Widget::Map).script_snippet(&base()),
        "<script type=\"module\" src=\"https://widgets.example.org/awareness/widgets/signatory-map.js\"></script>\n\
         <signatory-map></signatory-map>"
    );
}

#[test]
fn iframe_snippet_mirrors_attributes_in_the_query() {
    let mut quiz = Setup::new(Widget::Quiz);
    quiz.set("lang", "vi");
    quiz.set("questions", "5");
    assert_eq!(
        quiz.iframe_url(&base()),
        "https://widgets.example.org/awareness/embed/scam-quiz.html?lang=vi&questions=5"
    );
    assert_eq!(
        quiz.iframe_snippet(&base(), "Câu đố <lừa đảo>"),
        "<iframe src=\"https://widgets.example.org/awareness/embed/scam-quiz.html?lang=vi&amp;questions=5\" \
         title=\"Câu đố &lt;lừa đảo&gt;\" width=\"100%\" height=\"620\" frameborder=\"0\" loading=\"lazy\"></iframe>\n\
         <script async src=\"https://widgets.example.org/awareness/embed/resizer.js\"></script>"
    );
    assert_eq!(
        Setup::new(Widget::Map).iframe_url(&base()),
        "https://widgets.example.org/awareness/embed/signatory-map.html"
    );
}

#[test]
fn oembed_is_valid_json_with_the_iframe_snippet() {
    let mut map = Setup::new(Widget::Map);
    map.set("highlight", "VN");
    let title = "Map \"signatories\"";
    let json = map.oembed_json(&base(), title, "Awareness widgets");
    let value = core_json::parse(&json).expect("valid JSON");
    let root = core_json::Node::root(&value);
    let field = |k: &str| root.field(k).and_then(|n| n.as_str().map(String::from)).expect(k);
    assert_eq!(field("version"), "1.0");
    assert_eq!(field("type"), "rich");
    assert_eq!(field("title"), title);
    assert_eq!(field("provider_url"), base().as_str());
    assert_eq!(field("html"), map.iframe_snippet(&base(), title));
    assert_eq!(root.field("height").and_then(|n| n.as_i64()).expect("height"), 640);
    assert_eq!(root.field("width").and_then(|n| n.as_i64()).expect("width"), 640);
    assert_eq!(
        Setup::oembed_link("https://news.example/oembed/map.json", "A & B"),
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/oembed/map.json\" title=\"A &amp; B\">"
    );
}

/// New York in 2026: daylight time (-4 h) from 8 March 07:00 UTC to 1 November 06:00 UTC,
/// standard time (-5 h) otherwise.
fn new_york(t: Instant) -> Option<i32> {
    let spring = core_countdown::DateTime::parse("2026-03-08T07:00:00Z").ok()?.instant();
    let fall = core_countdown::DateTime::parse("2026-11-01T06:00:00Z").ok()?.instant();
    Some(if spring <= t && t < fall { -4 * 3600 } else { -5 * 3600 })
}

#[test]
fn a_wall_time_gets_its_zone_offset_on_that_date() {
    let wall = |date: &str, time: &str| WallTime { date: date.into(), time: time.into() };
    let vietnam = |_: Instant| Some(7 * 3600);
    assert_eq!(wall_time_in_zone(&wall("2026-12-31", "23:59"), &vietnam).as_deref(), Some("2026-12-31T23:59:00+07:00"));
    assert_eq!(
        wall_time_in_zone(&wall("2026-03-07", "12:00"), &new_york).as_deref(),
        Some("2026-03-07T12:00:00-05:00")
    );
    assert_eq!(
        wall_time_in_zone(&wall("2026-03-09", "12:00"), &new_york).as_deref(),
        Some("2026-03-09T12:00:00-04:00")
    );
    // 02:30 does not exist that night: like the widget, move forward by the gap.
    assert_eq!(
        wall_time_in_zone(&wall("2026-03-08", "02:30"), &new_york).as_deref(),
        Some("2026-03-08T03:30:00-04:00")
    );
    for (date, time) in [
        ("2026-02-30", "10:00"),
        ("2026-01-01", "24:00"),
        ("2026-01-01", "10:60"),
        ("soon", "10:00"),
        ("2026-01-01", ""),
    ] {
        assert_eq!(wall_time_in_zone(&wall(date, time), &vietnam), None, "{date} {time}");
    }
    assert_eq!(wall_time_in_zone(&wall("2026-01-01", "10:00"), &|_| None), None);
}

#[test]
fn a_shared_at_fills_the_date_and_time_inputs_again() {
    let at = "2026-12-31T23:59:00-05:00";
    let wall = WallTime::of(at, &new_york).expect("wall time");
    assert_eq!(wall, WallTime { date: "2026-12-31".into(), time: "23:59".into() });
    assert_eq!(wall_time_in_zone(&wall, &new_york).as_deref(), Some(at));
    // The same instant read in Hanoi is the next morning.
    let hanoi = WallTime::of(at, &|_| Some(7 * 3600)).expect("wall time");
    assert_eq!(hanoi, WallTime { date: "2027-01-01".into(), time: "11:59".into() });
    assert_eq!(WallTime::of("2026-02-30T10:00:00Z", &new_york), None);
}

#[test]
fn only_http_and_site_paths_are_plausible_sources() {
    for ok in [
        "https://example.org/bank.json",
        "HTTP://x/y",
        "data/quiz/bank.json",
        "/data/events.json",
        "bank.json?v=2:1",
        "//cdn.example/x.json",
    ] {
        assert!(plausible_src(ok), "{ok}");
    }
    for bad in ["javascript:alert(1)", "data:application/json,{}", "file:///etc/passwd", " JavaScript:x", "", "  "] {
        assert!(!plausible_src(bad), "{bad}");
    }
}
