//! Building the map: dissolving features, dots for small states, SVG paths, the JSON file.

use super::*;

/// What one alpha-2 code (or one `other` name) is drawn from: the polygons of its features, or,
/// for features dissolved into one, the rings that remain once their shared borders are removed.
pub(super) struct Group<'a> {
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
pub(super) fn dissolve(features: &[&Feature], raw_arcs: &[Vec<[f64; 2]>], what: &str) -> Fallible<Vec<Vec<Vec<i32>>>> {
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
pub(super) fn area2<T: Copy>(points: &[T], xy: impl Fn(T) -> [f64; 2]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (p, q) = (xy(points[i]), xy(points[(i + 1) % n]));
            p[0] * q[1] - q[0] * p[1]
        })
        .sum()
}

pub(super) fn extent(values: impl Iterator<Item = f64>) -> f64 {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    (hi - lo).max(0.0)
}

pub(super) fn centroid(points: &[[f64; 2]]) -> [f64; 2] {
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
pub(super) fn svg_path(polygons: &[Vec<Vec<i32>>], arcs: &[Vec<[i32; 2]>], bottom: &mut i32) -> String {
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

/// Appends a coordinate given in steps, as units with at most one decimal, in SVG's shortest
/// form: no "0" before a decimal point (".5", "-.5"), and no separator before a minus sign,
/// right after a command letter, or before a point that cannot belong to the previous number
/// because it already has one ("1.5.5" is 1.5 then 0.5).
pub(super) fn push_number(path: &mut String, n: i32) {
    let tenths = n.unsigned_abs() * (10 / STEPS.unsigned_abs());
    let (whole, decimal) = (tenths / 10, tenths % 10);
    let previous = path.rsplit(|c: char| !(c.is_ascii_digit() || c == '.')).next().unwrap_or("");
    let starts_with_point = n >= 0 && whole == 0 && decimal != 0;
    let needs_separator = n >= 0 && !path.ends_with(['M', 'l']) && !(starts_with_point && previous.contains('.'));
    if needs_separator {
        path.push(' ');
    }
    if n < 0 {
        path.push('-');
    }
    if whole != 0 || decimal == 0 {
        path.push_str(&whole.to_string());
    }
    if decimal != 0 {
        path.push('.');
        path.push_str(&decimal.to_string());
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
