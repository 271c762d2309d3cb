use super::*;

/// A topology of two 10° squares side by side at the equator, sharing the border `border`
/// (from (0, -5) to (0, 5)), unquantized.
fn two_squares(west: (&str, &str), east: (&str, &str), border: &[[f64; 2]]) -> String {
    let id = |id: &str| if id.is_empty() { String::new() } else { format!("\"id\":\"{id}\",") };
    let arcs = serde_json::json!([
        border,
        [[0.0, 5.0], [-10.0, 5.0], [-10.0, -5.0], [0.0, -5.0]],
        [[0.0, -5.0], [10.0, -5.0], [10.0, 5.0], [0.0, 5.0]],
    ]);
    format!(
        r#"{{"type":"Topology","arcs":{arcs},"objects":{{"countries":{{"type":"GeometryCollection","geometries":[
            {{"type":"Polygon",{}"properties":{{"name":"{}"}},"arcs":[[0,1]]}},
            {{"type":"Polygon",{}"properties":{{"name":"{}"}},"arcs":[[-1,2]]}}]}}}}}}"#,
        id(west.0),
        west.1,
        id(east.0),
        east.1
    )
}

/// Absolute points of each ring of an SVG path as written by `svg_path`; panics on anything
/// else, which is the check.
fn parse_path(path: &str) -> Vec<Vec<[f64; 2]>> {
    let mut rings = Vec::new();
    for ring in path.split_terminator('z') {
        let body = ring.strip_prefix('M').unwrap_or_else(|| panic!("ring without M: {ring}"));
        let (start, steps) = body.split_once('l').unwrap_or_else(|| panic!("ring without l: {ring}"));
        // A minus sign, a space or a second decimal point ("1.5.5") starts a number.
        let numbers = |s: &str| -> Vec<f64> {
            let mut tokens: Vec<String> = Vec::new();
            for c in s.chars() {
                let starts = c == '-' || (c == '.' && tokens.last().is_some_and(|t| t.contains('.')));
                if c == ' ' || starts || tokens.is_empty() {
                    tokens.push(String::new());
                }
                if c != ' ' {
                    tokens.last_mut().unwrap().push(c);
                }
            }
            tokens
                .iter()
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap_or_else(|_| panic!("bad number {n}")))
                .collect()
        };
        let (start, steps) = (numbers(start), numbers(steps));
        assert!(start.len() == 2 && steps.len() % 2 == 0 && steps.len() >= 4, "bad ring {ring}");
        let mut at = [start[0], start[1]];
        let mut points = vec![at];
        for step in steps.chunks(2) {
            at = [at[0] + step[0], at[1] + step[1]];
            points.push(at);
        }
        rings.push(points);
    }
    rings
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn equal_earth_matches_known_values() {
    assert_eq!(equal_earth(0.0, 0.0), [0.0, 0.0]);
    for lon in [-180.0, -97.5, -30.0, 0.0, 12.25, 122.0, 180.0] {
        for lat in [0.0, 10.0, 47.0, 66.5, 89.0, 90.0] {
            let [x, y] = equal_earth(lon, lat);
            assert_eq!(equal_earth(-lon, lat), [-x, y], "symmetric about the central meridian");
            assert_eq!(equal_earth(lon, -lat), [x, -y], "symmetric about the equator");
        }
    }
    // PROJ's documentation for eqearth: `echo 122 47 | proj +proj=eqearth +R=1` prints 1.55 0.89.
    let [x, y] = equal_earth(122.0, 47.0);
    assert!(close(x, 1.55, 0.005) && close(y, 0.89, 0.005), "({x}, {y})");
    // The half width PROJ gives on a sphere of radius 6378137 m: 17263256.84 m at (180°, 0°)
    // (a PROJ gie test case, as carried by ProjNet's test suite).
    assert!(close(equal_earth(180.0, 0.0)[0] * 6_378_137.0, 17_263_256.84, 0.01));
}

#[test]
fn equal_earth_preserves_area() {
    // Equal-area: the Jacobian of (λ, φ) → (x, y) on the unit sphere has determinant cos φ.
    let h: f64 = 1e-4;
    for (lon, lat) in [(0.0, 0.0), (40.0, 20.0), (-120.0, 45.0), (170.0, -60.0), (10.0, 80.0)] {
        let d = |dlon: f64, dlat: f64| {
            let [x1, y1] = equal_earth(lon + dlon, lat + dlat);
            let [x0, y0] = equal_earth(lon - dlon, lat - dlat);
            [(x1 - x0) / (2.0 * h.to_radians()), (y1 - y0) / (2.0 * h.to_radians())]
        };
        let (dl, dp) = (d(h, 0.0), d(0.0, h));
        let det = (dl[0] * dp[1] - dl[1] * dp[0]).abs();
        assert!(close(det, f64::cos(lat.to_radians()), 1e-6), "at ({lon}, {lat}): {det}");
    }
}

#[test]
fn decodes_a_quantized_delta_encoded_topology() {
    let text = r#"{"type":"Topology",
            "transform":{"scale":[0.5,0.25],"translate":[10,20]},
            "arcs":[[[2,0],[0,4]], [[2,4],[-2,0],[0,-4],[2,0]], [[2,0],[2,0],[0,4],[-2,0]]],
            "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","id":"250","properties":{"name":"West"},"arcs":[[0,1]]},
              {"type":"MultiPolygon","id":276,"properties":{"name":"East"},"arcs":[[[-1,2]]]},
              {"type":null,"id":"999"},
              {"type":"Polygon","properties":{"name":"No id"},"arcs":[[1,0]]}]}}}"#;
    let t = parse_topology(text, "countries").unwrap();
    assert_eq!(t.arcs[0], vec![[11.0, 20.0], [11.0, 21.0]]);
    assert_eq!(t.arcs[1], vec![[11.0, 21.0], [10.0, 21.0], [10.0, 20.0], [11.0, 20.0]]);
    assert_eq!(t.arcs[2], vec![[11.0, 20.0], [12.0, 20.0], [12.0, 21.0], [11.0, 21.0]]);
    assert_eq!(t.features.len(), 3, "the null geometry is skipped");
    let ids: Vec<_> = t.features.iter().map(|f| (f.id.as_deref(), f.name.as_str())).collect();
    assert_eq!(ids, [(Some("250"), "West"), (Some("276"), "East"), (None, "No id")]);
    assert_eq!(t.features[1].polygons, vec![vec![vec![-1, 2]]]);
    // Arc -1 is arc 0 reversed; junction points appear once and the ring is not closed twice.
    let east = ring_points(&t.features[1].polygons[0][0], &t.arcs);
    assert_eq!(east, vec![[11.0, 21.0], [11.0, 20.0], [12.0, 20.0], [12.0, 21.0]]);
    assert_eq!(iso::alpha2("250"), Some("FR"));
}

#[test]
fn bad_topologies_are_errors_not_panics() {
    let cases = [
        ("not json", "not JSON"),
        (r#"{"type":"FeatureCollection"}"#, "not a TopoJSON"),
        (r#"{"type":"Topology"}"#, "arcs"),
        (r#"{"type":"Topology","arcs":[[[0,0]]]}"#, "fewer than two positions"),
        (r#"{"type":"Topology","arcs":[[[0,0],["a",1]]]}"#, "two numbers"),
        (r#"{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{}}"#, "no objects.countries"),
        (
            r#"{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"Polygon","id":"250","arcs":[[0,5]]}]}}}"#,
            "out of range",
        ),
        (
            r#"{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]}]}}}"#,
            "unsupported geometry type Point",
        ),
        (r#"{"type":"Topology","transform":{"scale":[1]},"arcs":[],"objects":{}}"#, "transform.scale"),
    ];
    for (text, expected) in cases {
        let err = parse_topology(text, "countries").unwrap_err();
        assert!(err.contains(expected), "{text}: {err}");
    }
    let unknown =
        parse_topology(&two_squares(("999", "Nowhere"), ("276", "East"), &[[0.0, -5.0], [0.0, 5.0]]), "countries");
    let err = build(&unknown.unwrap(), &[]).unwrap_err();
    assert!(err.contains("\"999\""), "{err}");
    let fine =
        parse_topology(&two_squares(("250", "W"), ("276", "E"), &[[0.0, -5.0], [0.0, 5.0]]), "countries").unwrap();
    let err = build(&fine, &["FR", "DE", "NR"]).unwrap_err();
    assert!(err.contains("NR is not in the atlas"), "{err}");
    let mut far = fine;
    far.arcs[1][1] = [-200.0, 5.0];
    assert!(build(&far, &[]).unwrap_err().contains("outside longitude"));
}

#[test]
fn simplification_keeps_shared_borders_identical() {
    // A border with tiny zigzags (well under the tolerance) and one big bump (far over it).
    let border: Vec<[f64; 2]> = (0..=200)
        .map(|k| {
            let lat = -5.0 + k as f64 * 0.05;
            let bump = if (95..=105).contains(&k) { 2.0 - 0.4 * (k as f64 - 100.0).abs() } else { 0.0 };
            [if k == 0 || k == 200 { 0.0 } else { 0.01 * (k % 2) as f64 + bump }, lat]
        })
        .collect();
    let topology = parse_topology(&two_squares(("250", "West"), ("276", "East"), &border), "countries").unwrap();
    let world = build(&topology, &["DE", "FR"]).unwrap();
    assert!(world.dots.is_empty(), "10° squares need no dot: {:?}", world.dots);
    let path = |code: &str| parse_path(&world.shapes.iter().find(|(c, _)| c == code).unwrap().1);
    let (west, east) = (path("FR"), path("DE"));
    assert_eq!((west.len(), east.len()), (1, 1));
    let shared: Vec<[f64; 2]> = west[0].iter().filter(|p| east[0].contains(p)).copied().collect();
    assert!(shared.len() >= 4, "the bump survives: {shared:?}");
    assert!(shared.len() < 20, "the zigzags are gone: {} points", shared.len());
    // Both neighbours walk the same points, in opposite directions (rings are cyclic).
    let walk = |ring: &[[f64; 2]]| -> Vec<[f64; 2]> { ring.iter().filter(|p| shared.contains(p)).copied().collect() };
    let canonical = |mut v: Vec<[f64; 2]>| {
        let start = (0..v.len()).min_by(|&a, &b| v[a].partial_cmp(&v[b]).unwrap()).unwrap();
        v.rotate_left(start);
        v
    };
    let mut from_east = walk(&east[0]);
    from_east.reverse();
    assert_eq!(canonical(walk(&west[0])), canonical(from_east));
}

#[test]
fn features_without_a_code_are_merged_or_kept_apart() {
    let border = [[0.0, -5.0], [0.0, 5.0]];
    let merged = parse_topology(&two_squares(("706", "Somalia"), ("", "Somaliland"), &border), "countries").unwrap();
    let world = build(&merged, &["SO"]).unwrap();
    assert_eq!(world.shapes.len(), 1);
    let rings = parse_path(&world.shapes[0].1);
    assert_eq!(rings.len(), 1, "one outline, without the inner border");
    let area = area2(&rings[0], |p| p).abs() / 2.0;
    let square = area2(
        &parse_path(&svg_path(
            &[vec![vec![1, 0]]],
            &[vec![[0, 0], [0, 2]], vec![[0, 2], [2, 2], [2, 0], [0, 0]]],
            &mut 0,
        ))[0],
        |p| p,
    );
    assert_eq!(square.abs() / 2.0, 1.0, "svg_path writes half units");
    assert!(area > 2.0 * 27.0 * 27.0, "both squares: {area}");
    let apart = parse_topology(&two_squares(("688", "Serbia"), ("", "Kosovo"), &border), "countries").unwrap();
    let world = build(&apart, &["RS"]).unwrap();
    assert_eq!(world.shapes.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(), ["RS"]);
    assert_eq!(world.other.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["Kosovo"]);
}

#[test]
fn rings_across_the_antimeridian_are_cut() {
    let crossing = |ring: &str| {
        format!(
            r#"{{"type":"Topology","arcs":[{ring}],"objects":{{"countries":{{"type":"GeometryCollection","geometries":[
                {{"type":"Polygon","id":"242","arcs":[[0]]}}]}}}}}}"#
        )
    };
    let twice = parse_topology(&crossing("[[179,-3],[-179,-3],[-179,3],[179,3],[179,-3]]"), "countries").unwrap();
    let world = build(&twice, &["FJ"]).unwrap();
    let rings = parse_path(&world.shapes[0].1);
    assert_eq!(rings.len(), 2, "one piece on each edge of the map");
    for ring in &rings {
        for w in ring.windows(2) {
            assert!(distance(w[0], w[1]) < 100.0, "no edge across the map: {w:?}");
        }
    }
    let xs: Vec<f64> = rings.iter().flatten().map(|p| p[0]).collect();
    assert!(xs.iter().all(|&x| (0.0..=1000.0).contains(&x)));
    assert!(xs.iter().any(|&x| x < 10.0) && xs.iter().any(|&x| x > 990.0));
    let four = "[[179,-2],[-179,-2],[-179,-1],[179,-1],[179,1],[-179,1],[-179,2],[179,2],[179,-2]]";
    let err = build(&parse_topology(&crossing(four), "countries").unwrap(), &["FJ"]).unwrap_err();
    assert!(err.contains("antimeridian 4 times"), "{err}");
}

#[test]
fn paths_are_compact_and_exact() {
    let arcs = vec![vec![[0, 0], [4, 0], [4, -3], [1, 5], [0, 0]]];
    assert_eq!(svg_path(&[vec![vec![0]]], &arcs, &mut 0), "M0 0l2 0 0-1.5-1.5 4z");
    // No "0" before a point, and no space before a point the previous number cannot take.
    let halves = vec![vec![[1, 1], [2, 1], [1, 2], [0, 2], [1, 1]]];
    assert_eq!(svg_path(&[vec![vec![0]]], &halves, &mut 0), "M.5.5l.5 0-.5.5-.5 0z");
    let mut path = String::from("M");
    for n in [3, 1, 2, 0, 1, -1, 1] {
        push_number(&mut path, n);
    }
    assert_eq!(path, "M1.5.5 1 0 .5-.5.5");
    // A ring that rounding reduced to a line is dropped, and with it the polygon's holes.
    let flat = vec![vec![[0, 0], [4, 0], [8, 0], [0, 0]], vec![[1, 1], [2, 1], [2, 2], [1, 1]]];
    assert_eq!(svg_path(&[vec![vec![0], vec![1]]], &flat, &mut 0), "");
    assert_eq!(quantize(&[[0.0, 0.0], [0.5, 0.0], [1.0, 0.1], [1.0, 0.0], [2.0, 2.0]]), vec![[0, 0], [2, 0], [4, 4]]);
}

#[test]
fn iso_table_is_complete_and_sorted() {
    let table = &iso::NUMERIC_TO_ALPHA2;
    assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "sorted by numeric code, no repeats");
    let mut alpha: Vec<&str> = table.iter().map(|(_, a)| *a).collect();
    alpha.sort();
    alpha.dedup();
    assert_eq!(alpha.len(), 249, "249 distinct alpha-2 codes");
    assert!(alpha.iter().all(|a| core_treaty::is_assigned(a)), "the same codes as core-treaty's list");
    assert!(table.iter().all(|(n, _)| n.len() == 3 && n.bytes().all(|b| b.is_ascii_digit())));
    for code in core_treaty::UN_STATES.iter().chain(&ALSO_STATES) {
        assert!(alpha.contains(code), "{code}");
    }
    assert_eq!(iso::alpha2("704"), Some("VN"));
    assert_eq!(iso::alpha2("336"), Some("VA"));
    assert_eq!(iso::alpha2("275"), Some("PS"));
    assert_eq!(iso::alpha2("-99"), None);
}

fn committed() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join(OUTPUT)).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_un_state_and_observer_is_on_the_committed_map() {
    let world = committed();
    let list = |key: &str| world[key].as_array().unwrap().clone();
    let codes =
        |key: &str| -> Vec<String> { list(key).iter().map(|e| e["iso2"].as_str().unwrap().to_string()).collect() };
    let (shapes, dots) = (codes("shapes"), codes("dots"));
    for code in core_treaty::UN_STATES.iter().chain(&ALSO_STATES) {
        assert!(shapes.iter().chain(&dots).any(|c| c == code), "{code} has neither a shape nor a dot");
    }
    for (name, codes) in [("shapes", &shapes), ("dots", &dots)] {
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "{name}: sorted, unique");
        assert!(codes.iter().all(|c| core_treaty::is_assigned(c)), "{name}: real codes");
    }
    for micro in ["TV", "NR", "MC", "VA", "SM", "LI", "AD", "MT", "SG", "MV", "BH", "SC", "KN", "PS"] {
        assert!(dots.iter().any(|c| c == micro), "{micro} needs a dot");
    }
    for big in ["FR", "US", "CN", "RU", "BR", "VN", "ID", "CY", "LB"] {
        assert!(shapes.iter().any(|c| c == big) && !dots.iter().any(|c| c == big), "{big}: a shape, no dot");
    }
    let (width, height) = (world["width"].as_f64().unwrap(), world["height"].as_f64().unwrap());
    assert_eq!(width, 1000.0);
    for entry in list("shapes").iter().chain(&list("other")) {
        for ring in parse_path(entry["path"].as_str().unwrap()) {
            for w in ring.windows(2) {
                assert!(distance(w[0], w[1]) < 100.0, "{entry:?}: an edge across the map");
            }
            for p in ring {
                assert!((0.0..=width).contains(&p[0]) && (0.0..=height).contains(&p[1]), "{p:?} outside the map");
            }
        }
    }
    for dot in list("dots") {
        let (x, y) = (dot["x"].as_f64().unwrap(), dot["y"].as_f64().unwrap());
        assert!((0.0..=width).contains(&x) && (0.0..=height).contains(&y), "{dot:?}");
    }
}

#[test]
fn the_schema_lists_the_fields_written() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("data/schema/world.schema.json")).unwrap()).unwrap();
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let world = committed();
    assert_eq!(keys(&schema["properties"]), keys(&world));
    for (def, list) in [("shape", "shapes"), ("dot", "dots"), ("other", "other")] {
        assert_eq!(keys(&schema["$defs"][def]["properties"]), keys(&world[list][0]), "{def}");
    }
}

#[test]
fn regenerating_gives_the_committed_bytes() {
    if !root().join(ATLAS).exists() {
        assert!(
            std::env::var_os("AW_REQUIRE_TOOLS").is_none(),
            "{ATLAS} is missing; `cargo xtask test` should have installed it (npm ci in tools/)"
        );
        eprintln!("note: {ATLAS} is not installed, so data/world.json was not regenerated and compared (`cargo xtask test` does)");
        return;
    }
    let fresh = generate().unwrap();
    let committed = std::fs::read_to_string(root().join(OUTPUT)).unwrap();
    // Not assert_eq!: a 78 KB diff in the log would help nobody.
    assert!(fresh == committed, "{OUTPUT} differs from a fresh build: run `cargo xtask geometry` and commit it");
}
