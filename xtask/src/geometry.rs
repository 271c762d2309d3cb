//! `cargo xtask geometry`: builds data/world.json, the world map that `<signatory-map>` fetches at
//! run time, from npm world-atlas 2.0.2 countries-50m (TopoJSON; Natural Earth, public domain).
//!
//! Everything costly happens here, once, so the browser only draws ready-made SVG paths:
//! 1. decode the TopoJSON (quantized, delta-encoded arcs) and map ISO numeric ids to alpha-2;
//! 2. project with Equal Earth (equal-area: a choropleth's painted area is what readers compare),
//!    scaled so that the map is `WIDTH` units wide, ±180° at the equator being its edges;
//! 3. simplify each arc once (Douglas–Peucker), so neighbours keep identical borders, and round to
//!    half units: finer detail would not show on a map ~1000 px wide, even zoomed in a few times;
//! 4. write one path per state or territory, and a dot for each state too small to see or tap.
//!
//! Editorial choices, also in data/schema/world.schema.json:
//! - Antarctica is left out: no state can sign for it, and Equal Earth stretches it into a band
//!   across the whole width.
//! - Features without an id: Somaliland and N. Cyprus are dissolved into Somalia and Cyprus, as on
//!   UN maps; Kosovo and Siachen Glacier are `other`: land drawn neutrally, never selectable (the
//!   Indian Ocean Territories would be too, but are too small to draw).
//! - Land that rounding reduces to nothing is not drawn (most small territories); UN member and
//!   observer states never go missing, as each too small to see gets a dot.
//! - Territories with their own ISO code (Greenland, Puerto Rico, Taiwan, Hong Kong, W. Sahara…)
//!   keep it; the widget decides how to show codes that are not UN states.

use crate::iso;
use crate::{root, Result};
use std::collections::BTreeMap;
use std::io::Write;

/// Errors as messages that name the input and what is wrong with it.
type Fallible<T> = std::result::Result<T, String>;

/// The input, installed by npm from tools/package.json.
pub const ATLAS: &str = "tools/node_modules/world-atlas/countries-50m.json";
/// The output, committed, and copied into dist/data/ by `cargo xtask dist`.
pub const OUTPUT: &str = "data/world.json";
const SCHEMA_REF: &str = "./schema/world.schema.json";
const SOURCE: &str = "world-atlas 2.0.2 countries-50m (Natural Earth, public domain)";

/// Map width in output units; the height follows from the data (Equal Earth is about 2:1).
const WIDTH: f64 = 1000.0;
/// Douglas–Peucker tolerance in output units. 0.4 looks right at 1000 px and still when zoomed
/// in a few times on Europe or the Caribbean; 0.3 costs 15% more gzipped bytes for little to see.
const TOLERANCE: f64 = 0.4;
/// Coordinates are rounded to 1/STEPS of a unit (half units: "12.5"). Whole units save 30% of the
/// gzipped bytes but look jagged once zoomed in (a unit is 4 px at 4× on a 1000 px map); tenths
/// cost 50% more for no visible gain at this tolerance. Must divide 10 (one decimal at most).
const STEPS: i32 = 2;
/// A state also gets a dot when its largest piece of land is smaller than DOT_AREA square units
/// (one unit² ≈ 1,190 km² in this equal-area projection, so 6 ≈ 7,100 km², a square 2.5 units
/// wide: under 1 px on a 320 px phone) or narrower on average than DOT_WIDTH units (its area over
/// its longest side: slivers such as the Gambia). This catches the microstates, states made of
/// small islands (Maldives, Kiribati, Bahamas, Vanuatu…) and the West Bank, and leaves out
/// states drawn visibly, from Cyprus (7.7 units², 1.4 wide) and Lebanon upwards.
const DOT_AREA: f64 = 6.0;
const DOT_WIDTH: f64 = 1.25;

/// ISO numeric ids of features left out (010 Antarctica).
const LEFT_OUT: [&str; 1] = ["010"];
/// Features without an id that UN maps show as part of a member state: (atlas name, alpha-2).
const PART_OF: [(&str, &str); 2] = [("Somaliland", "SO"), ("N. Cyprus", "CY")];
/// Not UN members, but states that the UN Secretary-General, as depositary, accepts under an
/// "all States" clause, so they may join this Convention: they get a dot too when small.
const ALSO_STATES: [&str; 2] = ["CK", "NU"];
/// Capitals of states that the atlas lacks, as (alpha-2, longitude, latitude) in degrees.
/// Source: CIA World Factbook, "Capital: geographic coordinates" (Funafuti 8 31 S, 179 13 E).
const CAPITALS: [(&str, f64, f64); 1] = [("TV", 179.0 + 13.0 / 60.0, -(8.0 + 31.0 / 60.0))];

/// A decoded TopoJSON topology: arcs in longitude/latitude degrees, and the features of one
/// object (a GeometryCollection of Polygon and MultiPolygon).
#[derive(Debug)]
pub struct Topology {
    pub arcs: Vec<Vec<[f64; 2]>>,
    pub features: Vec<Feature>,
}

/// One feature: polygons → rings → arc references (a negative reference `!i` is arc i reversed).
#[derive(Debug, Clone)]
pub struct Feature {
    pub id: Option<String>,
    pub name: String,
    pub polygons: Vec<Vec<Vec<i32>>>,
}

/// The finished map, in output units (x right, y down, origin top left).
#[derive(Debug)]
pub struct World {
    pub width: u32,
    pub height: u32,
    /// (alpha-2, SVG path), sorted by code.
    pub shapes: Vec<(String, String)>,
    /// (alpha-2, x, y), sorted by code.
    pub dots: Vec<(String, i32, i32)>,
    /// (atlas name, SVG path) of land without a code, sorted by name.
    pub other: Vec<(String, String)>,
}

/// `cargo xtask geometry`
pub fn run(args: &[String]) -> Result {
    if !args.is_empty() {
        return Err(format!("geometry: unexpected arguments {args:?}").into());
    }
    crate::tools::ensure_npm_tools(&crate::tools::env())?;
    let json = generate()?;
    std::fs::write(root().join(OUTPUT), &json).map_err(|e| format!("writing {OUTPUT}: {e}"))?;
    let gzip = gzip_len(json.as_bytes())?;
    println!("wrote {OUTPUT}: {} bytes, {} bytes gzip -9", json.len(), gzip);
    Ok(())
}

/// Reads the installed atlas and returns the bytes of data/world.json.
pub fn generate() -> Fallible<String> {
    let path = root().join(ATLAS);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!("reading {}: {e} (is world-atlas installed? `cargo xtask geometry` installs it)", path.display())
    })?;
    let topology = parse_topology(&text, "countries").map_err(|e| format!("{ATLAS}: {e}"))?;
    for (name, code) in PART_OF {
        if !topology.features.iter().any(|f| f.id.is_none() && f.name == name) {
            return Err(format!("{ATLAS}: no feature named {name} (drawn as part of {code}): has the atlas changed?"));
        }
    }
    let states: Vec<&str> = core_treaty::UN_STATES.iter().chain(&ALSO_STATES).copied().collect();
    Ok(build(&topology, &states)?.to_json())
}

fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len())
}

// ---------------------------------------------------------------------------------------------
// TopoJSON

/// Decodes the TopoJSON `text` and the features of `objects[object]`.
pub fn parse_topology(text: &str, object: &str) -> Fallible<Topology> {
    let root: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    if root.get("type").and_then(|t| t.as_str()) != Some("Topology") {
        return Err("not a TopoJSON topology (\"type\" is not \"Topology\")".into());
    }
    let transform = match root.get("transform") {
        None => None,
        Some(t) => Some((pair(t.get("scale"), "transform.scale")?, pair(t.get("translate"), "transform.translate")?)),
    };
    let raw_arcs = root.get("arcs").and_then(|a| a.as_array()).ok_or("no \"arcs\" array")?;
    let mut arcs = Vec::with_capacity(raw_arcs.len());
    for (i, arc) in raw_arcs.iter().enumerate() {
        let positions = arc.as_array().ok_or_else(|| format!("arcs[{i}] is not an array"))?;
        if positions.len() < 2 {
            return Err(format!("arcs[{i}] has fewer than two positions"));
        }
        // Quantized arcs are delta-encoded: each position is an offset from the previous one.
        let (mut qx, mut qy) = (0.0, 0.0);
        let mut points = Vec::with_capacity(positions.len());
        for (j, position) in positions.iter().enumerate() {
            let [x, y] = pair(Some(position), &format!("arcs[{i}][{j}]"))?;
            points.push(match transform {
                Some(([sx, sy], [tx, ty])) => {
                    qx += x;
                    qy += y;
                    [qx * sx + tx, qy * sy + ty]
                }
                None => [x, y],
            });
        }
        arcs.push(points);
    }
    let collection = root.get("objects").and_then(|o| o.get(object)).ok_or_else(|| format!("no objects.{object}"))?;
    let geometries = collection
        .get("geometries")
        .and_then(|g| g.as_array())
        .ok_or_else(|| format!("objects.{object} is not a GeometryCollection"))?;
    let mut features = Vec::new();
    for (g, geometry) in geometries.iter().enumerate() {
        let at = format!("objects.{object}.geometries[{g}]");
        let id = match geometry.get("id") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            // The spec allows numeric ids; world-atlas writes "004", so numbers are padded to match.
            Some(serde_json::Value::Number(n)) => Some(format!("{n:0>3}")),
            Some(other) => return Err(format!("{at}: id {other} is neither a string nor a number")),
        };
        let name = geometry.pointer("/properties/name").and_then(|n| n.as_str()).unwrap_or("").to_string();
        let at = format!("{at} ({})", if name.is_empty() { id.as_deref().unwrap_or("no id") } else { &name });
        let arcs_of = geometry.get("arcs");
        let polygons = match geometry.get("type").and_then(|t| t.as_str()) {
            Some("Polygon") => vec![polygon(arcs_of, arcs.len(), &at)?],
            Some("MultiPolygon") => {
                let list =
                    arcs_of.and_then(|a| a.as_array()).ok_or_else(|| format!("{at}: \"arcs\" is not an array"))?;
                list.iter().map(|p| polygon(Some(p), arcs.len(), &at)).collect::<Fallible<_>>()?
            }
            // A null geometry is allowed by the spec and has nothing to draw.
            None if geometry.get("type").is_some_and(|t| t.is_null()) => continue,
            Some(other) => {
                return Err(format!("{at}: unsupported geometry type {other} (expected Polygon or MultiPolygon)"))
            }
            None => return Err(format!("{at}: no geometry type")),
        };
        features.push(Feature { id, name, polygons });
    }
    Ok(Topology { arcs, features })
}

fn pair(value: Option<&serde_json::Value>, what: &str) -> Fallible<[f64; 2]> {
    let list = value.and_then(|v| v.as_array()).ok_or_else(|| format!("{what} is not an array"))?;
    match list.as_slice() {
        // Positions may carry more than two numbers (elevation…); only x and y matter here.
        [x, y, ..] => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => Ok([x, y]),
            _ => Err(format!("{what} does not hold two numbers")),
        },
        _ => Err(format!("{what} has fewer than two numbers")),
    }
}

fn polygon(value: Option<&serde_json::Value>, arc_count: usize, at: &str) -> Fallible<Vec<Vec<i32>>> {
    let rings = value.and_then(|v| v.as_array()).ok_or_else(|| format!("{at}: polygon is not an array of rings"))?;
    if rings.is_empty() {
        return Err(format!("{at}: polygon without rings"));
    }
    let mut out = Vec::with_capacity(rings.len());
    for ring in rings {
        let refs = ring.as_array().ok_or_else(|| format!("{at}: ring is not an array of arc indexes"))?;
        if refs.is_empty() {
            return Err(format!("{at}: empty ring"));
        }
        let mut parsed = Vec::with_capacity(refs.len());
        for r in refs {
            let i = r
                .as_i64()
                .and_then(|i| i32::try_from(i).ok())
                .ok_or_else(|| format!("{at}: arc reference {r} is not an integer"))?;
            if arc_index(i) >= arc_count {
                return Err(format!("{at}: arc reference {i} is out of range ({arc_count} arcs)"));
            }
            parsed.push(i);
        }
        out.push(parsed);
    }
    Ok(out)
}

/// The arc a reference points to: `i`, or `!i` (= -i - 1) for the arc reversed.
fn arc_index(reference: i32) -> usize {
    (if reference < 0 { !reference } else { reference }) as usize
}

/// The points of a ring: its arcs joined in order, reversed where the reference is negative,
/// each junction point once; the closing point (equal to the first) is dropped.
fn ring_points<T: Copy + PartialEq>(ring: &[i32], arcs: &[Vec<T>]) -> Vec<T> {
    let mut points: Vec<T> = Vec::new();
    for &reference in ring {
        let arc = &arcs[arc_index(reference)];
        let mut push = |p: T| {
            if points.last() != Some(&p) {
                points.push(p);
            }
        };
        if reference < 0 {
            arc.iter().rev().for_each(|&p| push(p));
        } else {
            arc.iter().for_each(|&p| push(p));
        }
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    points
}

// ---------------------------------------------------------------------------------------------
// The antimeridian

/// world-atlas joins polygons across the antimeridian (d3 clips on the sphere when drawing), so
/// on a flat map Russia and Fiji would get a band across the whole width. Each crossing arc is
/// split into pieces at ±180°, and each ring that crossed is closed, on either side, by a new arc
/// along that meridian. Rings crossing more than twice (none in world-atlas 2.0.2 once Antarctica
/// is left out) are refused rather than drawn wrong.
fn cut_antimeridian(arcs: &mut Vec<Vec<[f64; 2]>>, features: &mut [Feature]) -> Fallible<()> {
    let crosses = |p: [f64; 2], q: [f64; 2]| (q[0] - p[0]).abs() > 180.0;
    // pieces[i]: the arcs that arc i became, in its direction (just [i] when it does not cross).
    let mut pieces: Vec<Vec<usize>> = (0..arcs.len()).map(|i| vec![i]).collect();
    for (i, arc_pieces) in pieces.iter_mut().enumerate() {
        if !arcs[i].windows(2).any(|w| crosses(w[0], w[1])) {
            continue;
        }
        let arc = std::mem::take(&mut arcs[i]);
        let mut parts = vec![vec![arc[0]]];
        for w in arc.windows(2) {
            let (p, q) = (w[0], w[1]);
            if crosses(p, q) {
                // Where the segment meets the meridian, on p's side; q unwrapped onto that side.
                let side = if p[0] > 0.0 { 180.0 } else { -180.0 };
                let q_lon = q[0] + 2.0 * side;
                let t = if q_lon == p[0] { 0.0 } else { (side - p[0]) / (q_lon - p[0]) };
                let lat = p[1] + t * (q[1] - p[1]);
                push_new(parts.last_mut(), [side, lat]);
                parts.push(vec![[-side, lat]]);
            }
            push_new(parts.last_mut(), q);
        }
        let mut parts = parts.into_iter();
        arcs[i] = parts.next().unwrap_or_default();
        for part in parts {
            arc_pieces.push(arcs.len());
            arcs.push(part);
        }
    }
    if pieces.iter().all(|p| p.len() == 1) {
        return Ok(());
    }
    for feature in features {
        let name = if feature.name.is_empty() { feature.id.clone().unwrap_or_default() } else { feature.name.clone() };
        let mut polygons = Vec::new();
        for polygon in &feature.polygons {
            let mut rings = polygon.iter().map(|ring| cut_ring(ring, &pieces, arcs, &name));
            let mut outer = rings.next().unwrap_or_else(|| Ok(vec![]))?.into_iter();
            let mut first = outer.next().into_iter().collect::<Vec<_>>();
            for hole in rings {
                first.extend(hole?);
            }
            polygons.push(first);
            polygons.extend(outer.map(|ring| vec![ring]));
        }
        feature.polygons = polygons;
    }
    Ok(())
}

fn push_new(points: Option<&mut Vec<[f64; 2]>>, p: [f64; 2]) {
    if let Some(points) = points {
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
}

/// One ring, with arcs replaced by their pieces: itself if it does not cross, else one ring per
/// side, each closed along the meridian.
fn cut_ring(ring: &[i32], pieces: &[Vec<usize>], arcs: &mut Vec<Vec<[f64; 2]>>, name: &str) -> Fallible<Vec<Vec<i32>>> {
    // Chains of references, broken where the ring jumps from one side to the other.
    let mut chains: Vec<Vec<i32>> = vec![vec![]];
    for &r in ring {
        let list = &pieces[arc_index(r)];
        for (k, &a) in list.iter().enumerate() {
            if k > 0 {
                chains.push(vec![]);
            }
            let a = i32::try_from(if r < 0 { list[list.len() - 1 - k] } else { a }).map_err(|_| "too many arcs")?;
            if let Some(chain) = chains.last_mut() {
                chain.push(if r < 0 { !a } else { a });
            }
        }
    }
    if chains.len() == 1 {
        return Ok(chains);
    }
    // The ring is closed: its last chain runs on into its first.
    let last = chains.pop().unwrap_or_default();
    chains[0].splice(0..0, last);
    if chains.len() != 2 {
        return Err(format!(
            "a ring of {name} crosses the antimeridian {} times; only twice is supported",
            chains.len()
        ));
    }
    let point = |r: i32, at_end: bool| {
        let arc = &arcs[arc_index(r)];
        if (r < 0) != at_end {
            arc[arc.len() - 1]
        } else {
            arc[0]
        }
    };
    let ends: Vec<Option<([f64; 2], [f64; 2])>> =
        chains.iter().map(|c| Some((point(*c.last()?, true), point(*c.first()?, false)))).collect();
    let mut rings = Vec::new();
    for (mut chain, ends) in chains.into_iter().zip(ends) {
        let Some((from, to)) = ends else { continue };
        if from[0] != to[0] || from[0].abs() != 180.0 {
            return Err(format!("a ring of {name} does not come back across the antimeridian where expected"));
        }
        // Along the meridian, a point per degree: it is curved in Equal Earth.
        let steps = ((to[1] - from[1]).abs().ceil() as usize).max(1);
        let meridian = (0..=steps).map(|k| [from[0], from[1] + (to[1] - from[1]) * k as f64 / steps as f64]).collect();
        chain.push(i32::try_from(arcs.len()).map_err(|_| "too many arcs")?);
        arcs.push(meridian);
        rings.push(chain);
    }
    Ok(rings)
}

// ---------------------------------------------------------------------------------------------
// Projection

/// Equal Earth (Šavrič, Patterson & Jenny 2018, "The Equal Earth map projection", IJGIS 33(3)),
/// on the unit sphere: degrees in, (x east, y north) out.
pub fn equal_earth(lon: f64, lat: f64) -> [f64; 2] {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let theta = (m * lat.to_radians().sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lon.to_radians() * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    [x, y]
}

/// From the unit sphere to output units: ±180° at the equator map to x = 0 and x = WIDTH; the
/// northernmost point drawn is y = 0.
struct Frame {
    scale: f64,
    half_width: f64,
    top: f64,
}

impl Frame {
    fn new(top: f64) -> Frame {
        let half_width = equal_earth(180.0, 0.0)[0];
        Frame { scale: WIDTH / (2.0 * half_width), half_width, top }
    }

    fn apply(&self, [x, y]: [f64; 2]) -> [f64; 2] {
        [(x + self.half_width) * self.scale, (self.top - y) * self.scale]
    }
}

// ---------------------------------------------------------------------------------------------
// Simplification

/// Douglas–Peucker on one arc; both ends are always kept, so arcs still meet at junctions. A
/// closed arc (an island) is first split at its point farthest from the start, or it would
/// collapse to its start point.
fn simplify(points: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    let n = points.len();
    if n <= 2 {
        return points.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut stack = vec![(0, n - 1)];
    if points[0] == points[n - 1] {
        let far = farthest(points, 0, n - 1, |p| distance(p, points[0]));
        keep[far] = true;
        stack = vec![(0, far), (far, n - 1)];
    }
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let i = farthest(points, a, b, |p| segment_distance(p, points[a], points[b]));
        if segment_distance(points[i], points[a], points[b]) > tolerance {
            keep[i] = true;
            stack.push((a, i));
            stack.push((i, b));
        }
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// The index strictly between a and b with the largest `measure`, the first one on ties.
fn farthest(points: &[[f64; 2]], a: usize, b: usize, measure: impl Fn([f64; 2]) -> f64) -> usize {
    let mut best = (a + 1, f64::NEG_INFINITY);
    for (i, &p) in points.iter().enumerate().take(b).skip(a + 1) {
        let d = measure(p);
        if d > best.1 {
            best = (i, d);
        }
    }
    best.0
}

fn distance(p: [f64; 2], q: [f64; 2]) -> f64 {
    (p[0] - q[0]).hypot(p[1] - q[1])
}

fn segment_distance(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return distance(p, a);
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0);
    distance(p, [a[0] + t * dx, a[1] + t * dy])
}

/// Rounds an arc to steps (1/STEPS of a unit), then drops repeated points and interior points on
/// a straight run (same direction on both sides): neither changes what is drawn, and since this
/// is done per arc, both neighbours of a border still get the same points.
fn quantize(points: &[[f64; 2]]) -> Vec<[i32; 2]> {
    let mut out: Vec<[i32; 2]> = Vec::with_capacity(points.len());
    for p in points {
        let q = [(p[0] * f64::from(STEPS)).round() as i32, (p[1] * f64::from(STEPS)).round() as i32];
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    let mut i = 1;
    while i + 1 < out.len() {
        let (a, b, c) = (out[i - 1], out[i], out[i + 1]);
        let (u, v) = ([b[0] - a[0], b[1] - a[1]], [c[0] - b[0], c[1] - b[1]]);
        let cross = i64::from(u[0]) * i64::from(v[1]) - i64::from(u[1]) * i64::from(v[0]);
        let dot = i64::from(u[0]) * i64::from(v[0]) + i64::from(u[1]) * i64::from(v[1]);
        if cross == 0 && dot > 0 {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Building the map

/// What one alpha-2 code (or one `other` name) is drawn from: the polygons of its features, or,
/// for features dissolved into one, the rings that remain once their shared borders are removed.
struct Group<'a> {
    features: Vec<&'a Feature>,
}

impl Group<'_> {
    /// Polygons as lists of rings (outer ring first), in arc references.
    fn polygons(&self, raw_arcs: &[Vec<[f64; 2]>], what: &str) -> Fallible<Vec<Vec<Vec<i32>>>> {
        match self.features.as_slice() {
            [single] => Ok(single.polygons.clone()),
            several => dissolve(several, raw_arcs, what),
        }
    }
}

/// Merges features into one outline: an arc used by two of their rings is an inner border and
/// goes; the remaining arcs are chained end to start into rings. Each ring becomes a polygon of
/// its own (in one SVG path, holes still cut out under either fill rule).
fn dissolve(features: &[&Feature], raw_arcs: &[Vec<[f64; 2]>], what: &str) -> Fallible<Vec<Vec<Vec<i32>>>> {
    let refs: Vec<i32> = features.iter().flat_map(|f| f.polygons.iter().flatten().flatten().copied()).collect();
    let mut uses: BTreeMap<usize, usize> = BTreeMap::new();
    for &r in &refs {
        *uses.entry(arc_index(r)).or_default() += 1;
    }
    let kept: Vec<i32> = refs.into_iter().filter(|&r| uses[&arc_index(r)] == 1).collect();
    // Endpoints compared exactly: in a topology, arcs meet at identical decoded positions.
    let key = |p: [f64; 2]| (p[0].to_bits(), p[1].to_bits());
    let start = |r: i32| {
        let arc = &raw_arcs[arc_index(r)];
        key(if r < 0 { arc[arc.len() - 1] } else { arc[0] })
    };
    let end = |r: i32| {
        let arc = &raw_arcs[arc_index(r)];
        key(if r < 0 { arc[0] } else { arc[arc.len() - 1] })
    };
    let mut used = vec![false; kept.len()];
    let mut polygons = Vec::new();
    for first in 0..kept.len() {
        if used[first] {
            continue;
        }
        used[first] = true;
        let mut ring = vec![kept[first]];
        let origin = start(kept[first]);
        let mut at = end(kept[first]);
        while at != origin {
            let next = (0..kept.len())
                .find(|&j| !used[j] && start(kept[j]) == at)
                .ok_or_else(|| format!("merging the features of {what}: their outline does not close"))?;
            used[next] = true;
            ring.push(kept[next]);
            at = end(kept[next]);
        }
        polygons.push(vec![ring]);
    }
    Ok(polygons)
}

/// Twice the signed area of a ring (shoelace); the sign gives the winding.
fn area2<T: Copy>(points: &[T], xy: impl Fn(T) -> [f64; 2]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (p, q) = (xy(points[i]), xy(points[(i + 1) % n]));
            p[0] * q[1] - q[0] * p[1]
        })
        .sum()
}

fn extent(values: impl Iterator<Item = f64>) -> f64 {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    (hi - lo).max(0.0)
}

fn centroid(points: &[[f64; 2]]) -> [f64; 2] {
    let a2 = area2(points, |p| p);
    let n = points.len();
    if a2.abs() < 1e-12 {
        // Degenerate: the mean of the points is as good a place as any.
        let s = points.iter().fold([0.0, 0.0], |s, p| [s[0] + p[0], s[1] + p[1]]);
        return [s[0] / n as f64, s[1] / n as f64];
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..n {
        let (p, q) = (points[i], points[(i + 1) % n]);
        let c = p[0] * q[1] - q[0] * p[1];
        cx += (p[0] + q[0]) * c;
        cy += (p[1] + q[1]) * c;
    }
    [cx / (3.0 * a2), cy / (3.0 * a2)]
}

/// The SVG path of some polygons: per ring `M x y`, then `l` with relative steps, then `z`.
/// Rings that rounding made empty are dropped, and a polygon whose outer ring is dropped goes
/// whole (its holes would otherwise be painted as land).
/// `bottom` is raised to the lowest point drawn (largest y), for the map's height.
fn svg_path(polygons: &[Vec<Vec<i32>>], arcs: &[Vec<[i32; 2]>], bottom: &mut i32) -> String {
    let mut path = String::new();
    for polygon in polygons {
        for (r, ring) in polygon.iter().enumerate() {
            let points = ring_points(ring, arcs);
            let empty = points.len() < 3 || area2(&points, |p| [f64::from(p[0]), f64::from(p[1])]) == 0.0;
            if empty {
                if r == 0 {
                    break;
                }
                continue;
            }
            *bottom = points.iter().fold(*bottom, |b, p| b.max(p[1]));
            path.push('M');
            push_number(&mut path, points[0][0]);
            push_number(&mut path, points[0][1]);
            path.push('l');
            for w in points.windows(2) {
                let (dx, dy) = (w[1][0] - w[0][0], w[1][1] - w[0][1]);
                push_number(&mut path, dx);
                push_number(&mut path, dy);
            }
            path.push('z');
        }
    }
    path
}

/// Appends a coordinate given in steps, as units with at most one decimal, with the shortest
/// separator: none before a minus sign or right after a command letter.
fn push_number(path: &mut String, n: i32) {
    if n >= 0 && !path.ends_with(['M', 'l']) {
        path.push(' ');
    }
    if n < 0 {
        path.push('-');
    }
    let tenths = n.unsigned_abs() * (10 / STEPS.unsigned_abs());
    path.push_str(&(tenths / 10).to_string());
    match tenths % 10 {
        0 => {}
        decimal => {
            path.push('.');
            path.push_str(&decimal.to_string());
        }
    }
}

/// Builds the map from a decoded topology; each of `states` must end up with a shape or a dot.
pub fn build(topology: &Topology, states: &[&str]) -> Fallible<World> {
    let mut arcs = topology.arcs.clone();
    if let Some(i) =
        arcs.iter().position(|arc| arc.iter().any(|p| p[0].abs() > 180.0 + 1e-9 || p[1].abs() > 90.0 + 1e-9))
    {
        return Err(format!("arc {i} has a position outside longitude ±180°, latitude ±90°: not a world in degrees"));
    }
    let mut features: Vec<Feature> = topology
        .features
        .iter()
        .filter(|f| !f.id.as_ref().is_some_and(|id| LEFT_OUT.contains(&id.as_str())))
        .cloned()
        .collect();
    cut_antimeridian(&mut arcs, &mut features)?;
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    let mut others: BTreeMap<String, Group> = BTreeMap::new();
    for feature in &features {
        let label = if feature.name.is_empty() { "(unnamed)" } else { &feature.name };
        match &feature.id {
            Some(id) => {
                let code = iso::alpha2(id)
                    .ok_or_else(|| format!("feature {label}: unknown ISO 3166-1 numeric id \"{id}\""))?;
                groups.entry(code.to_string()).or_insert_with(|| Group { features: vec![] }).features.push(feature);
            }
            None => {
                if feature.name.is_empty() {
                    return Err("a feature has neither an id nor a name".into());
                }
                let (map, key) = match PART_OF.iter().find(|(name, _)| *name == feature.name) {
                    Some((_, code)) => (&mut groups, code.to_string()),
                    None => (&mut others, feature.name.clone()),
                };
                map.entry(key).or_insert_with(|| Group { features: vec![] }).features.push(feature);
            }
        }
    }

    let mut polygons: BTreeMap<&str, Vec<Vec<Vec<i32>>>> = BTreeMap::new();
    for (key, group) in groups.iter().chain(&others) {
        polygons.insert(key.as_str(), group.polygons(&arcs, key)?);
    }
    let used: std::collections::BTreeSet<usize> =
        polygons.values().flatten().flatten().flatten().map(|&r| arc_index(r)).collect();

    // Project the arcs that are drawn; the frame's top is the northernmost of their points.
    let mut projected: Vec<Vec<[f64; 2]>> = vec![Vec::new(); arcs.len()];
    let mut top = f64::NEG_INFINITY;
    for &i in &used {
        projected[i] = arcs[i].iter().map(|p| equal_earth(p[0], p[1])).collect();
        top = projected[i].iter().fold(top, |t, p| t.max(p[1]));
    }
    if used.is_empty() {
        return Err("nothing to draw".into());
    }
    let frame = Frame::new(top);
    let framed: Vec<Vec<[f64; 2]>> =
        projected.iter().map(|arc| arc.iter().map(|&p| frame.apply(p)).collect()).collect();
    let quantized: Vec<Vec<[i32; 2]>> = framed.iter().map(|arc| quantize(&simplify(arc, TOLERANCE))).collect();

    let mut bottom = 0;
    let mut shapes = Vec::new();
    for code in groups.keys() {
        let path = svg_path(&polygons[code.as_str()], &quantized, &mut bottom);
        if !path.is_empty() {
            shapes.push((code.clone(), path));
        }
    }
    let mut other = Vec::new();
    for name in others.keys() {
        let path = svg_path(&polygons[name.as_str()], &quantized, &mut bottom);
        if !path.is_empty() {
            other.push((name.clone(), path));
        }
    }

    let mut dots = Vec::new();
    for &code in states {
        let dot = match polygons.get(code) {
            Some(list) => {
                // The largest piece of land, by its outer ring, before simplification.
                let largest = list
                    .iter()
                    .filter_map(|p| p.first())
                    .map(|outer| ring_points(outer, &framed))
                    .map(|ring| (area2(&ring, |p| p).abs() / 2.0, ring))
                    .fold(None, |best: Option<(f64, Vec<[f64; 2]>)>, (a, ring)| match best {
                        Some((b, _)) if b >= a => best,
                        _ => Some((a, ring)),
                    })
                    .ok_or_else(|| format!("{code} has no polygons"))?;
                let drawn = shapes.iter().any(|(c, _)| c == code);
                let (xs, ys) = (largest.1.iter().map(|p| p[0]), largest.1.iter().map(|p| p[1]));
                let side = extent(xs).max(extent(ys));
                let small = largest.0 < DOT_AREA || largest.0 < DOT_WIDTH * side;
                (small || !drawn).then(|| centroid(&largest.1))
            }
            None => {
                let (_, lon, lat) = CAPITALS
                    .iter()
                    .find(|(c, ..)| *c == code)
                    .ok_or_else(|| format!("{code} is not in the atlas and has no entry in CAPITALS"))?;
                Some(frame.apply(equal_earth(*lon, *lat)))
            }
        };
        if let Some([x, y]) = dot {
            dots.push((code.to_string(), x.round() as i32, y.round() as i32));
        }
    }
    dots.sort();
    // Whole units, so the viewBox is "0 0 1000 H" and the lowest land touches its bottom edge.
    let height = dots.iter().fold((bottom + STEPS - 1) / STEPS, |h, d| h.max(d.2));
    let height = u32::try_from(height).map_err(|_| "the map has no height")?;
    Ok(World { width: WIDTH as u32, height, shapes, dots, other })
}

impl World {
    /// The file's bytes: members in a fixed order, one entry a line (readable diffs), no floats.
    pub fn to_json(&self) -> String {
        let string = |s: &str| serde_json::Value::from(s).to_string();
        let mut out = format!(
            "{{\"$schema\":{},\"version\":1,\"projection\":\"equal-earth\",\"width\":{},\"height\":{},\"source\":{},\"shapes\":[",
            string(SCHEMA_REF),
            self.width,
            self.height,
            string(SOURCE)
        );
        let list = |out: &mut String, items: Vec<String>| {
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(item);
            }
            out.push_str("\n]");
        };
        list(
            &mut out,
            self.shapes.iter().map(|(c, p)| format!("{{\"iso2\":{},\"path\":{}}}", string(c), string(p))).collect(),
        );
        out.push_str(",\"dots\":[");
        list(
            &mut out,
            self.dots.iter().map(|(c, x, y)| format!("{{\"iso2\":{},\"x\":{x},\"y\":{y}}}", string(c))).collect(),
        );
        out.push_str(",\"other\":[");
        list(
            &mut out,
            self.other.iter().map(|(n, p)| format!("{{\"name\":{},\"path\":{}}}", string(n), string(p))).collect(),
        );
        out.push_str("}\n");
        out
    }
}

#[cfg(test)]
mod tests {
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
            let numbers = |s: &str| -> Vec<f64> {
                s.replace('-', " -")
                    .split_whitespace()
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
        let walk =
            |ring: &[[f64; 2]]| -> Vec<[f64; 2]> { ring.iter().filter(|p| shared.contains(p)).copied().collect() };
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
        let merged =
            parse_topology(&two_squares(("706", "Somalia"), ("", "Somaliland"), &border), "countries").unwrap();
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
        // A ring that rounding reduced to a line is dropped, and with it the polygon's holes.
        let flat = vec![vec![[0, 0], [4, 0], [8, 0], [0, 0]], vec![[1, 1], [2, 1], [2, 2], [1, 1]]];
        assert_eq!(svg_path(&[vec![vec![0], vec![1]]], &flat, &mut 0), "");
        assert_eq!(
            quantize(&[[0.0, 0.0], [0.5, 0.0], [1.0, 0.1], [1.0, 0.0], [2.0, 2.0]]),
            vec![[0, 0], [2, 0], [4, 4]]
        );
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
            serde_json::from_str(&std::fs::read_to_string(root().join("data/schema/world.schema.json")).unwrap())
                .unwrap();
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
}
